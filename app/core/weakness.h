#pragma once

#include "cardstate.h"
#include "fsrs.h"

#include <QList>

namespace DeepDive {

// How weak a topic is, 0 (solid) to 1 (lost), from its answered cards; cards never answered say nothing yet. It is
// the largest of three signs, each a fraction a learner can read: the share of the topic expected to be forgotten by
// now (1 - retrievability, averaged), the share of cards answered wrong in the last week, and the lapses per card
// (two per card counts as fully weak). A topic is weak above `threshold`, or when bookmarked as weak. Shares are
// taken over at least `minimumEvidence` cards, so that one wrong answer on a topic barely begun does not call it weak.
struct Weakness
{
    static constexpr double threshold = 0.3;
    static constexpr double lapsesPerCardForFull = 2;
    static constexpr int minimumEvidence = 4;

    struct CardInput
    {
        CardState state;
        bool wrongRecently = false;
    };

    static double topicScore(const Fsrs &fsrs, const QList<CardInput> &cards, qint64 nowMs);
};

} // namespace DeepDive
