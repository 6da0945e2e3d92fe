#include "bookmarksview.h"

#include "topicmodel.h"

#include <QKeySequence>
#include <QListWidget>

#include <functional>

namespace DeepDive {

BookmarksView::BookmarksView(const TopicModel *model, QWidget *parent)
    : QDockWidget(tr("Bookmarks"), parent)
    , m_model(model)
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("bookmarksDock"));
    m_list->setObjectName(QStringLiteral("bookmarksList"));
    m_list->setAccessibleName(tr("Bookmarked topics"));
    setWidget(m_list);
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
