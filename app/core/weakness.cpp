#include "weakness.h"

#include <algorithm>

namespace DeepDive {

double Weakness::topicScore(const Fsrs &fsrs, const QList<CardInput> &cards, qint64 nowMs)
{
    double forgotten = 0;
    int wrong = 0;
    int lapses = 0;
    int answered = 0;
    for (const CardInput &card : cards) {
        if (card.state.lastReviewMs == 0)
            continue;
        ++answered;
        forgotten += 1.0 - fsrs.retrievabilityAt(card.state, nowMs);
        wrong += card.wrongRecently ? 1 : 0;
        lapses += card.state.lapses;
    }
    if (answered == 0)
        return 0;
    const double n = std::max(answered, minimumEvidence);
    return std::clamp(std::max({forgotten / n, wrong / n, lapses / (n * lapsesPerCardForFull)}), 0.0, 1.0);
}

} // namespace DeepDive
