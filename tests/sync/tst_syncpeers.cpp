#include "syncdevice.h"
#include "syncpeers.h"

#include <QFile>
#include <QTest>

using namespace DeepDive;
using namespace DeepDive::Test;

// What the Sync dialog lists: the other computers, one per device, newest activity first, with their problems.
class TestSyncPeers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void beforeAnySync_thereAreNone();
    void eachOtherDevice_once_newestFirst_withoutThisOne();
    void conflictCopy_isTheSameDevice();
    void damagedJournal_namesItsProblem();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSyncPeers::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSyncPeers::beforeAnySync_thereAreNone()
{
    SyncDevice laptop(m_dir->path(), QStringLiteral("laptop"));
    const SyncPeers peers(laptop.data().database);
    QVERIFY(peers.peers().isEmpty());
    QVERIFY(peers.thisDeviceId().isEmpty());
}

void TestSyncPeers::eachOtherDevice_once_newestFirst_withoutThisOne()
{
    SyncDevice laptop(m_dir->path(), QStringLiteral("laptop"));
    SyncDevice desktop(m_dir->path(), QStringLiteral("desktop"));
    SyncDevice tablet(m_dir->path(), QStringLiteral("tablet"));
    QString error;
    desktop.setWorldTime(1'000'000);
    QVERIFY(desktop.answer(QStringLiteral("c1"), 3, &error));
    tablet.setWorldTime(5'000'000);
    QVERIFY(tablet.answer(QStringLiteral("c2"), 3, &error));
    desktop.sync();
    tablet.sync();
    laptop.sync();
    QVERIFY(copyJournal(desktop, laptop));
    QVERIFY(copyJournal(tablet, laptop));
    QCOMPARE(laptop.sync().status, SyncReport::Status::Synced);

    const SyncPeers peers(laptop.data().database);
    QCOMPARE(peers.thisDeviceName(), QStringLiteral("laptop"));
    QVERIFY(!peers.thisDeviceId().isEmpty());
    const QList<SyncPeers::Peer> list = peers.peers();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[0].name, QStringLiteral("tablet"));
    QCOMPARE(list[0].lastActivityMs, 5'000'000);
    QCOMPARE(list[1].name, QStringLiteral("desktop"));
    QCOMPARE(list[1].lastActivityMs, 1'000'000);
    QCOMPARE(list[1].files, QStringList{QFileInfo(ownJournalFile(desktop)).fileName()});
    QVERIFY(list[0].problem.isEmpty());
}

void TestSyncPeers::conflictCopy_isTheSameDevice()
{
    SyncDevice laptop(m_dir->path(), QStringLiteral("laptop"));
    SyncDevice desktop(m_dir->path(), QStringLiteral("desktop"));
    QString error;
    QVERIFY(desktop.answer(QStringLiteral("c1"), 3, &error));
    desktop.sync();
    const QString id = QFileInfo(ownJournalFile(desktop)).completeBaseName();
    QVERIFY(copyJournal(desktop, laptop));
    QVERIFY(copyJournal(desktop, laptop, -1, id + QStringLiteral(".sync-conflict-20261203-101500-ABCDEFG.jsonl")));
    laptop.sync();
    const QList<SyncPeers::Peer> list = SyncPeers(laptop.data().database).peers();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list[0].deviceId, id);
    QCOMPARE(list[0].name, QStringLiteral("desktop"));
    QCOMPARE(list[0].files.size(), 2);
}

void TestSyncPeers::damagedJournal_namesItsProblem()
{
    SyncDevice laptop(m_dir->path(), QStringLiteral("laptop"));
    SyncDevice desktop(m_dir->path(), QStringLiteral("desktop"));
    QString error;
    QVERIFY(desktop.answer(QStringLiteral("c1"), 3, &error));
    desktop.sync();
    QVERIFY(copyJournal(desktop, laptop));
    const QString copy = QDir(laptop.journalDir()).filePath(QFileInfo(ownJournalFile(desktop)).fileName());
    QFile file(copy);
    QVERIFY(file.open(QIODevice::Append));
    QVERIFY(file.write("{\"t\":\"answer\"}\tdeadbeefdeadbeef\n") > 0);
    file.close();
    laptop.sync();
    const QList<SyncPeers::Peer> list = SyncPeers(laptop.data().database).peers();
    QCOMPARE(list.size(), 1);
    QVERIFY2(!list[0].problem.isEmpty(), "a line with a wrong checksum is a problem the dialog shows");
    QCOMPARE(list[0].name, QStringLiteral("desktop"));
}

QTEST_GUILESS_MAIN(TestSyncPeers)
#include "tst_syncpeers.moc"
