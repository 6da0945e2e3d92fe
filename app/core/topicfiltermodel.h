#pragma once

#include <QSortFilterProxyModel>

namespace DeepDive {

// The tree's filter row: All, Bookmarked, Weak, Due and New. Sections stay while any of their topics matches.
class TopicFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum Filter { All, Bookmarked, Weak, Due, New };
    Q_ENUM(Filter)

    explicit TopicFilterModel(QObject *parent = nullptr);

    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }
    // How many topics of the source model each filter would show.
    int count(Filter filter) const;
    static bool matches(Filter filter, const QModelIndex &sourceTopic);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    Filter m_filter = All;
};

} // namespace DeepDive
