#pragma once

#include "deck.h"

#include <QWidget>

#include <functional>

class QLabel;
class QListWidget;

namespace DeepDive {

// The problems of the decks being written, above the panes while there are any: each "file:line: what is wrong",
// opened at its line in the learner's editor with Enter or a double click ($VISUAL, else $EDITOR, with +LINE as most
// editors take it; else the desktop's default application for the file). Hidden when there is none left.
class DeckProblemsView : public QWidget
{
    Q_OBJECT
public:
    using Opener = std::function<bool(const QString &file, int line)>;

    explicit DeckProblemsView(QWidget *parent = nullptr);

    void setProblems(const QList<Diagnostic> &problems);
    QListWidget *list() const { return m_list; }
    // Tests replace the editor with a recorder.
    void setOpener(Opener opener) { m_open = std::move(opener); }
    static bool openInEditor(const QString &file, int line);

private:
    QLabel *m_title;
    QListWidget *m_list;
    Opener m_open = &DeckProblemsView::openInEditor;
};

} // namespace DeepDive
