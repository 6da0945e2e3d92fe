#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTextEdit;
class QToolButton;

namespace DeepDive {

// Find in the topic's notes (Ctrl+F): a bar under the text with a field, previous and next, the number of matches
// and a close button. Every match is highlighted and the current one stands out; Enter goes to the next, Shift+Enter
// to the previous, Esc closes the bar. Apart from the bar, the words a search matched are highlighted when a search
// hit opens the topic (setTerms), until another topic is shown or something else is found.
class FindBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(QTextEdit *view, QWidget *parent = nullptr);

    // Shows the bar with the focus in its field, its text selected.
    void openBar();
    void closeBar();
    bool findNext();
    bool findPrevious();
    // Highlights the words that start with one of `terms` (folded, as SearchIndex::terms gives them) and scrolls to
    // the first.
    void setTerms(const QStringList &terms);
    QStringList terms() const { return m_terms; }
    // The view's text was replaced: the highlights are made again (for another topic, call setTerms({}) first).
    void refresh();

    QLineEdit *field() const { return m_field; }
    QLabel *countLabel() const { return m_count; }
    int matchCount() const { return m_matches; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool find(bool backward);
    void updateHighlights();

    QTextEdit *m_view;
    QLineEdit *m_field;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_close;
    QLabel *m_count;
    QStringList m_terms;
    int m_matches = 0;
};

} // namespace DeepDive
