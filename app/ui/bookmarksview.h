#pragma once

#include <QWidget>

class QListWidget;

namespace DeepDive {

class TopicModel;

// Lists the bookmarked topics (with their labels) under the topic tree, as Okular's sidebar keeps bookmarks beside
// the contents: showing it takes room from the tree, never from the code or the quiz. Enter or a double click opens a
// topic; the × button (or View > Bookmarks) hides it.
class BookmarksView : public QWidget
{
    Q_OBJECT
public:
    explicit BookmarksView(const TopicModel *model, QWidget *parent = nullptr);

    void refresh();
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void topicActivated(const QString &deckId, const QString &topicId);
    void closeRequested();

private:
    const TopicModel *m_model;
    QListWidget *m_list;
};

} // namespace DeepDive
