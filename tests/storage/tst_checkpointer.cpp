#include "checkpointer.h"

#include "database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <thread>
#include <vector>

using namespace DeepDive;

namespace {

QString answer(int n)
{
    return QStringLiteral("INSERT INTO review_log (deck_id, card_id, topic_id, reviewed_ms, grade, correct, response_ms, "
                          "state_before, state_after) VALUES ('python', 'c%1', 'gil', %1, 3, 1, 1000, 0, 2)").arg(n);
}

// What the checkpointer's thread logs, caught for the test (other messages go on to Qt Test).
QMutex logMutex;
QStringList checkpointLog;
QtMessageHandler previousHandler = nullptr;

void catchCheckpointMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && QByteArrayView(context.category) == "deepdive.storage.checkpoint") {
        const QMutexLocker lock(&logMutex);
        checkpointLog.append(message);
        return;
    }
    previousHandler(type, context, message);
}

QStringList caughtLog()
{
    const QMutexLocker lock(&logMutex);
    return checkpointLog;
}

} // namespace

// The Checkpointer copies the write-ahead log back into the database file (PRAGMA wal_checkpoint(PASSIVE)) in a
// thread of its own with a connection of its own, when asked; the database's own connection never checkpoints. Here
// it runs beside a Database that has its answers only in the log: what reaches the file itself is read from a copy
// of the file without its log.
class TestCheckpointer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void neverRequested_opensNothing();
    void request_copiesTheLogIntoTheFile();
    void request_whileAReaderHoldsAnOldSnapshot_doesNotWait_andTheNextOneCopiesTheRest();
    void requests_fromManyThreads_whileTheAppCommits_loseNothing();
    void fileThatCannotBeOpened_isLogged_andNotCounted();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString file() const { return path(QStringLiteral("deepdive.db")); }
    // The answers in the database file alone, as a copy without its log reads it (-1: not even the table is there).
    int answersInTheFileAlone() const;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCheckpointer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

int TestCheckpointer::answersInTheFileAlone() const
{
    const QString copy = path(QStringLiteral("alone.db"));
    QFile::remove(copy);
    if (!QFile::copy(file(), copy))
        return -2;
    int count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("alone"));
        db.setDatabaseName(copy);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT count(*) FROM review_log")) && q.next())
                count = q.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("alone"));
    return count;
}

void TestCheckpointer::neverRequested_opensNothing()
{
    {
        const Checkpointer checkpointer(file());
        QCOMPARE(checkpointer.completed(), 0);
    } // no thread to stop
    QVERIFY(QDir(m_dir->path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot));
}

void TestCheckpointer::request_copiesTheLogIntoTheFile()
{
    Database app;
    QVERIFY2(app.open(file(), path(QStringLiteral("backups"))), qPrintable(app.notice()));
    QSqlQuery write(app.connection());
    for (int n = 0; n < 20; ++n)
        QVERIFY(write.exec(answer(n)));
    // The premise: the app's connection never checkpoints, so the answers (and even the tables) are in the log only.
    QCOMPARE(answersInTheFileAlone(), -1);

    Checkpointer checkpointer(file());
    QCOMPARE(checkpointer.completed(), 0);
    checkpointer.request();
    QTRY_COMPARE(checkpointer.completed(), 1);
    QCOMPARE(answersInTheFileAlone(), 20);

    // Each request copies what was committed since.
    for (int n = 20; n < 30; ++n)
        QVERIFY(write.exec(answer(n)));
    QCOMPARE(answersInTheFileAlone(), 20);
    checkpointer.request();
    QTRY_COMPARE(checkpointer.completed(), 2);
    QCOMPARE(answersInTheFileAlone(), 30);
    QCOMPARE(app.quickCheck(), QStringLiteral("ok"));
}

// PASSIVE: a checkpoint never waits for a reader; the pages a reader may still need stay in the log until it is done,
// and a later checkpoint copies them.
void TestCheckpointer::request_whileAReaderHoldsAnOldSnapshot_doesNotWait_andTheNextOneCopiesTheRest()
{
    Database app;
    QVERIFY2(app.open(file(), path(QStringLiteral("backups"))), qPrintable(app.notice()));
    QSqlQuery write(app.connection());
    for (int n = 0; n < 5; ++n)
        QVERIFY(write.exec(answer(n)));
    {
        QSqlDatabase reader = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reader"));
        reader.setDatabaseName(file());
        QVERIFY(reader.open());
        QVERIFY(reader.transaction());
        QSqlQuery q(reader);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM review_log")) && q.next());
        QCOMPARE(q.value(0).toInt(), 5); // the reader's snapshot, held until it commits
    }
    const auto closeReader = qScopeGuard([] {
        {
            QSqlDatabase reader = QSqlDatabase::database(QStringLiteral("reader"), false);
            reader.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("reader"));
    });
    for (int n = 5; n < 15; ++n)
        QVERIFY(write.exec(answer(n)));

    Checkpointer checkpointer(file());
    checkpointer.request();
    QTRY_COMPARE(checkpointer.completed(), 1);
    // What the reader may still need stays in the log: the file alone is not the newest state (and, copied half-way,
    // not a database of its own either).
    QVERIFY(answersInTheFileAlone() != 15);

    QVERIFY(QSqlDatabase::database(QStringLiteral("reader"), false).commit());
    checkpointer.request();
    QTRY_COMPARE(checkpointer.completed(), 2);
    QCOMPARE(answersInTheFileAlone(), 15);
}

void TestCheckpointer::requests_fromManyThreads_whileTheAppCommits_loseNothing()
{
    Database app;
    QVERIFY2(app.open(file(), path(QStringLiteral("backups"))), qPrintable(app.notice()));
    Checkpointer checkpointer(file());
    const int requestsPerThread = 200;
    std::vector<std::thread> threads;
    for (int t = 0; t < 3; ++t) {
        threads.emplace_back([&checkpointer] {
            for (int i = 0; i < requestsPerThread; ++i) {
                checkpointer.request();
                std::this_thread::yield();
            }
        });
    }
    QSqlQuery write(app.connection());
    int failedWrites = 0;
    for (int n = 0; n < 300; ++n)
        failedWrites += write.exec(answer(n)) ? 0 : 1;
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(failedWrites, 0); // a checkpoint never makes a commit wait, let alone fail
    // A request after the last commit is followed by a checkpoint that starts after it: all of it reaches the file.
    checkpointer.request();
    QTRY_COMPARE(answersInTheFileAlone(), 300);
    QVERIFY(checkpointer.completed() >= 1);
    QVERIFY2(checkpointer.completed() <= 3 * requestsPerThread + 1, qPrintable(QString::number(checkpointer.completed())));
    QCOMPARE(app.quickCheck(), QStringLiteral("ok"));
}

void TestCheckpointer::fileThatCannotBeOpened_isLogged_andNotCounted()
{
    {
        const QMutexLocker lock(&logMutex);
        checkpointLog.clear();
    }
    previousHandler = qInstallMessageHandler(catchCheckpointMessages);
    const auto restore = qScopeGuard([] { qInstallMessageHandler(previousHandler); });
    const QString missing = path(QStringLiteral("no-such-folder/deepdive.db"));
    {
        Checkpointer checkpointer(missing);
        checkpointer.request();
        QTRY_COMPARE(caughtLog().filter(QStringLiteral("failed")).size(), 1);
        QCOMPARE(checkpointer.completed(), 0);
        QVERIFY2(caughtLog().first().contains(QStringLiteral("cannot open")), qPrintable(caughtLog().join(QLatin1Char('\n'))));
        QVERIFY(caughtLog().first().contains(missing));
        // It goes on answering requests (and failing them) rather than stopping or spinning.
        checkpointer.request();
        QTRY_COMPARE(caughtLog().filter(QStringLiteral("failed")).size(), 2);
        QCOMPARE(checkpointer.completed(), 0);
    }
    QCOMPARE(caughtLog().filter(QStringLiteral("failed")).size(), 2);
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("no-such-folder"))));
}

QTEST_GUILESS_MAIN(TestCheckpointer)
#include "tst_checkpointer.moc"
