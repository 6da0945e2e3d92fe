#pragma once

#include <QString>

namespace DeepDive {

// A time until the next review as a learner reads it on a grade button: "10 min", "5 h", "4 d", "3 mo", "1.5 y".
// Rounded to the unit shown; translated, with plurals.
QString intervalText(qint64 ms);

} // namespace DeepDive
