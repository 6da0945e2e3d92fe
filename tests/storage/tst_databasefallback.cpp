
#include "checkedstamp.h"
#include "database.h"
#include "databasefallback.h"
#include "readonlyopening.h"
#include "reviewrows.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <unistd.h>

using namespace DeepDive;

namespace {

const QString withoutSaving = QStringLiteral("Deep Dive is running without saving: your answers, bookmarks and notes from "
                                             "this session will not be kept.");

} // namespace

// DatabaseFallback is where Database::open goes when the file cannot be used as it is: in memory (nothing saved),
// a new file after keeping the damaged one aside, or read-only after a write failed; and unusableWal() tells a
// write-ahead log that does not belong to the file. Each way ends in a usable database and a notice in plain words;
// a file is moved aside, never deleted, and a readable one is left as it is.
class TestDatabaseFallback : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void toMemory_asked_givesAnEmptyWritableDatabase_withoutANotice();
    void toMemory_withAReason_saysNothingWillBeKept_andLeavesTheFile();
    void startFresh_keepsTheFileAside_andStartsANewOneThatIsCheckpointed();
    void startFresh_fileThatCannotBeMoved_runsInMemory_andLeavesItThere();
    void readOnlyInstead_usableFile_showsIt_andKeepsTheBackupFolder();
    void readOnlyInstead_fileThatCannotBeShown_runsInMemory_data();
    void readOnlyInstead_fileThatCannotBeShown_runsInMemory();
    void unusableWal_noLogOrAnEmptyOne_isNoProblem();
    void unusableWal_theAppsOwnLog_isNoProblem_andIsLeftAlone();
    void unusableWal_anotherDatabasesLog_saysWhat_andOnlyReads();
    void unusableWal_besideADamagedFile_isLeftToTheDamageCheck();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString file() const { return path(QStringLiteral("deepdive.db")); }
    QString backupDir() const { return path(QStringLiteral("backups")); }
    // The app's database at `file` with `answers` answers, closed (no log beside it).
    void makeDatabase(const QString &file, int answers);
    // Another database's log beside `file` (a sync tool copying files one by one can do that): returns its path.
    QString putForeignLogBeside(const QString &file);
    static void scribbleOverPages(const QString &file);
    // The files in the test's folder besides the database itself and the folders.
    QStringList strayFiles() const;
    QString runChild(const QString &action, const QString &file);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDatabaseFallback::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDatabaseFallback::makeDatabase(const QString &file, int answers)
{
    Database db;
    QVERIFY2(db.open(file, backupDir()), qPrintable(db.notice()));
    QSqlQuery q(db.connection());
    for (int n = 0; n < answers; ++n)
        QVERIFY(q.exec(Test::reviewRowSql(n)));
    q.finish();
    db.close();
    CheckedStamp::forget(file); // as another program or an older version leaves a file: every opening checks it
}

QString TestDatabaseFallback::putForeignLogBeside(const QString &file)
{
    const QString other = path(QStringLiteral("other/deepdive.db"));
    if (!QDir().mkpath(QFileInfo(other).absolutePath()))
        return {};
    makeDatabase(other, 500);
    Database db;
    if (!db.open(other, path(QStringLiteral("other/backups"))))
        return {};
    QSqlQuery q(db.connection());
    for (int n = 1000; n < 1050; ++n)
        q.exec(Test::reviewRowSql(n));
    const QString log = file + QStringLiteral("-wal");
    return QFile::copy(other + QStringLiteral("-wal"), log) ? log : QString();
}

void TestDatabaseFallback::scribbleOverPages(const QString &file)
{
    // Pages 3 to 5: the header still says SQLite, the b-trees there are garbage.
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.size() > 4096 * 5);
    QVERIFY(f.seek(4096 * 2));
    QCOMPARE(f.write(QByteArray(4096 * 3, '\x5a')), 4096 * 3);
}

QStringList TestDatabaseFallback::strayFiles() const
{
    QStringList files = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden | QDir::System);
    files.removeAll(QStringLiteral("deepdive.db"));
    return files;
}

void TestDatabaseFallback::toMemory_asked_givesAnEmptyWritableDatabase_withoutANotice()
{
    Database db;
    DatabaseFallback::toMemory(db, QString());
    QCOMPARE(db.mode(), Database::Mode::Memory);
    QVERIFY(db.notice().isEmpty());
    QVERIFY(db.isWritable());
    QVERIFY(!db.isPersistent());
    QVERIFY(!db.isOnDisk());
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(db.quickCheck(), QStringLiteral("ok"));
    QCOMPARE(Test::reviewRows(db), 0);
    QVERIFY(QSqlQuery(db.connection()).exec(Test::reviewRowSql(1)));
    QCOMPARE(Test::reviewRows(db), 1);
}

void TestDatabaseFallback::toMemory_withAReason_saysNothingWillBeKept_andLeavesTheFile()
{
    makeDatabase(file(), 2);
    Database db;
    QVERIFY2(db.open(file(), backupDir()), qPrintable(db.notice()));
    QVERIFY(QSqlQuery(db.connection()).exec(Test::reviewRowSql(2))); // in the log: the switch must not lose it
    const QString why = QStringLiteral("Something is wrong with the file.");
    QTest::ignoreMessage(QtWarningMsg, qPrintable(why + QLatin1Char(' ') + withoutSaving));
    DatabaseFallback::toMemory(db, why);
    QCOMPARE(db.mode(), Database::Mode::Memory);
    QCOMPARE(db.notice(), why + QLatin1Char(' ') + withoutSaving);
    QCOMPARE(db.file(), file());
    QVERIFY(db.isWritable());
    QCOMPARE(Test::reviewRows(db), 0); // a database of its own, not the file
    QVERIFY(QSqlQuery(db.connection()).exec(Test::reviewRowSql(7)));
    QCOMPARE(Test::reviewRows(db), 1);
    db.close();
    QVERIFY2(strayFiles().isEmpty(), qPrintable(strayFiles().join(QLatin1Char(' '))));
    Database reopened;
    QVERIFY2(reopened.open(file(), backupDir()), qPrintable(reopened.notice()));
    QCOMPARE(Test::reviewRows(reopened), 3); // what the file had, and nothing of the session in memory
}

void TestDatabaseFallback::startFresh_keepsTheFileAside_andStartsANewOneThatIsCheckpointed()
{
    makeDatabase(file(), 2);
    Database db;
    QVERIFY2(db.open(file(), backupDir()), qPrintable(db.notice()));
    QVERIFY(QSqlQuery(db.connection()).exec(Test::reviewRowSql(2))); // in the log: it goes aside with the file
    const QString why = QStringLiteral("the integrity check found: something");
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^Your progress database could not be used")));
    DatabaseFallback::startFresh(db, why);

    const QStringList aside = QDir(m_dir->path()).entryList({QStringLiteral("deepdive.db.damaged-*")}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    const QString kept = path(aside[0]);
    QCOMPARE(db.notice(), QStringLiteral("Your progress database could not be used (%1). It was kept as %2 and Deep Dive "
                                         "started a new one. You can bring back an earlier state with File > Restore Backup.")
                              .arg(why, kept));
    QCOMPARE(db.mode(), Database::Mode::Normal);
    QCOMPARE(db.file(), file());
    QCOMPARE(db.backupDir(), backupDir());
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(Test::reviewRows(db), 0);
    {
        // The kept file holds everything, the answer that was in the log too.
        Database old;
        QString error;
        QVERIFY2(old.openForReading(kept, &error), qPrintable(error));
        QCOMPARE(Test::reviewRows(old), 3);
    }
    // The new file is the app's as any other: its log is checkpointed by a worker every so many commits.
    QString error;
    for (int n = 0; n < Database::checkpointEvery; ++n)
        QVERIFY(db.transaction([&] { return QSqlQuery(db.connection()).exec(Test::reviewRowSql(n)); }, &error));
    QTRY_COMPARE(db.checkpointsDone(), 1);
    QCOMPARE(Test::reviewRows(db), Database::checkpointEvery);
}

// A folder like /tmp (sticky): the learner may make files there but not rename the database, which is not theirs.
// Run as an unprivileged user, since root may rename anything; the file must belong to someone else, which only root
// can arrange.
void TestDatabaseFallback::startFresh_fileThatCannotBeMoved_runsInMemory_andLeavesItThere()
{
    if (::geteuid() != 0)
        QSKIP("needs root: the database must belong to another user than the one who opens it");
    const QString folder = path(QStringLiteral("shared"));
    QVERIFY(QDir().mkpath(folder));
    const QString shared = folder + QStringLiteral("/deepdive.db");
    makeDatabase(shared, 2);
    QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther);
    QFile::setPermissions(shared, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther | QFile::WriteOther);
    QVERIFY(QProcess::execute(QStringLiteral("chmod"), {QStringLiteral("1777"), folder}) == 0);
    const QByteArray before = Test::sha256Of(shared);

    const QString output = runChild(QStringLiteral("startFresh"), shared);
    QVERIFY2(output.contains(QStringLiteral("mode=Memory")), qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("notice=Your progress database %1 cannot be used (testing) and could not be "
                                            "moved aside; it was left untouched. %2").arg(shared, withoutSaving)),
             qPrintable(output));
    QCOMPARE(Test::sha256Of(shared), before);
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("deepdive.db")});
}

void TestDatabaseFallback::readOnlyInstead_usableFile_showsIt_andKeepsTheBackupFolder()
{
    makeDatabase(file(), 2);
    Database db;
    QVERIFY2(db.open(file(), backupDir()), qPrintable(db.notice()));
    QVERIFY(QSqlQuery(db.connection()).exec(Test::reviewRowSql(2)));
    const QString why = QStringLiteral("Your progress database cannot be written (the disk is full).");
    const QString notice = why + QStringLiteral(" Your progress is shown, but nothing new can be saved until that is fixed "
                                                "(for example, until space is freed on the disk); then start Deep Dive "
                                                "again. The file was left untouched.");
    QTest::ignoreMessage(QtWarningMsg, qPrintable(notice));
    DatabaseFallback::readOnlyInstead(db, why);
    QCOMPARE(db.mode(), Database::Mode::ReadOnly);
    QCOMPARE(db.notice(), notice);
    QVERIFY(!db.isWritable());
    QCOMPARE(db.file(), file());
    QCOMPARE(db.backupDir(), backupDir()); // the backups are still listed, and can be restored from
    QCOMPARE(Test::reviewRows(db), 3);
    const QByteArray shown = Test::sha256Of(file());
    QVERIFY(!QSqlQuery(db.connection()).exec(Test::reviewRowSql(99)));
    QCOMPARE(Test::reviewRows(db), 3);
    db.close();
    QCOMPARE(Test::sha256Of(file()), shown);
    QVERIFY2(strayFiles().isEmpty(), qPrintable(strayFiles().join(QLatin1Char(' '))));
}

void TestDatabaseFallback::readOnlyInstead_fileThatCannotBeShown_runsInMemory_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("an older schema, which needs an upgrade") << QStringLiteral("older");
    QTest::newRow("a newer schema") << QStringLiteral("newer");
    QTest::newRow("damaged pages") << QStringLiteral("damaged");
}

void TestDatabaseFallback::readOnlyInstead_fileThatCannotBeShown_runsInMemory()
{
    QFETCH(QString, kind);
    if (kind == QLatin1String("older")) {
        QVERIFY(Test::copyV1Database(file()));
    } else {
        makeDatabase(file(), 300);
        if (kind == QLatin1String("newer")) {
            Database db;
            QVERIFY2(db.open(file(), backupDir()), qPrintable(db.notice()));
            QVERIFY(QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1)));
            db.close();
            CheckedStamp::forget(file()); // as a newer version would leave it
        } else {
            scribbleOverPages(file());
        }
    }
    const QByteArray before = Test::sha256Of(file());
    // The database as the failed write left it: pointing at the file, closed.
    Database db;
    QString error;
    QVERIFY2(ReadOnlyOpening::inspect(db, file(), &error), qPrintable(error));
    const QString why = QStringLiteral("Your progress database cannot be written (the disk is full).");
    const QString notice = why + QStringLiteral(" It was left untouched. ") + withoutSaving;
    QTest::ignoreMessage(QtWarningMsg, qPrintable(notice));
    DatabaseFallback::readOnlyInstead(db, why);
    QCOMPARE(db.mode(), Database::Mode::Memory);
    QCOMPARE(db.notice(), notice);
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion()); // the empty one in memory the stores can use
    QCOMPARE(Test::reviewRows(db), 0);
    db.close();
    QCOMPARE(Test::sha256Of(file()), before);
    QVERIFY2(strayFiles().isEmpty(), qPrintable(strayFiles().join(QLatin1Char(' '))));
}

void TestDatabaseFallback::unusableWal_noLogOrAnEmptyOne_isNoProblem()
{
    QCOMPARE(DatabaseFallback::unusableWal(file()), QString()); // not even a file
    makeDatabase(file(), 3);
    QCOMPARE(DatabaseFallback::unusableWal(file()), QString());
    QVERIFY(Test::writeFiles(*m_dir, {{QStringLiteral("deepdive.db-wal"), QByteArray()}}));
    QCOMPARE(DatabaseFallback::unusableWal(file()), QString());
    QVERIFY(QFile::exists(file() + QStringLiteral("-wal")));
}

void TestDatabaseFallback::unusableWal_theAppsOwnLog_isNoProblem_andIsLeftAlone()
{
    Database app;
    QVERIFY2(app.open(file(), backupDir()), qPrintable(app.notice()));
    QSqlQuery write(app.connection());
    for (int n = 0; n < 20; ++n)
        QVERIFY(write.exec(Test::reviewRowSql(n)));
    const QString wal = file() + QStringLiteral("-wal");
    QVERIFY(QFileInfo(wal).size() > 0);
    const QByteArray fileBefore = Test::sha256Of(file());
    const QByteArray walBefore = Test::sha256Of(wal);
    QCOMPARE(DatabaseFallback::unusableWal(file()), QString());
    QCOMPARE(Test::sha256Of(file()), fileBefore);
    QCOMPARE(Test::sha256Of(wal), walBefore);
    QVERIFY(write.exec(Test::reviewRowSql(20)));
    QCOMPARE(Test::reviewRows(app), 21);
}

void TestDatabaseFallback::unusableWal_anotherDatabasesLog_saysWhat_andOnlyReads()
{
    makeDatabase(file(), 300);
    const QString log = putForeignLogBeside(file());
    QVERIFY(!log.isEmpty());
    const QByteArray fileBefore = Test::sha256Of(file());
    const QByteArray logBefore = Test::sha256Of(log);
    const QString problem = DatabaseFallback::unusableWal(file());
    QVERIFY2(!problem.isEmpty(), "the other database's log must not be taken for this one's");
    QVERIFY2(problem != QLatin1String("ok"), qPrintable(problem));
    QVERIFY(problem.size() <= 200); // a notice, not the whole report
    QCOMPARE(Test::sha256Of(file()), fileBefore);
    QCOMPARE(Test::sha256Of(log), logBefore);
    QVERIFY(QDir(m_dir->path()).entryList({QStringLiteral("deepdive.db*.unusable-*"), QStringLiteral("deepdive.db.damaged-*")}).isEmpty());
    // The same answer again: it did not apply the log on the way.
    QCOMPARE(DatabaseFallback::unusableWal(file()), problem);
}

void TestDatabaseFallback::unusableWal_besideADamagedFile_isLeftToTheDamageCheck()
{
    makeDatabase(file(), 300);
    scribbleOverPages(file());
    const QString log = putForeignLogBeside(file());
    QVERIFY(!log.isEmpty());
    const QByteArray fileBefore = Test::sha256Of(file());
    // The log is not what is wrong: opening finds the damage and keeps the file (with its log) aside.
    QCOMPARE(DatabaseFallback::unusableWal(file()), QString());
    QCOMPARE(Test::sha256Of(file()), fileBefore);
    QVERIFY(QFile::exists(log));
}

QString TestDatabaseFallback::runChild(const QString &action, const QString &file)
{
    return Test::runAsChild({{QStringLiteral("DEEPDIVE_CHILD_ACTION"), action}, {QStringLiteral("DEEPDIVE_CHILD_FILE"), file}});
}

// In the unprivileged child: open the file as the app does, then start afresh, and report the outcome.
static int childMain()
{
    const QString file = qEnvironmentVariable("DEEPDIVE_CHILD_FILE");
    Database db;
    if (!db.open(file, QFileInfo(file).absolutePath() + QStringLiteral("/backups"))) {
        QTextStream(stdout) << "could not open: " << db.notice() << '\n';
        return 1;
    }
    DatabaseFallback::startFresh(db, QStringLiteral("testing"));
    const char *modes[] = {"Closed", "Normal", "ReadOnly", "Memory"};
    QTextStream(stdout) << "mode=" << modes[int(db.mode())] << " notice=" << db.notice() << '\n';
    return 0;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("DEEPDIVE_CHILD_ACTION"))
        return childMain();
    TestDatabaseFallback test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_databasefallback.moc"
