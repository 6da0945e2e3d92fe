#include "studyrecorder.h"

#include "reviewstore.h"

namespace DeepDive {

StudyRecorder::StudyRecorder(ReviewStore &store, const Fsrs &fsrs)
    : m_store(store)
    , m_fsrs(fsrs)
{
}

bool StudyRecorder::record(const Answer &answer, QString *error)
{
    CardState before = m_store.cardState(answer.deckId, answer.cardId).value_or(CardState{});
    before.deckId = answer.deckId;
    before.cardId = answer.cardId;
    before.topicId = answer.topicId;
    const CardState after = m_fsrs.review(before, answer.grade, answer.answeredMs);
    Review review;
    review.deckId = answer.deckId;
    review.cardId = answer.cardId;
    review.topicId = answer.topicId;
    review.reviewedMs = answer.answeredMs;
    review.grade = answer.grade;
    review.correct = answer.correct;
    review.responseMs = answer.responseMs;
    return m_store.recordAnswer(review, after, error);
}

QHash<QString, CardState> StudyRecorder::replay(const ReviewStore &store, const Fsrs &fsrs)
{
    QHash<QString, CardState> states;
    for (const Review &review : store.reviews()) {
        const QString key = review.deckId + QLatin1Char('/') + review.cardId;
        CardState before = states.value(key);
        before.deckId = review.deckId;
        before.cardId = review.cardId;
        before.topicId = review.topicId;
        states.insert(key, fsrs.review(before, review.grade, review.reviewedMs));
    }
    return states;
}

} // namespace DeepDive
