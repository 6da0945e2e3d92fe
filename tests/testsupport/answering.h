#pragma once

#include "quizsession.h"

namespace DeepDive::Test {

// Answers whatever card `quiz` is asking, of any type: right when `right` (a recall card graded Good), wrong
// otherwise (graded Again). Fails the running test when no card is being asked or the answer is not taken.
void answerCurrentCard(QuizSession &quiz, bool right);

} // namespace DeepDive::Test
