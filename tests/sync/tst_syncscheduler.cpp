#include "syncdevice.h"
#include "syncscheduler.h"

#include <QSignalSpy>
#include <QTest>

using namespace DeepDive;
using namespace DeepDive::Test;
using namespace std::chrono_literals;

class TestSyncScheduler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void syncNow_runsInAWorker_andReports();
    void requests_areDebouncedIntoOneRun();
    void requestDuringARun_makesOneMoreRunAfterIt();
    void aJournalArriving_startsARun();
    void withoutAFolder_nothingRuns();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SyncDevice> m_a;
    std::unique_ptr<SyncDevice> m_b;
    std::unique_ptr<SyncScheduler> m_scheduler;
};

void TestSyncScheduler::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_a = std::make_unique<SyncDevice>(m_dir->path(), QStringLiteral("laptop"));
    m_b = std::make_unique<SyncDevice>(m_dir->path(), QStringLiteral("desktop"));
    m_scheduler = std::make_unique<SyncScheduler>();
    m_scheduler->setDebounce(50ms);
    m_scheduler->setOptions(m_b->options());
}

void TestSyncScheduler::cleanup()
{
    m_scheduler.reset();
    m_b.reset();
    m_a.reset();
}

void TestSyncScheduler::syncNow_runsInAWorker_andReports()
{
    QSignalSpy started(m_scheduler.get(), &SyncScheduler::syncStarted);
    QSignalSpy finished(m_scheduler.get(), &SyncScheduler::syncFinished);
    m_scheduler->syncNow();
    QCOMPARE(started.size(), 1);
    QVERIFY(m_scheduler->isRunning());
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(!m_scheduler->isRunning());
    const auto report = finished[0][0].value<SyncReport>();
    QCOMPARE(report.status, SyncReport::Status::Synced);
    QVERIFY(!report.deviceId.isEmpty());
}

void TestSyncScheduler::requests_areDebouncedIntoOneRun()
{
    QSignalSpy finished(m_scheduler.get(), &SyncScheduler::syncFinished);
    for (int i = 0; i < 5; ++i)
        m_scheduler->requestSync();
    QTRY_COMPARE(finished.size(), 1);
    // Nothing more is asked for, not even by this device's own journal being written.
    QCoreApplication::processEvents();
    QVERIFY(!m_scheduler->isPending());
    QVERIFY(!m_scheduler->isRunning());
}

void TestSyncScheduler::requestDuringARun_makesOneMoreRunAfterIt()
{
    QSignalSpy finished(m_scheduler.get(), &SyncScheduler::syncFinished);
    m_scheduler->syncNow();
    m_scheduler->syncNow();
    m_scheduler->syncNow();
    QTRY_COMPARE(finished.size(), 2);
    QVERIFY(m_scheduler->waitForIdle(5s));
}

void TestSyncScheduler::aJournalArriving_startsARun()
{
    QSignalSpy finished(m_scheduler.get(), &SyncScheduler::syncFinished);
    m_scheduler->syncNow();
    QTRY_COMPARE(finished.size(), 1);
    QString error;
    QVERIFY(m_a->answer(QStringLiteral("c1"), 3, &error));
    m_a->sync();
    QVERIFY(copyJournal(*m_a, *m_b)); // the sync tool delivers it
    QTRY_COMPARE(finished.size(), 2);
    QCOMPARE(finished[1][0].value<SyncReport>().received.answers, 1);
    QCOMPARE(m_b->data().reviews.reviewCount(), 1);
}

void TestSyncScheduler::withoutAFolder_nothingRuns()
{
    SyncOptions off = m_b->options();
    off.syncFolder.clear();
    m_scheduler->setOptions(off);
    QSignalSpy started(m_scheduler.get(), &SyncScheduler::syncStarted);
    m_scheduler->syncNow();
    m_scheduler->requestSync();
    QCOMPARE(started.size(), 0);
    QVERIFY(!m_scheduler->isPending());
}

QTEST_GUILESS_MAIN(TestSyncScheduler)
#include "tst_syncscheduler.moc"
