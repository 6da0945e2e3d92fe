#include "singleinstance.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace DeepDive;

class TestSingleInstance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void secondClaimOnSameFolder_asksTheFirstToComeForward();
    void otherFolder_runsSeparately();
    void releasedFolder_canBeClaimedAgain();
    void socket_isPrivateToTheUser();
    void socketLeftByACrash_isReplaced();
};

void TestSingleInstance::secondClaimOnSameFolder_asksTheFirstToComeForward()
{
    QTemporaryDir dir;
    SingleInstance first(dir.path());
    QVERIFY(first.claim());
    QSignalSpy activated(&first, &SingleInstance::activationRequested);
    // The second instance runs in another thread here, as it would in another process, so the first can answer.
    bool secondClaimed = true;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        SingleInstance second(dir.path());
        secondClaimed = second.claim();
    }));
    thread->start();
    QTRY_COMPARE(activated.count(), 1);
    QVERIFY(thread->wait(5000));
    QVERIFY(!secondClaimed);
}

void TestSingleInstance::otherFolder_runsSeparately()
{
    QTemporaryDir a;
    QTemporaryDir b;
    SingleInstance first(a.path());
    SingleInstance second(b.path());
    QVERIFY(first.claim());
    QVERIFY(second.claim());
    QVERIFY(first.socketPath() != second.socketPath());
}

void TestSingleInstance::releasedFolder_canBeClaimedAgain()
{
    QTemporaryDir dir;
    {
        SingleInstance first(dir.path());
        QVERIFY(first.claim());
    }
    SingleInstance again(dir.path());
    QVERIFY(again.claim());
}

void TestSingleInstance::socket_isPrivateToTheUser()
{
    QTemporaryDir dir;
    SingleInstance first(dir.path());
    QVERIFY(first.claim());
    const QFileInfo socket(first.socketPath());
    QVERIFY2(socket.exists(), qPrintable(first.socketPath()));
    QCOMPARE(socket.permissions() & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                                     | QFileDevice::WriteOther),
             QFileDevice::Permissions());
}

void TestSingleInstance::socketLeftByACrash_isReplaced()
{
    QTemporaryDir dir;
    QString path;
    {
        SingleInstance probe(dir.path());
        path = probe.socketPath();
    }
    QFile stale(path);
    QVERIFY(stale.open(QIODevice::WriteOnly)); // what a killed instance leaves behind, minus its lock
    stale.close();
    SingleInstance first(dir.path());
    QVERIFY(first.claim());
    QSignalSpy activated(&first, &SingleInstance::activationRequested);
    std::unique_ptr<QThread> thread(QThread::create([&] { SingleInstance(dir.path()).claim(); }));
    thread->start();
    QTRY_COMPARE(activated.count(), 1);
    QVERIFY(thread->wait(5000));
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
