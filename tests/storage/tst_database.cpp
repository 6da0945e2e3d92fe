#include "checkedstamp.h"
#include "database.h"
#include "databasecheck.h"
#include "pagedamage.h"
#include "reviewstore.h"
#include "testsupport.h"

#include <QDir>
#include <QScopeGuard>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTest>
#include <QTextStream>

#include <functional>
#include <thread>
#include <vector>

using namespace DeepDive;

class TestDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void open_newFile_createsLatestSchemaInWalMode();
    void open_notADatabase_keepsItAsideAndStartsFresh();
    void open_truncatedDatabase_keepsItAsideAndStartsFresh();
    void open_corruptPages_failQuickCheck_keptAside();
    void open_fileClosedCleanly_checkIsLeftToAWorker_andStampedOnlyWhenChecked();
    void open_damageTheStampCannotSee_foundByTheDeferredCheck_keptAsideNextTime();
    void checkSummary_firstProblemAndHowManyMore_data();
    void checkSummary_firstProblemAndHowManyMore();
    void open_futureVersion_leftUntouchedAndRunsInMemory();
    void open_v1Fixture_migratesAfterABackup();
    void open_readOnlyFolder_showsProgressWithoutSaving();
    void open_unreadableFile_leftUntouched();
    void transaction_nestedRollbackKeepsOuterWork();
    void rotateBackups_keepsSevenDailies();
    void backups_areListedNewestFirstByTime();
    void restoreBackup_bringsBackTheOldStateAndKeepsTheCurrentFile();
    void restoreBackup_unusableBackup_saysWhyAndChangesNothing_data();
    void restoreBackup_unusableBackup_saysWhyAndChangesNothing();
    void commits_leaveCheckpointsToAWorker_andTheLogStaysSmall();
    void openForReading_olderSchema_readsAnUpgradedCopy_andWritesNothing();
    void openForReading_whileTheAppWrites_seesItsAnswers_andLeavesItsLogAlone();
    void openForReading_problems_areReportedAndTheFileIsLeftAlone();
    void busyDatabase_isNeverTreatedAsDamage();
    void open_foreignWriteAheadLog_isKeptAside_andTheFileIsNotTouched();
    void checkDatabase_walDatabaseInAReadOnlyFolder_isReadable();
    void open_manyAtOnceOnANewFile_eachEndsUpWithTheSameSchema();

private:
    // Every file in the test folder (recursively) with its hash: what a command that only reads must leave alone.
    QMap<QString, QByteArray> folderState() const { return Test::folderState(m_dir->path()); }
    QString path(const QString &name) const { return m_dir->filePath(name); }
    static QByteArray hashOf(const QString &file) { return Test::sha256Of(file); }
    void addReview(Database &db, const QString &card, qint64 ms);
    // A database at `file` with `reviews` answers, its log checkpointed into the file, then `spoil` run on it.
    void makeDatabase(const QString &file, int reviews, const std::function<void(QSqlQuery &)> &spoil = {});
    // `folder`/deepdive.db with one answer, closed, then the file and the folder made read-only (the folder stays
    // listable for others).
    void makeReadOnlyFolderWithOneAnswer(const QString &folder);
    // Runs this test binary as an unprivileged user (when we are root, permissions would not apply) to open `file`.
    QString openAsUnprivileged(const QString &file, const QString &backupDir, const QString &action = {});
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDatabase::addReview(Database &db, const QString &card, qint64 ms)
{
    ReviewStore store(db);
    QString error;
    Review review{QStringLiteral("python"), card, QStringLiteral("gil"), ms, 3, true, 1200};
    CardState after{QStringLiteral("python"), card, QStringLiteral("gil"), CardState::Review, 2.5, 5.0, ms + 86400000, ms, 1, 0};
    QVERIFY2(store.recordAnswer(review, after, &error), qPrintable(error));
}

void TestDatabase::open_newFile_createsLatestSchemaInWalMode()
{
    Database db;
    QVERIFY2(db.open(path(QStringLiteral("deepdive.db")), path(QStringLiteral("backups"))), qPrintable(db.notice()));
    QCOMPARE(db.mode(), Database::Mode::Normal);
    QVERIFY(db.notice().isEmpty());
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QCOMPARE(db.quickCheck(), QStringLiteral("ok"));
    // A fresh database needs no backup.
    QVERIFY(!QDir(path(QStringLiteral("backups"))).exists() || db.backups().isEmpty());
}

void TestDatabase::open_notADatabase_keepsItAsideAndStartsFresh()
{
    const QString file = path(QStringLiteral("deepdive.db"));
    QVERIFY(Test::writeFiles(*m_dir, {{QStringLiteral("deepdive.db"), "these are my notes, not a database\n"}}));
    Database db;
    QVERIFY2(db.open(file, path(QStringLiteral("backups"))), qPrintable(db.notice()));
    QCOMPARE(db.mode(), Database::Mode::Normal);
    QVERIFY2(db.notice().contains(QStringLiteral("not a SQLite database")), qPrintable(db.notice()));
    const QStringList aside = QDir(m_dir->path()).entryList({QStringLiteral("deepdive.db.damaged-*")});
    QCOMPARE(aside.size(), 1);
    QVERIFY(db.notice().contains(aside[0]));
    QFile kept(path(aside[0]));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("these are my notes, not a database\n"));
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
}

void TestDatabase::open_truncatedDatabase_keepsItAsideAndStartsFresh()
{
    const QString file = path(QStringLiteral("deepdive.db"));
    {
        Database db;
        QVERIFY2(db.open(file, path(QStringLiteral("backups"))), qPrintable(db.notice()));
        for (int i = 0; i < 300; ++i)
            addReview(db, QStringLiteral("card-%1").arg(i), 1000 + i);
    }
    const qint64 size = QFileInfo(file).size();
    QVERIFY(size > 8192);
    QVERIFY(QFile::resize(file, size / 2));
    const QByteArray truncated = hashOf(file);
    Database db;
    QVERIFY2(db.open(file, path(QStringLiteral("backups"))), qPrintable(db.notice()));
    QCOMPARE(db.mode(), Database::Mode::Normal);
    QVERIFY2(!db.notice().isEmpty(), "the learner must be told");
    const QStringList aside = QDir(m_dir->path()).entryList({QStringLiteral("deepdive.db.damaged-*")}, QDir::Files);
    QVERIFY(!aside.isEmpty());
    QCOMPARE(hashOf(path(aside.filter(QRegularExpression(QStringLiteral("\\d$"))).value(0))), truncated);
    QCOMPARE(ReviewStore(db).reviewCount(), 0);
}

void TestDatabase::open_corruptPages_failQuickCheck_keptAside()
{
    const QString file = path(QStringLiteral("deepdive.db"));
    {
        Database db;
        QVERIFY2(db.open(file, path(QStringLiteral("backups"))), qPrintable(db.notice()));
        for (int i = 0; i < 300; ++i)
            addReview(db, QStringLiteral("card-%1").arg(i), 1000 + i);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    {
        // Scribble over the pages after the first: the header still says SQLite, the b-trees are garbage.
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(4096 * 2);
        f.write(QByteArray(4096 * 3, '\x5a'));
    }
    Database db;
    QVERIFY2(db.open(file, path(QStringLiteral("backups"))), qPrintable(db.notice()));
    QCOMPARE(db.mode(), Database::Mode::Normal);
    QVERIFY2(db.notice().contains(QStringLiteral("kept as")), qPrintable(db.notice()));
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("deepdive.db.damaged-*")}, QDir::Files).size(), 1);
    QCOMPARE(db.quickCheck(), QStringLiteral("ok"));
}

// A file as Deep Dive closed it after a session that had checked it is opened without reading it whole (quick_check:
// 40-230 ms on a year of history, before the first frame); the check is left to Database::checkFile in a worker, and
// the file is stamped again at close only once a check passed.
void TestDatabase::open_fileClosedCleanly_checkIsLeftToAWorker_andStampedOnlyWhenChecked()
{
    const QString file = path(QStringLiteral("deepdive.db"));
    const QString backups = path(QStringLiteral("backups"));
    {
        Database db;
        db.setCheckDeferrable(true);
        QVERIFY2(db.open(file, backups), qPrintable(db.notice()));
        QVERIFY(!db.isCheckDeferred()); // a new file
        addReview(db, QStringLiteral("card-1"), 1000);
        QVERIFY(!CheckedStamp::matches(file)); // commits in the log, not yet in the file
    }
    QVERIFY(CheckedStamp::matches(file));
    {
        Database command; // not the window: a command checks the file before it writes, stamp or not
        QVERIFY2(command.open(file, backups), qPrintable(command.notice()));
        QVERIFY(!command.isCheckDeferred());
    }
    QVERIFY(CheckedStamp::matches(file)); // checked, and closed cleanly

    // Opened on the stamp's word, written, closed before its check was done: not stamped, so checked next time.
    {
        Database db;
        db.setCheckDeferrable(true);
        QVERIFY2(db.open(file, backups), qPrintable(db.notice()));
        QVERIFY(db.isCheckDeferred());
        addReview(db, QStringLiteral("card-2"), 2000);
    }
    QVERIFY(!CheckedStamp::matches(file));
    {
        Database db;
        db.setCheckDeferrable(true);
        QVERIFY2(db.open(file, backups), qPrintable(db.notice()));
        QVERIFY(!db.isCheckDeferred());
    }

    // The deferred check passed: written and stamped again as it closes.
    {
        Database db;
        db.setCheckDeferrable(true);
        QVERIFY2(db.open(file, backups), qPrintable(db.notice()));
        QVERIFY(db.isCheckDeferred());
        QString result;
        QVERIFY2(Database::checkFile(file, &result), qPrintable(result));
        QCOMPARE(result, QStringLiteral("ok"));
        db.deferredCheckDone(true);
        QVERIFY(!db.isCheckDeferred());
        addReview(db, QStringLiteral("card-3"), 3000);
    }
    QVERIFY(CheckedStamp::matches(file));
    Database db;
    db.setCheckDeferrable(true);
    QVERIFY2(db.open(file, backups), qPrintable(db.notice()));
    QVERIFY(db.isCheckDeferred());
    QCOMPARE(ReviewStore(db).reviewCount(), 3);

    QString result;
    QVERIFY(!Database::checkFile(path(QStringLiteral("missing.db")), &result)); // could not run: says why
    QVERIFY2(!result.isEmpty(), qPrintable(result));
}

// Damage that leaves the file's size and times as they were (a disk's, not a program's) passes the stamp; the deferred
// check finds it, the stamp goes, and the next opening checks the file and keeps it aside.
void TestDatabase::open_damageTheStampCannotSee_foundByTheDeferredCheck_keptAsideNextTime()
{
    const QString file = path(QStringLiteral("deepdive.db"));
    const QString backups = path(QStringLiteral("backups"));
    {
        Database db;
        db.setCheckDeferrable(true);
        QVERIFY2(db.open(file, backups), qPrintable(db.notice()));
        for (int i = 0; i < 300; ++i)
            addReview(db, QStringLiteral("card-%1").arg(i), 1000 + i);
    }
    QVERIFY(Test::damagePagesUnseen(file));
    QVERIFY(CheckedStamp::matches(file));
    {
        Database db;
        db.setCheckDeferrable(true);
        QVERIFY2(db.open(file, backups), qPrintable(db.notice()));
        QCOMPARE(db.mode(), Database::Mode::Normal);
        QVERIFY(db.isCheckDeferred());
        QString result;
        QVERIFY2(Database::checkFile(file, &result), qPrintable(result));
        QVERIFY2(result != QLatin1String("ok"), qPrintable(result));
        db.deferredCheckDone(false);
        QVERIFY(!QFileInfo::exists(CheckedStamp::stampFile(file)));
    }
    QVERIFY(!QFileInfo::exists(CheckedStamp::stampFile(file))); // not stamped as it closed
    Database db;
    db.setCheckDeferrable(true);
    QVERIFY2(db.open(file, backups), qPrintable(db.notice()));
    QVERIFY(!db.isCheckDeferred());
    QVERIFY2(db.notice().contains(QStringLiteral("kept as")), qPrintable(db.notice()));
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("deepdive.db.damaged-*")}, QDir::Files).size(), 1);
    QCOMPARE(ReviewStore(db).reviewCount(), 0);
}

void TestDatabase::checkSummary_firstProblemAndHowManyMore_data()
{
    QTest::addColumn<QString>("result");
    QTest::addColumn<QString>("summary");
    QTest::newRow("ok") << QStringLiteral("ok") << QStringLiteral("ok");
    QTest::newRow("one problem") << QStringLiteral("*** in database main ***\nPage 25: never used")
                                 << QStringLiteral("Page 25: never used");
    // As quick_check reported the damage of open_damageTheStampCannotSee (a message cut there at 200 characters).
    QTest::newRow("several") << QStringLiteral("*** in database main ***\nTree 4 page 4: btreeInitPage() returns error code 11\n"
                                               "Tree 3 page 3: btreeInitPage() returns error code 11\nPage 25: never used\n")
                             << QStringLiteral("Tree 4 page 4: btreeInitPage() returns error code 11 (and 2 more)");
    QTest::newRow("not a list") << QStringLiteral("the database file is damaged (SQLite: database disk image is malformed)")
                                << QStringLiteral("the database file is damaged (SQLite: database disk image is malformed)");
}

void TestDatabase::checkSummary_firstProblemAndHowManyMore()
{
    QFETCH(QString, result);
    QFETCH(QString, summary);
    QCOMPARE(Database::checkSummary(result), summary);
}

void TestDatabase::open_futureVersion_leftUntouchedAndRunsInMemory()
{
    const QString file = path(QStringLiteral("deepdive.db"));
    {
        Database db;
        QVERIFY2(db.open(file, path(QStringLiteral("backups"))), qPrintable(db.notice()));
        addReview(db, QStringLiteral("c"), 5);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    const QByteArray before = hashOf(file);
    Database db;
    QString openError;
    QVERIFY(!db.open(file, path(QStringLiteral("backups")), &openError));
    QCOMPARE(openError, db.notice());
    QCOMPARE(db.mode(), Database::Mode::Memory);
    QVERIFY2(db.notice().contains(QStringLiteral("newer version")), qPrintable(db.notice()));
    QVERIFY(db.notice().contains(QStringLiteral("left untouched")));
    // The app still works for the session, but the file is exactly as it was.
    addReview(db, QStringLiteral("d"), 6);
    db.close();
    QCOMPARE(hashOf(file), before);
    QVERIFY(QDir(m_dir->path()).entryList({QStringLiteral("deepdive.db.*")}).isEmpty());
}

void TestDatabase::open_v1Fixture_migratesAfterABackup()
{
    const QString file = path(QStringLiteral("deepdive.db"));
    QVERIFY(Test::copyV1Database(file));
    Database db;
    QVERIFY2(db.open(file, path(QStringLiteral("backups"))), qPrintable(db.notice()));
    QCOMPARE(db.mode(), Database::Mode::Normal);
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    ReviewStore store(db);
    QCOMPARE(store.reviewCount(), 3);
    const auto state = store.cardState(QStringLiteral("python"), QStringLiteral("gil-card-1"));
    QVERIFY(state);
    QCOMPARE(state->stability.value(), 3.2);
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM study_session")) && q.next());
    // Schema 3: the answers wait for the next sync run to get their ids.
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM review_log WHERE uid IS NULL AND origin IS NULL")) && q.next());
    QCOMPARE(q.value(0).toInt(), 3);
    const QStringList backups = db.backups();
    QCOMPARE(backups.size(), 1);
    QVERIFY(QFileInfo(backups[0]).fileName().startsWith(
        QStringLiteral("deepdive-before-schema-%1-").arg(Database::latestSchemaVersion())));
    QCOMPARE(hashOf(backups[0]).isEmpty(), false);
    Database old;
    QVERIFY(QFile::copy(backups[0], path(QStringLiteral("check.db"))));
    QSqlDatabase check = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
    check.setDatabaseName(path(QStringLiteral("check.db")));
    QVERIFY(check.open());
    QSqlQuery v(check);
    QVERIFY(v.exec(QStringLiteral("PRAGMA user_version")) && v.next());
    QCOMPARE(v.value(0).toInt(), 1);
    check.close();
    check = {};
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

void TestDatabase::backups_areListedNewestFirstByTime()
{
    Database db;
    QVERIFY2(db.open(path(QStringLiteral("deepdive.db")), path(QStringLiteral("backups"))), qPrintable(db.notice()));
    const QList<std::pair<QString, QDateTime>> made = {
        {QStringLiteral("deepdive-before-schema-2-20260301-080000.db"), QDateTime(QDate(2026, 3, 1), QTime(8, 0))},
        {QStringLiteral("deepdive-2026-03-09.db"), QDateTime(QDate(2026, 3, 9), QTime(19, 0))},
        {QStringLiteral("deepdive-2026-03-10.db"), QDateTime(QDate(2026, 3, 10), QTime(9, 0))},
        {QStringLiteral("deepdive-before-schema-3-20260310-120000.db"), QDateTime(QDate(2026, 3, 10), QTime(12, 0))},
    };
    for (const auto &[name, time] : made) {
        QVERIFY(Test::writeFiles(*m_dir, {{QStringLiteral("backups/") + name, QByteArray("x")}}));
        QFile file(path(QStringLiteral("backups/") + name));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(time, QFileDevice::FileModificationTime));
    }
    QStringList names;
    for (const QString &file : db.backups())
        names.append(QFileInfo(file).fileName());
    QCOMPARE(names, (QStringList{made[3].first, made[2].first, made[1].first, made[0].first}));
}

void TestDatabase::makeReadOnlyFolderWithOneAnswer(const QString &folder)
{
    QVERIFY(QDir().mkpath(folder));
    const QString file = folder + QStringLiteral("/deepdive.db");
    {
        Database db;
        QVERIFY2(db.open(file, folder + QStringLiteral("/backups")), qPrintable(db.notice()));
        addReview(db, QStringLiteral("c"), 7);
    }
    // Readable by the unprivileged child, writable by nobody but the owner (who restores the folder afterwards).
    QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther);
    QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadOther);
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther);
}

QString TestDatabase::openAsUnprivileged(const QString &file, const QString &backupDir, const QString &action)
{
    return Test::runAsChild({{QStringLiteral("DEEPDIVE_CHILD_OPEN"), file}, {QStringLiteral("DEEPDIVE_CHILD_BACKUPS"), backupDir},
                             {QStringLiteral("DEEPDIVE_CHILD_ACTION"), action}});
}

void TestDatabase::open_readOnlyFolder_showsProgressWithoutSaving()
{
    const QString folder = path(QStringLiteral("data"));
    const QString file = folder + QStringLiteral("/deepdive.db");
    makeReadOnlyFolderWithOneAnswer(folder);
    const QByteArray before = hashOf(file);
    const QString output = openAsUnprivileged(file, folder + QStringLiteral("/backups"));
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY2(output.contains(QStringLiteral("writable=0 mode=ReadOnly reviews=1")), qPrintable(output));
    QVERIFY(output.contains(QStringLiteral("is not writable")));
    QCOMPARE(hashOf(file), before);
}

void TestDatabase::open_unreadableFile_leftUntouched()
{
    const QString file = path(QStringLiteral("deepdive.db"));
    {
        Database db;
        QVERIFY2(db.open(file, path(QStringLiteral("backups"))), qPrintable(db.notice()));
        addReview(db, QStringLiteral("c"), 7);
    }
    QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther
                                             | QFile::WriteOther | QFile::ExeOther);
    QFile::setPermissions(file, QFile::WriteOwner);
    const QString output = openAsUnprivileged(file, path(QStringLiteral("backups")));
    QVERIFY2(output.contains(QStringLiteral("writable=0 mode=Memory")), qPrintable(output));
    QVERIFY(output.contains(QStringLiteral("cannot be read")));
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(QDir(m_dir->path()).entryList({QStringLiteral("deepdive.db.*")}).isEmpty());
    Database db;
    QVERIFY2(db.open(file, path(QStringLiteral("backups"))), qPrintable(db.notice()));
    QCOMPARE(ReviewStore(db).reviewCount(), 1);
}

void TestDatabase::transaction_nestedRollbackKeepsOuterWork()
{
    Database db;
    QVERIFY2(db.open(path(QStringLiteral("deepdive.db")), path(QStringLiteral("backups"))), qPrintable(db.notice()));
    QString error;
    const bool ok = db.transaction([&] {
        addReview(db, QStringLiteral("outer"), 1);
        const bool inner = db.transaction([&] {
            addReview(db, QStringLiteral("inner"), 2);
            return false;
        }, &error);
        return !inner;
    }, &error);
    QVERIFY(ok);
    ReviewStore store(db);
    QCOMPARE(store.reviewCount(), 1);
    QVERIFY(store.cardState(QStringLiteral("python"), QStringLiteral("outer")));
    QVERIFY(!store.cardState(QStringLiteral("python"), QStringLiteral("inner")));
}

void TestDatabase::rotateBackups_keepsSevenDailies()
{
    Database db;
    QVERIFY2(db.open(path(QStringLiteral("deepdive.db")), path(QStringLiteral("backups"))), qPrintable(db.notice()));
    addReview(db, QStringLiteral("c"), 1);
    QString error;
    const QDateTime start(QDate(2026, 3, 1), QTime(9, 0));
    for (int day = 0; day < 10; ++day) {
        QVERIFY2(db.rotateBackups(start.addDays(day), 7, &error), qPrintable(error));
        QVERIFY(db.rotateBackups(start.addDays(day).addSecs(3600), 7, &error)); // once a day only
    }
    const QStringList backups = db.backups();
    QCOMPARE(backups.size(), 7);
    QVERIFY(backups.first().endsWith(QStringLiteral("deepdive-2026-03-10.db")));
    QVERIFY(backups.last().endsWith(QStringLiteral("deepdive-2026-03-04.db")));
    QVERIFY(QDir(path(QStringLiteral("backups"))).entryList({QStringLiteral("*.partial")}).isEmpty());
}

void TestDatabase::restoreBackup_bringsBackTheOldStateAndKeepsTheCurrentFile()
{
    const QString file = path(QStringLiteral("deepdive.db"));
    Database db;
    QVERIFY2(db.open(file, path(QStringLiteral("backups"))), qPrintable(db.notice()));
    addReview(db, QStringLiteral("a"), 1);
    QString error;
    QVERIFY(db.rotateBackups(QDateTime(QDate(2026, 3, 1), QTime(9, 0)), 7, &error));
    addReview(db, QStringLiteral("b"), 2);
    QCOMPARE(ReviewStore(db).reviewCount(), 2);

    QVERIFY(!db.restoreBackup(path(QStringLiteral("missing.db")), &error));
    QCOMPARE(ReviewStore(db).reviewCount(), 2); // a failed restore changes nothing

    QVERIFY2(db.restoreBackup(db.backups().first(), &error), qPrintable(error));
    QCOMPARE(db.mode(), Database::Mode::Normal);
    QCOMPARE(ReviewStore(db).reviewCount(), 1);
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("deepdive.db.before-restore-*")}, QDir::Files).size(), 1);
}

void TestDatabase::makeDatabase(const QString &file, int reviews, const std::function<void(QSqlQuery &)> &spoil)
{
    Database db;
    QVERIFY2(db.open(file, path(QStringLiteral("other-backups"))), qPrintable(db.notice()));
    QCOMPARE(db.mode(), Database::Mode::Normal);
    for (int i = 0; i < reviews; ++i)
        addReview(db, QStringLiteral("card-%1").arg(i), 1000 + i);
    QSqlQuery q(db.connection());
    if (spoil)
        spoil(q);
    QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
}

void TestDatabase::restoreBackup_unusableBackup_saysWhyAndChangesNothing_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("damaged pages") << QStringLiteral("damaged");
    QTest::newRow("truncated") << QStringLiteral("truncated");
    QTest::newRow("written by a newer version") << QStringLiteral("newer");
    QTest::newRow("another program's database") << QStringLiteral("foreign");
    QTest::newRow("not a database") << QStringLiteral("text");
}

void TestDatabase::restoreBackup_unusableBackup_saysWhyAndChangesNothing()
{
    QFETCH(QString, kind);
    const QString backup = path(QStringLiteral("backup.db"));
    if (kind == QLatin1String("damaged")) {
        makeDatabase(backup, 300);
        // The header still says SQLite; the b-trees after the first pages are garbage.
        QFile f(backup);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(4096 * 2);
        f.write(QByteArray(4096 * 3, '\x5a'));
    } else if (kind == QLatin1String("truncated")) {
        makeDatabase(backup, 300);
        QVERIFY(QFile::resize(backup, QFileInfo(backup).size() / 2));
    } else if (kind == QLatin1String("newer")) {
        makeDatabase(backup, 1, [](QSqlQuery &q) { QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99"))); });
    } else if (kind == QLatin1String("foreign")) {
        // A SQLite file of schema 0 whose tables clash with ours: opening it cannot migrate it.
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            other.setDatabaseName(backup);
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE card_state (something TEXT)")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    } else {
        QVERIFY(Test::writeFiles(*m_dir, {{QStringLiteral("backup.db"), QByteArray(4096, 'x')}}));
    }

    const QString file = path(QStringLiteral("deepdive.db"));
    Database db;
    QVERIFY2(db.open(file, path(QStringLiteral("backups"))), qPrintable(db.notice()));
    addReview(db, QStringLiteral("mine"), 7);
    QVERIFY(QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    const QByteArray before = hashOf(file);

    QString error;
    QVERIFY(!db.restoreBackup(backup, &error));
    QVERIFY2(!error.isEmpty(), "the learner must be told why");
    QVERIFY2(error.contains(backup), qPrintable(error));
    QCOMPARE(db.mode(), Database::Mode::Normal);
    QCOMPARE(hashOf(file), before);
    QCOMPARE(ReviewStore(db).reviewCount(), 1);
    addReview(db, QStringLiteral("still-saving"), 8);
    QCOMPARE(ReviewStore(db).reviewCount(), 2);
    db.close();
    QVERIFY(QDir(m_dir->path()).entryList({QStringLiteral("deepdive.db.*")}, QDir::Files).isEmpty());
    Database reopened;
    QVERIFY2(reopened.open(file, path(QStringLiteral("backups"))), qPrintable(reopened.notice()));
    QCOMPARE(ReviewStore(reopened).reviewCount(), 2);
}

void TestDatabase::openForReading_olderSchema_readsAnUpgradedCopy_andWritesNothing()
{
    const QString file = path(QStringLiteral("deepdive.db"));
    QVERIFY(Test::copyV1Database(file));
    const auto before = folderState();
    {
        Database db;
        QString error;
        QVERIFY2(db.openForReading(file, &error), qPrintable(error));
        QCOMPARE(db.mode(), Database::Mode::ReadOnly);
        QVERIFY(!db.isWritable());
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion()); // what the stores expect
        ReviewStore store(db);
        QCOMPARE(store.reviewCount(), 3);
        QCOMPARE(store.cardState(QStringLiteral("python"), QStringLiteral("gil-card-1"))->stability.value(), 3.2);
        QCOMPARE(folderState(), before); // also while it is open: no backup, no -wal or -shm, no migration
    }
    QCOMPARE(folderState(), before);
}

void TestDatabase::openForReading_whileTheAppWrites_seesItsAnswers_andLeavesItsLogAlone()
{
    const QString file = path(QStringLiteral("deepdive.db"));
    Database app;
    QVERIFY2(app.open(file, path(QStringLiteral("backups"))), qPrintable(app.notice()));
    for (int i = 0; i < 5; ++i)
        addReview(app, QStringLiteral("c%1").arg(i), 100 + i);
    const qint64 logBefore = QFileInfo(file + QStringLiteral("-wal")).size();
    QVERIFY(logBefore > 0);
    {
        Database reader;
        QString error;
        QVERIFY2(reader.openForReading(file, &error), qPrintable(error));
        QCOMPARE(ReviewStore(reader).reviewCount(), 5);
        addReview(app, QStringLiteral("c5"), 105); // the app goes on answering while the command reads
    }
    // The reader never checkpointed the app's log into the file, and the app's work is all there.
    QVERIFY(QFileInfo(file + QStringLiteral("-wal")).size() >= logBefore);
    QCOMPARE(ReviewStore(app).reviewCount(), 6);
    QCOMPARE(app.quickCheck(), QStringLiteral("ok"));
}

void TestDatabase::openForReading_problems_areReportedAndTheFileIsLeftAlone()
{
    QString error;
    Database db;
    QVERIFY(!db.openForReading(path(QStringLiteral("absent.db")), &error));
    QVERIFY2(error.contains(QStringLiteral("no progress database")), qPrintable(error));
    QVERIFY(!QFile::exists(path(QStringLiteral("absent.db"))));

    QVERIFY(Test::writeFiles(*m_dir, {{QStringLiteral("notes.db"), "my notes\n"}}));
    QVERIFY(!db.openForReading(path(QStringLiteral("notes.db")), &error));
    QVERIFY2(error.contains(QStringLiteral("not a SQLite database")), qPrintable(error));

    const QString future = path(QStringLiteral("future.db"));
    {
        Database writer;
        QVERIFY2(writer.open(future, path(QStringLiteral("backups"))), qPrintable(writer.notice()));
        addReview(writer, QStringLiteral("c"), 5);
        QSqlQuery q(writer.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
    }
    const auto before = folderState();
    QVERIFY(!db.openForReading(future, &error));
    QVERIFY2(error.contains(QStringLiteral("newer version")), qPrintable(error));
    QCOMPARE(db.mode(), Database::Mode::Closed);

    const QString damaged = path(QStringLiteral("damaged.db"));
    makeDatabase(damaged, 300, [](QSqlQuery &) {});
    {
        QFile f(damaged);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(4096 * 2);
        f.write(QByteArray(4096 * 3, '\x5a'));
    }
    const auto spoilt = folderState();
    QVERIFY(!db.openForReading(damaged, &error));
    QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
    QVERIFY(error.contains(QStringLiteral("left untouched")));
    QCOMPARE(folderState(), spoilt); // not moved aside: that is for the app, which can go on without it
    QVERIFY(before.size() <= spoilt.size());
}

void TestDatabase::busyDatabase_isNeverTreatedAsDamage()
{
    Database::setBusyTimeout(200);
    const auto restore = qScopeGuard([] { Database::setBusyTimeout(5000); });
    const QString file = path(QStringLiteral("deepdive.db"));
    makeDatabase(file, 3);
    // Another program holds the database in exclusive locking mode: nobody else can read or write it.
    QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
    other.setDatabaseName(file);
    QVERIFY(other.open());
    {
        QSqlQuery q(other);
        QVERIFY(q.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
        QVERIFY(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM topic_visit")));
    }
    const auto before = folderState();
    Database reader;
    QString error;
    QVERIFY(!reader.openForReading(file, &error));
    QVERIFY2(error.contains(QStringLiteral("busy")), qPrintable(error));
    Database app;
    QString openError;
    QVERIFY(!app.open(file, path(QStringLiteral("backups")), &openError));
    QCOMPARE(openError, app.notice());
    QCOMPARE(app.mode(), Database::Mode::Memory);
    QVERIFY2(app.notice().contains(QStringLiteral("busy")), qPrintable(app.notice()));
    QVERIFY(app.notice().contains(QStringLiteral("left untouched")));
    app.close();
    QCOMPARE(folderState(), before); // nothing moved aside as "damaged", nothing started afresh
    {
        QSqlQuery q(other);
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
    }
    other.close();
    other = {};
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    QVERIFY2(app.open(file, path(QStringLiteral("backups"))), qPrintable(app.notice()));
    QCOMPARE(app.mode(), Database::Mode::Normal);
    QCOMPARE(ReviewStore(app).reviewCount(), 3);
}

void TestDatabase::open_foreignWriteAheadLog_isKeptAside_andTheFileIsNotTouched()
{
    // The learner's database, closed cleanly (no log beside it), and another one (from another computer, say) with
    // changes still in its log: a sync tool that copies files one by one can put that log beside the learner's file.
    const QString file = path(QStringLiteral("deepdive.db"));
    makeDatabase(file, 300);
    const QString otherFile = path(QStringLiteral("other/deepdive.db"));
    QVERIFY(QDir().mkpath(path(QStringLiteral("other"))));
    makeDatabase(otherFile, 500);
    Database other;
    QVERIFY2(other.open(otherFile, path(QStringLiteral("other/backups"))), qPrintable(other.notice()));
    for (int i = 0; i < 50; ++i)
        addReview(other, QStringLiteral("late-%1").arg(i), 9000 + i);
    const QString foreignLog = path(QStringLiteral("foreign-wal"));
    QVERIFY(QFile::copy(otherFile + QStringLiteral("-wal"), foreignLog));
    other.close();
    QVERIFY(QFile::copy(foreignLog, file + QStringLiteral("-wal")));
    const QByteArray fileBefore = hashOf(file);
    {
        // The premise: with that log applied, the database reads as damaged.
        QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        probe.setDatabaseName(file);
        probe.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QVERIFY(probe.open());
        QSqlQuery q(probe);
        const bool checked = q.exec(QStringLiteral("PRAGMA quick_check")) && q.next();
        QVERIFY2(!checked || q.value(0).toString() != QLatin1String("ok"), "the foreign log must not fit");
        q = QSqlQuery();
        probe.close();
        probe = {};
        QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    }
    QCOMPARE(hashOf(file), fileBefore);
    QString error;
    {
        Database reader; // a command that only reads refuses, and moves nothing
        QVERIFY(!reader.openForReading(file, &error));
        QVERIFY(QFile::exists(file + QStringLiteral("-wal")));
    }
    Database db;
    QVERIFY2(db.open(file, path(QStringLiteral("backups"))), qPrintable(db.notice()));
    QCOMPARE(db.mode(), Database::Mode::Normal);
    QVERIFY2(db.notice().contains(QStringLiteral("write-ahead log")), qPrintable(db.notice()));
    QCOMPARE(ReviewStore(db).reviewCount(), 300); // the learner's own answers, none of the other database's
    QCOMPARE(db.quickCheck(), QStringLiteral("ok"));
    const QStringList kept = QDir(m_dir->path()).entryList({QStringLiteral("deepdive.db-wal.unusable-*")}, QDir::Files);
    QCOMPARE(kept.size(), 1);
    QVERIFY(db.notice().contains(kept[0]));
    QCOMPARE(hashOf(path(kept[0])), hashOf(foreignLog)); // kept as it came
    QVERIFY(QDir(m_dir->path()).entryList({QStringLiteral("deepdive.db.damaged-*")}).isEmpty());
}

void TestDatabase::checkDatabase_walDatabaseInAReadOnlyFolder_isReadable()
{
    const QString folder = path(QStringLiteral("data"));
    const QString file = folder + QStringLiteral("/deepdive.db");
    makeReadOnlyFolderWithOneAnswer(folder);
    const QByteArray before = hashOf(file);
    const QString output = openAsUnprivileged(file, {}, QStringLiteral("check"));
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY2(output.contains(QStringLiteral("integrity: ok")), qPrintable(output));
    QVERIFY(output.contains(QStringLiteral("review_log: 1 rows")));
    QVERIFY(output.contains(QStringLiteral("exit=0")));
    QCOMPARE(hashOf(file), before);
}

// The app and a command (or two commands) starting at once on a new data folder: each migrates under the write lock,
// so none finds the tables made by another and gives up on the file.
void TestDatabase::open_manyAtOnceOnANewFile_eachEndsUpWithTheSameSchema()
{
    for (int round = 0; round < 5; ++round) {
        const QString file = path(QStringLiteral("new-%1.db").arg(round));
        std::vector<std::thread> threads;
        std::vector<int> modes(6, -1);
        std::vector<QString> notices(6);
        for (size_t t = 0; t < modes.size(); ++t) {
            threads.emplace_back([&, t] {
                Database db;
                const bool writable = db.open(file, path(QStringLiteral("backups")));
                modes[t] = writable ? int(db.mode()) : -1;
                notices[t] = db.notice();
                ReviewStore store(db);
                const qint64 ms = 1000 * qint64(t + 1);
                Review review{QStringLiteral("python"), QStringLiteral("c%1").arg(t), QStringLiteral("gil"), ms, 3, true, 1};
                CardState after{QStringLiteral("python"), review.cardId, QStringLiteral("gil"), CardState::Review, 1.0, 5.0, ms, ms, 1, 0};
                QString error;
                store.recordAnswer(review, after, &error);
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        for (size_t t = 0; t < modes.size(); ++t)
            QVERIFY2(modes[t] == int(Database::Mode::Normal), qPrintable(notices[t]));
        Database db;
        QString error;
        QVERIFY2(db.openForReading(file, &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(ReviewStore(db).reviewCount(), int(modes.size()));
    }
}

// In the unprivileged child: open the database and report what happened.
static int childMain()
{
    if (qEnvironmentVariable("DEEPDIVE_CHILD_ACTION") == QLatin1String("check")) {
        QTextStream out(stdout);
        const int status = checkDatabase(qEnvironmentVariable("DEEPDIVE_CHILD_OPEN"), out);
        out << "exit=" << status << '\n';
        return 0;
    }
    Database db;
    const bool writable = db.open(qEnvironmentVariable("DEEPDIVE_CHILD_OPEN"), qEnvironmentVariable("DEEPDIVE_CHILD_BACKUPS"));
    const char *modes[] = {"Closed", "Normal", "ReadOnly", "Memory"};
    QTextStream(stdout) << "writable=" << int(writable) << " mode=" << modes[int(db.mode())] << " reviews=" << ReviewStore(db).reviewCount()
                        << " notice=" << db.notice() << '\n';
    return 0;
}

// A commit (an answer, on the UI thread) never runs a checkpoint: SQLite's automatic ones are off on the database's
// connection and the Checkpointer's thread copies the log back every Database::checkpointEvery commits.
void TestDatabase::commits_leaveCheckpointsToAWorker_andTheLogStaysSmall()
{
    Database db;
    const QString file = path(QStringLiteral("deepdive.db"));
    QVERIFY2(db.open(file, path(QStringLiteral("backups"))), qPrintable(db.notice()));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    // Answers come seconds apart, so each checkpoint catches up with the log, and the log starts over after it.
    // Without checkpoints it would hold every commit's pages: ten times what one batch leaves.
    const auto wal = [&] { return QFileInfo(file + QStringLiteral("-wal")).size(); };
    const int batches = 10;
    qint64 afterFirstBatch = 0;
    for (int batch = 0; batch < batches; ++batch) {
        for (int i = 0; i < Database::checkpointEvery; ++i)
            addReview(db, QStringLiteral("c%1-%2").arg(batch).arg(i), 1'000'000 + batch * 1000 + i);
        QTRY_COMPARE(db.checkpointsDone(), batch + 1);
        if (batch == 0)
            afterFirstBatch = wal();
    }
    const int answers = batches * Database::checkpointEvery;
    QVERIFY(afterFirstBatch > 0);
    QVERIFY2(wal() <= 2 * afterFirstBatch, qPrintable(QStringLiteral("%1 after one batch, %2 after %3").arg(afterFirstBatch).arg(wal()).arg(batches)));
    QSqlQuery count(db.connection());
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM review_log")) && count.next());
    QCOMPARE(count.value(0).toInt(), answers);
    db.close();
    QVERIFY(!QFile::exists(file + QStringLiteral("-wal"))); // the last connection to close checkpoints everything
    Database again;
    QVERIFY2(again.open(file, path(QStringLiteral("backups"))), qPrintable(again.notice()));
    QSqlQuery reopened(again.connection());
    QVERIFY(reopened.exec(QStringLiteral("SELECT count(*) FROM review_log")) && reopened.next());
    QCOMPARE(reopened.value(0).toInt(), answers);
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("DEEPDIVE_CHILD_OPEN"))
        return childMain();
    TestDatabase test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_database.moc"
