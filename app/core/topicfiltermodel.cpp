#include "topicfiltermodel.h"

#include "topicmodel.h"

#include <functional>

namespace DeepDive {

TopicFilterModel::TopicFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setDynamicSortFilter(true);
}

void TopicFilterModel::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateRowsFilter();
    // Weak topics come weakest first; everything else keeps the deck's order.
    sort(filter == Weak ? 0 : -1);
}

bool TopicFilterModel::matches(Filter filter, const QModelIndex &topic)
{
    switch (filter) {
    case All:
        return true;
    case Bookmarked:
        return topic.data(TopicModel::BookmarkedRole).toBool();
    case Weak:
        return topic.data(TopicModel::WeakRole).toBool();
    case Due:
        return topic.data(TopicModel::DueRole).toInt() > 0;
    case New:
        return topic.data(TopicModel::NewRole).toInt() > 0;
    }
    return true;
}

bool TopicFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(TopicModel::KindRole).toInt() != TopicModel::TopicNode)
        return m_filter == All; // other nodes stay when a descendant matches (recursive filtering)
    return matches(m_filter, index);
}

bool TopicFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_filter == Weak && left.data(TopicModel::KindRole).toInt() == TopicModel::TopicNode)
        return left.data(TopicModel::WeaknessRole).toDouble() > right.data(TopicModel::WeaknessRole).toDouble();
    return left.row() < right.row();
}

int TopicFilterModel::count(Filter filter) const
{
    int n = 0;
    const QAbstractItemModel *source = sourceModel();
    const std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int row = 0, rows = source->rowCount(parent); row < rows; ++row) {
            const QModelIndex child = source->index(row, 0, parent);
            if (child.data(TopicModel::KindRole).toInt() == TopicModel::TopicNode)
                n += matches(filter, child) ? 1 : 0;
            else
                walk(child);
        }
    };
    if (source)
        walk({});
    return n;
}

} // namespace DeepDive
