#pragma once

#include "deck.h"
#include "fsrs.h"
#include "topicstats.h"

#include <QDate>
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
    struct Streak
    {
        QDate today;                // the local day it was counted on
        bool answeredToday = false; // today is part of it (otherwise it ends yesterday)
        int days = 0;
    };
    // Consecutive days, in local time, with at least one answer, ending today (or yesterday, before today's first).
    Streak streak(qint64 nowMs) const;
    int streakDays(qint64 nowMs) const { return streak(nowMs).days; }
    // `counted` as it is now, without walking back through the days again when only today's answers changed
    // since (an answer or an undo): the days before today are as they were while it is still the same day.
    Streak streakAfterToday(const Streak &counted, qint64 nowMs) const;

private:
    const UserData &m_data;
    const Fsrs &m_fsrs;
};

} // namespace DeepDive
