#include "emptyfilterhint.h"

#include "topicfiltermodel.h"

#include <QAbstractItemView>
#include <QEvent>

namespace DeepDive {

EmptyFilterHint::EmptyFilterHint(QAbstractItemView *view, TopicFilterModel *model)
    : QLabel(view->viewport())
    , m_view(view)
    , m_model(model)
{
    setObjectName(QStringLiteral("emptyFilterHint"));
    setWordWrap(true);
    setAlignment(Qt::AlignCenter);
    setMargin(12);
    setStyleSheet(QStringLiteral("color: palette(placeholder-text)"));
    view->viewport()->installEventFilter(this);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &EmptyFilterHint::refresh);
    connect(model, &QAbstractItemModel::modelReset, this, &EmptyFilterHint::refresh);
    connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyFilterHint::refresh);
    refresh();
}

bool EmptyFilterHint::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        setGeometry(m_view->viewport()->rect());
    return QLabel::eventFilter(watched, event);
}

void EmptyFilterHint::refresh()
{
    if (m_model->rowCount() > 0) {
        hide();
        return;
    }
    switch (m_model->filter()) {
    case TopicFilterModel::All:
        setText(tr("No deck is loaded. Decks go in the data folder's decks/ folder, or start with --content DIR."));
        break;
    case TopicFilterModel::Bookmarked:
        setText(tr("No bookmarked topics yet. Bookmark a topic (toolbar: Bookmark Topic) to find it here."));
        break;
    case TopicFilterModel::Weak:
        setText(tr("No weak topics: nothing you have answered is slipping. Topics come here after wrong answers, or "
                   "when you bookmark them as weak."));
        break;
    case TopicFilterModel::Due:
        setText(tr("Nothing is due today. Study > Study Due still offers new cards, or pick All topics and quiz "
                   "yourself on any topic."));
        break;
    case TopicFilterModel::New:
        setText(tr("Every topic has been started: none is new."));
        break;
    }
    setGeometry(m_view->viewport()->rect());
    show();
    raise();
}

} // namespace DeepDive
