#include "database.h"
#include "reviewstore.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace DeepDive;

// Kills a process that is recording answers with SIGKILL at random moments: every answer it acknowledged must be in
// the database afterwards, and the database must pass quick_check.
class TestCrashSafety : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedWhileAnswering_losesNothingAcknowledged();
};

void TestCrashSafety::killedWhileAnswering_losesNothingAcknowledged()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("deepdive.db"));
    QSet<QString> acknowledged;
    auto *random = QRandomGenerator::global();
    const int rounds = 25;
    for (int round = 0; round < rounds; ++round) {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DEEPDIVE_CRASH_WRITER"), file);
        env.insert(QStringLiteral("DEEPDIVE_CRASH_ROUND"), QString::number(round));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), QStringList());
        QVERIFY(child.waitForStarted());
        // Let it acknowledge a random number of answers, then kill it wherever it is.
        const int target = int(random->bounded(1, 150));
        QByteArray output;
        while (output.count('\n') < target && child.state() == QProcess::Running) {
            child.waitForReadyRead(5000);
            output += child.readAllStandardOutput();
        }
        child.kill();
        QVERIFY(child.waitForFinished(10000));
        output += child.readAllStandardOutput();
        for (const QByteArray &line : output.split('\n')) {
            if (line.startsWith("ack "))
                acknowledged.insert(QString::fromLatin1(line.mid(4)));
        }

        Database db;
        db.open(file, dir.filePath(QStringLiteral("backups")));
        QCOMPARE(db.mode(), Database::Mode::Normal);
        QVERIFY2(db.notice().isEmpty(), qPrintable(db.notice()));
        QCOMPARE(db.quickCheck(), QStringLiteral("ok"));
        QSet<QString> stored;
        for (const Review &r : ReviewStore(db).reviews())
            stored.insert(r.cardId);
        const QSet<QString> lost = acknowledged - stored;
        QVERIFY2(lost.isEmpty(), qPrintable(QStringLiteral("round %1 lost %2 acknowledged answers, e.g. %3")
                                                .arg(round).arg(lost.size()).arg(lost.isEmpty() ? QString() : *lost.cbegin())));
    }
    QVERIFY(acknowledged.size() >= rounds);
    qInfo("%lld acknowledged answers survived %d kills", qlonglong(acknowledged.size()), rounds);
}

// The child: records answers as fast as it can and acknowledges each one only after its commit returned.
static int writerMain()
{
    Database db;
    db.open(qEnvironmentVariable("DEEPDIVE_CRASH_WRITER"), QString());
    if (db.mode() != Database::Mode::Normal)
        return 3;
    ReviewStore store(db);
    const QString round = qEnvironmentVariable("DEEPDIVE_CRASH_ROUND");
    for (qint64 i = 0;; ++i) {
        const QString card = round + QLatin1Char('-') + QString::number(i);
        Review review{QStringLiteral("python"), card, QStringLiteral("gil"), i + 1, 3, true, 900};
        CardState after{QStringLiteral("python"), card, QStringLiteral("gil"), CardState::Review, 1.0, 5.0, i + 2, i + 1, 1, 0};
        QString error;
        if (!store.recordAnswer(review, after, &error))
            return 4;
        const QByteArray ack = "ack " + card.toLatin1() + '\n';
        if (::write(STDOUT_FILENO, ack.constData(), size_t(ack.size())) < 0)
            return 5;
    }
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("DEEPDIVE_CRASH_WRITER"))
        return writerMain();
    TestCrashSafety test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashsafety.moc"
