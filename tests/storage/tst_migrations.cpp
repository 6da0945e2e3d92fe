#include "migrations.h"

#include "database.h"
#include "testsupport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace DeepDive;

namespace {

// A plain SQLite connection of the test's own, beside the Database under test.
class Connection
{
public:
    explicit Connection(const QString &file)
        : m_name(QStringLiteral("test-%1").arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(file);
        m_open = db.open();
    }
    ~Connection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    // Runs `sql`; empty when it worked, SQLite's error otherwise.
    QString exec(const QString &sql) const
    {
        QSqlQuery q(db());
        return q.exec(sql) ? QString() : q.lastError().text() + QStringLiteral(" in: ") + sql;
    }
    QStringList column(const QString &sql) const
    {
        QStringList values;
        QSqlQuery q(db());
        if (!q.exec(sql))
            return {QStringLiteral("error: ") + q.lastError().text()};
        while (q.next())
            values.append(q.value(0).isNull() ? QStringLiteral("NULL") : q.value(0).toString());
        return values;
    }
    int userVersion() const { return column(QStringLiteral("PRAGMA user_version")).value(0, QStringLiteral("-1")).toInt(); }

private:
    static inline int s_count = 0;
    QString m_name;
    bool m_open = false;
};

} // namespace

// schemaMigrations() is the schema's history: step n takes a database from user_version n-1 to n. Database::open runs
// the pending steps (all in one transaction) after a backup copy of the old file, and refuses a file from a newer
// version. Here: every step from every older version, the data kept across them, the backup, a step that fails, and
// a newer file left as it was.
class TestMigrations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void steps_oneForEachVersion_noneEmpty();
    void stepOne_isTheSchemaThatShipped();
    void open_fromAnOlderVersion_runsEveryLaterStep_andKeepsEveryRow_data();
    void open_fromAnOlderVersion_runsEveryLaterStep_andKeepsEveryRow();
    void open_fromAnOlderVersion_backsUpTheOldFileFirst_data();
    void open_fromAnOlderVersion_backsUpTheOldFileFirst();
    void open_newOrEmptyFile_getsTheLatestSchema_withoutABackup_data();
    void open_newOrEmptyFile_getsTheLatestSchema_withoutABackup();
    void open_failingStep_rollsBackEveryStep_andKeepsTheFile_data();
    void open_failingStep_rollsBackEveryStep_andKeepsTheFile();
    void open_ofAFutureVersion_refusesAndKeepsTheFile_data();
    void open_ofAFutureVersion_refusesAndKeepsTheFile();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString file() const { return path(QStringLiteral("deepdive.db")); }
    QString backupDir() const { return path(QStringLiteral("backups")); }
    // `file` as the app at schema `version` left it: steps 1 to `version`, a few rows in every table there is, then
    // `extra` run on it. In rollback-journal mode unless `wal`.
    void makeAtVersion(const QString &file, int version, const QStringList &extra = {}, bool wal = true);
    // Every table's columns, and every table's rows (with those columns, or `columns` when given) in a stable order.
    static QMap<QString, QStringList> columnsOf(const QString &file);
    static QMap<QString, QStringList> rowsOf(const QString &file, const QMap<QString, QStringList> &columns);
    // What a schema is: every table and index as SQLite keeps its definition.
    static QStringList schemaOf(const QString &file);
    static QByteArray hashOf(const QString &file) { return Test::sha256Of(file); }
    QStringList backupsMade() const;
    // The files in the test's folder besides the database itself and the backups folder.
    QStringList strayFiles() const;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMigrations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestMigrations::makeAtVersion(const QString &file, int version, const QStringList &extra, bool wal)
{
    QVERIFY(version <= int(schemaMigrations().size()));
    Connection c(file);
    QVERIFY(c.isOpen());
    if (wal)
        QCOMPARE(c.column(QStringLiteral("PRAGMA journal_mode = WAL")), QStringList{QStringLiteral("wal")});
    QStringList statements;
    for (int step = 1; step <= version; ++step)
        statements += schemaMigrations()[step - 1];
    statements.append(QStringLiteral("PRAGMA user_version = %1").arg(version));
    if (version >= 1) {
        // Two answers at least: the unique index that schema 3 puts on their (still empty) ids must accept both.
        statements += {
            QStringLiteral("INSERT INTO card_state VALUES ('python', 'gil-1', 'gil', 2, 3.2, 5.1, 900, 100, 1, 0)"),
            QStringLiteral("INSERT INTO card_state VALUES ('python', 'gil-2', 'gil', 3, 1.5, 7.0, 950, 200, 2, 1)"),
            QStringLiteral("INSERT INTO review_log (deck_id, card_id, topic_id, reviewed_ms, grade, correct, response_ms, "
                           "state_before, state_after, stability_after, difficulty_after, due_after_ms) "
                           "VALUES ('python', 'gil-1', 'gil', 100, 3, 1, 4000, 0, 2, 3.2, 5.1, 900)"),
            QStringLiteral("INSERT INTO review_log (deck_id, card_id, topic_id, reviewed_ms, grade, correct, response_ms, "
                           "state_before, state_after, stability_before, stability_after, difficulty_before, "
                           "difficulty_after, due_after_ms) "
                           "VALUES ('python', 'gil-2', 'gil', 200, 1, 0, 9000, 2, 3, 4.0, 1.5, 6.0, 7.0, 950)"),
            QStringLiteral("INSERT INTO bookmark VALUES ('python', 'topic', 'gil', 'weak spot', 50)"),
            QStringLiteral("INSERT INTO note VALUES ('python', 'gil', 'The GIL is *released* on blocking I/O.', 60)"),
            QStringLiteral("INSERT INTO note_version (deck_id, topic_id, body, saved_ms) VALUES ('python', 'gil', 'draft', 55)"),
            QStringLiteral("INSERT INTO topic_visit VALUES ('python', 'gil', 70, 320)"),
        };
    }
    if (version >= 2)
        statements.append(QStringLiteral("INSERT INTO study_session (scope, started_ms, card_keys, position) "
                                         "VALUES ('python/gil', 80, 'python/gil-1\npython/gil-2', 1)"));
    if (version >= 3)
        statements.append(QStringLiteral("INSERT INTO sync_meta VALUES ('device_id', 'abc')"));
    statements += extra;
    statements.prepend(QStringLiteral("BEGIN")); // one commit: one sync of the file, not one a statement
    statements.append(QStringLiteral("COMMIT"));
    for (const QString &sql : statements) {
        const QString failure = c.exec(sql);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }
}

QMap<QString, QStringList> TestMigrations::columnsOf(const QString &file)
{
    QMap<QString, QStringList> columns;
    Connection c(file);
    for (const QString &table : c.column(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                                        "AND name NOT LIKE 'sqlite_%'")))
        columns.insert(table, c.column(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table)));
    return columns;
}

QMap<QString, QStringList> TestMigrations::rowsOf(const QString &file, const QMap<QString, QStringList> &columns)
{
    QMap<QString, QStringList> rows;
    Connection c(file);
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        QStringList quoted;
        for (const QString &column : it.value())
            quoted.append(QStringLiteral("quote(%1)").arg(column));
        const QString values = quoted.join(QStringLiteral(" || '|' || "));
        rows.insert(it.key(), c.column(QStringLiteral("SELECT %1 FROM %2 ORDER BY 1").arg(values, it.key())));
    }
    return rows;
}

QStringList TestMigrations::schemaOf(const QString &file)
{
    Connection c(file);
    QStringList schema = c.column(QStringLiteral("SELECT type || ' ' || name || ': ' || sql FROM sqlite_master "
                                                 "WHERE sql IS NOT NULL"));
    schema.sort();
    return schema;
}

QStringList TestMigrations::backupsMade() const
{
    return QDir(backupDir()).entryList(QDir::Files | QDir::Hidden);
}

QStringList TestMigrations::strayFiles() const
{
    QStringList files = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden | QDir::System);
    files.removeAll(QStringLiteral("deepdive.db"));
    return files;
}

void TestMigrations::steps_oneForEachVersion_noneEmpty()
{
    const auto &steps = schemaMigrations();
    QVERIFY(!steps.isEmpty());
    QCOMPARE(Database::latestSchemaVersion(), int(steps.size()));
    for (qsizetype step = 0; step < steps.size(); ++step) {
        QVERIFY2(!steps[step].isEmpty(), qPrintable(QStringLiteral("step %1 has no statement").arg(step + 1)));
        for (const QString &sql : steps[step]) {
            QVERIFY2(!sql.trimmed().isEmpty(), qPrintable(QStringLiteral("step %1 has an empty statement").arg(step + 1)));
            // The version is Database::migrate's to set, after the step's statements.
            QVERIFY2(!sql.contains(QStringLiteral("user_version"), Qt::CaseInsensitive), qPrintable(sql));
        }
    }
}

// tests/data/db/v1.db was written once by schema 1 as it shipped (tests/data/db/make_v1.py): step 1 must still make
// exactly those tables and indexes, or databases in the field would not match what later steps expect.
void TestMigrations::stepOne_isTheSchemaThatShipped()
{
    const QString fixture = path(QStringLiteral("v1.db"));
    QVERIFY(Test::copyV1Database(fixture));
    makeAtVersion(file(), 1);
    // The same definitions, written out differently: compare them without comments, spaces or case.
    const auto normalized = [](QStringList schema) {
        for (QString &sql : schema)
            sql = sql.remove(QRegularExpression(QStringLiteral("--[^\n]*"))).remove(QRegularExpression(QStringLiteral("\\s"))).toLower();
        return schema;
    };
    const QStringList shipped = normalized(schemaOf(fixture));
    QCOMPARE(shipped.size(), 11); // six tables, five indexes
    QCOMPARE(normalized(schemaOf(file())), shipped);
    QCOMPARE(Connection(fixture).userVersion(), 1);
}

void TestMigrations::open_fromAnOlderVersion_runsEveryLaterStep_andKeepsEveryRow_data()
{
    QTest::addColumn<int>("version");
    for (int version = 1; version < Database::latestSchemaVersion(); ++version)
        QTest::addRow("from schema %d", version) << version;
}

void TestMigrations::open_fromAnOlderVersion_runsEveryLaterStep_andKeepsEveryRow()
{
    QFETCH(int, version);
    makeAtVersion(file(), version);
    const auto columnsBefore = columnsOf(file());
    const auto rowsBefore = rowsOf(file(), columnsBefore);
    QVERIFY(rowsBefore.value(QStringLiteral("review_log")).size() == 2);

    {
        Database db;
        QVERIFY2(db.open(file(), backupDir()), qPrintable(db.notice()));
        QCOMPARE(db.mode(), Database::Mode::Normal);
        QVERIFY2(db.notice().isEmpty(), qPrintable(db.notice()));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(db.quickCheck(), QStringLiteral("ok"));
    }

    // Every row is still there, column for column, and the tables hold nothing else.
    QCOMPARE(rowsOf(file(), columnsBefore), rowsBefore);
    // The result is the schema a new database gets, not something of its own.
    const QString fresh = path(QStringLiteral("fresh.db"));
    {
        Database db;
        QVERIFY2(db.open(fresh, path(QStringLiteral("fresh-backups"))), qPrintable(db.notice()));
    }
    QCOMPARE(schemaOf(file()), schemaOf(fresh));
    const auto columnsAfter = columnsOf(file());
    for (auto it = columnsBefore.begin(); it != columnsBefore.end(); ++it)
        QVERIFY2(columnsAfter.value(it.key()).mid(0, it.value().size()) == it.value(), qPrintable(it.key()));

    Connection c(file());
    QCOMPARE(c.userVersion(), Database::latestSchemaVersion());
    if (version < 2) // schema 2: study sessions, none yet
        QCOMPARE(c.column(QStringLiteral("SELECT count(*) FROM study_session")), QStringList{QStringLiteral("0")});
    if (version < 3) {
        // Schema 3: old answers get their ids and devices from the next sync run; the sync tables start empty.
        QCOMPARE(c.column(QStringLiteral("SELECT count(*) FROM review_log WHERE uid IS NULL AND origin IS NULL")),
                 QStringList{QStringLiteral("2")});
        for (const char *table : {"sync_meta", "sync_answer", "sync_journal", "sync_register", "sync_note_version",
                                  "sync_note_head"})
            QCOMPARE(c.column(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1StringView(table))),
                     QStringList{QStringLiteral("0")});
        // And the ids it gives are unique.
        QVERIFY(c.exec(QStringLiteral("UPDATE review_log SET uid = 'same'")).contains(QStringLiteral("UNIQUE")));
    }
}

void TestMigrations::open_fromAnOlderVersion_backsUpTheOldFileFirst_data()
{
    open_fromAnOlderVersion_runsEveryLaterStep_andKeepsEveryRow_data();
}

void TestMigrations::open_fromAnOlderVersion_backsUpTheOldFileFirst()
{
    QFETCH(int, version);
    makeAtVersion(file(), version);
    const auto columnsBefore = columnsOf(file());
    const auto rowsBefore = rowsOf(file(), columnsBefore);
    const QStringList schemaBefore = schemaOf(file());
    const QDateTime started = QDateTime::currentDateTime().addSecs(-1);
    {
        Database db;
        QVERIFY2(db.open(file(), backupDir()), qPrintable(db.notice()));
        QCOMPARE(db.mode(), Database::Mode::Normal);
        QCOMPARE(db.backups().size(), 1);
    }

    // One backup, named after the schema it was made for and when, complete (no .partial left).
    const QStringList made = backupsMade();
    QCOMPARE(made.size(), 1);
    const QRegularExpression name(QStringLiteral("^deepdive-before-schema-%1-(\\d{8}-\\d{6})\\.db$").arg(Database::latestSchemaVersion()));
    const auto match = name.match(made[0]);
    QVERIFY2(match.hasMatch(), qPrintable(made[0]));
    const QDateTime stamp = QDateTime::fromString(match.captured(1), QStringLiteral("yyyyMMdd-HHmmss"));
    QVERIFY2(stamp >= started.addSecs(-1) && stamp <= QDateTime::currentDateTime(), qPrintable(match.captured(1)));

    // The backup is the old database as it was: its version, its schema and all its rows.
    const QString backup = QDir(backupDir()).filePath(made[0]);
    QCOMPARE(Connection(backup).userVersion(), version);
    QCOMPARE(schemaOf(backup), schemaBefore);
    QCOMPARE(columnsOf(backup), columnsBefore);
    QCOMPARE(rowsOf(backup, columnsBefore), rowsBefore);

    // Opening the upgraded file again migrates nothing and backs nothing up.
    Database again;
    QVERIFY2(again.open(file(), backupDir()), qPrintable(again.notice()));
    QVERIFY(again.notice().isEmpty());
    QCOMPARE(backupsMade(), made);
}

void TestMigrations::open_newOrEmptyFile_getsTheLatestSchema_withoutABackup_data()
{
    QTest::addColumn<bool>("emptyFile");
    QTest::newRow("no file") << false;
    QTest::newRow("an empty file") << true;
}

void TestMigrations::open_newOrEmptyFile_getsTheLatestSchema_withoutABackup()
{
    QFETCH(bool, emptyFile);
    if (emptyFile)
        QVERIFY(Test::writeFiles(*m_dir, {{QStringLiteral("deepdive.db"), QByteArray()}}));
    Database db;
    QVERIFY2(db.open(file(), backupDir()), qPrintable(db.notice()));
    QCOMPARE(db.mode(), Database::Mode::Normal);
    QVERIFY2(db.notice().isEmpty(), qPrintable(db.notice()));
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(backupsMade().isEmpty()); // schema 0 holds nothing to keep
    db.close();
    QVERIFY(!columnsOf(file()).value(QStringLiteral("sync_note_head")).isEmpty());
}

void TestMigrations::open_failingStep_rollsBackEveryStep_andKeepsTheFile_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("failingStep");
    // Another program's SQLite file, with a table of the same name as one of ours.
    QTest::newRow("step 1 on a foreign file")
        << 0 << QStringList{QStringLiteral("CREATE TABLE card_state (something TEXT)"),
                            QStringLiteral("INSERT INTO card_state VALUES ('theirs')")}
        << 1;
    // A table left by hand (or by a tool) where a later step wants to make it.
    QTest::newRow("step 2") << 1 << QStringList{QStringLiteral("CREATE TABLE study_session (x)")} << 2;
    QTest::newRow("step 3, after step 2 went well") << 1 << QStringList{QStringLiteral("CREATE TABLE sync_meta (x)")} << 3;
    QTest::newRow("step 3") << 2 << QStringList{QStringLiteral("CREATE TABLE sync_meta (x)")} << 3;
}

void TestMigrations::open_failingStep_rollsBackEveryStep_andKeepsTheFile()
{
    QFETCH(int, version);
    QFETCH(QStringList, extra);
    QFETCH(int, failingStep);
    makeAtVersion(file(), version, extra);
    const auto columnsBefore = columnsOf(file());
    const auto rowsBefore = rowsOf(file(), columnsBefore);
    const QStringList schemaBefore = schemaOf(file());

    Database db;
    QString error;
    QVERIFY(!db.open(file(), backupDir(), &error));
    QCOMPARE(db.mode(), Database::Mode::Memory);
    QCOMPARE(error, db.notice());
    QVERIFY2(error.contains(QStringLiteral("migration to schema %1 failed").arg(failingStep)), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("left as it was")), qPrintable(error));
    db.close();

    // No step is half done: not the failing one, and not the ones before it in the same run.
    QCOMPARE(Connection(file()).userVersion(), version);
    QCOMPARE(schemaOf(file()), schemaBefore);
    QCOMPARE(rowsOf(file(), columnsBefore), rowsBefore);
    QVERIFY2(strayFiles().isEmpty(), qPrintable(strayFiles().join(QLatin1Char(' ')))); // nothing moved aside
    // The backup made before the upgrade is kept (there is none of a schema-0 file, which holds nothing of ours).
    QCOMPARE(backupsMade().size(), version > 0 ? 1 : 0);
}

void TestMigrations::open_ofAFutureVersion_refusesAndKeepsTheFile_data()
{
    QTest::addColumn<bool>("wal");
    QTest::newRow("write-ahead log, as Deep Dive writes") << true;
    // A backup copied back by hand, say: VACUUM INTO, which makes the backups, writes rollback-journal files.
    QTest::newRow("rollback journal") << false;
}

void TestMigrations::open_ofAFutureVersion_refusesAndKeepsTheFile()
{
    QFETCH(bool, wal);
    const int future = Database::latestSchemaVersion() + 1;
    makeAtVersion(file(), Database::latestSchemaVersion(),
                  {QStringLiteral("CREATE TABLE from_the_future (x)"), QStringLiteral("PRAGMA user_version = %1").arg(future)},
                  wal);
    QVERIFY(strayFiles().isEmpty());
    // Older than the open below by far more than the file system's time resolution.
    {
        QFile f(file());
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(QDateTime::currentDateTime().addSecs(-3600), QFileDevice::FileModificationTime));
    }
    const QByteArray hash = hashOf(file());
    const QDateTime modified = QFileInfo(file()).lastModified();

    Database db;
    QString error;
    QVERIFY(!db.open(file(), backupDir(), &error));
    QCOMPARE(db.mode(), Database::Mode::Memory);
    QVERIFY2(error.contains(QStringLiteral("newer version of Deep Dive (schema %1; this version knows up to %2)")
                                .arg(future).arg(Database::latestSchemaVersion())),
             qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("left untouched")), qPrintable(error));
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion()); // the session's database in memory
    db.close();

    QCOMPARE(hashOf(file()), hash);
    QCOMPARE(QFileInfo(file()).lastModified(), modified);
    QVERIFY2(strayFiles().isEmpty(), qPrintable(strayFiles().join(QLatin1Char(' '))));
    QVERIFY(backupsMade().isEmpty()); // nothing to upgrade, nothing backed up
    QCOMPARE(Connection(file()).userVersion(), future);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
