
#include "database.h"
#include "databasecheck.h"
#include "reviewrows.h"
#include "testsupport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace DeepDive;

// checkDatabase() is `deepdive --check-database`: it opens the learner's database read-only, prints its integrity, its
// schema version and how many rows each table holds, and returns 0 when all is well, 1 on any problem. It never
// changes the file or its folder, whatever it finds.
class TestDatabaseCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void healthyDatabase_reportsEveryTable_andExitsZero();
    void healthyDatabase_whileTheAppHasItOpen_countsWhatIsInTheLog();
    void corruptPages_reportTheIntegrityProblem_onOneLine();
    void notADatabase_saysWhy_data();
    void notADatabase_saysWhy();
    void missingFile_saysThereIsNone_andCreatesNothing();
    void futureVersion_isAProblem_butStillCounted();
    void olderVersion_isHealthy_andIsNotUpgraded();
    void latestVersionMissingATable_isAProblem();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString file() const { return path(QStringLiteral("deepdive.db")); }
    // Runs checkDatabase on `file`: its exit code, and what it printed in `m_output`.
    int check(const QString &file);
    // The app's database at `file`, with `sql` run on it, closed (its log checkpointed into the file).
    void makeDatabase(const QString &file, const QStringList &sql);
    // Every file in the test's folder with its hash and time: what checking must leave as it was.
    QMap<QString, QByteArray> folderState() const { return Test::folderState(m_dir->path(), Test::WithTimes::Yes); }
    void makeOld(const QString &file);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_output;
};

void TestDatabaseCheck::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_output.clear();
}

int TestDatabaseCheck::check(const QString &file)
{
    m_output.clear();
    QTextStream out(&m_output);
    return checkDatabase(file, out);
}

void TestDatabaseCheck::makeDatabase(const QString &file, const QStringList &sql)
{
    Database db;
    QVERIFY2(db.open(file, path(QStringLiteral("backups"))), qPrintable(db.notice()));
    QSqlQuery q(db.connection());
    for (const QString &statement : sql)
        QVERIFY2(q.exec(statement), qPrintable(statement));
}

// Sets the file's time an hour back, so that any write by the check would show as a new time.
void TestDatabaseCheck::makeOld(const QString &file)
{
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.setFileTime(QDateTime::currentDateTime().addSecs(-3600), QFileDevice::FileModificationTime));
}

void TestDatabaseCheck::healthyDatabase_reportsEveryTable_andExitsZero()
{
    makeDatabase(file(), {
        Test::reviewRowSql(1), Test::reviewRowSql(2), Test::reviewRowSql(3),
        QStringLiteral("INSERT INTO card_state (deck_id, card_id, topic_id) VALUES ('python', 'c1', 'gil'), "
                       "('python', 'c2', 'gil')"),
        QStringLiteral("INSERT INTO bookmark VALUES ('python', 'topic', 'gil', '', 1)"),
        QStringLiteral("INSERT INTO note VALUES ('python', 'gil', 'mine', 1)"),
        QStringLiteral("INSERT INTO topic_visit VALUES ('python', 'gil', 1, 30), ('python', 'asyncio', 2, 40)"),
        QStringLiteral("INSERT INTO study_session (scope, started_ms, card_keys) VALUES ('python', 1, 'python/c1')"),
    });
    makeOld(file());
    const auto before = folderState();
    QCOMPARE(check(file()), 0);
    const int latest = Database::latestSchemaVersion();
    QCOMPARE(m_output, QStringLiteral("database: %1\n"
                                      "integrity: ok\n"
                                      "schema version: %2 (this Deep Dive: %2)\n"
                                      "card_state: 2 rows\n"
                                      "review_log: 3 rows\n"
                                      "bookmark: 1 rows\n"
                                      "note: 1 rows\n"
                                      "note_version: 0 rows\n"
                                      "topic_visit: 2 rows\n"
                                      "study_session: 1 rows\n").arg(file()).arg(latest));
    // Nothing written, nothing made beside it (not even SQLite's -wal and -shm), nothing moved.
    QCOMPARE(folderState(), before);
}

void TestDatabaseCheck::healthyDatabase_whileTheAppHasItOpen_countsWhatIsInTheLog()
{
    Database app;
    QVERIFY2(app.open(file(), path(QStringLiteral("backups"))), qPrintable(app.notice()));
    for (int n = 1; n <= 4; ++n)
        QVERIFY(QSqlQuery(app.connection()).exec(Test::reviewRowSql(n)));
    QVERIFY(QFileInfo(file() + QStringLiteral("-wal")).size() > 0); // the answers are in the log, not yet in the file
    // SQLite's shared index of the log (-shm) is where readers and writers meet: every reader writes its mark there.
    const auto withoutIndex = [this] {
        auto state = folderState();
        state.remove(QStringLiteral("deepdive.db-shm"));
        return state;
    };
    const auto before = withoutIndex();
    QCOMPARE(check(file()), 0);
    QVERIFY2(m_output.contains(QStringLiteral("\nintegrity: ok\n")), qPrintable(m_output));
    QVERIFY2(m_output.contains(QStringLiteral("\nreview_log: 4 rows\n")), qPrintable(m_output));
    // The check never copies the app's log into the file (that is the app's to do), nor makes anything beside it.
    QCOMPARE(withoutIndex(), before);
    QVERIFY(QSqlQuery(app.connection()).exec(Test::reviewRowSql(5))); // and the app goes on writing
}

void TestDatabaseCheck::corruptPages_reportTheIntegrityProblem_onOneLine()
{
    QStringList answers;
    for (int n = 0; n < 300; ++n)
        answers.append(Test::reviewRowSql(n));
    makeDatabase(file(), answers);
    QVERIFY(QFileInfo(file()).size() > 4096 * 5);
    {
        // Scribble over pages 3 to 5: the header still says SQLite, the b-trees there are garbage.
        QFile f(file());
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(4096 * 2));
        QCOMPARE(f.write(QByteArray(4096 * 3, '\x5a')), 4096 * 3);
    }
    makeOld(file());
    const auto before = folderState();
    QCOMPARE(check(file()), 1);
    const QStringList lines = m_output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines.size() >= 3, qPrintable(m_output));
    QCOMPARE(lines[0], QStringLiteral("database: ") + file());
    // What integrity_check found, its many lines joined into one: every line of the report stays a "name: value".
    QVERIFY2(lines[1].startsWith(QStringLiteral("integrity: ")), qPrintable(m_output));
    QVERIFY2(lines[1] != QStringLiteral("integrity: ok"), qPrintable(m_output));
    QVERIFY2(lines[1].contains(QStringLiteral("; ")), qPrintable(m_output)); // three damaged pages: several findings
    QCOMPARE(lines.filter(QStringLiteral("integrity: ")).size(), 1);
    for (const QString &line : lines)
        QVERIFY2(QRegularExpression(QStringLiteral("^[a-z_ ]+: ")).match(line).hasMatch(), qPrintable(line));
    QCOMPARE(lines[2], QStringLiteral("schema version: %1 (this Deep Dive: %1)").arg(Database::latestSchemaVersion()));
    QCOMPARE(folderState(), before); // not repaired, not moved aside: the app does that, and keeps the file
}

void TestDatabaseCheck::notADatabase_saysWhy_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("problem");
    QTest::newRow("text") << QByteArray("these are my notes, not a database\n")
                          << QStringLiteral("it is not a SQLite database");
    QTest::newRow("a page of junk") << QByteArray(4096, 'x') << QStringLiteral("it is not a SQLite database");
    QTest::newRow("cut short after the header") << QByteArray("SQLite format 3\0", 16) + QByteArray(100, '\0')
                                                << QStringLiteral("it is truncated");
}

void TestDatabaseCheck::notADatabase_saysWhy()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, problem);
    QVERIFY(Test::writeFiles(*m_dir, {{QStringLiteral("deepdive.db"), content}}));
    makeOld(file());
    const auto before = folderState();
    QCOMPARE(check(file()), 1);
    QCOMPARE(m_output, QStringLiteral("database: %1\nproblem: %1 cannot be read as a progress database: %2\n").arg(file(), problem));
    QCOMPARE(folderState(), before);
}

void TestDatabaseCheck::missingFile_saysThereIsNone_andCreatesNothing()
{
    QCOMPARE(check(file()), 1);
    QVERIFY2(m_output.startsWith(QStringLiteral("database: %1\nproblem: there is no progress database at %1").arg(file())),
             qPrintable(m_output));
    QVERIFY(QDir(m_dir->path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot));

    // A folder where the file should be is not taken for one.
    QVERIFY(QDir().mkpath(file()));
    QCOMPARE(check(file()), 1);
    QVERIFY2(m_output.contains(QStringLiteral("problem: %1 is not a file").arg(file())), qPrintable(m_output));
    QVERIFY(QDir(file()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot));
}

void TestDatabaseCheck::futureVersion_isAProblem_butStillCounted()
{
    const int future = Database::latestSchemaVersion() + 1;
    makeDatabase(file(), {Test::reviewRowSql(1), QStringLiteral("PRAGMA user_version = %1").arg(future)});
    makeOld(file());
    const auto before = folderState();
    QCOMPARE(check(file()), 1);
    QVERIFY2(m_output.contains(QStringLiteral("\nintegrity: ok\n")), qPrintable(m_output));
    QVERIFY2(m_output.contains(QStringLiteral("\nschema version: %1 (this Deep Dive: %2)\nproblem: written by a newer Deep Dive\n")
                                   .arg(future).arg(Database::latestSchemaVersion())),
             qPrintable(m_output));
    QVERIFY2(m_output.contains(QStringLiteral("\nreview_log: 1 rows\n")), qPrintable(m_output));
    QCOMPARE(folderState(), before);
}

void TestDatabaseCheck::olderVersion_isHealthy_andIsNotUpgraded()
{
    // Schema 1, as the first Deep Dive wrote it (tests/data/db/make_v1.py): the app upgrades it when it opens it.
    QVERIFY(Test::copyV1Database(file()));
    makeOld(file());
    const auto before = folderState();
    QCOMPARE(check(file()), 0);
    QVERIFY2(m_output.contains(QStringLiteral("\nintegrity: ok\nschema version: 1 (this Deep Dive: %1)\n")
                                   .arg(Database::latestSchemaVersion())),
             qPrintable(m_output));
    QVERIFY2(m_output.contains(QStringLiteral("\nreview_log: 3 rows\n")), qPrintable(m_output));
    QVERIFY2(m_output.contains(QStringLiteral("\nnote_version: 1 rows\n")), qPrintable(m_output));
    // study_session came with schema 2: missing here, and not a problem.
    QVERIFY2(!m_output.contains(QStringLiteral("study_session")), qPrintable(m_output));
    QVERIFY2(!m_output.contains(QStringLiteral("problem")), qPrintable(m_output));
    QCOMPARE(folderState(), before); // no upgrade, no backup
}

void TestDatabaseCheck::latestVersionMissingATable_isAProblem()
{
    makeDatabase(file(), {Test::reviewRowSql(1), QStringLiteral("DROP TABLE topic_visit")});
    QCOMPARE(check(file()), 1);
    QVERIFY2(m_output.contains(QStringLiteral("\nintegrity: ok\n")), qPrintable(m_output));
    QVERIFY2(m_output.contains(QStringLiteral("\nnote_version: 0 rows\nproblem: table topic_visit is missing\nstudy_session: 0 rows\n")),
             qPrintable(m_output));
    QVERIFY2(m_output.contains(QStringLiteral("\nreview_log: 1 rows\n")), qPrintable(m_output));
}

QTEST_GUILESS_MAIN(TestDatabaseCheck)
#include "tst_databasecheck.moc"
