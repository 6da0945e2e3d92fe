#include "studyqueue.h"

#include <algorithm>
#include <numeric>
#include <optional>

namespace DeepDive {

namespace {
// Calls `f(entry, card, key)` for each card of `topics`, `key` being its "deck/card" key (valid during the call).
template<typename F>
void forEachCard(const QList<Deck> &decks, const QList<PrintScope::Entry> &topics, F f)
{
    std::optional<CardKeys> keys;
    int keysDeck = -1;
    for (const PrintScope::Entry &e : topics) {
        const Deck &deck = decks[e.deck];
        if (e.deck != keysDeck) {
            keys.emplace(deck.id);
            keysDeck = e.deck;
        }
        const Topic &topic = deck.topics[e.topic];
        for (int c = 0; c < topic.cardCount(); ++c)
            f(e, c, keys->of(topic.cardId(c)));
    }
}

// The cards of `topics` whose stored state (none for a card never answered) `counts`.
template<typename Counts>
int countCards(const QList<Deck> &decks, const QList<PrintScope::Entry> &topics, const QHash<QString, CardSchedule> &schedules,
               Counts counts)
{
    int n = 0;
    forEachCard(decks, topics, [&](const PrintScope::Entry &, int, const QString &key) {
        const auto it = schedules.constFind(key);
        n += counts(it == schedules.cend() ? nullptr : &*it) ? 1 : 0;
    });
    return n;
}
} // namespace

QList<StudyQueue::Item> StudyQueue::build(const QList<Deck> &decks, const QList<PrintScope::Entry> &topics,
                                          const QHash<QString, CardSchedule> &schedules, qint64 nowMs, int newCardsLeft)
{
    QList<Item> due;
    QList<Item> fresh;
    QList<qint64> dueMs;
    forEachCard(decks, topics, [&](const PrintScope::Entry &e, int c, const QString &key) {
        const auto it = schedules.constFind(key);
        if (it == schedules.cend() || it->lastReviewMs == 0)
            fresh.append({e.deck, e.topic, c, true});
        else if (it->isDue(nowMs)) {
            due.append({e.deck, e.topic, c, false});
            dueMs.append(it->dueMs);
        }
    });
    // Most overdue first; equal due dates keep the deck's order.
    QList<int> order(due.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return dueMs[a] < dueMs[b]; });
    QList<Item> result;
    int nextNew = 0;
    const int newCount = std::clamp(newCardsLeft, 0, int(fresh.size()));
    for (int i = 0; i < order.size(); ++i) {
        result.append(due[order[i]]);
        if ((i + 1) % reviewsPerNew == 0 && nextNew < newCount)
            result.append(fresh[nextNew++]);
    }
    while (nextNew < newCount)
        result.append(fresh[nextNew++]);
    return result;
}

QList<StudyQueue::Item> StudyQueue::ofCards(const QList<Deck> &decks, const QList<PrintScope::Entry> &topics,
                                            const QSet<QString> &keys)
{
    QList<Item> result;
    if (keys.isEmpty())
        return result;
    forEachCard(decks, topics, [&](const PrintScope::Entry &e, int c, const QString &key) {
        if (keys.contains(key))
            result.append({e.deck, e.topic, c, false});
    });
    return result;
}

int StudyQueue::newCount(const QList<Deck> &decks, const QList<PrintScope::Entry> &topics,
                         const QHash<QString, CardSchedule> &schedules)
{
    return countCards(decks, topics, schedules, [](const CardSchedule *s) { return !s || s->lastReviewMs == 0; });
}

int StudyQueue::dueCount(const QList<Deck> &decks, const QList<PrintScope::Entry> &topics,
                         const QHash<QString, CardSchedule> &schedules, qint64 nowMs)
{
    return countCards(decks, topics, schedules, [nowMs](const CardSchedule *s) { return s && s->isDue(nowMs); });
}

} // namespace DeepDive
