#include "bookmarkstore.h"
#include "checkdatabasecommand.h"
#include "commandrun.h"
#include "database.h"
#include "testsupport.h"

#include <QDir>
#include <QTest>

using namespace DeepDive;

class TestCheckDatabaseCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void healthy_exitsZero_andListsTheOrphans();
    void damaged_exitsOne_andChangesNothing();
    void olderSchema_isReportedAndNotUpgraded();

private:
    QString dataDir() const { return m_dir->filePath(QStringLiteral("data")); }
    QString databaseFile() const { return m_dir->filePath(QStringLiteral("data/deepdive.db")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCheckDatabaseCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir().mkpath(dataDir()));
}

void TestCheckDatabaseCommand::healthy_exitsZero_andListsTheOrphans()
{
    {
        Database db;
        QVERIFY2(db.open(databaseFile(), dataDir() + QStringLiteral("/backups")), qPrintable(db.notice()));
        QCOMPARE(db.mode(), Database::Mode::Normal);
        QString error;
        BookmarkStore bookmarks(db);
        QVERIFY2(bookmarks.set({QStringLiteral("sample"), Bookmark::Topic, QStringLiteral("loops"), {}, 1}, &error), qPrintable(error));
        QVERIFY2(bookmarks.set({QStringLiteral("gone"), Bookmark::Topic, QStringLiteral("t"), {}, 2}, &error), qPrintable(error));
    }
    CheckDatabaseCommand command;
    const Test::CommandRun run = Test::runCommand(command, {QStringLiteral("--data-dir"), dataDir(), QStringLiteral("--check-database")},
                                                  Clock::system(), Test::dataPath(QStringLiteral("decks/sample")));
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(QStringLiteral("database: ") + databaseFile() + QStringLiteral("\nintegrity: ok\n")), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("\nbookmark: 2 rows\n")));
    // The sample deck's topic has its content; the other deck is gone, its bookmark kept.
    QVERIFY2(run.out.endsWith(QStringLiteral("orphaned (kept until their content comes back): 1\n  gone/t\n")), qPrintable(run.out));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
}

void TestCheckDatabaseCommand::damaged_exitsOne_andChangesNothing()
{
    QVERIFY(Test::writeFiles(*m_dir, {{QStringLiteral("data/deepdive.db"), "definitely not sqlite"}}));
    CheckDatabaseCommand command;
    const Test::CommandRun run = Test::runCommand(command, {QStringLiteral("--data-dir"), dataDir(), QStringLiteral("--check-database")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(QStringLiteral("problem:")), qPrintable(run.out));
    QVERIFY(!run.out.contains(QStringLiteral("orphaned"))); // the decks are not compared with a database in doubt
    QFile file(databaseFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("definitely not sqlite"));
    QCOMPARE(QDir(dataDir()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList{QStringLiteral("deepdive.db")});
}

void TestCheckDatabaseCommand::olderSchema_isReportedAndNotUpgraded()
{
    QVERIFY(Test::copyV1Database(databaseFile()));
    QFile original(databaseFile());
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray before = original.readAll();
    original.close();
    CheckDatabaseCommand command;
    const Test::CommandRun run = Test::runCommand(command, {QStringLiteral("--data-dir"), dataDir(), QStringLiteral("--check-database")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("schema version: 1 (this Deep Dive: %1)").arg(Database::latestSchemaVersion())),
             qPrintable(run.out));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(original.readAll(), before);
    QCOMPARE(QDir(dataDir()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList{QStringLiteral("deepdive.db")});
}

QTEST_GUILESS_MAIN(TestCheckDatabaseCommand)
#include "tst_checkdatabasecommand.moc"
