#include "singleinstance.h"

#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
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
    void staleLockThatCannotBeReplaced_runsHereAndSaysWhy();
    void ownerAliveButNotAnswering_saysSoInsteadOfClaimingItCameForward();

private:
    // The lock file a crashed instance leaves: QLockFile's own contents, naming process `pid`.
    static void writeLockFile(const QString &file, qint64 pid);
};

namespace {

// As on a full disk: the lock file can be read, but a stale one cannot be replaced.
class UnreplaceableLock : public SingleInstance
{
public:
    using SingleInstance::SingleInstance;

protected:
    QLockFile::LockError tryLock() override { return QLockFile::LockFailedError; }
};

// A process id that no process has: one we started and that has exited and been reaped.
qint64 deadProcessId()
{
    QProcess process;
    process.start(QStringLiteral("true"), {});
    if (!process.waitForStarted())
        return -1;
    const qint64 pid = process.processId();
    return process.waitForFinished() ? pid : -1;
}

} // namespace

void TestSingleInstance::writeLockFile(const QString &file, qint64 pid)
{
    QByteArray contents;
    {
        QLockFile model(file + QStringLiteral(".model"));
        QVERIFY(model.tryLock(0));
        QFile written(file + QStringLiteral(".model"));
        QVERIFY(written.open(QIODevice::ReadOnly));
        contents = written.readAll();
    }
    contents = QByteArray::number(pid) + contents.mid(contents.indexOf('\n'));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    QVERIFY(out.write(contents) == contents.size());
}

void TestSingleInstance::secondClaimOnSameFolder_asksTheFirstToComeForward()
{
    QTemporaryDir dir;
    SingleInstance first(dir.path());
    QVERIFY(first.claim().runsHere());
    QSignalSpy activated(&first, &SingleInstance::activationRequested);
    // The second instance runs in another thread here, as it would in another process, so the first can answer.
    bool secondClaimed = true;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        SingleInstance second(dir.path());
        secondClaimed = second.claim().runsHere();
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
    QVERIFY(first.claim().runsHere());
    QVERIFY(second.claim().runsHere());
    QVERIFY(first.socketPath() != second.socketPath());
}

void TestSingleInstance::releasedFolder_canBeClaimedAgain()
{
    QTemporaryDir dir;
    {
        SingleInstance first(dir.path());
        QVERIFY(first.claim().runsHere());
    }
    SingleInstance again(dir.path());
    QVERIFY(again.claim().runsHere());
}

void TestSingleInstance::socket_isPrivateToTheUser()
{
    QTemporaryDir dir;
    SingleInstance first(dir.path());
    QVERIFY(first.claim().runsHere());
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
    QVERIFY(first.claim().runsHere());
    QSignalSpy activated(&first, &SingleInstance::activationRequested);
    std::unique_ptr<QThread> thread(QThread::create([&] { SingleInstance(dir.path()).claim(); }));
    thread->start();
    QTRY_COMPARE(activated.count(), 1);
    QVERIFY(thread->wait(5000));
}

void TestSingleInstance::staleLockThatCannotBeReplaced_runsHereAndSaysWhy()
{
    QTemporaryDir dir;
    const qint64 dead = deadProcessId();
    QVERIFY(dead > 0);
    UnreplaceableLock first(dir.path());
    writeLockFile(first.lockFile(), dead);
    const QByteArray lockBefore = [&] {
        QFile f(first.lockFile());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();

    const SingleInstance::Claim claim = first.claim();
    QCOMPARE(claim.outcome, SingleInstance::Outcome::PrimaryWithoutLock);
    QVERIFY(claim.runsHere());
    QVERIFY2(claim.message.contains(first.lockFile()), qPrintable(claim.message));
    QVERIFY2(claim.message.contains(QString::number(dead)), qPrintable(claim.message));
    QVERIFY2(claim.message.contains(QStringLiteral("free some disk space")), qPrintable(claim.message));

    // It listens: a second launch, which cannot replace the lock either, hands over to it.
    QSignalSpy activated(&first, &SingleInstance::activationRequested);
    SingleInstance::Outcome secondOutcome = SingleInstance::Outcome::Primary;
    std::unique_ptr<QThread> thread(QThread::create([&] { secondOutcome = UnreplaceableLock(dir.path()).claim().outcome; }));
    thread->start();
    QTRY_COMPARE(activated.count(), 1);
    QVERIFY(thread->wait(5000));
    QCOMPARE(secondOutcome, SingleInstance::Outcome::Forwarded);
    QFile lock(first.lockFile());
    QVERIFY(lock.open(QIODevice::ReadOnly));
    QCOMPARE(lock.readAll(), lockBefore);
}

void TestSingleInstance::ownerAliveButNotAnswering_saysSoInsteadOfClaimingItCameForward()
{
    QTemporaryDir dir;
    SingleInstance instance(dir.path());
    QLockFile hung(instance.lockFile()); // held by a live process (this one) that never listens
    QVERIFY(hung.tryLock(0));
    const SingleInstance::Claim claim = instance.claim();
    QCOMPARE(claim.outcome, SingleInstance::Outcome::OwnerNotAnswering);
    QVERIFY(!claim.runsHere());
    QVERIFY2(claim.message.contains(QStringLiteral("does not answer")), qPrintable(claim.message));
    QVERIFY2(claim.message.contains(QString::number(QCoreApplication::applicationPid())), qPrintable(claim.message));
    QVERIFY(!claim.message.contains(QStringLiteral("brought forward")));
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
