#pragma once

#include "fsrs.h"
#include "quizsession.h"

#include <QHash>

namespace DeepDive {

class ReviewStore;

// Turns a quiz answer into the card's next FSRS state and commits both to the review log in one transaction.
class StudyRecorder
{
public:
    StudyRecorder(ReviewStore &store, const Fsrs &fsrs);

    bool record(const Answer &answer, QString *error);

    // The card states the review log leads to, replayed through FSRS from the first answer ("deck/card" keys). The
    // log is append-only, so this rebuilds the schedule (for another desired retention, or after damage).
    static QHash<QString, CardState> replay(const ReviewStore &store, const Fsrs &fsrs);

private:
    ReviewStore &m_store;
    const Fsrs &m_fsrs;
};

} // namespace DeepDive
