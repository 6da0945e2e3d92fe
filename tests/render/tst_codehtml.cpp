#include "codehtml.h"
#include "highlighting.h"

#include <KSyntaxHighlighting/Repository>

#include <QTest>
#include <QTextDocument>

using namespace DeepDive;

class TestCodeHtml : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keywords_getTheThemeColour();
    void longLines_wrapWithAMarker_andLoseNothing();
    void html_isEscaped();
};

namespace {
QString plain(const QString &preContent)
{
    QTextDocument doc;
    doc.setHtml(QStringLiteral("<pre>") + preContent + QStringLiteral("</pre>"));
    return doc.toPlainText();
}
const auto light = [] { return Highlighting::repository().defaultTheme(KSyntaxHighlighting::Repository::LightTheme); };
} // namespace

void TestCodeHtml::keywords_getTheThemeColour()
{
    const QString html = codeToHtml(QStringLiteral("def f():\n    return None\n"), QStringLiteral("python"), light(), 80);
    QVERIFY(html.contains(QStringLiteral("<span style=")));
    QVERIFY(html.contains(QStringLiteral(">def</span>")));
    QCOMPARE(plain(html), QStringLiteral("def f():\n    return None"));
}

void TestCodeHtml::longLines_wrapWithAMarker_andLoseNothing()
{
    QString line = QStringLiteral("x = '");
    for (int i = 0; i < 200; ++i)
        line += QChar(u'a' + i % 26);
    line += QLatin1Char('\'');
    const QString text = plain(codeToHtml(line, QStringLiteral("python"), light(), 60));
    const QStringList lines = text.split(QLatin1Char('\n'));
    QVERIFY(lines.size() >= 4);
    for (const QString &l : lines)
        QVERIFY2(l.size() <= 60, qPrintable(l));
    QVERIFY(lines[1].startsWith(wrapMarker));
    QString joined;
    for (QString l : lines) {
        if (l.startsWith(wrapMarker))
            l = l.mid(2);
        joined += l;
    }
    QCOMPARE(joined, line);
}

void TestCodeHtml::html_isEscaped()
{
    const QString html = codeToHtml(QStringLiteral("if a < b and c > d: print('<b>')"), QStringLiteral("python"), light(), 80);
    QVERIFY(!html.contains(QStringLiteral("<b>")));
    QCOMPARE(plain(html), QStringLiteral("if a < b and c > d: print('<b>')"));
}

QTEST_MAIN(TestCodeHtml)
#include "tst_codehtml.moc"
