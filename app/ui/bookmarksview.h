#pragma once

#include <QDockWidget>

class QListWidget;

namespace DeepDive {

class TopicModel;

// Lists the bookmarked topics (with their labels); Enter or a double click opens one.
class BookmarksView : public QDockWidget
{
    Q_OBJECT
public:
    explicit BookmarksView(const TopicModel *model, QWidget *parent = nullptr);

    void refresh();
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void topicActivated(const QString &deckId, const QString &topicId);

private:
    const TopicModel *m_model;
    QListWidget *m_list;
};

} // namespace DeepDive
