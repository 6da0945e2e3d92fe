#include "topicmeasures.h"

#include "weakness.h"

namespace DeepDive {

TopicStats TopicMeasures::measure(const Fsrs &fsrs, const QList<Card> &cards, qint64 nowMs)
{
    TopicStats s;
    s.cards = int(cards.size());
    double recall = 0;
    QList<Weakness::CardInput> weakness;
    for (const Card &card : cards) {
        if (!card.state || card.state->lastReviewMs == 0) {
            ++s.newCards;
            continue;
        }
        const CardState &state = *card.state;
        weakness.append({state, card.wrongRecently});
        if (state.isDue(nowMs))
            ++s.due;
        if (card.lastAnswerWrong)
            continue; // not recalled, not mastered, until answered right again
        if (state.stability.value_or(0) >= masteredStabilityDays)
            ++s.mastered;
        recall += fsrs.retrievabilityAt(state, nowMs);
    }
    s.mastery = s.cards ? recall / s.cards : 0;
    s.weakness = Weakness::topicScore(fsrs, weakness, nowMs);
    s.weak = s.weakness > Weakness::threshold;
    return s;
}

} // namespace DeepDive
