#pragma once

#include "fsrs.h"
#include "quizsession.h"

namespace DeepDive {

class ReviewStore;

// Turns a quiz answer into the card's next FSRS state and commits both to the review log in one transaction.
class StudyRecorder
{
public:
    StudyRecorder(ReviewStore &store, const Fsrs &fsrs);

    bool record(const Answer &answer, QString *error);

private:
    ReviewStore &m_store;
    const Fsrs &m_fsrs;
};

} // namespace DeepDive
