#include "searchdialog.h"

#include <QAbstractTextDocumentLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QVBoxLayout>

namespace DeepDive {

namespace {

// Draws an item's HTML: the title line and the context line, each on one line (clipped at the right edge), so
// every item has the same height and the list never lays out text to size its items.
class HtmlDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString html = opt.text;
        opt.text.clear();
        opt.widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        QTextDocument doc;
        doc.setDefaultFont(opt.font);
        doc.setDocumentMargin(0);
        // The matched words stand out on the selected row too.
        doc.setDefaultStyleSheet(QStringLiteral("b { background-color: %1; color: %2; }")
                                     .arg(QColor(255, 226, 110).name(), QColor(Qt::black).name()));
        doc.setHtml(html);
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = opt.palette;
        context.palette.setColor(QPalette::Text, opt.state & QStyle::State_Selected
                                                     ? opt.palette.color(QPalette::HighlightedText)
                                                     : opt.palette.color(QPalette::Text));
        painter->save();
        const QRect inner = opt.rect.adjusted(4, 2, -4, -2);
        painter->setClipRect(inner);
        painter->translate(inner.topLeft());
        doc.documentLayout()->draw(painter, context);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        const QFontMetrics metrics(option.font);
        QFont small = option.font;
        small.setPointSizeF(small.pointSizeF() * 0.85);
        // Room under the second line for underscores: __enter__ is read with them.
        return {400, metrics.lineSpacing() + QFontMetrics(small).lineSpacing() + 12};
    }
};

QString kindName(SearchHit::Kind kind)
{
    switch (kind) {
    case SearchHit::TopicHit:
        return SearchDialog::tr("Topic");
    case SearchHit::SnippetHit:
        return SearchDialog::tr("Snippet");
    case SearchHit::CardHit:
        return SearchDialog::tr("Card");
    case SearchHit::NoteHit:
        return SearchDialog::tr("My note");
    }
    return {};
}

} // namespace

SearchDialog::SearchDialog(const SearchIndex *index, QWidget *parent)
    : QDialog(parent)
    , m_index(index)
    , m_field(new QLineEdit(this))
    , m_results(new QListWidget(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("searchDialog"));
    setWindowTitle(tr("Search"));
    resize(640, 460);
    m_field->setObjectName(QStringLiteral("searchField"));
    m_field->setAccessibleName(tr("Search topics, notes, snippets and cards"));
    m_field->setPlaceholderText(tr("Search topics, notes, snippets and cards…"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setItemDelegate(new HtmlDelegate(m_results));
    m_results->setUniformItemSizes(true);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setTextFormat(Qt::RichText);
    m_status->setWordWrap(true);
    connect(m_status, &QLabel::linkActivated, this, [this] {
        if (!m_suggestion.isEmpty())
            m_field->setText(m_suggestion);
        m_field->setFocus();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_field);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_status);
    connect(m_field, &QLineEdit::textChanged, this, &SearchDialog::runQuery);
    connect(m_results, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { activate(m_results->row(item)); });
    setReady(false);
}

void SearchDialog::setReady(bool ready)
{
    m_ready = ready;
    runQuery();
}

QString SearchDialog::markedToHtml(const QString &marked)
{
    QString html = marked.toHtmlEscaped();
    html.replace(QChar(1), QStringLiteral("<b>")).replace(QChar(2), QStringLiteral("</b>"));
    return html;
}

void SearchDialog::runQuery()
{
    m_results->clear();
    m_hits.clear();
    m_suggestion.clear();
    if (!m_ready) {
        m_status->setText(tr("Building the search index…"));
        return;
    }
    const QString text = m_field->text();
    m_hits = text.trimmed().size() < 2 ? QList<SearchHit>() : m_index->search(text);
    if (m_hits.isEmpty() && text.trimmed().size() >= 3) {
        // A typo: the matches of the nearest indexed words, said so.
        m_suggestion = m_index->suggestion(text);
        if (!m_suggestion.isEmpty())
            m_hits = m_index->search(m_suggestion);
    }
    const QColor muted = palette().color(QPalette::PlaceholderText);
    for (const SearchHit &hit : std::as_const(m_hits)) {
        QString context = hit.context.simplified();
        // A card, snippet or note names its topic; a topic's title is its name.
        const QString kind = hit.kind == SearchHit::TopicHit || hit.topicTitle.isEmpty()
            ? kindName(hit.kind)
            : tr("%1 · %2", "search result: kind · topic").arg(kindName(hit.kind), hit.topicTitle);
        m_results->addItem(QStringLiteral("<span style='color:%1'>%2</span> &nbsp;%3<br><small>%4</small>")
                               .arg(muted.name(), kind.toHtmlEscaped(), markedToHtml(hit.title), markedToHtml(context)));
    }
    if (!m_hits.isEmpty())
        m_results->setCurrentRow(0);
    if (!m_suggestion.isEmpty() && !m_hits.isEmpty())
        m_status->setText(tr("Nothing matches “%1”. Did you mean <a href=\"suggestion\">%2</a>? Its matches are shown.")
                              .arg(text.trimmed().toHtmlEscaped(), m_suggestion.toHtmlEscaped()));
    else
        m_status->setText((text.trimmed().isEmpty() ? tr("Type to search; Enter opens the selected match.")
                           : text.trimmed().size() < 2 ? tr("Type one more letter: search starts at two.")
                                                       : tr("%n match(es)", nullptr, int(m_hits.size())))
                              .toHtmlEscaped());
}

void SearchDialog::activate(int row)
{
    if (row < 0 || row >= m_hits.size())
        return;
    const SearchHit hit = m_hits[row];
    accept();
    Q_EMIT hitActivated(hit);
}

bool SearchDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const int row = m_results->currentRow();
        switch (key->key()) {
        case Qt::Key_Down:
            m_results->setCurrentRow(std::min(row + 1, m_results->count() - 1));
            return true;
        case Qt::Key_Up:
            m_results->setCurrentRow(std::max(row - 1, 0));
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            activate(row);
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace DeepDive
