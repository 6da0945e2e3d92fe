#pragma once

#include "localday.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace DeepDive {

// When a card is due, and whether it was ever answered: all a study queue asks of a card's state, read for every card
// of the decks at each session start (ReviewStore::schedulesByKey).
struct CardSchedule
{
    qint64 dueMs = 0;
    qint64 lastReviewMs = 0; // 0 while the card has never been answered

    bool isDue(qint64 nowMs) const;
};

// What the scheduler knows about one card, keyed by the content's stable ids.
struct CardState
{
    enum State { New = 0, Learning = 1, Review = 2, Relearning = 3 };
    QString deckId;
    QString cardId;
    QString topicId;
    int state = New;
    std::optional<double> stability = std::nullopt;
    std::optional<double> difficulty = std::nullopt;
    qint64 dueMs = 0;        // 0 while the card has never been scheduled
    qint64 lastReviewMs = 0; // 0 while the card has never been answered
    int reps = 0;
    int lapses = 0;

    bool operator==(const CardState &) const = default;

    // Cards are scheduled in whole days: a card is due for the whole of its due date (local time), so that a
    // morning session also takes the cards that fall due later that day.
    // A local-time conversion costs tens of microseconds, and a deck's progress asks this for every card (45 ms for
    // the bundled deck's 620 cards, seconds for 60,000): the day's bounds are kept, per thread, and reused while
    // `nowMs` falls within them (the answer is the same: it depends only on the local day).
    static qint64 dueCutoff(qint64 nowMs)
    {
        thread_local qint64 dayStart = 1;
        thread_local qint64 cutoff = 0; // an empty range until the first call
        if (nowMs < dayStart || nowMs > cutoff) {
            const QDate day = QDateTime::fromMSecsSinceEpoch(nowMs).date();
            dayStart = localMidnight(day, cutoff + 1); // the day after the last one asked about, most often
            cutoff = localMidnight(day.addDays(1), dayStart + 86'400'000) - 1;
        }
        return cutoff;
    }
    bool isDue(qint64 nowMs) const { return schedule().isDue(nowMs); }
    CardSchedule schedule() const { return {dueMs, lastReviewMs}; }
};

inline bool CardSchedule::isDue(qint64 nowMs) const
{
    return lastReviewMs != 0 && dueMs <= CardState::dueCutoff(nowMs);
}

} // namespace DeepDive
