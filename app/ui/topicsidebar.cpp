#include "topicsidebar.h"

#include "bookmarksview.h"
#include "emptyfilterhint.h"
#include "settings.h"
#include "topicdelegate.h"
#include "topicfiltermodel.h"
#include "topicmodel.h"

#include <QComboBox>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <functional>

namespace DeepDive {

TopicSidebar::TopicSidebar(TopicModel *model, Settings *settings, QWidget *parent)
    : QSplitter(Qt::Vertical, parent)
    , m_model(model)
    , m_settings(settings)
    , m_filter(new TopicFilterModel(this))
    , m_filterBox(new QComboBox(this))
    , m_tree(new QTreeView(this))
{
    setObjectName(QStringLiteral("sidebarSplitter"));
    setChildrenCollapsible(false);
    m_tree->setObjectName(QStringLiteral("topicTree"));
    m_tree->setAccessibleName(tr("Topics"));
    m_filter->setSourceModel(m_model);
    m_tree->setModel(m_filter);
    m_tree->setItemDelegate(new TopicDelegate(m_tree));
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection); // several topics can be printed at once
    m_tree->setMinimumWidth(180);
    m_filterBox->setObjectName(QStringLiteral("topicFilter"));
    m_filterBox->setAccessibleName(tr("Show topics"));
    m_filterBox->setToolTip(tr("Show all topics, or only the bookmarked, weak, due or new ones"));
    for (int i = 0; i < 5; ++i)
        m_filterBox->addItem(QString(), i);
    auto *top = new QWidget(this);
    auto *layout = new QVBoxLayout(top);
    layout->setContentsMargins(6, 6, 0, 6);
    layout->addWidget(m_filterBox);
    layout->addWidget(m_tree, 1);
    addWidget(top);
    m_emptyHint = new EmptyFilterHint(m_tree, m_filter);
    connect(m_filterBox, &QComboBox::currentIndexChanged, this, [this](int filter) {
        const QString key = m_model->topicKeyAt(currentSourceIndex());
        m_filter->setFilter(TopicFilterModel::Filter(filter));
        m_emptyHint->refresh();
        m_tree->expandAll();
        // Keep the topic being read when it is still listed.
        const QModelIndex keep = m_filter->mapFromSource(m_model->findTopicByKey(key));
        if (keep.isValid())
            m_tree->setCurrentIndex(keep);
    });
}

BookmarksView *TopicSidebar::bookmarks()
{
    if (m_bookmarks)
        return m_bookmarks;
    m_bookmarks = new BookmarksView(m_model, this);
    m_bookmarks->hide();
    m_bookmarks->setContentsMargins(6, 0, 0, 6);
    addWidget(m_bookmarks);
    setStretchFactor(0, 2);
    setStretchFactor(1, 1);
    if (const QByteArray state = m_settings->splitterState(QStringLiteral("sidebar")); !state.isEmpty())
        restoreState(state);
    connect(m_bookmarks, &BookmarksView::topicActivated, this, [this](const QString &deckId, const QString &topicId) {
        selectTopic({deckId, topicId});
        m_tree->setFocus();
    });
    connect(m_bookmarks, &BookmarksView::closeRequested, this, &TopicSidebar::bookmarksCloseRequested);
    m_bookmarks->refresh();
    return m_bookmarks;
}

void TopicSidebar::setBookmarksVisible(bool visible)
{
    if (!visible && !m_bookmarks)
        return;
    bookmarks()->setVisible(visible);
    // A splitter shares out its height again once a widget shown late is laid out, giving it little or half: a third
    // of the sidebar, then, unless the learner chose a size (kept in the sidebar's saved state).
    if (visible && m_settings->splitterState(QStringLiteral("sidebar")).isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            const QList<int> heights = sizes();
            const int total = heights.value(0) + heights.value(1);
            setSizes({total - total / 3, total / 3});
        });
    }
}

QModelIndex TopicSidebar::sourceIndex(const QModelIndex &viewIndex) const
{
    return viewIndex.model() == m_filter ? m_filter->mapToSource(viewIndex) : viewIndex;
}

QModelIndex TopicSidebar::currentSourceIndex() const
{
    return sourceIndex(m_tree->currentIndex());
}

bool TopicSidebar::selectTopic(const TopicRef &topic)
{
    const QModelIndex source = m_model->findTopic(topic);
    QModelIndex index = m_filter->mapFromSource(source);
    if (!index.isValid() && source.isValid()) {
        m_filterBox->setCurrentIndex(TopicFilterModel::All); // it was filtered out
        index = m_filter->mapFromSource(source);
    }
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

void TopicSidebar::selectFirstTopic()
{
    const QModelIndex first = m_filter->mapFromSource(m_model->firstTopic());
    if (first.isValid())
        m_tree->setCurrentIndex(first);
}

void TopicSidebar::selectTopicOrFirst(const QString &key)
{
    const QModelIndex keep = m_filter->mapFromSource(m_model->findTopicByKey(key));
    if (keep.isValid())
        m_tree->setCurrentIndex(keep);
    else
        selectFirstTopic();
}

bool TopicSidebar::moveTopic(int step, bool weakOnly)
{
    QList<QModelIndex> topics; // in display order
    const std::function<void(const QModelIndex &)> collect = [&](const QModelIndex &parent) {
        for (int row = 0, n = m_filter->rowCount(parent); row < n; ++row) {
            const QModelIndex child = m_filter->index(row, 0, parent);
            if (m_model->topic(m_filter->mapToSource(child)))
                topics.append(child);
            else
                collect(child);
        }
    };
    collect({});
    if (topics.isEmpty())
        return false;
    const qsizetype at = topics.indexOf(m_tree->currentIndex());
    if (weakOnly) {
        // The next weak topic after this one, going round to the top.
        for (qsizetype i = 1; i <= topics.size(); ++i) {
            const QModelIndex candidate = topics[(std::max<qsizetype>(at, 0) + i) % topics.size()];
            if (candidate != m_tree->currentIndex() && m_model->stats(m_filter->mapToSource(candidate)).weak) {
                m_tree->setCurrentIndex(candidate);
                return true;
            }
        }
        return false;
    }
    const qsizetype next = at < 0 ? 0 : std::clamp<qsizetype>(at + step, 0, topics.size() - 1);
    m_tree->setCurrentIndex(topics[next]);
    return true;
}

void TopicSidebar::updateFilterCounts()
{
    const QStringList names{tr("All topics"), tr("Bookmarked"), tr("Weak"), tr("Due"), tr("New")};
    for (int i = 0; i < names.size(); ++i)
        m_filterBox->setItemText(i, QStringLiteral("%1 (%2)").arg(names[i]).arg(m_filter->count(TopicFilterModel::Filter(i))));
}

void TopicSidebar::saveTo(Settings *settings) const
{
    settings->setBookmarksVisible(m_bookmarks && m_bookmarks->isVisible());
    if (m_bookmarks)
        settings->setSplitterState(QStringLiteral("sidebar"), QSplitter::saveState());
}

} // namespace DeepDive
