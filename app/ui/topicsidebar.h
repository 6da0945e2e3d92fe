#pragma once

#include "topicref.h"

#include <QSplitter>

class QComboBox;
class QTreeView;

namespace DeepDive {

class BookmarksView;
class EmptyFilterHint;
class Settings;
class TopicFilterModel;
class TopicModel;

// The window's left side: the filter (all, bookmarked, weak, due, new, each with its count), the topic tree under it,
// and the bookmarks list below the tree when shown (made when first shown; it shares the sidebar's height, not the
// window's width). It knows which topic is selected and how to move between topics; what the selected topic shows is
// the window's business (it follows the tree's current index).
class TopicSidebar : public QSplitter
{
    Q_OBJECT
public:
    TopicSidebar(TopicModel *model, Settings *settings, QWidget *parent = nullptr);

    QTreeView *tree() const { return m_tree; }
    TopicFilterModel *filter() const { return m_filter; }
    QComboBox *filterBox() const { return m_filterBox; }
    // The bookmarks list, made on first call; nullptr from `existingBookmarks` until then.
    BookmarksView *bookmarks();
    BookmarksView *existingBookmarks() const { return m_bookmarks; }
    // Shows or hides the bookmarks; the first time without a saved size, they get a third of the height.
    void setBookmarksVisible(bool visible);

    // The topic model's index for an index of the tree (the filter's), or the same index when it is already one.
    QModelIndex sourceIndex(const QModelIndex &viewIndex) const;
    QModelIndex currentSourceIndex() const;
    // Selects the topic, switching the filter to all topics when it hid it; false when there is no such topic.
    bool selectTopic(const TopicRef &topic);
    void selectFirstTopic();
    // Selects the topic with `key` ("deck/topic") if it is listed, else the first topic.
    void selectTopicOrFirst(const QString &key);
    // The topic `step` places down (up when negative) in the listed order; with `weakOnly`, the next weak topic,
    // going round. False when there is none to go to.
    bool moveTopic(int step, bool weakOnly = false);
    void updateFilterCounts();
    void saveTo(Settings *settings) const; // the bookmarks shown or not, and the heights

Q_SIGNALS:
    // The bookmarks list's close button.
    void bookmarksCloseRequested();

private:
    TopicModel *m_model;
    Settings *m_settings;
    TopicFilterModel *m_filter;
    QComboBox *m_filterBox;
    QTreeView *m_tree;
    EmptyFilterHint *m_emptyHint;
    BookmarksView *m_bookmarks = nullptr;
};

} // namespace DeepDive
