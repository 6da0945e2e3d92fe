#include "codeeditor.h"
#include "contrast.h"
#include "highlighting.h"

#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>

using namespace DeepDive;

namespace {

// `count` numbered lines of code.
QString lines(int count)
{
    QStringList list;
    for (int i = 1; i <= count; ++i)
        list.append(QStringLiteral("x%1 = %1").arg(i));
    return list.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

CodeTheme theme(bool dark)
{
    CodeTheme t;
    t.background = dark ? QColor(0x23, 0x26, 0x29) : QColor(Qt::white);
    t.text = dark ? QColor(0xcf, 0xcf, 0xc2) : QColor(0x1f, 0x1c, 0x1b);
    t.selection = dark ? QColor(0x2d, 0x5c, 0x76) : QColor(0x94, 0xca, 0xef);
    t.currentLine = dark ? QColor(0x32, 0x36, 0x3c) : QColor(0xf8, 0xf7, 0xf6);
    t.lineNumbers = dark ? QColor(0x7a, 0x7c, 0x7d) : QColor(0xa0, 0xa0, 0xa0);
    t.currentLineNumber = dark ? QColor(0xa5, 0xa6, 0xa8) : QColor(0x1e, 0x1e, 0x1e);
    t.border = dark ? QColor(0x31, 0x36, 0x3b) : QColor(0xf0, 0xf0, 0xf0);
    return t;
}

using Test::contrast;

} // namespace

// The read-only code view: the code as given (less its final newline), line numbers in a margin as wide as the
// longest number needs, the theme's colours, and for spot-the-bug cards a line picked by click or Enter and lines
// marked as the answer (green) or a wrong pick (red). Highlighting itself is tested with the code pane
// (tst_codepane); here only the language that reaches the highlighter.
class TestCodeEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void setCode_showsTheCodeLessItsLastNewline_readOnly();
    void lineNumbers_marginGrowsWithTheLongestNumber_data();
    void lineNumbers_marginGrowsWithTheLongestNumber();
    void lineNumbers_areaFollowsTheMargin_whenTheCodeOrTheFontGrows();
    void theme_colorsTheView();
    void picking_aClickPicksTheLineUnderIt_aSelectionDoesNot();
    void picking_EnterPicksTheLineOfTheCursor_whichIsHighlighted();
    void notPicking_clicksAndEnterPickNothing();
    void markLines_answerGreen_wrongPickRed_readableOnBothThemes_data();
    void markLines_answerGreen_wrongPickRed_readableOnBothThemes();
    void markLines_aLineThatIsNotThere_marksNothing();
    void setCode_switchesTheHighlightersLanguage();

private:
    QWidget *lineNumberArea() const;
    QPoint pointOnLine(int line) const;

    std::unique_ptr<CodeEditor> m_editor;
};

void TestCodeEditor::init()
{
    m_editor = std::make_unique<CodeEditor>();
    m_editor->resize(500, 400);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
}

void TestCodeEditor::cleanup()
{
    m_editor.reset();
}

// The margin's widget: the editor's own child beside the viewport and the scroll bars' containers (which, unlike it,
// have names).
QWidget *TestCodeEditor::lineNumberArea() const
{
    for (QWidget *child : m_editor->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (child->objectName().isEmpty() && qstrcmp(child->metaObject()->className(), "QWidget") == 0)
            return child;
    }
    return nullptr;
}

QPoint TestCodeEditor::pointOnLine(int line) const
{
    const QTextCursor cursor(m_editor->document()->findBlockByNumber(line - 1));
    return QPoint(40, m_editor->cursorRect(cursor).center().y());
}

void TestCodeEditor::setCode_showsTheCodeLessItsLastNewline_readOnly()
{
    m_editor->setCode(QStringLiteral("a = 1\nprint(a)\n"), QStringLiteral("python"));
    QCOMPARE(m_editor->toPlainText(), QStringLiteral("a = 1\nprint(a)"));
    QCOMPARE(m_editor->blockCount(), 2); // no empty line numbered at the end
    QCOMPARE(m_editor->language(), QStringLiteral("python"));
    // Only the last newline goes: an empty line the author wrote stays.
    m_editor->setCode(QStringLiteral("a = 1\n\n"), QStringLiteral("text"));
    QCOMPARE(m_editor->toPlainText(), QStringLiteral("a = 1\n"));
    m_editor->setCode(QStringLiteral("no newline"), QStringLiteral("text"));
    QCOMPARE(m_editor->toPlainText(), QStringLiteral("no newline"));
    // Read-only, but the learner can select and copy.
    QVERIFY(m_editor->isReadOnly());
    QVERIFY(m_editor->textInteractionFlags() & Qt::TextSelectableByKeyboard);
    m_editor->setFocus();
    QTest::keyClicks(m_editor.get(), QStringLiteral("zz"));
    QTest::keyClick(m_editor.get(), Qt::Key_Backspace);
    QCOMPARE(m_editor->toPlainText(), QStringLiteral("no newline"));
    QCOMPARE(m_editor->lineWrapMode(), QPlainTextEdit::NoWrap); // code keeps its lines
    QVERIFY(m_editor->font().fixedPitch() || QFontInfo(m_editor->font()).fixedPitch());
}

void TestCodeEditor::lineNumbers_marginGrowsWithTheLongestNumber_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("digits");
    QTest::newRow("1") << 1 << 2;
    QTest::newRow("99") << 99 << 2;
    QTest::newRow("100") << 100 << 3;
    QTest::newRow("999") << 999 << 3;
    QTest::newRow("1000") << 1000 << 4;
}

void TestCodeEditor::lineNumbers_marginGrowsWithTheLongestNumber()
{
    QFETCH(int, count);
    QFETCH(int, digits);
    m_editor->setCode(lines(count), QStringLiteral("python"));
    QCOMPARE(m_editor->blockCount(), count);
    const QFontMetrics fm(m_editor->font());
    QCOMPARE(m_editor->lineNumberAreaWidth(), 12 + digits * fm.horizontalAdvance(QLatin1Char('9')));
    QVERIFY(m_editor->lineNumberAreaWidth() - 6 >= fm.horizontalAdvance(QString::number(count))); // the last fits
    // The code starts after it.
    QCOMPARE(m_editor->viewport()->x() - m_editor->contentsRect().left(), m_editor->lineNumberAreaWidth());
}

// A snippet of 150 lines after one of 5, or a bigger code font (View > Zoom In), in an editor on screen: the
// margin's widget widens with the margin, so the numbers are not cut and the code does not show through.
void TestCodeEditor::lineNumbers_areaFollowsTheMargin_whenTheCodeOrTheFontGrows()
{
    m_editor->setCode(lines(5), QStringLiteral("python"));
    QWidget *area = lineNumberArea();
    QVERIFY(area);
    QTRY_COMPARE(area->width(), m_editor->lineNumberAreaWidth());
    const int twoDigits = area->width();
    m_editor->setCode(lines(150), QStringLiteral("python"));
    QVERIFY(m_editor->lineNumberAreaWidth() > twoDigits);
    QTRY_COMPARE(area->width(), m_editor->lineNumberAreaWidth());
    QCOMPARE(area->geometry().right() + 1, m_editor->viewport()->geometry().left());
    QFont bigger = m_editor->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 2);
    m_editor->setCodeFont(bigger);
    QCOMPARE(m_editor->viewport()->x() - m_editor->contentsRect().left(), m_editor->lineNumberAreaWidth());
    QTRY_COMPARE(area->width(), m_editor->lineNumberAreaWidth());
    QCOMPARE(area->geometry().right() + 1, m_editor->viewport()->geometry().left());
    // The tab stops follow the font: four spaces wide.
    QCOMPARE(m_editor->tabStopDistance(), 4.0 * QFontMetrics(m_editor->font()).horizontalAdvance(QLatin1Char(' ')));
    // Back to a short snippet: the margin narrows again.
    m_editor->setCode(lines(3), QStringLiteral("python"));
    QTRY_COMPARE(area->width(), m_editor->lineNumberAreaWidth());
}

void TestCodeEditor::theme_colorsTheView()
{
    for (const bool dark : {true, false}) {
        const CodeTheme t = theme(dark);
        m_editor->setTheme(t);
        QCOMPARE(m_editor->theme().background, t.background);
        QCOMPARE(m_editor->palette().color(QPalette::Base), t.background);
        QCOMPARE(m_editor->palette().color(QPalette::Text), t.text);
        QCOMPARE(m_editor->palette().color(QPalette::Highlight), t.selection);
        // The line numbers sit on the theme's border colour.
        m_editor->setCode(lines(3), QStringLiteral("python"));
        QWidget *area = lineNumberArea();
        QTRY_VERIFY(area->width() > 0);
        const QImage image = area->grab().toImage();
        QCOMPARE(image.pixelColor(2, image.height() - 3), t.border);
    }
}

void TestCodeEditor::picking_aClickPicksTheLineUnderIt_aSelectionDoesNot()
{
    m_editor->setCode(lines(6), QStringLiteral("python"));
    m_editor->setPickingLine(true);
    QVERIFY(m_editor->isPickingLine());
    QCOMPARE(m_editor->viewport()->cursor().shape(), Qt::PointingHandCursor);
    QVERIFY(!m_editor->toolTip().isEmpty()); // says how to pick
    QSignalSpy picked(m_editor.get(), &CodeEditor::linePicked);
    QTest::mouseClick(m_editor->viewport(), Qt::LeftButton, {}, pointOnLine(4));
    QCOMPARE(picked.size(), 1);
    QCOMPARE(picked.takeFirst().first().toInt(), 4);
    QTest::mouseClick(m_editor->viewport(), Qt::LeftButton, {}, pointOnLine(1));
    QCOMPARE(picked.takeFirst().first().toInt(), 1);
    // Below the last line: the last line.
    QTest::mouseClick(m_editor->viewport(), Qt::LeftButton, {}, QPoint(40, m_editor->viewport()->height() - 5));
    QCOMPARE(picked.takeFirst().first().toInt(), 6);
    // The right button, and a drag that selects text (to copy it), pick nothing.
    QTest::mouseClick(m_editor->viewport(), Qt::RightButton, {}, pointOnLine(2));
    QTest::mousePress(m_editor->viewport(), Qt::LeftButton, {}, pointOnLine(2));
    QTest::mouseMove(m_editor->viewport(), pointOnLine(3) + QPoint(30, 0));
    QTest::mouseRelease(m_editor->viewport(), Qt::LeftButton, {}, pointOnLine(3) + QPoint(30, 0));
    QVERIFY(m_editor->textCursor().hasSelection());
    QCOMPARE(picked.size(), 0);
    m_editor->setPickingLine(false);
    QCOMPARE(m_editor->viewport()->cursor().shape(), Qt::IBeamCursor);
    QVERIFY(m_editor->toolTip().isEmpty());
}

void TestCodeEditor::picking_EnterPicksTheLineOfTheCursor_whichIsHighlighted()
{
    const CodeTheme t = theme(false);
    m_editor->setTheme(t);
    m_editor->setCode(lines(6), QStringLiteral("python"));
    m_editor->setPickingLine(true);
    m_editor->setFocus();
    QSignalSpy picked(m_editor.get(), &CodeEditor::linePicked);
    const auto highlighted = [this, &t] {
        QList<int> blocks;
        for (const QTextEdit::ExtraSelection &s : m_editor->extraSelections()) {
            const bool fullWidth = s.format.property(QTextFormat::FullWidthSelection).toBool();
            if (s.format.background().color() == t.currentLine && fullWidth)
                blocks.append(s.cursor.blockNumber() + 1);
        }
        return blocks;
    };
    QCOMPARE(highlighted(), QList<int>{1});
    QTest::keyClick(m_editor.get(), Qt::Key_Down);
    QTest::keyClick(m_editor.get(), Qt::Key_Down);
    QCOMPARE(highlighted(), QList<int>{3}); // the keyboard's choice is visible
    QTest::keyClick(m_editor.get(), Qt::Key_Return);
    QCOMPARE(picked.size(), 1);
    QCOMPARE(picked.takeFirst().first().toInt(), 3);
    QTest::keyClick(m_editor.get(), Qt::Key_Up);
    QTest::keyClick(m_editor.get(), Qt::Key_Enter, Qt::KeypadModifier);
    QCOMPARE(picked.takeFirst().first().toInt(), 2);
    QCOMPARE(m_editor->toPlainText(), lines(6).chopped(1)); // Enter added no line
    // Marks made meanwhile stay beside the current line.
    m_editor->markLines({5});
    QCOMPARE(m_editor->extraSelections().size(), 2);
    m_editor->setPickingLine(false);
    QCOMPARE(highlighted(), QList<int>{}); // no current line once picking ends
    QCOMPARE(m_editor->extraSelections().size(), 1);
}

void TestCodeEditor::notPicking_clicksAndEnterPickNothing()
{
    m_editor->setCode(lines(4), QStringLiteral("python"));
    QSignalSpy picked(m_editor.get(), &CodeEditor::linePicked);
    QTest::mouseClick(m_editor->viewport(), Qt::LeftButton, {}, pointOnLine(2));
    m_editor->setFocus();
    QTest::keyClick(m_editor.get(), Qt::Key_Return);
    QCOMPARE(picked.size(), 0);
    QVERIFY(m_editor->extraSelections().isEmpty());
    QCOMPARE(m_editor->toPlainText(), lines(4).chopped(1));
}

void TestCodeEditor::markLines_answerGreen_wrongPickRed_readableOnBothThemes_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestCodeEditor::markLines_answerGreen_wrongPickRed_readableOnBothThemes()
{
    QFETCH(bool, dark);
    const CodeTheme t = theme(dark);
    m_editor->setTheme(t);
    m_editor->setCode(lines(5), QStringLiteral("python"));
    m_editor->markLines({3, -1}); // the bug on line 3; the learner picked line 1
    QCOMPARE(m_editor->markedLines(), (QList<int>{3, -1}));
    const QList<QTextEdit::ExtraSelection> marks = m_editor->extraSelections();
    QCOMPARE(marks.size(), 2);
    QCOMPARE(marks[0].cursor.blockNumber(), 2);
    QCOMPARE(marks[1].cursor.blockNumber(), 0);
    const QColor answer = marks[0].format.background().color();
    const QColor wrong = marks[1].format.background().color();
    for (const auto &mark : marks)
        QVERIFY(mark.format.property(QTextFormat::FullWidthSelection).toBool()); // the whole line, not its text
    QVERIFY2(answer.green() > answer.red() && answer.green() > answer.blue(), qPrintable(answer.name()));
    QVERIFY2(wrong.red() > wrong.green() && wrong.red() > wrong.blue(), qPrintable(wrong.name()));
    // The code stays readable on them, and they stand apart from the background.
    for (const QColor &mark : {answer, wrong}) {
        QVERIFY2(contrast(t.text, mark) >= 4.5, qPrintable(QStringLiteral("%1 on %2").arg(t.text.name(), mark.name())));
        QCOMPARE(mark.lightness() < 128, dark);
        QVERIFY(mark != t.background);
    }
    m_editor->markLines({});
    QVERIFY(m_editor->extraSelections().isEmpty());
    QVERIFY(m_editor->markedLines().isEmpty());
}

// A line past the end (or 0) is not in the code: nothing is marked for it, rather than the first line.
void TestCodeEditor::markLines_aLineThatIsNotThere_marksNothing()
{
    m_editor->setCode(lines(3), QStringLiteral("python"));
    m_editor->markLines({7, 2, -9, 0});
    QList<int> marked;
    for (const QTextEdit::ExtraSelection &s : m_editor->extraSelections())
        marked.append(s.cursor.blockNumber() + 1);
    QCOMPARE(marked, QList<int>{2});
    // The same marks on a longer snippet would find their lines.
    m_editor->setCode(lines(9), QStringLiteral("python"));
    m_editor->markLines({7, -9});
    marked.clear();
    for (const QTextEdit::ExtraSelection &s : m_editor->extraSelections())
        marked.append(s.cursor.blockNumber() + 1);
    QCOMPARE(marked, (QList<int>{7, 9}));
}

void TestCodeEditor::setCode_switchesTheHighlightersLanguage()
{
    QString error;
    QVERIFY2(Highlighting::load(&error), qPrintable(error));
    QVERIFY(m_editor->highlighter()); // the editor made before the engine got it when the engine came
    m_editor->setCode(QStringLiteral("for i in range(3):\n    pass\n"), QStringLiteral("python"));
    QCOMPARE(Highlighting::engine()->definitionName(m_editor->highlighter()), QStringLiteral("Python"));
    m_editor->setCode(QStringLiteral("int main() { return 0; }\n"), QStringLiteral("cpp"));
    QCOMPARE(m_editor->language(), QStringLiteral("cpp"));
    QCOMPARE(Highlighting::engine()->definitionName(m_editor->highlighter()), QStringLiteral("C++"));
    // The theme of the engine, set by name, reaches the highlighter and the view.
    const CodeTheme dark = Highlighting::engine()->defaultTheme(true);
    m_editor->setTheme(dark);
    QCOMPARE(m_editor->palette().color(QPalette::Base), dark.background);
    QVERIFY(m_editor->theme().isDark());
}

QTEST_MAIN(TestCodeEditor)
#include "tst_codeeditor.moc"
