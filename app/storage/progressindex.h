#pragma once

#include "deck.h"
#include "fsrs.h"
#include "topicstats.h"

#include <QHash>

namespace DeepDive {

class UserData;

// Computes what the tree shows per topic (cards due and new, mastery, bookmark, weakness) from the learner's data.
// One pass over the stored states for the whole deck; one topic at a time after an answer or a bookmark.
class ProgressIndex
{
public:
    static constexpr qint64 recentMs = 7LL * 86'400'000; // "recently" for wrong answers

    ProgressIndex(const UserData &data, const Fsrs &fsrs);

    QHash<QString, TopicStats> compute(const QList<Deck> &decks, qint64 nowMs) const;
    TopicStats computeTopic(const QString &deckId, const Topic &topic, qint64 nowMs) const;
    // Consecutive days, in local time, with at least one answer, ending today (or yesterday, before today's first).
    int streakDays(qint64 nowMs) const;

private:
    const UserData &m_data;
    const Fsrs &m_fsrs;
};

} // namespace DeepDive
