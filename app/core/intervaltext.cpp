#include "intervaltext.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace DeepDive {

namespace {

struct Unit
{
    double length; // in minutes
    double limit;  // shown in this unit below this many minutes
    const char *text;
};

// Minutes, hours, days, months (of 30.44 days), years.
const Unit units[] = {
    {1, 60, QT_TRANSLATE_NOOP("DeepDive::IntervalText", "%1 min")},
    {60, 1440, QT_TRANSLATE_NOOP("DeepDive::IntervalText", "%1 h")},
    {1440, 1440 * 30.5, QT_TRANSLATE_NOOP("DeepDive::IntervalText", "%1 d")},
    {1440 * 30.44, 1440 * 365, QT_TRANSLATE_NOOP("DeepDive::IntervalText", "%1 mo")},
};

} // namespace

QString intervalText(qint64 ms)
{
    const double minutes = double(std::max(ms, qint64(0))) / 60000.0;
    for (const Unit &unit : units) {
        if (minutes < unit.limit)
            return QCoreApplication::translate("DeepDive::IntervalText", unit.text)
                .arg(std::max(1, int(std::lround(minutes / unit.length))));
    }
    const double years = std::round(minutes / (1440 * 365.25) * 10) / 10;
    if (years < 10 && years != std::floor(years))
        return QCoreApplication::translate("DeepDive::IntervalText", "%1 y").arg(QLocale().toString(years, 'f', 1));
    return QCoreApplication::translate("DeepDive::IntervalText", "%1 y").arg(int(std::lround(years)));
}

} // namespace DeepDive
