#pragma once

#include <QHashFunctions>
#include <QString>

namespace DeepDive {

// "deck/topic": how topics are keyed outside their deck.
inline QString topicKey(const QString &deckId, const QString &topicId)
{
    return deckId + QLatin1Char('/') + topicId;
}

// A topic's identity: its deck's id and its own. Topic ids are unique only within a deck, so every reference to a
// topic (selection, bookmarks, search hits, study sessions, the restored last topic) carries both.
struct TopicRef
{
    QString deckId;
    QString topicId;

    bool isValid() const { return !deckId.isEmpty() && !topicId.isEmpty(); }
    // "deck/topic", as progress, settings and the database key topics.
    QString key() const { return topicKey(deckId, topicId); }
    // The inverse of key(); invalid when `key` has no deck part.
    static TopicRef fromKey(const QString &key)
    {
        const qsizetype slash = key.indexOf(QLatin1Char('/'));
        if (slash <= 0)
            return {};
        return {key.left(slash), key.mid(slash + 1)};
    }

    bool operator==(const TopicRef &) const = default;
};

inline size_t qHash(const TopicRef &topic, size_t seed = 0)
{
    return qHashMulti(seed, topic.deckId, topic.topicId);
}

} // namespace DeepDive
