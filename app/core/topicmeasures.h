#pragma once

#include "cardstate.h"
#include "fsrs.h"
#include "topicstats.h"

#include <QList>

#include <optional>

namespace DeepDive {

// The measures a learner sees for a topic, defined once; the tree, its tooltips, the status bar, statistics and the
// PDF all show these numbers, under these names:
// - recalled now: the chance of recalling each of the topic's cards right now, averaged over all of them. A card
//   never answered counts 0, and so does a card whose last answer was wrong, until it is answered right again (FSRS
//   puts the chance of recall at 100% the moment after any answer, a wrong one included).
// - mastered: a card whose last answer was right and whose memory is stable for three weeks or more.
// - weak: see Weakness; a single wrong answer is not yet enough to call a topic weak.
class TopicMeasures
{
public:
    static constexpr double masteredStabilityDays = 21;

    struct Card
    {
        std::optional<CardState> state; // none: never answered
        bool lastAnswerWrong = false;
        bool wrongRecently = false;
    };

    // Fills cards, newCards, due, mastered, mastery ("recalled now") and weakness; `weak` follows the threshold
    // (a bookmark labelled weak is added by the caller).
    static TopicStats measure(const Fsrs &fsrs, const QList<Card> &cards, qint64 nowMs);
};

} // namespace DeepDive
