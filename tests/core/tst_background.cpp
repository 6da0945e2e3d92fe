// runInSlices and runInBackground (app/core/background.h): work on the window's thread in slices between its events,
// and work in a thread of its own whose result comes back to the window's thread.
#include "background.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>
#include <QSemaphore>
#include <QTimer>

#include <atomic>
#include <thread>

using namespace DeepDive;

class TestBackground : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void runInSlices_runsEveryStepInOrder_thenDone();
    void runInSlices_letsTheEventLoopRunBetweenSlices();
    void runInSlices_stopped_runsNoFurtherStep_andSaysSo();
    void runInSlices_nothingToDo_isDoneAtOnce();
    void runInSlices_contextGone_runsNothingMore();
    void runInBackground_resultComesBackOnTheContextsThread();
    void waitForAll_returnsOnceEveryWorkerHasFinished();
};

void TestBackground::runInSlices_runsEveryStepInOrder_thenDone()
{
    QObject context;
    QList<qsizetype> steps;
    std::optional<bool> done;
    runInSlices(&context, 500, [&](qsizetype i) { steps.append(i); }, [] { return false; }, [&](bool finished) { done = finished; });
    QVERIFY(steps.isEmpty()); // the first slice waits for the event loop too
    QTRY_VERIFY(done.has_value());
    QCOMPARE(*done, true);
    QCOMPARE(steps.size(), 500);
    for (qsizetype i = 0; i < steps.size(); ++i)
        QCOMPARE(steps[i], i);
}

// With no time allowed per slice, one step runs per turn of the event loop: an event posted meanwhile is handled
// between two steps, not after all of them.
void TestBackground::runInSlices_letsTheEventLoopRunBetweenSlices()
{
    QObject context;
    QStringList order;
    bool done = false;
    runInSlices(
        &context, 3,
        [&](qsizetype i) {
            order.append(QStringLiteral("step %1").arg(i));
            if (i == 0)
                QMetaObject::invokeMethod(&context, [&] { order.append(QStringLiteral("event")); }, Qt::QueuedConnection);
        },
        [] { return false; }, [&](bool) { done = true; }, 0);
    QTRY_VERIFY(done);
    QCOMPARE(order, (QStringList{QStringLiteral("step 0"), QStringLiteral("event"), QStringLiteral("step 1"), QStringLiteral("step 2")}));
}

void TestBackground::runInSlices_stopped_runsNoFurtherStep_andSaysSo()
{
    QObject context;
    int steps = 0;
    bool stop = false;
    std::optional<bool> done;
    runInSlices(
        &context, 100,
        [&](qsizetype i) {
            ++steps;
            if (i == 2)
                stop = true; // the learner pressed Cancel
        },
        [&] { return stop; }, [&](bool finished) { done = finished; }, 0);
    QTRY_VERIFY(done.has_value());
    QCOMPARE(*done, false);
    QCOMPARE(steps, 3);
    QTest::qWait(20);
    QCOMPARE(steps, 3);
}

void TestBackground::runInSlices_nothingToDo_isDoneAtOnce()
{
    QObject context;
    std::optional<bool> done;
    runInSlices(&context, 0, [](qsizetype) { QFAIL("no step to run"); }, [] { return false; }, [&](bool finished) { done = finished; });
    QTRY_VERIFY(done.has_value());
    QVERIFY(*done);
}

void TestBackground::runInSlices_contextGone_runsNothingMore()
{
    auto context = std::make_unique<QObject>();
    int steps = 0;
    bool done = false;
    runInSlices(context.get(), 100, [&](qsizetype) { ++steps; }, [] { return false; }, [&](bool) { done = true; }, 0);
    QCoreApplication::processEvents(); // the first slice
    const int before = steps;
    QVERIFY(before >= 1);
    context.reset();
    QTest::qWait(20);
    QCOMPARE(steps, before);
    QVERIFY(!done);
}

void TestBackground::runInBackground_resultComesBackOnTheContextsThread()
{
    QObject context;
    QThread *worker = nullptr;
    std::optional<int> result;
    QThread *ranOn = nullptr;
    runInBackground(
        &context,
        [&worker] {
            worker = QThread::currentThread();
            return 6 * 7;
        },
        [&](int value) {
            result = value;
            ranOn = QThread::currentThread();
        });
    QTRY_VERIFY(result.has_value());
    QCOMPARE(*result, 42);
    QVERIFY(worker != QThread::currentThread());
    QCOMPARE(ranOn, QThread::currentThread());
}

// What main() does once its command is done: no worker outlives the application object. The workers wait for a
// thread that lets them go only after this one is waiting for them.
void TestBackground::waitForAll_returnsOnceEveryWorkerHasFinished()
{
    QObject context;
    QSemaphore go;
    std::atomic<int> finished{0};
    bool delivered = false;
    for (int i = 0; i < 3; ++i) {
        runInBackground(
            &context,
            [&go, &finished] {
                go.acquire();
                return ++finished;
            },
            [&delivered](int) { delivered = true; });
    }
    std::thread releaser([&go] { go.release(3); });
    Background::waitForAll();
    QCOMPARE(finished.load(), 3);
    releaser.join();
    Background::waitForAll(); // none left: at once
    QVERIFY(!delivered);      // results come through the event loop, which did not run
    QTRY_VERIFY(delivered);
}

QTEST_GUILESS_MAIN(TestBackground)
#include "tst_background.moc"
