
#include "database.h"
#include "readonlyopening.h"
#include "reviewrows.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace DeepDive;

// ReadOnlyOpening is how the commands that only read (--export-progress, --export-pdf, --check-database) open the
// learner's database: inspect() makes the read-only connection (the file as it is when no log is beside it, so that
// nothing is created there; through the log when there is one), read() adds the checks (damage, a newer schema) and
// reads an older schema through an upgraded copy in a temporary folder. Neither ever writes, migrates or moves
// anything in the database's folder; a busy file is reported as busy.
class TestReadOnlyOpening : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void inspect_closedDatabase_readsIt_andCreatesNothingBesideIt();
    void inspect_reusedDatabase_forgetsWhatItHadOpen();
    void unusableFiles_areRefusedWithTheReason_data();
    void unusableFiles_areRefusedWithTheReason();
    void damagedPages_inspectOpens_readRefuses_andTheFileStays();
    void read_futureSchema_isRefused_andTheFileStays();
    void read_olderSchema_readsAnUpgradedCopyElsewhere_andRemovesItOnClose();
    void read_whileTheAppWrites_seesItsCommits_andNeverCheckpointsItsLog();
    void read_busyDatabase_isReportedBusy_neverDamaged();
    void read_readOnlyFolder_readsAFileWithoutALog_andExplainsOneWithALog();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString file() const { return path(QStringLiteral("deepdive.db")); }
    // The app's database at `file` with `answers` answers, closed cleanly (no log beside it), an hour old.
    void makeDatabase(const QString &file, int answers, const QStringList &sql = {});
    static void makeOld(const QString &file);
    // Every file in the test's folder (and the folder itself) with its hash and time: what reading must leave alone.
    QMap<QString, QByteArray> folderState() const { return Test::folderState(m_dir->path(), Test::WithTimes::Yes); }
    // The unprivileged child's report of read() on `file` (root reads anything, whatever the permissions say).
    QString readAsUnprivileged(const QString &file);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestReadOnlyOpening::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestReadOnlyOpening::makeDatabase(const QString &file, int answers, const QStringList &sql)
{
    {
        Database db;
        QVERIFY2(db.open(file, path(QStringLiteral("backups"))), qPrintable(db.notice()));
        QSqlQuery q(db.connection());
        for (int n = 0; n < answers; ++n)
            QVERIFY(q.exec(Test::reviewRowSql(n)));
        for (const QString &statement : sql)
            QVERIFY2(q.exec(statement), qPrintable(statement));
    }
    QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
    makeOld(file);
}

void TestReadOnlyOpening::makeOld(const QString &file)
{
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.setFileTime(QDateTime::currentDateTime().addSecs(-3600), QFileDevice::FileModificationTime));
}

void TestReadOnlyOpening::inspect_closedDatabase_readsIt_andCreatesNothingBesideIt()
{
    makeDatabase(file(), 3);
    const auto before = folderState();
    {
        Database db;
        QString error;
        QVERIFY2(ReadOnlyOpening::inspect(db, file(), &error), qPrintable(error));
        QCOMPARE(db.mode(), Database::Mode::ReadOnly);
        QVERIFY(!db.isWritable());
        QVERIFY(db.isOnDisk());
        QCOMPARE(db.file(), file());
        QVERIFY(db.notice().isEmpty());
        QCOMPARE(Test::reviewRows(db), 3);
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        // A write is refused by SQLite itself, not only by the mode.
        QSqlQuery q(db.connection());
        QVERIFY(!q.exec(Test::reviewRowSql(99)));
        QCOMPARE(Test::reviewRows(db), 3);
        QCOMPARE(folderState(), before); // while it is open: no -wal, no -shm
    }
    QCOMPARE(folderState(), before);
}

void TestReadOnlyOpening::inspect_reusedDatabase_forgetsWhatItHadOpen()
{
    makeDatabase(file(), 2);
    // A database opened by the app on a file that had to be replaced: a notice, a backup folder, a checkpointer.
    const QString other = path(QStringLiteral("other.db"));
    QVERIFY(Test::writeFiles(*m_dir, {{QStringLiteral("other.db"), "not a database"}}));
    Database db;
    QVERIFY2(db.open(other, path(QStringLiteral("other-backups"))), qPrintable(db.notice()));
    QVERIFY(!db.notice().isEmpty());
    QVERIFY(!db.backupDir().isEmpty());
    QString error;
    QVERIFY2(ReadOnlyOpening::inspect(db, file(), &error), qPrintable(error));
    QCOMPARE(db.file(), file());
    QVERIFY(db.notice().isEmpty());
    QVERIFY(db.backupDir().isEmpty()); // a command that only reads makes no backups
    QCOMPARE(db.mode(), Database::Mode::ReadOnly);
    QCOMPARE(Test::reviewRows(db), 2);

    // And on failure, it holds nothing open.
    QVERIFY(!ReadOnlyOpening::inspect(db, path(QStringLiteral("absent.db")), &error));
    QCOMPARE(db.mode(), Database::Mode::Closed);
    QVERIFY(!db.connection().isValid());
}

void TestReadOnlyOpening::unusableFiles_areRefusedWithTheReason_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("problem"); // %1: the file
    QTest::newRow("missing") << QStringLiteral("missing")
                             << QStringLiteral("there is no progress database at %1 yet (Deep Dive makes it when it first starts)");
    QTest::newRow("a folder") << QStringLiteral("folder") << QStringLiteral("%1 is not a file");
    QTest::newRow("text") << QStringLiteral("text")
                          << QStringLiteral("%1 cannot be read as a progress database: it is not a SQLite database");
    QTest::newRow("cut short") << QStringLiteral("truncated")
                               << QStringLiteral("%1 cannot be read as a progress database: it is truncated");
}

void TestReadOnlyOpening::unusableFiles_areRefusedWithTheReason()
{
    QFETCH(QString, kind);
    QFETCH(QString, problem);
    if (kind == QLatin1String("folder"))
        QVERIFY(QDir().mkpath(file()));
    else if (kind == QLatin1String("text"))
        QVERIFY(Test::writeFiles(*m_dir, {{QStringLiteral("deepdive.db"), "these are my notes\n"}}));
    else if (kind == QLatin1String("truncated"))
        QVERIFY(Test::writeFiles(*m_dir, {{QStringLiteral("deepdive.db"), QByteArray("SQLite format 3\0", 16) + QByteArray(200, '\0')}}));
    const auto before = folderState();
    for (const auto open : {&ReadOnlyOpening::inspect, &ReadOnlyOpening::read}) {
        Database db;
        QString error;
        QVERIFY(!open(db, file(), &error));
        QCOMPARE(error, problem.arg(file()));
        QCOMPARE(db.mode(), Database::Mode::Closed);
        QCOMPARE(folderState(), before);
    }
}

void TestReadOnlyOpening::damagedPages_inspectOpens_readRefuses_andTheFileStays()
{
    makeDatabase(file(), 300);
    {
        // Scribble over pages 3 to 5: the header still says SQLite, the b-trees there are garbage.
        QFile f(file());
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(4096 * 2));
        QCOMPARE(f.write(QByteArray(4096 * 3, '\x5a')), 4096 * 3);
    }
    makeOld(file());
    const auto before = folderState();
    {
        // inspect is the connection only: --check-database reports the damage itself.
        Database db;
        QString error;
        QVERIFY2(ReadOnlyOpening::inspect(db, file(), &error), qPrintable(error));
        QVERIFY(db.quickCheck() != QLatin1String("ok"));
    }
    QCOMPARE(folderState(), before);
    Database db;
    QString error;
    QVERIFY(!ReadOnlyOpening::read(db, file(), &error));
    QVERIFY2(error.startsWith(QStringLiteral("%1 is damaged (the integrity check found: ").arg(file())), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("left untouched")), qPrintable(error));
    QCOMPARE(db.mode(), Database::Mode::Closed);
    QCOMPARE(folderState(), before); // not moved aside: that is for the app, which can go on without it
}

void TestReadOnlyOpening::read_futureSchema_isRefused_andTheFileStays()
{
    const int future = Database::latestSchemaVersion() + 1;
    makeDatabase(file(), 1, {QStringLiteral("PRAGMA user_version = %1").arg(future)});
    const auto before = folderState();
    {
        Database db;
        QString error;
        QVERIFY2(ReadOnlyOpening::inspect(db, file(), &error), qPrintable(error)); // inspect leaves the verdict to its caller
        QCOMPARE(db.schemaVersion(), future);
    }
    Database db;
    QString error;
    QVERIFY(!ReadOnlyOpening::read(db, file(), &error));
    QCOMPARE(error, QStringLiteral("%1 was written by a newer version of Deep Dive (schema %2; this version knows up to %3). "
                                   "It was left untouched: update Deep Dive to read it.")
                        .arg(file()).arg(future).arg(Database::latestSchemaVersion()));
    QCOMPARE(db.mode(), Database::Mode::Closed);
    QCOMPARE(folderState(), before);
}

void TestReadOnlyOpening::read_olderSchema_readsAnUpgradedCopyElsewhere_andRemovesItOnClose()
{
    // Schema 1, as the first Deep Dive wrote it (tests/data/db/make_v1.py).
    QVERIFY(Test::copyV1Database(file()));
    makeOld(file());
    const auto before = folderState();
    Database db;
    QString error;
    QVERIFY2(ReadOnlyOpening::read(db, file(), &error), qPrintable(error));
    QCOMPARE(db.mode(), Database::Mode::ReadOnly);
    QVERIFY(!db.isWritable());
    QCOMPARE(db.file(), file()); // what the command names is the learner's file
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion()); // what the stores expect
    QCOMPARE(Test::reviewRows(db), 3);
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM study_session")) && q.next()); // a table of schema 2
    q = QSqlQuery();
    // What is read is a copy, outside the data folder.
    const QString copy = QFileInfo(db.connection().databaseName()).absoluteFilePath();
    QVERIFY2(copy != QFileInfo(file()).absoluteFilePath(), qPrintable(copy));
    QVERIFY2(!copy.startsWith(m_dir->path() + QLatin1Char('/')), qPrintable(copy));
    QVERIFY(QFileInfo::exists(copy));
    QCOMPARE(folderState(), before); // no upgrade, no backup, no -wal or -shm here
    db.close();
    QVERIFY(!QFileInfo::exists(copy));
    QVERIFY(!QFileInfo::exists(QFileInfo(copy).absolutePath()));
    QCOMPARE(folderState(), before);
}

void TestReadOnlyOpening::read_whileTheAppWrites_seesItsCommits_andNeverCheckpointsItsLog()
{
    Database app;
    QVERIFY2(app.open(file(), path(QStringLiteral("backups"))), qPrintable(app.notice()));
    QSqlQuery write(app.connection());
    for (int n = 0; n < 5; ++n)
        QVERIFY(write.exec(Test::reviewRowSql(n)));
    const auto hashOf = [](const QString &name) {
        QFile f(name);
        return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
    };
    const QString wal = file() + QStringLiteral("-wal");
    QVERIFY(QFileInfo(wal).size() > 0);
    const QByteArray fileBefore = hashOf(file());
    {
        Database reader;
        QString error;
        QVERIFY2(ReadOnlyOpening::read(reader, file(), &error), qPrintable(error));
        QCOMPARE(reader.mode(), Database::Mode::ReadOnly);
        QCOMPARE(Test::reviewRows(reader), 5); // what the app committed, still only in its log
        QVERIFY(write.exec(Test::reviewRowSql(5)));  // the app goes on answering while the command reads
        QCOMPARE(Test::reviewRows(reader), 6);
    }
    // The reader copied nothing into the file and left the log to the app, which goes on with all its work.
    QCOMPARE(hashOf(file()), fileBefore);
    QVERIFY(QFileInfo(wal).size() > 0);
    QVERIFY(write.exec(Test::reviewRowSql(6)));
    QCOMPARE(Test::reviewRows(app), 7);
    QCOMPARE(app.quickCheck(), QStringLiteral("ok"));
}

void TestReadOnlyOpening::read_busyDatabase_isReportedBusy_neverDamaged()
{
    Database::setBusyTimeout(200);
    const auto restore = qScopeGuard([] { Database::setBusyTimeout(5000); });
    makeDatabase(file(), 3);
    // Another program holds the database in exclusive locking mode: nobody else can read it.
    const QString name = QStringLiteral("other-program");
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        other.setDatabaseName(file());
        QVERIFY(other.open());
        QSqlQuery q(other);
        QVERIFY(q.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
        QVERIFY(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM review_log")));
    }
    const auto release = qScopeGuard([&] {
        {
            QSqlDatabase other = QSqlDatabase::database(name, false);
            QSqlQuery(other).exec(QStringLiteral("ROLLBACK"));
            other.close();
        }
        QSqlDatabase::removeDatabase(name);
    });
    const auto before = folderState();
    const QString busy = QStringLiteral("%1 is busy: another program keeps it locked. Nothing was read; try again when it "
                                        "has finished.").arg(file());
    for (const auto open : {&ReadOnlyOpening::inspect, &ReadOnlyOpening::read}) {
        Database db;
        QString error;
        QVERIFY(!open(db, file(), &error));
        QCOMPARE(error, busy);
        QCOMPARE(db.mode(), Database::Mode::Closed);
    }
    QCOMPARE(folderState(), before); // nothing moved aside as damaged
}

void TestReadOnlyOpening::read_readOnlyFolder_readsAFileWithoutALog_andExplainsOneWithALog()
{
    // A folder the reader cannot write: one database closed cleanly, one with answers still in its log (copied
    // while the app had them there, as a backup tool would), without SQLite's index of that log.
    QVERIFY(QDir().mkpath(path(QStringLiteral("ro"))));
    makeDatabase(path(QStringLiteral("ro/clean.db")), 2);
    {
        Database app;
        QVERIFY2(app.open(path(QStringLiteral("live.db")), path(QStringLiteral("backups"))), qPrintable(app.notice()));
        QSqlQuery q(app.connection());
        for (int n = 0; n < 4; ++n)
            QVERIFY(q.exec(Test::reviewRowSql(n)));
        QVERIFY(QFile::copy(path(QStringLiteral("live.db")), path(QStringLiteral("ro/logged.db"))));
        QVERIFY(QFile::copy(path(QStringLiteral("live.db-wal")), path(QStringLiteral("ro/logged.db-wal"))));
    }
    const QString folder = path(QStringLiteral("ro"));
    QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther);
    for (const QString &name : QDir(folder).entryList(QDir::Files))
        QFile::setPermissions(QDir(folder).filePath(name), QFile::ReadOwner | QFile::ReadOther);
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther);
    const auto restore = qScopeGuard([&] { QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner); });
    const auto before = folderState();

    const QString clean = readAsUnprivileged(path(QStringLiteral("ro/clean.db")));
    QVERIFY2(clean.startsWith(QStringLiteral("ok=1 reviews=2")), qPrintable(clean));
    const QString logged = readAsUnprivileged(path(QStringLiteral("ro/logged.db")));
    QVERIFY2(logged.startsWith(QStringLiteral("ok=0")), qPrintable(logged));
    QVERIFY2(logged.contains(QStringLiteral("its folder is not writable, and SQLite must write beside the file to read "
                                            "the changes kept in logged.db-wal")),
             qPrintable(logged));
    QCOMPARE(folderState(), before);
}

QString TestReadOnlyOpening::readAsUnprivileged(const QString &file)
{
    return Test::runAsChild({{QStringLiteral("DEEPDIVE_CHILD_READ"), file}});
}

// In the unprivileged child: read() the file and report what happened.
static int childMain()
{
    Database db;
    QString error;
    const bool ok = ReadOnlyOpening::read(db, qEnvironmentVariable("DEEPDIVE_CHILD_READ"), &error);
    QTextStream(stdout) << "ok=" << int(ok) << " reviews=" << (ok ? Test::reviewRows(db) : -1) << " error=" << error << '\n';
    return 0;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("DEEPDIVE_CHILD_READ"))
        return childMain();
    TestReadOnlyOpening test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_readonlyopening.moc"
