#include "codeeditor.h"

#include "highlighting.h"

#include <QFontDatabase>
#include <QMouseEvent>
#include <QPainter>
#include <QTextBlock>

namespace DeepDive {

class LineNumberArea : public QWidget
{
public:
    explicit LineNumberArea(CodeEditor *editor)
        : QWidget(editor)
        , m_editor(editor)
    {
    }
    QSize sizeHint() const override { return {m_editor->lineNumberAreaWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintLineNumbers(event); }

private:
    CodeEditor *m_editor;
};

CodeEditor::CodeEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_lineNumbers(new LineNumberArea(this))
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTabStopDistance(4 * fontMetrics().horizontalAdvance(QLatin1Char(' ')));
    connect(this, &QPlainTextEdit::blockCountChanged, this, [this] { setViewportMargins(lineNumberAreaWidth(), 0, 0, 0); });
    connect(this, &QPlainTextEdit::updateRequest, this, &CodeEditor::updateLineNumberArea);
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
    setTheme(Highlighting::theme({}, palette()));
    connect(Highlighting::instance(), &Highlighting::loaded, this, &CodeEditor::attachHighlighter);
    attachHighlighter();
}

void CodeEditor::attachHighlighter()
{
    HighlightingEngine *engine = Highlighting::engine();
    if (!engine || m_highlighter)
        return;
    if (m_theme.name.isEmpty()) // the palette's colours until now: the engine's default of the same brightness
        m_theme = engine->defaultTheme(m_theme.isDark());
    applyColors();
    m_highlighter = engine->create(document(), m_language, m_theme.name);
}

void CodeEditor::setCode(const QString &code, const QString &language)
{
    m_language = language;
    if (m_highlighter)
        Highlighting::engine()->setLanguage(m_highlighter, language);
    QString text = code;
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    setPlainText(text);
}

void CodeEditor::setCodeFont(const QFont &font)
{
    setFont(font);
    setTabStopDistance(4 * fontMetrics().horizontalAdvance(QLatin1Char(' ')));
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
    m_lineNumbers->update();
}

void CodeEditor::setPickingLine(bool picking)
{
    m_picking = picking;
    viewport()->setCursor(picking ? Qt::PointingHandCursor : Qt::IBeamCursor);
    setToolTip(picking ? tr("Click the line with the bug (or move to it and press Enter)") : QString());
    // The current line is highlighted while picking, so the keyboard choice is visible.
    markLines(m_marked);
}

void CodeEditor::markLines(const QList<int> &lines)
{
    m_marked = lines;
    QList<QTextEdit::ExtraSelection> selections;
    const bool dark = m_theme.isDark();
    for (int line : lines) {
        const QTextBlock block = document()->findBlockByNumber(std::abs(line) - 1);
        if (!block.isValid())
            continue; // not a line of this code (0, or past its end): an invalid block's cursor is the first line's
        QTextEdit::ExtraSelection selection;
        const QColor good = dark ? QColor(0x1b, 0x5e, 0x20) : QColor(0xc8, 0xe6, 0xc9);
        const QColor bad = dark ? QColor(0x8e, 0x24, 0x24) : QColor(0xff, 0xcd, 0xd2);
        selection.format.setBackground(line > 0 ? good : bad);
        selection.format.setProperty(QTextFormat::FullWidthSelection, true);
        selection.cursor = QTextCursor(block);
        selections.append(selection);
    }
    if (m_picking) {
        QTextEdit::ExtraSelection current;
        current.format.setBackground(m_theme.currentLine);
        current.format.setProperty(QTextFormat::FullWidthSelection, true);
        current.cursor = textCursor();
        current.cursor.clearSelection();
        selections.append(current);
    }
    setExtraSelections(selections);
}

void CodeEditor::mouseReleaseEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseReleaseEvent(event);
    if (m_picking && event->button() == Qt::LeftButton && !textCursor().hasSelection())
        Q_EMIT linePicked(cursorForPosition(event->position().toPoint()).blockNumber() + 1);
}

void CodeEditor::keyPressEvent(QKeyEvent *event)
{
    if (m_picking && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        Q_EMIT linePicked(textCursor().blockNumber() + 1);
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
    if (m_picking)
        markLines(m_marked);
}

void CodeEditor::setTheme(const CodeTheme &theme)
{
    m_theme = theme;
    applyColors();
    if (m_highlighter)
        Highlighting::engine()->setTheme(m_highlighter, theme.name);
}

void CodeEditor::applyColors()
{
    QPalette pal = palette();
    pal.setColor(QPalette::Base, m_theme.background);
    pal.setColor(QPalette::Text, m_theme.text);
    pal.setColor(QPalette::Highlight, m_theme.selection);
    setPalette(pal);
    m_lineNumbers->update();
}

int CodeEditor::lineNumberAreaWidth() const
{
    int digits = 2;
    for (int max = std::max(1, blockCount()); max >= 100; max /= 10)
        ++digits;
    return 12 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * digits;
}

void CodeEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect cr = contentsRect();
    m_lineNumbers->setGeometry(QRect(cr.left(), cr.top(), lineNumberAreaWidth(), cr.height()));
}

void CodeEditor::updateLineNumberArea(const QRect &rect, int dy)
{
    if (dy)
        m_lineNumbers->scroll(0, dy);
    else
        m_lineNumbers->update(0, rect.y(), m_lineNumbers->width(), rect.height());
}

void CodeEditor::paintLineNumbers(QPaintEvent *event)
{
    QPainter painter(m_lineNumbers);
    painter.fillRect(event->rect(), m_theme.border);
    painter.setFont(font());
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    const int current = textCursor().blockNumber();
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        if (block.isVisible() && top + height >= event->rect().top()) {
            const bool isCurrent = block.blockNumber() == current && hasFocus();
            painter.setPen(isCurrent ? m_theme.currentLineNumber : m_theme.lineNumbers);
            painter.drawText(0, top, m_lineNumbers->width() - 6, height, Qt::AlignRight | Qt::AlignVCenter,
                             QString::number(block.blockNumber() + 1));
        }
        block = block.next();
        top += height;
    }
}

} // namespace DeepDive
