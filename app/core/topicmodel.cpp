#include "topicmodel.h"

#include "bookmarklabels.h"
#include <functional>

namespace DeepDive {

TopicModel::TopicModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

int TopicModel::addNode(Node node)
{
    // Look the sibling list up after appending: m_nodes may reallocate.
    const int index = int(m_nodes.size());
    node.row = int((node.parent < 0 ? m_roots : m_nodes[node.parent].children).size());
    m_nodes.append(node);
    (node.parent < 0 ? m_roots : m_nodes[node.parent].children).append(index);
    return index;
}

void TopicModel::setDecks(QList<Deck> decks)
{
    beginResetModel();
    m_decks = std::move(decks);
    m_nodes.clear();
    m_roots.clear();
    const bool deckLevel = m_decks.size() > 1;
    for (int d = 0; d < m_decks.size(); ++d) {
        int deckNode = -1;
        if (deckLevel)
            deckNode = addNode({DeckNode, d, -1, -1, -1, 0, {}});
        const Deck &deck = m_decks[d];
        for (int s = 0; s < deck.sections.size(); ++s) {
            const int sectionNode = addNode({SectionNode, d, s, -1, deckNode, 0, {}});
            for (int t : deck.sections[s].topics)
                addNode({TopicNode, d, s, t, sectionNode, 0, {}});
        }
    }
    endResetModel();
}

const TopicModel::Node *TopicModel::node(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return &m_nodes[int(index.internalId())];
}

const Topic *TopicModel::topic(const QModelIndex &index) const
{
    const Node *n = node(index);
    if (!n || n->kind != TopicNode)
        return nullptr;
    return &m_decks[n->deck].topics[n->topic];
}

const Deck *TopicModel::deck(const QModelIndex &index) const
{
    const Node *n = node(index);
    return n ? &m_decks[n->deck] : nullptr;
}

QModelIndex TopicModel::findTopic(const QString &topicId, const QString &deckId) const
{
    for (int i = 0; i < m_nodes.size(); ++i) {
        const Node &n = m_nodes[i];
        if (n.kind != TopicNode || (!deckId.isEmpty() && m_decks[n.deck].id != deckId))
            continue;
        if (m_decks[n.deck].topics[n.topic].id == topicId)
            return createIndex(n.row, 0, quintptr(i));
    }
    return {};
}

QModelIndex TopicModel::firstTopic() const
{
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].kind == TopicNode)
            return createIndex(m_nodes[i].row, 0, quintptr(i));
    }
    return {};
}

int TopicModel::topicCount() const
{
    int count = 0;
    for (const Deck &deck : m_decks)
        count += int(deck.topics.size());
    return count;
}

QModelIndex TopicModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    const QList<int> &children = parent.isValid() ? node(parent)->children : m_roots;
    if (row >= children.size())
        return {};
    return createIndex(row, 0, quintptr(children[row]));
}

QModelIndex TopicModel::parent(const QModelIndex &child) const
{
    const Node *n = node(child);
    if (!n || n->parent < 0)
        return {};
    return createIndex(m_nodes[n->parent].row, 0, quintptr(n->parent));
}

int TopicModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    if (!parent.isValid())
        return int(m_roots.size());
    return int(node(parent)->children.size());
}

int TopicModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant TopicModel::data(const QModelIndex &index, int role) const
{
    const Node *n = node(index);
    if (!n)
        return {};
    const Deck &deck = m_decks[n->deck];
    switch (role) {
    case Qt::ToolTipRole:
        if (n->kind == TopicNode) {
            const TopicStats s = stats(index);
            QStringList parts{plainTitle(deck.topics[n->topic].title)};
            parts << tr("%n card(s): %1 due, %2 new", nullptr, s.cards).arg(s.due).arg(s.newCards)
                  << tr("%1% recalled now").arg(qRound(s.mastery * 100));
            if (s.weak)
                parts << tr("weak (%1%)").arg(qRound(s.weakness * 100));
            if (s.bookmarked)
                parts << (s.bookmarkLabel.isEmpty() ? tr("bookmarked") : tr("bookmarked: %1").arg(BookmarkLabels::display(s.bookmarkLabel)));
            return parts.join(QStringLiteral("\n"));
        }
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (n->kind) {
        case DeckNode:
            return deck.title;
        case SectionNode:
            return deck.sections[n->section].title;
        case TopicNode:
            return plainTitle(deck.topics[n->topic].title);
        }
        break;
    case KindRole:
        return int(n->kind);
    case IdRole:
        switch (n->kind) {
        case DeckNode:
            return deck.id;
        case SectionNode:
            return deck.sections[n->section].id;
        case TopicNode:
            return deck.topics[n->topic].id;
        }
        break;
    case DeckIdRole:
        return deck.id;
    case BookmarkedRole:
        return stats(index).bookmarked;
    case BookmarkLabelRole:
        return BookmarkLabels::display(stats(index).bookmarkLabel);
    case MasteryRole:
        return stats(index).mastery;
    case DueRole:
        return stats(index).due;
    case NewRole:
        return stats(index).newCards;
    case WeakRole:
        return stats(index).weak;
    case WeaknessRole:
        return stats(index).weakness;
    case CardCountRole:
        return stats(index).cards;
    case TopicCountRole:
        if (n->kind == SectionNode)
            return int(deck.sections[n->section].topics.size());
        if (n->kind == DeckNode)
            return int(deck.topics.size());
        return 0;
    default:
        break;
    }
    return {};
}

QString TopicModel::topicKeyAt(const QModelIndex &index) const
{
    const Node *n = node(index);
    if (!n || n->kind != TopicNode)
        return {};
    return topicKey(m_decks[n->deck].id, m_decks[n->deck].topics[n->topic].id);
}

TopicStats TopicModel::stats(const QModelIndex &index) const
{
    const Node *n = node(index);
    if (!n)
        return {};
    if (n->kind == TopicNode) {
        TopicStats s = m_stats.value(topicKeyAt(index));
        if (s.cards == 0) {
            s.cards = int(m_decks[n->deck].topics[n->topic].cards.size());
            s.newCards = s.cards;
        }
        return s;
    }
    // Sections and decks: sums, and the mean mastery of their topics.
    TopicStats total;
    int topics = 0;
    double mastery = 0;
    double weakness = 0;
    for (int row = 0, count = rowCount(index); row < count; ++row) {
        const TopicStats child = stats(this->index(row, 0, index));
        total.cards += child.cards;
        total.newCards += child.newCards;
        total.due += child.due;
        total.mastered += child.mastered;
        total.weak = total.weak || child.weak;
        total.bookmarked = total.bookmarked || child.bookmarked;
        mastery += child.mastery;
        weakness = std::max(weakness, child.weakness);
        ++topics;
    }
    total.mastery = topics ? mastery / topics : 0;
    total.weakness = weakness;
    return total;
}

void TopicModel::setStats(const QHash<QString, TopicStats> &stats)
{
    m_stats = stats;
    const std::function<void(const QModelIndex &)> notify = [&](const QModelIndex &parent) {
        const int rows = rowCount(parent);
        if (rows == 0)
            return;
        Q_EMIT dataChanged(index(0, 0, parent), index(rows - 1, 0, parent));
        for (int row = 0; row < rows; ++row)
            notify(index(row, 0, parent));
    };
    notify({});
}

void TopicModel::setTopicStats(const QString &key, const TopicStats &stats)
{
    if (m_stats.value(key) == stats)
        return;
    m_stats.insert(key, stats);
    const qsizetype slash = key.indexOf(QLatin1Char('/'));
    QModelIndex at = findTopic(key.mid(slash + 1), key.left(slash));
    // The topic and the sections above it (their aggregates) change.
    while (at.isValid()) {
        Q_EMIT dataChanged(at, at);
        at = at.parent();
    }
}

Qt::ItemFlags TopicModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (node(index)->children.isEmpty())
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QHash<int, QByteArray> TopicModel::roleNames() const
{
    auto names = QAbstractItemModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(IdRole, "id");
    names.insert(DeckIdRole, "deckId");
    names.insert(TopicCountRole, "topicCount");
    names.insert(BookmarkedRole, "bookmarked");
    names.insert(MasteryRole, "mastery");
    names.insert(DueRole, "due");
    names.insert(NewRole, "new");
    names.insert(WeakRole, "weak");
    return names;
}

} // namespace DeepDive
