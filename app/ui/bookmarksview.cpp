#include "bookmarksview.h"

#include "topicmodel.h"

#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <functional>

namespace DeepDive {

BookmarksView::BookmarksView(const TopicModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("bookmarksView"));
    auto *title = new QLabel(tr("Bookmarks"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto *close = new QToolButton(this);
    close->setObjectName(QStringLiteral("bookmarksClose"));
    close->setText(QStringLiteral("×"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Hide the bookmarks"));
    close->setAccessibleName(tr("Hide the bookmarks"));
    connect(close, &QToolButton::clicked, this, &BookmarksView::closeRequested);
    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(title, 1);
    header->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_list, 1);
    m_list->setObjectName(QStringLiteral("bookmarksList"));
    m_list->setAccessibleName(tr("Bookmarked topics"));
    m_list->setWordWrap(true);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT topicActivated(item->data(TopicModel::DeckIdRole).toString(), item->data(TopicModel::IdRole).toString());
    });
}

void BookmarksView::refresh()
{
    m_list->clear();
    const std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int row = 0, rows = m_model->rowCount(parent); row < rows; ++row) {
            const QModelIndex index = m_model->index(row, 0, parent);
            if (index.data(TopicModel::KindRole).toInt() != TopicModel::TopicNode) {
                walk(index);
                continue;
            }
            if (!index.data(TopicModel::BookmarkedRole).toBool())
                continue;
            const QString label = index.data(TopicModel::BookmarkLabelRole).toString();
            auto *item = new QListWidgetItem(QStringLiteral("★ ") + index.data().toString()
                                                 + (label.isEmpty() ? QString() : QStringLiteral(" — ") + label),
                                             m_list);
            item->setData(TopicModel::DeckIdRole, index.data(TopicModel::DeckIdRole));
            item->setData(TopicModel::IdRole, index.data(TopicModel::IdRole));
        }
    };
    walk({});
    if (m_list->count() == 0) {
        auto *empty = new QListWidgetItem(tr("No bookmarks yet: press %1 on a topic.").arg(QKeySequence(Qt::CTRL | Qt::Key_D).toString(QKeySequence::NativeText)), m_list);
        empty->setFlags(Qt::NoItemFlags);
    }
}

} // namespace DeepDive
