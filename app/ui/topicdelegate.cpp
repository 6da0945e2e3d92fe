#include "topicdelegate.h"

#include "topicmodel.h"

#include <QApplication>
#include <QPainter>

namespace DeepDive {

namespace {
constexpr int gap = 6;
constexpr int heatWidth = 5; // the weakness strip at the left, and the space after it

int badgeWidth(const QFontMetrics &fm, int due)
{
    return due > 0 ? fm.horizontalAdvance(QString::number(due)) + 10 : 0;
}
} // namespace

void TopicDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const bool bookmarked = index.data(TopicModel::BookmarkedRole).toBool();
    const bool isTopic = index.data(TopicModel::KindRole).toInt() == TopicModel::TopicNode;
    const int due = index.data(TopicModel::DueRole).toInt();
    const double mastery = index.data(TopicModel::MasteryRole).toDouble();
    const double weakness = index.data(TopicModel::WeaknessRole).toDouble();
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QFontMetrics fm(opt.font);
    const int star = isTopic && bookmarked ? fm.height() : 0;
    const int badge = badgeWidth(fm, due);
    const int right = barWidth + gap + (badge ? badge + gap : 0) + (star ? star + gap : 0) + gap;
    const int heat = weaknessColour(weakness).isValid() ? heatWidth : 0;
    QStyleOptionViewItem text = option;
    text.rect.setRight(option.rect.right() - right);
    text.rect.setLeft(option.rect.left() + heat);
    QStyledItemDelegate::paint(painter, text, index);
    if (heat) {
        // The weakness heat map: a strip at the row's left, light to dark as the topic gets weaker.
        painter->fillRect(QRect(option.rect.left(), option.rect.top() + 2, 3, option.rect.height() - 4), weaknessColour(weakness));
    }

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = option.palette;
    const bool dark = pal.color(QPalette::Base).lightness() < 128;
    int x = option.rect.right() - gap - barWidth;
    const int cy = option.rect.center().y();
    // Mastery: how much of the topic would be recalled now.
    const QRectF bar(x, cy - 3, barWidth, 6);
    painter->setPen(Qt::NoPen);
    painter->setBrush(dark ? QColor(255, 255, 255, 40) : QColor(0, 0, 0, 30));
    painter->drawRoundedRect(bar, 3, 3);
    if (mastery > 0) {
        painter->setBrush(dark ? QColor(0x66, 0xbb, 0x6a) : QColor(0x2e, 0x7d, 0x32));
        painter->drawRoundedRect(QRectF(bar.x(), bar.y(), std::max(3.0, bar.width() * std::min(1.0, mastery)), bar.height()), 3, 3);
    }
    if (badge) {
        x -= gap + badge;
        const QRectF pill(x, cy - fm.height() / 2.0, badge, fm.height());
        painter->setBrush(pal.color(QPalette::Highlight));
        painter->drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
        painter->setPen(pal.color(QPalette::HighlightedText));
        painter->setFont(opt.font);
        painter->drawText(pill, Qt::AlignCenter, QString::number(due));
    }
    if (star) {
        x -= gap + star;
        painter->setPen(QColor(0xf9, 0xa8, 0x25));
        painter->setFont(opt.font);
        painter->drawText(QRectF(x, option.rect.top(), star, option.rect.height()), Qt::AlignCenter, QStringLiteral("★"));
    }
    painter->restore();
}

QColor TopicDelegate::weaknessColour(double weakness)
{
    // ColorBrewer's YlOrBr, a sequential ramp that colour-blind readers see in the same order; dark enough in the
    // last steps to stand out on a light background and light enough in the first on a dark one.
    if (weakness < 0.15)
        return {};
    if (weakness < 0.3)
        return QColor(0xfe, 0xc4, 0x4f);
    if (weakness < 0.5)
        return QColor(0xfe, 0x99, 0x29);
    if (weakness < 0.7)
        return QColor(0xec, 0x70, 0x14);
    return QColor(0xcc, 0x4c, 0x02);
}

QSize TopicDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics fm(option.font);
    // Room for all that paint() may put beside the title: the heat strip, the star, the pill and the bar, each with
    // its gap.
    size.rwidth() += heatWidth + fm.height() + badgeWidth(fm, index.data(TopicModel::DueRole).toInt()) + barWidth + 4 * gap;
    size.setHeight(std::max(size.height(), fm.height() + 6));
    return size;
}

} // namespace DeepDive
