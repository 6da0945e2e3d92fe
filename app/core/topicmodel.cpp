#include "topicmodel.h"

#include "bookmarklabels.h"
#include "deckloader.h"

#include <algorithm>
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
    const int parent = node.parent;
    node.row = int((parent < 0 ? m_roots : m_nodes[parent].children).size());
    m_nodes.append(std::move(node));
    (parent < 0 ? m_roots : m_nodes[parent].children).append(index);
    return index;
}

bool TopicModel::setDecks(QList<Deck> decks)
{
    if (hasSameRows(decks)) {
        updateRows(std::move(decks));
        return true;
    }
    beginResetModel();
    m_decks = std::move(decks);
    m_nodes.clear();
    m_roots.clear();
    m_topicNodes.clear();
    m_loaded.clear();
    const bool deckLevel = m_decks.size() > 1;
    qsizetype nodes = deckLevel ? m_decks.size() : 0;
    qsizetype topics = 0;
    for (const Deck &deck : std::as_const(m_decks)) {
        nodes += deck.sections.size();
        for (const Section &section : deck.sections)
            topics += section.topics.size();
    }
    m_nodes.reserve(nodes + topics); // ten thousand topics: no copying of the nodes as the list grows
    for (int d = 0; d < m_decks.size(); ++d) {
        int deckNode = -1;
        if (deckLevel)
            deckNode = addNode({DeckNode, d, -1, -1, -1, 0, {}, {}});
        const Deck &deck = m_decks[d];
        for (int s = 0; s < deck.sections.size(); ++s) {
            const int sectionNode = addNode({SectionNode, d, s, -1, deckNode, 0, {}, {}});
            m_nodes[sectionNode].children.reserve(deck.sections[s].topics.size());
            for (int t : deck.sections[s].topics)
                addNode({TopicNode, d, s, t, sectionNode, 0, {}, {}});
        }
    }
    indexTopicIds();
    recomputeStats();
    endResetModel();
    return false;
}

// Keyed by the listed decks' own id strings (shared, not copied: read through a const list, which does not detach).
void TopicModel::indexTopicIds()
{
    const QList<Deck> &decks = m_decks;
    m_topicNodes.clear();
    m_topicNodes.resize(decks.size());
    for (int d = 0; d < decks.size(); ++d)
        m_topicNodes[d].reserve(decks[d].topics.size());
    for (int i = 0; i < m_nodes.size(); ++i) {
        const Node &n = m_nodes[i];
        if (n.kind == TopicNode)
            m_topicNodes[n.deck].insert(decks[n.deck].topics[n.topic].id, i);
    }
}

// The same decks, sections and topics (by id) in the same places: every node stays where it is.
bool TopicModel::hasSameRows(const QList<Deck> &decks) const
{
    if (m_nodes.isEmpty() || decks.size() != m_decks.size())
        return false;
    for (int d = 0; d < decks.size(); ++d) {
        const Deck &now = m_decks[d];
        const Deck &next = decks[d];
        if (next.id != now.id || next.sections.size() != now.sections.size() || next.topics.size() != now.topics.size())
            return false;
        for (int s = 0; s < next.sections.size(); ++s) {
            if (next.sections[s].id != now.sections[s].id || next.sections[s].topics != now.sections[s].topics)
                return false;
        }
        for (int t = 0; t < next.topics.size(); ++t) {
            if (next.topics[t].id != now.topics[t].id)
                return false;
        }
    }
    return true;
}

// A deck read again, ten thousand topics of which one was edited: a reset would lay the whole tree out again and
// repaint it (tens of milliseconds), and collapse what the learner collapsed.
void TopicModel::updateRows(QList<Deck> decks)
{
    const QList<Deck> before = std::exchange(m_decks, std::move(decks));
    m_loaded.clear();
    indexTopicIds(); // the new decks' strings: the old ones go
    for (int i = 0; i < m_nodes.size(); ++i) {
        const Node &n = m_nodes[i];
        const Deck &was = before[n.deck];
        const Deck &is = std::as_const(m_decks)[n.deck];
        bool differs = false;
        switch (n.kind) {
        case DeckNode:
            differs = is.title != was.title;
            break;
        case SectionNode:
            differs = is.sections[n.section].title != was.sections[n.section].title;
            break;
        case TopicNode: {
            const Topic &a = was.topics[n.topic];
            const Topic &b = is.topics[n.topic];
            if (a.cardCount() != b.cardCount()) { // its progress is kept by key: only the count can have changed it
                restat(i);
                continue;
            }
            differs = a.title != b.title || a.tags != b.tags;
            break;
        }
        }
        if (differs) {
            const QModelIndex index = indexOf(i);
            Q_EMIT dataChanged(index, index);
        }
    }
}

QModelIndex TopicModel::indexOf(int node) const
{
    return node < 0 ? QModelIndex() : createIndex(m_nodes[node].row, 0, quintptr(node));
}

TopicStats TopicModel::ownStats(const Node &n) const
{
    const Topic &topic = m_decks[n.deck].topics[n.topic];
    TopicStats s = m_stats.value(topicKey(m_decks[n.deck].id, topic.id));
    if (s.cards == 0) {
        s.cards = int(topic.cardCount());
        s.newCards = s.cards;
    }
    return s;
}

void TopicModel::recomputeStats()
{
    for (Node &n : m_nodes) {
        if (n.kind == TopicNode)
            n.stats = ownStats(n);
    }
    for (int root : std::as_const(m_roots))
        aggregate(root, true);
}

// Sections and decks: sums, and the mean mastery of their topics (computed when the stats change, not per paint).
void TopicModel::aggregate(int index, bool recursive)
{
    Node &n = m_nodes[index];
    if (n.kind == TopicNode)
        return;
    TopicStats total;
    double mastery = 0;
    double weakness = 0;
    for (int child : std::as_const(n.children)) {
        if (recursive)
            aggregate(child, true);
        const TopicStats &c = m_nodes[child].stats;
        total.cards += c.cards;
        total.newCards += c.newCards;
        total.due += c.due;
        total.mastered += c.mastered;
        total.weak = total.weak || c.weak;
        total.bookmarked = total.bookmarked || c.bookmarked;
        mastery += c.mastery;
        weakness = std::max(weakness, c.weakness);
    }
    total.mastery = n.children.isEmpty() ? 0 : mastery / double(n.children.size());
    total.weakness = weakness;
    m_nodes[index].stats = total;
}

const Topic *TopicModel::loadedTopic(const QModelIndex &index)
{
    const Node *n = node(index);
    if (!n || n->kind != TopicNode)
        return nullptr;
    return loadedTopic(n->deck, n->topic);
}

// The decks themselves are never changed (workers hold copies of them); a topic read from its file is kept apart,
// at an address that stays put until the decks are replaced.
const Topic *TopicModel::loadedTopic(int deck, int topic)
{
    const Topic &listed = std::as_const(m_decks)[deck].topics[topic];
    if (listed.loaded)
        return &listed;
    std::unique_ptr<Topic> &full = m_loaded[loadedKey(deck, topic)];
    if (!full) {
        QList<Diagnostic> problems;
        if (std::optional<Topic> read = DeckLoader::loadTopic(listed, &problems)) {
            full = std::make_unique<Topic>(std::move(*read));
        } else {
            // Listed by the index but gone from the disk: its title stays, the notes say why, nothing can be quizzed.
            full = std::make_unique<Topic>(listed);
            full->summary = tr("*This topic could not be read: %1.*").arg(problems.value(0).toString().toHtmlEscaped());
            full->snippets.clear();
            full->cards.clear();
            full->loaded = true;
        }
    }
    return full.get();
}

std::unique_ptr<Topic> TopicModel::takeLoadedTopic(const Topic *topic)
{
    if (!topic)
        return nullptr;
    const auto full = std::find_if(m_loaded.begin(), m_loaded.end(),
                                   [topic](const auto &entry) { return entry.second.get() == topic; });
    if (full == m_loaded.end())
        return nullptr;
    std::unique_ptr<Topic> taken = std::move(full->second);
    m_loaded.erase(full);
    return taken;
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
    const auto full = m_loaded.find(loadedKey(n->deck, n->topic));
    return full != m_loaded.end() ? full->second.get() : &m_decks[n->deck].topics[n->topic];
}

const Deck *TopicModel::deck(const QModelIndex &index) const
{
    const Node *n = node(index);
    return n ? &m_decks[n->deck] : nullptr;
}

int TopicModel::nodeOf(const TopicRef &topic) const
{
    for (qsizetype d = 0; d < m_decks.size(); ++d) {
        if (m_decks[d].id == topic.deckId)
            return m_topicNodes[d].value(topic.topicId, -1);
    }
    return -1;
}

QModelIndex TopicModel::findTopic(const TopicRef &topic) const
{
    return indexOf(nodeOf(topic));
}

QModelIndex TopicModel::findTopicByKey(const QString &key) const
{
    return findTopic(TopicRef::fromKey(key));
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
    return n ? n->stats : TopicStats();
}

void TopicModel::setStats(const QHash<QString, TopicStats> &stats)
{
    m_stats = stats;
    recomputeStats();
    const std::function<void(const QModelIndex &)> notify = [&](const QModelIndex &parent) {
        const int rows = rowCount(parent);
        if (rows == 0)
            return;
        Q_EMIT dataChanged(index(0, 0, parent), index(rows - 1, 0, parent));
        for (int row = 0; row < rows; ++row) {
            const QModelIndex child = index(row, 0, parent);
            if (!node(child)->children.isEmpty())
                notify(child);
        }
    };
    notify({});
}

void TopicModel::setTopicStats(const QString &key, const TopicStats &stats)
{
    if (m_stats.value(key) == stats)
        return;
    m_stats.insert(key, stats);
    if (const int at = nodeOf(TopicRef::fromKey(key)); at >= 0)
        restat(at);
}

// The topic's figures again, and the aggregates above it as far as they change; each changed row is told.
void TopicModel::restat(int topicNode)
{
    m_nodes[topicNode].stats = ownStats(m_nodes[topicNode]);
    for (int at = topicNode; at >= 0; at = m_nodes[at].parent) {
        if (m_nodes[at].kind != TopicNode) {
            TopicStats before = m_nodes[at].stats;
            aggregate(at, false);
            if (before == m_nodes[at].stats)
                break;
        }
        const QModelIndex index = indexOf(at);
        Q_EMIT dataChanged(index, index);
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
