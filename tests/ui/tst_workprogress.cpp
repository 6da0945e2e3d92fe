#include "workprogress.h"

#include <QProgressDialog>
#include <QPushButton>
#include <QTest>
#include <QThread>

using namespace DeepDive;

// A worker's progress shown by the window: the counts reach the dialog, and its Cancel reaches the worker.
class TestWorkProgress : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void workerCounts_reachTheDialog();
    void cancel_stopsTheWorkersNextReport();
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

QTEST_MAIN(TestWorkProgress)
#include "tst_workprogress.moc"
