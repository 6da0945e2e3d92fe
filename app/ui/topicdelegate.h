#pragma once

#include <QStyledItemDelegate>

namespace DeepDive {

// Paints a topic row with its progress at the right: a bookmark star, the number of due cards and a mastery bar
// (sections show their aggregate), and a strip at the left coloured by weakness.
class TopicDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static constexpr int barWidth = 34;
    // The heat-map colour for a weakness score (invalid below the lowest step).
    static QColor weaknessColour(double weakness);
};

} // namespace DeepDive
