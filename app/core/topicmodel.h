#pragma once

#include "deck.h"
#include "topicref.h"
#include "topicstats.h"

#include <QAbstractItemModel>

#include <memory>
#include <unordered_map>

namespace DeepDive {

// Decks, their sections and topics as a tree. With one deck the sections are the top level; with several, each deck
// is a top-level node. QtCore only, so it can be tested and reused without widgets.
class TopicModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Kind { DeckNode, SectionNode, TopicNode };
    enum Role {
        KindRole = Qt::UserRole + 1,
        IdRole,        // the node's own id
        DeckIdRole,
        TopicCountRole, // for sections and decks
        BookmarkedRole,
        BookmarkLabelRole,
        MasteryRole,    // 0..1; for sections and decks, the mean of their topics
        DueRole,        // due cards; summed for sections and decks
        NewRole,        // new cards; summed
        WeakRole,
        WeaknessRole,   // 0..1
        CardCountRole,
    };

    explicit TopicModel(QObject *parent = nullptr);

    // Lists `decks`. Decks with the same sections and topics in the same places as those listed (a deck read again
    // after a topic's file was edited) keep the rows: no reset, the views keep what is expanded and selected, and only
    // the rows whose title, tags or card count changed are told so. Returns whether the rows were kept. Either way,
    // the topics read from their files are read again when asked (takeLoadedTopic() first, for a view that shows one).
    bool setDecks(QList<Deck> decks);
    const QList<Deck> &decks() const { return m_decks; }

    // The topic at `index` as listed: from a deck index, only its ids, title and its cards' ids (Topic::loaded).
    const Topic *topic(const QModelIndex &index) const;
    // The topic with its content, read from its file the first time (a topic whose file cannot be read any more
    // keeps its title and says why in its notes).
    const Topic *loadedTopic(const QModelIndex &index);
    const Topic *loadedTopic(int deck, int topic);
    // Hands over the copy of `topic` read from its file (nullptr when it is not one), for a view that keeps showing it
    // after the decks are replaced; the model reads it again when asked.
    std::unique_ptr<Topic> takeLoadedTopic(const Topic *topic);
    const Deck *deck(const QModelIndex &index) const;
    QModelIndex findTopic(const TopicRef &topic) const;
    // The topic whose topicKey(deck, topic) is `key` (the inverse of topicKeyAt()).
    QModelIndex findTopicByKey(const QString &key) const;
    QModelIndex firstTopic() const;
    int topicCount() const;

    // Progress per topic, keyed by topicKey(deck, topic). Views repaint; filters re-run.
    void setStats(const QHash<QString, TopicStats> &stats);
    void setTopicStats(const QString &key, const TopicStats &stats);
    TopicStats stats(const QModelIndex &index) const; // aggregated for sections and decks
    const QHash<QString, TopicStats> &allStats() const { return m_stats; }
    QString topicKeyAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Node
    {
        Kind kind = TopicNode;
        int deck = -1;
        int section = -1;
        int topic = -1;
        int parent = -1; // node index; -1 for top-level nodes
        int row = 0;
        QList<int> children;
        TopicStats stats; // a topic's own; a section's or deck's aggregate of its topics
    };
    const Node *node(const QModelIndex &index) const;
    bool hasSameRows(const QList<Deck> &decks) const;
    void updateRows(QList<Deck> decks);
    void indexTopicIds();
    void restat(int topicNode);
    int addNode(Node node);
    QModelIndex indexOf(int node) const;
    TopicStats ownStats(const Node &topicNode) const;
    void aggregate(int node, bool recursive);
    void recomputeStats();
    int nodeOf(const TopicRef &topic) const; // -1 when there is no such topic
    static quint64 loadedKey(int deck, int topic) { return (quint64(deck) << 32) | quint32(topic); }

    QList<Deck> m_decks;
    QList<Node> m_nodes;
    QList<int> m_roots;
    // Per deck, topic id -> node: keyed by the topics' own ids (shared, not copied; "deck/topic" keys made for ten
    // thousand topics took 0.5 MB).
    QList<QHash<QString, int>> m_topicNodes;
    QHash<QString, TopicStats> m_stats;
    std::unordered_map<quint64, std::unique_ptr<Topic>> m_loaded; // (deck << 32 | topic) -> the topic's content
};

} // namespace DeepDive
