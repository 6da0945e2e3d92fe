#include "localday.h"

#include <QTest>

#include <ctime>

using namespace DeepDive;

namespace {
constexpr qint64 dayMs = 86'400'000;
}

// localMidnight: a day's first local millisecond, from a guess checked against it or else from the date, the same
// either way, on days of 23, 24 and 25 hours.
class TestLocalDay : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void localMidnight_isTheDaysFirstMillisecond_whateverTheGuess();
};

void TestLocalDay::initTestCase()
{
    // A zone with daylight saving time: the guess 24 hours on is wrong twice a year.
    qputenv("TZ", "Europe/Berlin");
    tzset();
}

void TestLocalDay::localMidnight_isTheDaysFirstMillisecond_whateverTheGuess()
{
    const auto fresh = [](const QDate &day) { return QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch(); };
    int guessesWrong = 0;
    qint64 previous = fresh(QDate(2025, 12, 31));
    for (QDate day(2026, 1, 1); day.year() == 2026; day = day.addDays(1)) {
        const qint64 expected = fresh(day);
        guessesWrong += previous + dayMs != expected ? 1 : 0;
        QCOMPARE(localMidnight(day, previous + dayMs), expected); // the guess a walk over the days makes
        QCOMPARE(localMidnight(day, expected + 1), expected);     // a millisecond off
        QCOMPARE(localMidnight(day, expected - dayMs), expected); // the day before's midnight
        QCOMPARE(localMidnight(day, 0), expected);                // no guess at all
        previous = expected;
    }
    QCOMPARE(guessesWrong, 2); // the days after the clocks go forward and back
}

QTEST_GUILESS_MAIN(TestLocalDay)
#include "tst_localday.moc"
