#include "cardstate.h"

#include <QTest>
#include <QThread>

#include <cstdlib>
#include <memory>
#include <ctime>

using namespace DeepDive;

// A card is due for the whole of its due date, in local time; the day's bounds are kept between calls.
class TestCardState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void dueCutoff_isTheLastMillisecondOfTheLocalDay_data();
    void dueCutoff_isTheLastMillisecondOfTheLocalDay();
    void dueCutoff_sameAsComputedAfresh_forwardBackAndAcrossThreads();
    void isDue_wholeDueDate();
};

namespace {
qint64 computedAfresh(qint64 nowMs)
{
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs);
    return QDateTime(now.date().addDays(1), QTime(0, 0)).toMSecsSinceEpoch() - 1;
}
} // namespace

void TestCardState::initTestCase()
{
    // A zone with daylight saving time: its days of 23 and 25 hours are where cached bounds could go wrong.
    qputenv("TZ", "Europe/Berlin");
    tzset();
}

void TestCardState::dueCutoff_isTheLastMillisecondOfTheLocalDay_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QDateTime>("cutoff");
    const auto at = [](int y, int m, int d, int h, int min) { return QDateTime(QDate(y, m, d), QTime(h, min)); };
    QTest::newRow("morning") << at(2026, 3, 10, 8, 0) << at(2026, 3, 10, 23, 59).addSecs(59).addMSecs(999);
    QTest::newRow("midnight") << at(2026, 3, 10, 0, 0) << at(2026, 3, 10, 23, 59).addSecs(59).addMSecs(999);
    QTest::newRow("a day of 23 hours") << at(2026, 3, 29, 12, 0) << at(2026, 3, 29, 23, 59).addSecs(59).addMSecs(999);
    QTest::newRow("a day of 25 hours") << at(2026, 10, 25, 1, 30) << at(2026, 10, 25, 23, 59).addSecs(59).addMSecs(999);
    QTest::newRow("new year's eve") << at(2026, 12, 31, 23, 59) << at(2026, 12, 31, 23, 59).addSecs(59).addMSecs(999);
}

void TestCardState::dueCutoff_isTheLastMillisecondOfTheLocalDay()
{
    QFETCH(QDateTime, now);
    QFETCH(QDateTime, cutoff);
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(CardState::dueCutoff(now.toMSecsSinceEpoch())), cutoff);
}

void TestCardState::dueCutoff_sameAsComputedAfresh_forwardBackAndAcrossThreads()
{
    const qint64 start = QDateTime(QDate(2026, 1, 1), QTime(0, 0)).toMSecsSinceEpoch();
    const qint64 step = 97 * 60'000 + 13; // across every hour of the day over the year, DST days included
    int checked = 0;
    for (qint64 t = start; t < start + 366LL * 86'400'000; t += step, ++checked) {
        QCOMPARE(CardState::dueCutoff(t), computedAfresh(t));
        QCOMPARE(CardState::dueCutoff(t - 86'400'000), computedAfresh(t - 86'400'000)); // back a day: not the kept one
        QCOMPARE(CardState::dueCutoff(t), computedAfresh(t));
    }
    QVERIFY(checked > 5000);
    // Each thread keeps its own day: a worker on another day does not disturb this thread's.
    const qint64 noon = QDateTime(QDate(2026, 6, 1), QTime(12, 0)).toMSecsSinceEpoch();
    QCOMPARE(CardState::dueCutoff(noon), computedAfresh(noon));
    qint64 other = 0;
    std::unique_ptr<QThread> worker(QThread::create([&other, noon] { other = CardState::dueCutoff(noon + 40 * 86'400'000LL); }));
    worker->start();
    QVERIFY(worker->wait(10000));
    QCOMPARE(other, computedAfresh(noon + 40 * 86'400'000LL));
    QCOMPARE(CardState::dueCutoff(noon + 1000), computedAfresh(noon));
}

void TestCardState::isDue_wholeDueDate()
{
    CardState state;
    const qint64 evening = QDateTime(QDate(2026, 3, 10), QTime(21, 0)).toMSecsSinceEpoch();
    state.dueMs = evening;
    QVERIFY(!state.isDue(evening - 86'400'000)); // never answered: new, not due
    state.lastReviewMs = evening - 3 * 86'400'000;
    QVERIFY(state.isDue(QDateTime(QDate(2026, 3, 10), QTime(7, 0)).toMSecsSinceEpoch())); // due that morning
    QVERIFY(!state.isDue(QDateTime(QDate(2026, 3, 9), QTime(23, 59)).toMSecsSinceEpoch())); // not the day before
    QVERIFY(state.isDue(QDateTime(QDate(2026, 3, 12), QTime(7, 0)).toMSecsSinceEpoch())); // and after
}

QTEST_GUILESS_MAIN(TestCardState)
#include "tst_cardstate.moc"
