#include "clock.h"
#include "mockclock.h"

#include <QElapsedTimer>
#include <QTest>

#include <memory>

using namespace DeepDive;

// The clock seam: the system clock's delayed calls run on a real timer, the mock's when the test moves time.
class TestClock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void systemClock_callAfter_runsOnceAfterTheDelay();
    void systemClock_callAfter_ofAContextThatIsGone_doesNotRun();
    void mockClock_runsDueCallsInTimeOrder_eachAtItsOwnTime();
    void mockClock_aCallThatSchedulesAnother_runsItWhenDueInTheSameMove();
    void mockClock_movingBackOrNotFarEnough_runsNothing();
    void mockClock_callOfAContextThatIsGone_isDropped();
};

void TestClock::systemClock_callAfter_runsOnceAfterTheDelay()
{
    QObject context;
    int calls = 0;
    QElapsedTimer elapsed;
    elapsed.start();
    qint64 ranAfterMs = -1;
    Clock::system().callAfter(20, &context, [&] {
        ++calls;
        ranAfterMs = elapsed.elapsed();
    });
    QCOMPARE(calls, 0); // never synchronously
    QTRY_COMPARE(calls, 1);
    QVERIFY2(ranAfterMs >= 20, qPrintable(QString::number(ranAfterMs)));
    QCoreApplication::processEvents();
    QCOMPARE(calls, 1);
}

void TestClock::systemClock_callAfter_ofAContextThatIsGone_doesNotRun()
{
    auto context = std::make_unique<QObject>();
    QObject witness;
    bool ranGone = false, ranWitness = false;
    Clock::system().callAfter(0, context.get(), [&] { ranGone = true; });
    Clock::system().callAfter(1, &witness, [&] { ranWitness = true; });
    context.reset();
    QTRY_VERIFY(ranWitness); // the later call ran, so the earlier one had its chance
    QVERIFY(!ranGone);
}

void TestClock::mockClock_runsDueCallsInTimeOrder_eachAtItsOwnTime()
{
    MockClock clock(1000);
    QObject context;
    QStringList ran;
    clock.callAfter(300, &context, [&] { ran << QStringLiteral("c@%1").arg(clock.nowMs()); });
    clock.callAfter(100, &context, [&] { ran << QStringLiteral("a@%1").arg(clock.nowMs()); });
    clock.callAfter(100, &context, [&] { ran << QStringLiteral("b@%1").arg(clock.nowMs()); });
    clock.callAfter(301, &context, [&] { ran << QStringLiteral("d@%1").arg(clock.nowMs()); });
    QCOMPARE(clock.pendingCalls(), 4);
    clock.advanceMs(300);
    QCOMPARE(ran, (QStringList{QStringLiteral("a@1100"), QStringLiteral("b@1100"), QStringLiteral("c@1300")}));
    QCOMPARE(clock.nowMs(), qint64(1300));
    QCOMPARE(clock.pendingCalls(), 1);
    clock.setNowMs(5000);
    QCOMPARE(ran.last(), QStringLiteral("d@1301"));
    QCOMPARE(clock.nowMs(), qint64(5000));
    QCOMPARE(clock.pendingCalls(), 0);
}

void TestClock::mockClock_aCallThatSchedulesAnother_runsItWhenDueInTheSameMove()
{
    MockClock clock(0);
    QObject context;
    QList<qint64> ranAt;
    std::function<void()> tick = [&] {
        ranAt << clock.nowMs();
        if (ranAt.size() < 5)
            clock.callAfter(250, &context, tick);
    };
    clock.callAfter(250, &context, tick);
    clock.advanceMs(1000);
    QCOMPARE(ranAt, (QList<qint64>{250, 500, 750, 1000}));
    QCOMPARE(clock.pendingCalls(), 1);
    clock.advanceMs(249);
    QCOMPARE(ranAt.size(), 4);
    clock.advanceMs(1);
    QCOMPARE(ranAt.last(), qint64(1250));
    QCOMPARE(clock.pendingCalls(), 0);
}

void TestClock::mockClock_movingBackOrNotFarEnough_runsNothing()
{
    MockClock clock(10'000);
    QObject context;
    int calls = 0;
    clock.callAfter(500, &context, [&] { ++calls; });
    clock.advanceMs(499);
    clock.setNowMs(2000);
    QCOMPARE(calls, 0);
    QCOMPARE(clock.nowMs(), qint64(2000));
    clock.setNowMs(10'500);
    QCOMPARE(calls, 1);
}

void TestClock::mockClock_callOfAContextThatIsGone_isDropped()
{
    MockClock clock;
    auto context = std::make_unique<QObject>();
    int calls = 0;
    clock.callAfter(10, context.get(), [&] { ++calls; });
    context.reset();
    clock.advanceMs(10);
    QCOMPARE(calls, 0);
    QCOMPARE(clock.pendingCalls(), 0);
}

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
