#include "codehtml.h"
#include "highlighting.h"

#include <QDir>
#include <QGuiApplication>
#include <QPalette>
#include <QPointer>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSyntaxHighlighter>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace DeepDive;

// Where highlighting comes from: the plugin, loaded once from DEEPDIVE_PLUGIN_DIR (CTest points it at the build
// tree) or beside the binary, announced by `loaded`; its themes chosen by name or by the palette, its highlighters
// colouring code by language. Without the plugin (or for a language it does not know) code stays plain text in the
// palette's colours. The plugin is tried once per process, so the missing plugin is checked in a child process of
// this test (TestHighlightingWithoutPlugin, below).
class TestHighlighting : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // In this order: the first runs before anything loads the plugin.
    void beforeLoading_noEngine_andThemesAreThePalettes();
    void load_findsThePlugin_announcesItOnce_andKeepsIt();
    void theme_byName_orTheDefaultForThePalette();
    void spans_python_keywordsInColour();
    void spans_languageByFileExtension();
    void spans_unknownLanguage_isPlainText_withEveryLine();
    void highlighter_coloursADocument_andAnUnknownLanguageLeavesItPlain();
    void missingPlugin_codeStaysPlain_inAProcessOfItsOwn();
};

// Run as a child of TestHighlighting::missingPlugin_codeStaysPlain_inAProcessOfItsOwn, with DEEPDIVE_PLUGIN_DIR an
// empty folder: the plugin cannot be found.
class TestHighlightingWithoutPlugin : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void load_failsWithTheReason_onceAndWithoutCrashing();
    void theme_isThePalettes();
    void code_isPlainText();
};

namespace {
const char *withoutPluginVariable = "DEEPDIVE_TEST_WITHOUT_HIGHLIGHTING_PLUGIN";

QPalette palette(const QColor &base, const QColor &text)
{
    QPalette p;
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    p.setColor(QPalette::AlternateBase, base.darker(105));
    p.setColor(QPalette::PlaceholderText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Window, base.darker(110));
    return p;
}
QPalette lightPalette()
{
    return palette(QColor(0xfc, 0xfc, 0xfc), QColor(0x23, 0x26, 0x29));
}
QPalette darkPalette()
{
    return palette(QColor(0x1b, 0x1e, 0x20), QColor(0xfc, 0xfc, 0xfc));
}

void verifyPalettesTheme(const CodeTheme &theme, const QPalette &p)
{
    QVERIFY(theme.name.isEmpty());
    QCOMPARE(theme.background, p.color(QPalette::Base));
    QCOMPARE(theme.text, p.color(QPalette::Text));
    QCOMPARE(theme.selection, p.color(QPalette::Highlight));
    QCOMPARE(theme.currentLine, p.color(QPalette::AlternateBase));
    QCOMPARE(theme.lineNumbers, p.color(QPalette::PlaceholderText));
    QCOMPARE(theme.currentLineNumber, p.color(QPalette::Text));
    QCOMPARE(theme.border, p.color(QPalette::Window));
}

// The plain text of <pre> content.
QString plain(const QString &preContent)
{
    QTextDocument doc;
    doc.setHtml(QStringLiteral("<pre>") + preContent + QStringLiteral("</pre>"));
    return doc.toPlainText();
}

HighlightingEngine *loadedEngine()
{
    QString error;
    HighlightingEngine *engine = Highlighting::load(&error);
    if (!engine)
        qWarning("%s", qPrintable(error));
    return engine;
}

// A highlighter of someone else's, which the engine must leave alone.
class OtherHighlighter : public QSyntaxHighlighter
{
public:
    using QSyntaxHighlighter::QSyntaxHighlighter;

protected:
    void highlightBlock(const QString &) override {}
};

// Spans as one string, to compare them.
QString described(const QList<QList<CodeSpan>> &spans)
{
    QString text;
    for (const QList<CodeSpan> &line : spans) {
        for (const CodeSpan &span : line)
            text += QStringLiteral("%1+%2 %3; ").arg(span.start).arg(span.length).arg(span.style);
        text += QLatin1Char('\n');
    }
    return text;
}

// The formats a highlighter put on a block other than the theme's plain text.
int colouredRanges(const QTextBlock &block, const CodeTheme &theme)
{
    int coloured = 0;
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        const bool plainText = !range.format.hasProperty(QTextFormat::ForegroundBrush) || range.format.foreground().color() == theme.text;
        coloured += range.length > 0 && (!plainText || range.format.fontWeight() > QFont::Normal || range.format.fontItalic()) ? 1 : 0;
    }
    return coloured;
}
} // namespace

void TestHighlighting::beforeLoading_noEngine_andThemesAreThePalettes()
{
    QVERIFY(!Highlighting::engine());
    verifyPalettesTheme(Highlighting::theme(QStringLiteral("Breeze Dark"), lightPalette()), lightPalette());
    verifyPalettesTheme(Highlighting::theme(QString(), darkPalette()), darkPalette());
    QVERIFY(!Highlighting::isDark(lightPalette()));
    QVERIFY(Highlighting::isDark(darkPalette()));
}

void TestHighlighting::load_findsThePlugin_announcesItOnce_andKeepsIt()
{
    QVERIFY2(!qEnvironmentVariable("DEEPDIVE_PLUGIN_DIR").isEmpty(), "run through CTest, which sets DEEPDIVE_PLUGIN_DIR");
    QSignalSpy loaded(Highlighting::instance(), &Highlighting::loaded);
    QString error = QStringLiteral("untouched");
    HighlightingEngine *engine = Highlighting::load(&error);
    QVERIFY2(engine, qPrintable(error));
    QCOMPARE(error, QStringLiteral("untouched")); // no error to report
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(Highlighting::engine(), engine);
    QCOMPARE(Highlighting::load(), engine); // once per process: the same engine, not announced again
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(Highlighting::instance(), Highlighting::instance());
    QVERIFY(!engine->themes().isEmpty());
}

void TestHighlighting::theme_byName_orTheDefaultForThePalette()
{
    HighlightingEngine *engine = loadedEngine();
    QVERIFY(engine);
    const CodeTheme light = Highlighting::theme(QString(), lightPalette());
    const CodeTheme dark = Highlighting::theme(QString(), darkPalette());
    QCOMPARE(light.name, engine->defaultTheme(false).name);
    QCOMPARE(dark.name, engine->defaultTheme(true).name);
    QVERIFY(!light.name.isEmpty());
    QVERIFY(!light.isDark());
    QVERIFY(dark.isDark());
    QVERIFY(light.background != dark.background);
    // A theme by name, whichever the palette; an unknown name is the palette's default, not the palette's colours.
    QCOMPARE(Highlighting::theme(dark.name, lightPalette()).name, dark.name);
    QCOMPARE(Highlighting::theme(dark.name, lightPalette()).background, dark.background);
    QCOMPARE(Highlighting::theme(QStringLiteral("No Such Theme"), darkPalette()).name, dark.name);
    QVERIFY(engine->theme(QStringLiteral("No Such Theme")).name.isEmpty());
    for (const CodeTheme &theme : engine->themes())
        QCOMPARE(Highlighting::theme(theme.name, lightPalette()).name, theme.name);
}

void TestHighlighting::spans_python_keywordsInColour()
{
    HighlightingEngine *engine = loadedEngine();
    QVERIFY(engine);
    const QString theme = engine->defaultTheme(false).name;
    const QStringList lines{QStringLiteral("def f(x):"), QStringLiteral("    return x  # twice"), QString()};
    const QList<QList<CodeSpan>> spans = engine->spans(lines, QStringLiteral("python"), theme);
    QCOMPARE(spans.size(), lines.size());
    QVERIFY(!spans[0].isEmpty());
    const CodeSpan def = spans[0].first();
    QCOMPARE(def.start, 0);
    QCOMPARE(def.length, 3); // "def"
    QVERIFY(!def.style.isEmpty()); // bold, in Breeze Light
    bool returnColoured = false;
    bool commentColoured = false;
    for (const CodeSpan &span : spans[1]) {
        QVERIFY(span.start >= 0 && span.length > 0 && span.start + span.length <= lines[1].size());
        returnColoured |= lines[1].mid(span.start, span.length) == QStringLiteral("return");
        commentColoured |= lines[1].mid(span.start, span.length).contains(QStringLiteral("# twice"));
    }
    QVERIFY(returnColoured);
    QVERIFY(commentColoured);
    // In colours: the comment's is a colour of its own, not the text's.
    QSet<QString> colours;
    const QRegularExpression colour(QStringLiteral("color:(#[0-9a-f]{6});"));
    for (const QList<CodeSpan> &line : spans) {
        for (const CodeSpan &span : line) {
            if (const QRegularExpressionMatch m = colour.match(span.style); m.hasMatch())
                colours.insert(m.captured(1));
        }
    }
    QVERIFY2(!colours.isEmpty(), qPrintable(described(spans)));
    QVERIFY(!colours.contains(engine->defaultTheme(false).text.name()));
    QVERIFY(spans[2].isEmpty());
    // Another theme, other colours for the same code.
    const QList<QList<CodeSpan>> dark = engine->spans(lines, QStringLiteral("python"), engine->defaultTheme(true).name);
    QCOMPARE(dark.size(), lines.size());
    QVERIFY(described(dark) != described(spans));
}

void TestHighlighting::spans_languageByFileExtension()
{
    HighlightingEngine *engine = loadedEngine();
    QVERIFY(engine);
    const QStringList lines{QStringLiteral("def f(): pass")};
    const QString theme = engine->defaultTheme(false).name;
    const QList<QList<CodeSpan>> byName = engine->spans(lines, QStringLiteral("python"), theme);
    QCOMPARE(engine->spans(lines, QStringLiteral("py"), theme)[0].size(), byName[0].size());
    QCOMPARE(engine->spans(lines, QStringLiteral("py"), theme)[0].first().style, byName[0].first().style);
}

void TestHighlighting::spans_unknownLanguage_isPlainText_withEveryLine()
{
    HighlightingEngine *engine = loadedEngine();
    QVERIFY(engine);
    const QString code = QStringLiteral("def f(x):\n    return x < 1 and '<b>'\n");
    const QStringList lines = codeLines(code);
    for (const QString &language : {QStringLiteral("no-such-language"), QString(), QStringLiteral("text")}) {
        const QList<QList<CodeSpan>> spans = engine->spans(lines, language, engine->defaultTheme(false).name);
        QCOMPARE(spans.size(), lines.size());
        for (const QList<CodeSpan> &line : spans)
            QVERIFY2(line.isEmpty(), qPrintable(language));
        const QString html = codeToHtml(code, language, engine, engine->defaultTheme(false).name, 80);
        QVERIFY2(!html.contains(QStringLiteral("<span")), qPrintable(html));
        QCOMPARE(plain(html), QStringLiteral("def f(x):\n    return x < 1 and '<b>'"));
    }
    // An unknown theme is the light default rather than no colours at all.
    const QList<QList<CodeSpan>> unknownTheme = engine->spans(lines, QStringLiteral("python"), QStringLiteral("No Such Theme"));
    QCOMPARE(described(unknownTheme), described(engine->spans(lines, QStringLiteral("python"), engine->defaultTheme(false).name)));
    QVERIFY(described(unknownTheme).contains(QStringLiteral("color:")));
}

void TestHighlighting::highlighter_coloursADocument_andAnUnknownLanguageLeavesItPlain()
{
    HighlightingEngine *engine = loadedEngine();
    QVERIFY(engine);
    const CodeTheme light = engine->defaultTheme(false);
    QTextDocument doc(QStringLiteral("import os\nprint(os.sep)"));
    QPointer<QSyntaxHighlighter> highlighter = engine->create(&doc, QStringLiteral("python"), light.name);
    QVERIFY(highlighter);
    QCOMPARE(highlighter->document(), &doc);
    QCOMPARE(engine->definitionName(highlighter), QStringLiteral("Python"));
    QTRY_VERIFY(colouredRanges(doc.firstBlock(), light) > 0);

    engine->setLanguage(highlighter, QStringLiteral("no-such-language"));
    QCOMPARE(engine->definitionName(highlighter), QString());
    QTRY_COMPARE(colouredRanges(doc.firstBlock(), light), 0);
    QCOMPARE(doc.toPlainText(), QStringLiteral("import os\nprint(os.sep)")); // the text itself untouched

    engine->setLanguage(highlighter, QStringLiteral("py"));
    QCOMPARE(engine->definitionName(highlighter), QStringLiteral("Python"));
    QTRY_VERIFY(colouredRanges(doc.firstBlock(), light) > 0);

    // Another theme recolours what is shown.
    const QColor before = doc.firstBlock().layout()->formats().first().format.foreground().color();
    engine->setTheme(highlighter, engine->defaultTheme(true).name);
    QTRY_VERIFY(doc.firstBlock().layout()->formats().first().format.foreground().color() != before);

    // A highlighter that is not the engine's own is left alone, and has no syntax.
    QSyntaxHighlighter *foreign = new OtherHighlighter(&doc);
    engine->setLanguage(foreign, QStringLiteral("python"));
    engine->setTheme(foreign, engine->defaultTheme(false).name);
    QCOMPARE(engine->definitionName(foreign), QString());
    QCOMPARE(engine->definitionName(nullptr), QString());

    // The document owns its highlighter.
    {
        QTextDocument owner;
        QPointer<QSyntaxHighlighter> owned = engine->create(&owner, QStringLiteral("python"), QString());
        QVERIFY(owned);
        highlighter = owned;
    }
    QVERIFY(!highlighter);
}

void TestHighlighting::missingPlugin_codeStaysPlain_inAProcessOfItsOwn()
{
    QTemporaryDir empty;
    QVERIFY(empty.isValid());
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(withoutPluginVariable), QStringLiteral("1"));
    env.insert(QStringLiteral("DEEPDIVE_PLUGIN_DIR"), empty.path());
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), QStringList());
    QVERIFY(child.waitForFinished(30000));
    const QString output = QString::fromUtf8(child.readAll());
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("Totals: 5 passed, 0 failed")), qPrintable(output)); // 3 + init/cleanupTestCase
}

void TestHighlightingWithoutPlugin::load_failsWithTheReason_onceAndWithoutCrashing()
{
    QSignalSpy loaded(Highlighting::instance(), &Highlighting::loaded);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("the highlighting plugin could not be loaded")));
    QString error;
    QVERIFY(!Highlighting::load(&error));
    QVERIFY2(error.startsWith(QStringLiteral("the highlighting plugin could not be loaded (")), qPrintable(error));
    // Where it looked: the folder it was pointed at, and beside the binary.
    QVERIFY2(error.contains(QDir::toNativeSeparators(qEnvironmentVariable("DEEPDIVE_PLUGIN_DIR"))), qPrintable(error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/..")))), qPrintable(error));
    QVERIFY(!Highlighting::engine());
    QCOMPARE(loaded.count(), 0);
    // Asked again (with or without wanting the reason): the same answer, not tried and warned about again.
    QVERIFY(!Highlighting::load());
    QString again;
    QVERIFY(!Highlighting::load(&again));
    QCOMPARE(again, error);
    QCOMPARE(loaded.count(), 0);
}

void TestHighlightingWithoutPlugin::theme_isThePalettes()
{
    verifyPalettesTheme(Highlighting::theme(QStringLiteral("Breeze Light"), darkPalette()), darkPalette());
    verifyPalettesTheme(Highlighting::theme(QString(), lightPalette()), lightPalette());
}

void TestHighlightingWithoutPlugin::code_isPlainText()
{
    const QString code = QStringLiteral("def f(x):\n    return x < 1\n");
    const QString html = codeToHtml(code, QStringLiteral("python"), Highlighting::engine(), QString(), 80);
    QVERIFY2(!html.contains(QStringLiteral("<span")), qPrintable(html));
    QCOMPARE(plain(html), QStringLiteral("def f(x):\n    return x < 1"));
    PrintedCode printed; // as Export PDF prints code
    printed.prepare({{code, QStringLiteral("python")}});
    QVERIFY(!printed.html(code, QStringLiteral("python"), 80).contains(QStringLiteral("<span")));
    QCOMPARE(plain(printed.html(code, QStringLiteral("python"), 80)), QStringLiteral("def f(x):\n    return x < 1"));
}

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(withoutPluginVariable)) {
        TestHighlightingWithoutPlugin test;
        return QTest::qExec(&test, argc, argv);
    }
    TestHighlighting test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_highlighting.moc"
