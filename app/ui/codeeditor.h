#pragma once

#include "highlightingengine.h"

#include <QPlainTextEdit>

class QSyntaxHighlighter;

namespace DeepDive {

// A read-only code view: syntax highlighting (once the engine has loaded; plain text in the theme's colours
// before), line numbers, the system fixed font, and a line marker for quiz cards that point at a line.
class CodeEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit CodeEditor(QWidget *parent = nullptr);

    void setCode(const QString &code, const QString &language);
    void setTheme(const CodeTheme &theme);
    void setCodeFont(const QFont &font);
    CodeTheme theme() const { return m_theme; }
    // The highlighter, or nullptr while the engine is not loaded.
    QSyntaxHighlighter *highlighter() const { return m_highlighter; }
    QString language() const { return m_language; }

    int lineNumberAreaWidth() const;

    // Spot-the-bug: while picking, a click or Enter on a line emits linePicked (1-based).
    void setPickingLine(bool picking);
    bool isPickingLine() const { return m_picking; }
    // Marks lines (1-based): positive numbers as the answer, negative ones as a wrong pick.
    void markLines(const QList<int> &lines);
    QList<int> markedLines() const { return m_marked; }

Q_SIGNALS:
    void linePicked(int line);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    friend class LineNumberArea;
    void paintLineNumbers(QPaintEvent *event);
    void updateLineNumberArea(const QRect &rect, int dy);
    void attachHighlighter();
    void applyColors();

    QWidget *m_lineNumbers = nullptr;
    QSyntaxHighlighter *m_highlighter = nullptr;
    CodeTheme m_theme;
    QString m_language;
    bool m_picking = false;
    QList<int> m_marked;
};

} // namespace DeepDive
