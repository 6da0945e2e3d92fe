#pragma once

#include <QDateTime>

namespace DeepDive {

// The first millisecond of `day` in local time. Qt takes tens of microseconds to work that out from a date when TZ is
// unset (it consults the system's zone each time), and a few the other way round: `guess` (a neighbouring midnight
// 24 hours on or back, say) is checked first and returned when it is that midnight; only where the clocks change, or
// without a good guess, is the midnight worked out from its date.
inline qint64 localMidnight(const QDate &day, qint64 guess)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(guess);
    return local.time() == QTime(0, 0) && local.date() == day ? guess : QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch();
}

} // namespace DeepDive
