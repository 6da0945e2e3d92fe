#include "codeeditor.h"
#include "codepane.h"
#include "highlighting.h"
#include "testsupport.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QApplication>
#include <QComboBox>
#include <QSignalSpy>
#include <QSplitter>
#include <QTest>
#include <QThread>
#include <QToolButton>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextLayout>

using namespace DeepDive;

class TestCodePane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void editorMadeBeforeTheEngineLoads_isPlainThenHighlighted();
    void pythonKeyword_getsAHighlightingFormat();
    void pitfallWithFix_showsBothSideBySide();
    void example_showsAloneAndSwitcherListsPairsOnce();
    void topicWithoutSnippets_saysSo();
    void theme_followsThePalette();
    void run_showsOutputAndComparesWithTheExpected();
    void run_withoutPython_isDisabledAndSaysWhy();
    void pitfallAndFix_stackWhenNarrow_sideBySideWhenWide();
    void exposure_bareSnippet_hidesTitleOutputExplanationAndFix();
    void exposure_none_showsAPlaceholder_andComesBackToTheLearnersSnippet();
    void exposure_answered_keepsTheCodeWhereTheLearnerWas();
    void showSnippet_whileACardHoldsThePane_showsItWhole();
    void showSnippet_ofAFix_showsItsPitfallBesideIt();

private:
    Deck m_deck;
};

void TestCodePane::initTestCase()
{
    m_deck = Test::sampleDeck();
}

namespace {
// The character format the highlighter gave to `word` in `editor`, or an invalid format.
QTextCharFormat formatOf(const CodeEditor &editor, const QString &word)
{
    for (QTextBlock block = editor.document()->firstBlock(); block.isValid(); block = block.next()) {
        const int at = int(block.text().indexOf(word));
        if (at < 0)
            continue;
        const auto formats = block.layout()->formats();
        for (const QTextLayout::FormatRange &range : formats) {
            if (range.start <= at && at < range.start + range.length)
                return range.format;
        }
    }
    return {};
}
} // namespace

// The first frame shows code plainly, in the palette's colours; the engine arrives after it (loaded in a worker, as
// the window asks for it) and the same editor becomes highlighted without being told.
void TestCodePane::editorMadeBeforeTheEngineLoads_isPlainThenHighlighted()
{
    QVERIFY(!Highlighting::engine());
    CodeEditor editor;
    editor.setCode(QStringLiteral("for i in range(3):\n    print(i)\n"), QStringLiteral("python"));
    QVERIFY(!editor.highlighter());
    QVERIFY(editor.theme().name.isEmpty());
    QCOMPARE(editor.palette().color(QPalette::Base), editor.theme().background);
    QVERIFY(!formatOf(editor, QStringLiteral("for")).hasProperty(QTextFormat::ForegroundBrush));
    QSignalSpy loaded(Highlighting::instance(), &Highlighting::loaded);
    QString error = QStringLiteral("not told");
    QThread *toldOn = nullptr;
    QObject context;
    Highlighting::loadInBackground(&context, [&error, &toldOn](const QString &e) {
        error = e;
        toldOn = QThread::currentThread();
    });
    QTRY_VERIFY(toldOn);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(toldOn, QCoreApplication::instance()->thread());
    QCOMPARE(loaded.count(), 1);
    QVERIFY(Highlighting::engine());
    // The engine (and the repository in it) belongs to the window's thread, though a worker made it.
    auto *engineObject = dynamic_cast<QObject *>(Highlighting::engine());
    QVERIFY(engineObject);
    QCOMPARE(engineObject->thread(), QCoreApplication::instance()->thread());
    for (QObject *child : engineObject->children())
        QCOMPARE(child->thread(), QCoreApplication::instance()->thread());
    QVERIFY(!engineObject->children().isEmpty());
    QVERIFY(editor.highlighter());
    QVERIFY(!editor.theme().name.isEmpty());
    QTRY_VERIFY(formatOf(editor, QStringLiteral("for")).hasProperty(QTextFormat::ForegroundBrush));
    QVERIFY(Highlighting::load()); // once loaded, it stays
    QCOMPARE(loaded.count(), 1);
}

void TestCodePane::pythonKeyword_getsAHighlightingFormat()
{
    QVERIFY(Highlighting::load());
    CodeEditor editor;
    editor.setCode(QStringLiteral("for i in range(3):\n    print(i)\n"), QStringLiteral("python"));
    QCOMPARE(Highlighting::engine()->definitionName(editor.highlighter()), QStringLiteral("Python"));
    QCOMPARE(editor.toPlainText(), QStringLiteral("for i in range(3):\n    print(i)"));
    QTRY_VERIFY(formatOf(editor, QStringLiteral("for")).hasProperty(QTextFormat::ForegroundBrush));
    // The keyword and the builtin are styled as the theme says (read here from KSyntaxHighlighting itself), unlike a
    // plain name.
    const KSyntaxHighlighting::Repository repository;
    const KSyntaxHighlighting::Theme theme = repository.theme(editor.theme().name);
    QVERIFY(theme.isValid());
    const QTextCharFormat keyword = formatOf(editor, QStringLiteral("for"));
    QCOMPARE(keyword.foreground().color(), QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::ControlFlow)));
    QCOMPARE(keyword.fontWeight() == QFont::Bold, theme.isBold(KSyntaxHighlighting::Theme::ControlFlow));
    QCOMPARE(formatOf(editor, QStringLiteral("range")).foreground().color(),
             QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::BuiltIn)));
    QVERIFY(formatOf(editor, QStringLiteral(" i ")) != keyword);
}

void TestCodePane::pitfallWithFix_showsBothSideBySide()
{
    CodePane pane;
    pane.resize(1500, 500); // wide enough for two lines of code side by side
    pane.show();
    pane.setTopic(&m_deck.topics[0]);
    QCOMPARE(pane.currentSnippetId(), QStringLiteral("identity-pitfall"));
    QVERIFY(pane.isFixVisible());
    QCOMPARE(pane.editor()->toPlainText(), QStringLiteral("a = [1, 2]\nb = [1, 2]\nprint(a is b)"));
    QCOMPARE(pane.fixEditor()->toPlainText(), QStringLiteral("a = [1, 2]\nb = [1, 2]\nprint(a == b)"));
    QVERIFY(pane.editor()->isVisible() && pane.fixEditor()->isVisible());
    QVERIFY(pane.editor()->mapTo(&pane, QPoint(0, 0)).x() < pane.fixEditor()->mapTo(&pane, QPoint(0, 0)).x());
}

void TestCodePane::example_showsAloneAndSwitcherListsPairsOnce()
{
    CodePane pane;
    pane.show();
    pane.setTopic(&m_deck.topics[0]);
    // The fix is shown beside its pitfall, so it is not a separate entry.
    QCOMPARE(pane.switcher()->count(), 2);
    pane.switcher()->setFocus();
    QTest::keyClick(pane.switcher(), Qt::Key_Down);
    QCOMPARE(pane.currentSnippetId(), QStringLiteral("identity-raises"));
    QVERIFY(!pane.isFixVisible());
    QVERIFY(pane.editor()->toPlainText().contains(QStringLiteral("1 / 0")));
    auto *output = pane.findChild<QPlainTextEdit *>(QStringLiteral("snippetOutput"));
    QVERIFY(output);
    QVERIFY(output->toPlainText().endsWith(QStringLiteral("ZeroDivisionError: division by zero")));
    QVERIFY(output->toPlainText().startsWith(QStringLiteral("before\n")));
}

void TestCodePane::topicWithoutSnippets_saysSo()
{
    CodePane pane;
    pane.show();
    pane.setTopic(&m_deck.topics[2]);
    QCOMPARE(pane.switcher()->count(), 0);
    QVERIFY(!pane.switcher()->isEnabled());
    QVERIFY(pane.editor()->toPlainText().isEmpty());
    QVERIFY(!pane.editor()->isVisible());
}

void TestCodePane::theme_followsThePalette()
{
    QVERIFY(Highlighting::load());
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(30, 30, 30));
    dark.setColor(QPalette::Window, QColor(40, 40, 40));
    dark.setColor(QPalette::Text, Qt::white);
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    QVERIFY(Highlighting::isDark(dark));
    QVERIFY(!Highlighting::isDark(light));
    const CodeTheme darkTheme = Highlighting::theme({}, dark);
    const CodeTheme lightTheme = Highlighting::theme({}, light);
    QVERIFY(!darkTheme.name.isEmpty() && !lightTheme.name.isEmpty());
    QVERIFY(darkTheme.isDark());
    QVERIFY(!lightTheme.isDark());
    QCOMPARE(Highlighting::theme(QStringLiteral("no such theme"), dark).name, darkTheme.name);
    QCOMPARE(Highlighting::theme(QStringLiteral("Solarized Light"), dark).name, QStringLiteral("Solarized Light"));

    CodeEditor editor;
    editor.setTheme(darkTheme);
    QVERIFY(Highlighting::isDark(editor.palette()));
    QCOMPARE(editor.theme().name, darkTheme.name);
}

void TestCodePane::run_showsOutputAndComparesWithTheExpected()
{
    CodePane pane;
    pane.show();
    pane.setTopic(&m_deck.topics[0]);
    QVERIFY(pane.runButton()->isEnabled());
    QSignalSpy done(&pane, &CodePane::runFinished);
    QTest::mouseClick(pane.runButton(), Qt::LeftButton);
    QVERIFY(done.wait(20000));
    QCOMPARE(pane.runOutput()->toPlainText(), QStringLiteral("False\n"));
    QVERIFY2(pane.runStatus().contains(QStringLiteral("prints the expected output")), qPrintable(pane.runStatus()));
    QVERIFY(pane.runOutput()->isVisible());
    // The snippet that raises: the traceback shows.
    pane.showSnippet(QStringLiteral("identity-raises"));
    QVERIFY(!pane.runOutput()->isVisible());
    QTest::mouseClick(pane.runButton(), Qt::LeftButton);
    QVERIFY(done.wait(20000));
    QVERIFY(pane.runOutput()->toPlainText().contains(QStringLiteral("ZeroDivisionError")));
    QVERIFY(pane.runStatus().startsWith(QStringLiteral("Exit code 1")));
    // Working in the fix (its code has the focus), F5 / Run runs the fix, not the pitfall beside it.
    pane.showSnippet(QStringLiteral("identity-pitfall"));
    QVERIFY(pane.isFixVisible());
    pane.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&pane));
    pane.fixEditor()->setFocus();
    QTRY_VERIFY(pane.fixEditor()->hasFocus());
    pane.runCurrent();
    QVERIFY(done.wait(20000));
    QCOMPARE(pane.runOutput()->toPlainText(), QStringLiteral("True\n"));
    QVERIFY2(pane.runStatus().startsWith(QStringLiteral("The fix: Exit code 0")), qPrintable(pane.runStatus()));
    QVERIFY(pane.runStatus().contains(QStringLiteral("prints the expected output")));
    pane.editor()->setFocus();
    QTRY_VERIFY(pane.editor()->hasFocus());
    pane.runCurrent();
    QVERIFY(done.wait(20000));
    QCOMPARE(pane.runOutput()->toPlainText(), QStringLiteral("False\n"));
}

// At 1280 wide the pitfall and the fix each got about 250 px and cut the code: narrow, they stack.
void TestCodePane::pitfallAndFix_stackWhenNarrow_sideBySideWhenWide()
{
    CodePane pane;
    pane.setTopic(&m_deck.topics[0]);
    pane.showSnippet(QStringLiteral("identity-pitfall"));
    pane.resize(520, 700); // the code pane of a 1280-wide window
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QVERIFY(pane.isFixVisible());
    auto *splitter = pane.findChild<QSplitter *>();
    QVERIFY(splitter);
    QCOMPARE(splitter->orientation(), Qt::Vertical);
    QVERIFY(pane.editor()->width() > 400); // a whole line of code's room, not half of it
    pane.resize(1500, 700);
    QTRY_COMPARE(splitter->orientation(), Qt::Horizontal);
}

void TestCodePane::run_withoutPython_isDisabledAndSaysWhy()
{
    const QByteArray path = qgetenv("PATH");
    qputenv("PATH", "/nonexistent");
    CodePane pane;
    pane.setTopic(&m_deck.topics[0]);
    qputenv("PATH", path);
    QVERIFY(!pane.runButton()->isEnabled());
    QVERIFY(pane.runButton()->toolTip().contains(QStringLiteral("python3 was not found")));
}

namespace {
CodeExposure asked(CodeExposure::Mode mode, const QString &snippetId = {})
{
    CodeExposure e;
    e.mode = mode;
    e.snippetId = snippetId;
    e.title = e.output = e.explanation = e.fix = e.browse = false;
    return e;
}
QLabel *label(const CodePane &pane, const char *name)
{
    return pane.findChild<QLabel *>(QLatin1StringView(name));
}
} // namespace

void TestCodePane::exposure_bareSnippet_hidesTitleOutputExplanationAndFix()
{
    const QString pitfallTitle = m_deck.topics[0].snippets[0].title;
    QVERIFY(pitfallTitle.startsWith(QStringLiteral("Comparing with")));
    CodePane pane;
    pane.resize(900, 500);
    pane.show();
    pane.setTopic(&m_deck.topics[0]);
    auto *output = pane.findChild<QPlainTextEdit *>(QStringLiteral("snippetOutput"));
    QVERIFY(label(pane, "snippetTitle")->text().contains(pitfallTitle));
    QVERIFY(label(pane, "snippetExplanation")->text().contains(QStringLiteral("Two lists")));

    pane.setExposure(asked(CodeExposure::Mode::Snippet, QStringLiteral("identity-pitfall")));
    QCOMPARE(pane.currentSnippetId(), QStringLiteral("identity-pitfall"));
    QCOMPARE(pane.editor()->toPlainText(), QStringLiteral("a = [1, 2]\nb = [1, 2]\nprint(a is b)"));
    QCOMPARE(label(pane, "snippetTitle")->text(), QStringLiteral("Code for this card"));
    QVERIFY(output->toPlainText().isEmpty() && !output->isVisible());
    QVERIFY(label(pane, "snippetExplanation")->text().isEmpty());
    QVERIFY(!pane.isFixVisible());
    QVERIFY(pane.switcher()->currentText().isEmpty());
    QCOMPARE(pane.switcher()->placeholderText(), QStringLiteral("Code for this card"));
    QVERIFY(!pane.switcher()->isEnabled());
    QVERIFY(!pane.runButton()->isEnabled());
    QVERIFY(pane.runButton()->toolTip().contains(QStringLiteral("Answer the quiz card first")));

    CodeExposure answered;
    answered.mode = CodeExposure::Mode::Snippet;
    answered.snippetId = QStringLiteral("identity-pitfall");
    pane.setExposure(answered);
    QCOMPARE(label(pane, "snippetTitle")->text(), QStringLiteral("Pitfall: ") + pitfallTitle);
    QCOMPARE(output->toPlainText(), QStringLiteral("False"));
    QVERIFY(label(pane, "snippetExplanation")->text().contains(QStringLiteral("Two lists")));
    QVERIFY(pane.isFixVisible());
    QCOMPARE(pane.switcher()->currentText(), QStringLiteral("Pitfall: ") + pitfallTitle);
    QVERIFY(pane.switcher()->isEnabled());
}

// Answering shows the card's title and output around the same code: the code is not set again, so the cursor (and
// the scroll) stay on the line the learner was reading, and nothing is laid out or highlighted again.
void TestCodePane::exposure_answered_keepsTheCodeWhereTheLearnerWas()
{
    CodePane pane;
    pane.resize(900, 500);
    pane.show();
    pane.setTopic(&m_deck.topics[0]);
    pane.setExposure(asked(CodeExposure::Mode::Snippet, QStringLiteral("identity-pitfall")));
    pane.setExposure(asked(CodeExposure::Mode::Snippet, QStringLiteral("identity-pitfall"))); // the card shown again
    pane.editor()->moveCursor(QTextCursor::End);
    const int line = pane.editor()->textCursor().blockNumber();
    QCOMPARE(line, 2);
    QSignalSpy replaced(pane.editor()->document(), &QTextDocument::contentsChanged);

    CodeExposure answered;
    answered.mode = CodeExposure::Mode::Snippet;
    answered.snippetId = QStringLiteral("identity-pitfall");
    pane.setExposure(answered);
    QCOMPARE(label(pane, "snippetTitle")->text(), QStringLiteral("Pitfall: ") + m_deck.topics[0].snippets[0].title);
    QCOMPARE(pane.findChild<QPlainTextEdit *>(QStringLiteral("snippetOutput"))->toPlainText(), QStringLiteral("False"));
    QCOMPARE(pane.editor()->textCursor().blockNumber(), line);
    QCOMPARE(replaced.count(), 0);

    pane.setExposure(asked(CodeExposure::Mode::Snippet, QStringLiteral("identity-fix"))); // another snippet: its code
    QVERIFY(pane.editor()->toPlainText().contains(QStringLiteral("==")));
    QCOMPARE(pane.editor()->textCursor().blockNumber(), 0);
}

void TestCodePane::exposure_none_showsAPlaceholder_andComesBackToTheLearnersSnippet()
{
    CodePane pane;
    pane.resize(900, 500);
    pane.show();
    pane.setTopic(&m_deck.topics[0]);
    pane.showSnippet(QStringLiteral("identity-raises"));
    pane.setExposure(asked(CodeExposure::Mode::None));
    QVERIFY(pane.currentSnippetId().isEmpty());
    QVERIFY(pane.editor()->toPlainText().isEmpty());
    QVERIFY(!pane.editor()->isVisible());
    QLabel *placeholder = label(pane, "codePlaceholder");
    QVERIFY(placeholder->isVisible());
    QCOMPARE(placeholder->text(), QStringLiteral("This card is answered without code. The topic's snippets come back "
                                                 "when you have answered."));
    QVERIFY(label(pane, "snippetTitle")->text().isEmpty());
    QVERIFY(pane.switcher()->currentText().isEmpty());
    QVERIFY(!pane.switcher()->isEnabled());
    QVERIFY(!pane.runButton()->isEnabled());
    QVERIFY(!pane.findChild<QToolButton *>(QStringLiteral("copySnippet"))->isEnabled());

    pane.setExposure({}); // answered: the snippet the learner was on
    QCOMPARE(pane.currentSnippetId(), QStringLiteral("identity-raises"));
    QCOMPARE(pane.switcher()->currentText(), QStringLiteral("Example: Division by zero"));
    QVERIFY(pane.editor()->isVisible());
    QVERIFY(!placeholder->isVisible());
    QVERIFY(pane.switcher()->isEnabled());

    // A topic without snippets says so, card or not.
    pane.setTopic(&m_deck.topics[2]);
    pane.setExposure(asked(CodeExposure::Mode::None));
    QCOMPARE(placeholder->text(), QStringLiteral("This topic has no code snippets."));
}

// A search hit on a snippet is the learner's own request: it shows whole, card or not.
void TestCodePane::showSnippet_whileACardHoldsThePane_showsItWhole()
{
    CodePane pane;
    pane.show();
    pane.setTopic(&m_deck.topics[0]);
    CodeExposure spot = asked(CodeExposure::Mode::Snippet, QStringLiteral("identity-pitfall"));
    spot.pickLine = true;
    pane.setExposure(spot);
    QVERIFY(pane.editor()->isPickingLine());
    pane.showSnippet(QStringLiteral("identity-raises"));
    QCOMPARE(pane.exposure(), CodeExposure{});
    QVERIFY(!pane.editor()->isPickingLine());
    QCOMPARE(pane.switcher()->currentText(), QStringLiteral("Example: Division by zero"));
    QVERIFY(pane.switcher()->isEnabled());
}

// A search hit on a fix: the fix has no entry of its own in the switcher; its pitfall's shows it beside the pitfall.
void TestCodePane::showSnippet_ofAFix_showsItsPitfallBesideIt()
{
    CodePane pane;
    pane.setTopic(&m_deck.topics[0]);
    pane.resize(900, 700);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.showSnippet(QStringLiteral("identity-raises"));
    QVERIFY(!pane.isFixVisible());
    pane.showSnippet(QStringLiteral("identity-fix"));
    QCOMPARE(pane.switcher()->currentData().toString(), QStringLiteral("identity-pitfall"));
    QVERIFY(pane.isFixVisible());
    pane.showSnippet(QStringLiteral("no-such-snippet")); // nothing to show: the pane stays where it is
    QCOMPARE(pane.switcher()->currentData().toString(), QStringLiteral("identity-pitfall"));
}

QTEST_MAIN(TestCodePane)
#include "tst_codepane.moc"
