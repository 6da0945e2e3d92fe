#include "codehtml.h"
#include "highlighting.h"


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
    void withoutTheEngine_codeIsPlainAndStillWrapped();
    void printedCode_preparedIsTheSameAsOnDemand();
};

namespace {
QString plain(const QString &preContent)
{
    QTextDocument doc;
    doc.setHtml(QStringLiteral("<pre>") + preContent + QStringLiteral("</pre>"));
    return doc.toPlainText();
}
QString highlighted(const QString &code, int columns)
{
    const HighlightingEngine *engine = Highlighting::load();
    return codeToHtml(code, QStringLiteral("python"), engine, engine ? engine->defaultTheme(false).name : QString(), columns);
}
} // namespace

void TestCodeHtml::keywords_getTheThemeColour()
{
    const QString html = highlighted(QStringLiteral("def f():\n    return None\n"), 80);
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
    const QString text = plain(highlighted(line, 60));
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
    const QString html = highlighted(QStringLiteral("if a < b and c > d: print('<b>')"), 80);
    QVERIFY(!html.contains(QStringLiteral("<b>")));
    QCOMPARE(plain(html), QStringLiteral("if a < b and c > d: print('<b>')"));
}

void TestCodeHtml::withoutTheEngine_codeIsPlainAndStillWrapped()
{
    const QString line = QStringLiteral("print('") + QString(100, QLatin1Char('x')) + QStringLiteral("<&>')");
    const QString html = codeToHtml(line, QStringLiteral("python"), nullptr, QString(), 40);
    QCOMPARE(html.count(QStringLiteral("<span")), html.count(wrapMarker)); // the only styling: the wrap markers
    const QStringList lines = plain(html).split(QLatin1Char('\n'));
    QVERIFY(lines.size() >= 3);
    for (const QString &l : lines)
        QVERIFY2(l.size() <= 40, qPrintable(l));
    QVERIFY(plain(html).contains(QStringLiteral("<&>")));
}

// Export PDF highlights on the window's thread and prints in a worker, from the spans prepared beforehand.
void TestCodeHtml::printedCode_preparedIsTheSameAsOnDemand()
{
    if (!Highlighting::load())
        QSKIP("the highlighting plugin is not built here");
    const QString code = QStringLiteral("def f(x):\n\treturn x * 2  # double\n");
    const QString output = QStringLiteral("42\nTraceback (most recent call last):");
    PrintedCode onDemand;
    QVERIFY(!onDemand.isPrepared());
    PrintedCode prepared;
    prepared.prepare({{code, QStringLiteral("python")}, {output, QStringLiteral("text")}});
    QVERIFY(prepared.isPrepared());
    QCOMPARE(prepared.html(code, QStringLiteral("python"), 30), onDemand.html(code, QStringLiteral("python"), 30));
    QVERIFY(prepared.html(code, QStringLiteral("python"), 30).contains(QStringLiteral(">def</span>")));
    QCOMPARE(prepared.html(output, QStringLiteral("text"), 30), onDemand.html(output, QStringLiteral("text"), 30));
    // Code it was not prepared for comes out plain (never through the engine from another thread), still wrapped.
    const QString other = QStringLiteral("class C:\n    pass");
    QVERIFY(!prepared.html(other, QStringLiteral("python"), 30).contains(QStringLiteral("<span")));
    QCOMPARE(plain(prepared.html(other, QStringLiteral("python"), 30)), other);
    QVERIFY(onDemand.html(other, QStringLiteral("python"), 30).contains(QStringLiteral("<span")));
}

QTEST_MAIN(TestCodeHtml)
#include "tst_codehtml.moc"
