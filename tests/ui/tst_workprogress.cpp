#include "workprogress.h"

#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QEventLoop>

using namespace DeepDive;

// A worker's progress shown by the window: the counts reach the dialog, and its Cancel reaches the worker.
class TestWorkProgress : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void workerCounts_reachTheDialog();
    void cancel_stopsTheWorkersNextReport();
    void dismiss_hidesAtOnce();
};

void TestWorkProgress::workerCounts_reachTheDialog()
{
    QWidget window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const auto progress = std::make_shared<WorkProgress>();
    std::unique_ptr<QProgressDialog> dialog(WorkProgress::dialog(&window, progress, QStringLiteral("Export PDF"),
                                                                 QStringLiteral("Writing out.pdf…"), QStringLiteral("pdfProgress")));
    QCOMPARE(dialog->objectName(), QStringLiteral("pdfProgress"));
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Export PDF"));
    QCOMPARE(dialog->labelText(), QStringLiteral("Writing out.pdf…"));
    QCOMPARE(dialog->windowModality(), Qt::WindowModal);
    bool goOn = true;
    std::unique_ptr<QThread> worker(QThread::create([progress, &goOn] {
        for (int done = 1; done <= 40; ++done)
            goOn = goOn && progress->report(done, 40);
    }));
    worker->start();
    QVERIFY(worker->wait(10000));
    QVERIFY(goOn);
    QTRY_COMPARE(dialog->maximum(), 40);
    QTRY_COMPARE(dialog->value(), 40);
}

void TestWorkProgress::cancel_stopsTheWorkersNextReport()
{
    QWidget window;
    const auto progress = std::make_shared<WorkProgress>();
    std::unique_ptr<QProgressDialog> dialog(
        WorkProgress::dialog(&window, progress, QStringLiteral("Import Progress"), QStringLiteral("Merging…"), QStringLiteral("x")));
    QVERIFY(progress->report(1, 10));
    QVERIFY(!progress->stop);
    auto *cancel = dialog->findChild<QPushButton *>();
    QVERIFY(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(progress->stop);
    QVERIFY(!progress->report(2, 10));
    QCOMPARE(progress->done.load(), 2); // the counts still go in
}

// The message that follows the work opens a nested event loop: the dialog must already be off the screen by then.
void TestWorkProgress::dismiss_hidesAtOnce()
{
    QWidget window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (const bool shown : {true, false}) { // the work took over half a second, or less
        const auto progress = std::make_shared<WorkProgress>();
        QPointer<QProgressDialog> dialog =
            WorkProgress::dialog(&window, progress, QStringLiteral("Export PDF"), QStringLiteral("Writing…"), QStringLiteral("x"));
        if (shown) {
            QVERIFY(progress->report(3, 10));
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
        } else {
            QTest::qWait(150); // the poll has read "0 of 0": the dialog's own timer now waits to show it
            QVERIFY(!dialog->isVisible());
        }
        // As in the window: dismissed from the worker's done-callback (run by the event loop), then a message box
        // runs its own event loop, longer than the dialog's minimum duration; nothing may bring the dialog back.
        bool hiddenAtOnce = false;
        bool hiddenDuringMessage = false;
        bool aliveDuringMessage = false;
        QEventLoop outer;
        QTimer::singleShot(0, &outer, [&] {
            WorkProgress::dismiss(dialog);
            hiddenAtOnce = !dialog->isVisible();
            QEventLoop message;
            QTimer::singleShot(800, &message, &QEventLoop::quit);
            message.exec();
            aliveDuringMessage = !dialog.isNull();
            hiddenDuringMessage = dialog.isNull() || !dialog->isVisible();
            outer.quit();
        });
        outer.exec();
        QVERIFY(hiddenAtOnce);
        QVERIFY(aliveDuringMessage); // (the case this checks: the deferred delete waits for the outer loop)
        QVERIFY2(hiddenDuringMessage, shown ? "shown, then dismissed" : "never shown");
        QTRY_VERIFY(!dialog); // gone once the outer loop runs
    }
}

QTEST_MAIN(TestWorkProgress)
#include "tst_workprogress.moc"
