#include "journalformat.h"
#include "syncstate.h"
#include "tempuserdata.h"

#include <QScopeGuard>
#include <QSqlDatabase>
#include <QTest>

using namespace DeepDive;
using namespace DeepDive::Test;

// What the sync engine remembers between runs, in the learner's database: this device's id and other small values,
// how far each journal in the sync folder was read (and what was wrong with it), and the last-writer-wins registers
// of bookmarks and settings. runSql is its one helper for the statements: bound in order, failures in words.
class TestSyncState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void meta_unknownKey_isEmpty_andSetMetaReplaces();
    void meta_isKeptInTheDatabaseFile();
    void setMeta_ofANullValue_storesItEmpty();
    void journal_neverRead_isFresh_withItsFileName();
    void saveJournal_keepsEveryField_andReplacesTheRow();
    void saveJournal_ofAJournalRefusedBeforeItsHeader_keepsTheProblem();
    void journals_areEveryOne_byFileName();
    void register_unknown_isNone_andSaveRegisterReplaces();
    void registers_ofAKind_areOnlyThatKind_byName();
    void isOlderThan_ordersByTime_thenByDevice_data();
    void isOlderThan_ordersByTime_thenByDevice();
    void saveRegister_withoutADevice_isRefused_andKeepsTheOldValue();
    void busyDatabase_writesFailWithTheReason_andReadsStillWork();
    void runSql_bindsInOrder_andSaysWhatFailed();

private:
    SyncState::KnownJournal known(const QString &file, qint64 bytes) const
    {
        SyncState::KnownJournal j;
        j.file = file;
        j.deviceId = QStringLiteral("dev-") + file.left(1);
        j.deviceName = QStringLiteral("Ana's laptop");
        j.position = {bytes, 12, Journal::sha256Hex("the first bytes")};
        j.lastEventMs = 1'767'225'600'123;
        j.problem = QStringLiteral("x.jsonl:4: the line's checksum does not match; the line was skipped");
        return j;
    }
    std::unique_ptr<TempUserData> m_data;
};

namespace {
const QString bookmarkGil = QStringLiteral(R"(["bookmark","python","topic","gil"])");
const QString bookmarkCard = QStringLiteral(R"(["bookmark","python","card","c1"])");
const QString retention = QStringLiteral(R"(["setting","desiredRetention"])");
} // namespace

void TestSyncState::init()
{
    m_data.reset();
    m_data = std::make_unique<TempUserData>();
}

void TestSyncState::meta_unknownKey_isEmpty_andSetMetaReplaces()
{
    SyncState state(m_data->data.database);
    QVERIFY(state.meta(QStringLiteral("device_id")).isEmpty());
    QString error;
    QVERIFY2(state.setMeta(QStringLiteral("device_id"), QStringLiteral("4f1c"), &error), qPrintable(error));
    QVERIFY2(state.setMeta(QStringLiteral("device_name"), QStringLiteral("laptop"), &error), qPrintable(error));
    QCOMPARE(state.meta(QStringLiteral("device_id")), QStringLiteral("4f1c"));
    QVERIFY2(state.setMeta(QStringLiteral("device_id"), QStringLiteral("9a0b"), &error), qPrintable(error));
    QCOMPARE(state.meta(QStringLiteral("device_id")), QStringLiteral("9a0b"));
    QCOMPARE(state.meta(QStringLiteral("device_name")), QStringLiteral("laptop"));
    QCOMPARE(SyncState(m_data->data.database).meta(QStringLiteral("device_id")), QStringLiteral("9a0b")); // not a cache
}

void TestSyncState::meta_isKeptInTheDatabaseFile()
{
    QString error;
    QVERIFY2(
        SyncState(m_data->data.database).setMeta(QStringLiteral("own_journal_bytes"), QStringLiteral("4096"), &error),
        qPrintable(error));
    QVERIFY2(SyncState(m_data->data.database)
                 .saveRegister({retention, QStringLiteral("0.85"), 5, QStringLiteral("4f1c"), true}, &error),
             qPrintable(error));
    m_data->data.database.close();
    UserData reopened;
    QVERIFY2(reopened.open(m_data->databaseFile(), m_data->backupDir(), &error), qPrintable(error));
    const SyncState state(reopened.database);
    QCOMPARE(state.meta(QStringLiteral("own_journal_bytes")), QStringLiteral("4096"));
    QCOMPARE(state.reg(retention).value_or(SyncState::Register{}).value, QStringLiteral("0.85"));
}

void TestSyncState::setMeta_ofANullValue_storesItEmpty()
{
    // The column is NOT NULL, and Qt binds a null QString as NULL: a device whose name is not known yet.
    SyncState state(m_data->data.database);
    QString error;
    QVERIFY2(state.setMeta(QStringLiteral("device_name"), QString(), &error), qPrintable(error));
    QCOMPARE(state.meta(QStringLiteral("device_name")), QString());
}

void TestSyncState::journal_neverRead_isFresh_withItsFileName()
{
    const SyncState::KnownJournal j = SyncState(m_data->data.database).journal(QStringLiteral("4f1c.jsonl"));
    QCOMPARE(j.file, QStringLiteral("4f1c.jsonl"));
    QVERIFY(j.deviceId.isEmpty());
    QVERIFY(j.deviceName.isEmpty());
    QCOMPARE(j.position.bytes, 0);
    QCOMPARE(j.position.lines, 0);
    QVERIFY(j.position.prefixSha256.isEmpty());
    QCOMPARE(j.lastEventMs, 0);
    QVERIFY(j.problem.isEmpty());
    QVERIFY(SyncState(m_data->data.database).journals().isEmpty()); // asking stores nothing
}

void TestSyncState::saveJournal_keepsEveryField_andReplacesTheRow()
{
    SyncState state(m_data->data.database);
    QString error;
    const SyncState::KnownJournal first = known(QStringLiteral("4f1c.jsonl"), 2048);
    QVERIFY2(state.saveJournal(first, &error), qPrintable(error));
    SyncState::KnownJournal read = state.journal(first.file);
    QCOMPARE(read.file, first.file);
    QCOMPARE(read.deviceId, first.deviceId);
    QCOMPARE(read.deviceName, first.deviceName);
    QCOMPARE(read.position.bytes, 2048);
    QCOMPARE(read.position.lines, 12);
    QCOMPARE(read.position.prefixSha256, first.position.prefixSha256);
    QCOMPARE(read.lastEventMs, first.lastEventMs);
    QCOMPARE(read.problem, first.problem);

    // Read further, and clean this time.
    SyncState::KnownJournal further = first;
    further.position = {4096, 20, Journal::sha256Hex("more bytes")};
    further.problem.clear();
    QVERIFY2(state.saveJournal(further, &error), qPrintable(error));
    read = state.journal(first.file);
    QCOMPARE(read.position.bytes, 4096);
    QCOMPARE(read.position.lines, 20);
    QCOMPARE(read.position.prefixSha256, Journal::sha256Hex("more bytes"));
    QVERIFY(read.problem.isEmpty());
    QCOMPARE(state.journals().size(), 1);
}

void TestSyncState::saveJournal_ofAJournalRefusedBeforeItsHeader_keepsTheProblem()
{
    // A journal from a newer Deep Dive: nothing of it was read, not even who wrote it; only why is kept.
    SyncState state(m_data->data.database);
    SyncState::KnownJournal refused = state.journal(QStringLiteral("future.jsonl"));
    refused.problem = QStringLiteral("it was written by a newer Deep Dive");
    QString error;
    QVERIFY2(state.saveJournal(refused, &error), qPrintable(error));
    const SyncState::KnownJournal read = state.journal(QStringLiteral("future.jsonl"));
    QCOMPARE(read.problem, refused.problem);
    QVERIFY(read.deviceId.isEmpty());
    QCOMPARE(read.position.bytes, 0);
}

void TestSyncState::journals_areEveryOne_byFileName()
{
    SyncState state(m_data->data.database);
    QString error;
    for (const QString &file :
         {QStringLiteral("c.jsonl"), QStringLiteral("a.jsonl"), QStringLiteral("b (conflicted copy).jsonl")})
        QVERIFY2(state.saveJournal(known(file, file.size()), &error), qPrintable(error));
    const QList<SyncState::KnownJournal> all = state.journals();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all[0].file, QStringLiteral("a.jsonl"));
    QCOMPARE(all[1].file, QStringLiteral("b (conflicted copy).jsonl"));
    QCOMPARE(all[2].file, QStringLiteral("c.jsonl"));
    QCOMPARE(all[1].position.bytes, QStringLiteral("b (conflicted copy).jsonl").size());
    QCOMPARE(all[2].deviceId, QStringLiteral("dev-c"));
}

void TestSyncState::register_unknown_isNone_andSaveRegisterReplaces()
{
    SyncState state(m_data->data.database);
    QVERIFY(!state.reg(bookmarkGil));
    QString error;
    const SyncState::Register on{bookmarkGil, QStringLiteral(R"({"on":true})"), 1000, QStringLiteral("dev-a"), false};
    QVERIFY2(state.saveRegister(on, &error), qPrintable(error));
    std::optional<SyncState::Register> read = state.reg(bookmarkGil);
    QVERIFY(read);
    QCOMPARE(read->name, on.name);
    QCOMPARE(read->value, on.value);
    QCOMPARE(read->changedMs, 1000);
    QCOMPARE(read->deviceId, QStringLiteral("dev-a"));
    QVERIFY(!read->journaled);

    const SyncState::Register off{bookmarkGil, QStringLiteral(R"({"on":false})"), 2000, QStringLiteral("dev-b"), true};
    QVERIFY2(state.saveRegister(off, &error), qPrintable(error));
    read = state.reg(bookmarkGil);
    QVERIFY(read);
    QCOMPARE(read->value, off.value);
    QCOMPARE(read->changedMs, 2000);
    QCOMPARE(read->deviceId, QStringLiteral("dev-b"));
    QVERIFY(read->journaled);
    QCOMPARE(state.registers(QStringLiteral("bookmark")).size(), 1);

    // An empty value (no interview date) is a value, not nothing.
    const QString interview = QStringLiteral(R"(["setting","interviewDate"])");
    QVERIFY2(state.saveRegister({interview, QString(), 3000, QStringLiteral("dev-a"), false}, &error),
             qPrintable(error));
    QVERIFY(state.reg(interview));
    QCOMPARE(state.reg(interview)->value, QString());
}

void TestSyncState::registers_ofAKind_areOnlyThatKind_byName()
{
    SyncState state(m_data->data.database);
    QString error;
    const QStringList names{bookmarkGil,
                            retention,
                            bookmarkCard,
                            QStringLiteral(R"(["bookmarks","python","topic","x"])"),
                            QStringLiteral(R"(["bookmark"])"),
                            QStringLiteral(R"(["xbookmark","python"])")};
    for (const QString &name : names)
        QVERIFY2(state.saveRegister({name, QStringLiteral("v"), 1, QStringLiteral("dev-a"), false}, &error),
                 qPrintable(error));
    const QList<SyncState::Register> bookmarks = state.registers(QStringLiteral("bookmark"));
    QCOMPARE(bookmarks.size(), 2);
    QCOMPARE(bookmarks[0].name, bookmarkCard); // by name: "card" before "topic"
    QCOMPARE(bookmarks[1].name, bookmarkGil);
    QCOMPARE(bookmarks[1].value, QStringLiteral("v"));
    QCOMPARE(bookmarks[1].deviceId, QStringLiteral("dev-a"));
    const QList<SyncState::Register> settings = state.registers(QStringLiteral("setting"));
    QCOMPARE(settings.size(), 1);
    QCOMPARE(settings[0].name, retention);
    QVERIFY(state.registers(QStringLiteral("note")).isEmpty());
}

void TestSyncState::isOlderThan_ordersByTime_thenByDevice_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("device");
    QTest::addColumn<bool>("older"); // whether the register, changed at 1000 by "dev-m", is older than (ms, device)
    QTest::newRow("a later change") << qint64(1001) << QStringLiteral("dev-a") << true;
    QTest::newRow("an earlier change") << qint64(999) << QStringLiteral("dev-z") << false;
    QTest::newRow("same time, larger device id") << qint64(1000) << QStringLiteral("dev-n") << true;
    QTest::newRow("same time, smaller device id") << qint64(1000) << QStringLiteral("dev-l") << false;
    QTest::newRow("the same change") << qint64(1000) << QStringLiteral("dev-m") << false;
}

void TestSyncState::isOlderThan_ordersByTime_thenByDevice()
{
    QFETCH(qint64, ms);
    QFETCH(QString, device);
    QFETCH(bool, older);
    const SyncState::Register r{bookmarkGil, QStringLiteral("v"), 1000, QStringLiteral("dev-m"), true};
    QCOMPARE(r.isOlderThan(ms, device), older);
    // The order is total: of two different changes exactly one comes after the other.
    const SyncState::Register other{bookmarkGil, QStringLiteral("w"), ms, device, true};
    if (ms != 1000 || device != QStringLiteral("dev-m"))
        QCOMPARE(other.isOlderThan(r.changedMs, r.deviceId), !older);
}

void TestSyncState::saveRegister_withoutADevice_isRefused_andKeepsTheOldValue()
{
    SyncState state(m_data->data.database);
    QString error;
    QVERIFY2(state.saveRegister({bookmarkGil, QStringLiteral("kept"), 1000, QStringLiteral("dev-a"), true}, &error),
             qPrintable(error));
    QVERIFY(!state.saveRegister({bookmarkGil, QStringLiteral("lost"), 2000, QString(), false}, &error));
    QVERIFY2(error.contains(QLatin1String("NOT NULL")) && error.contains(QLatin1String("device_id")),
             qPrintable(error));
    const std::optional<SyncState::Register> read = state.reg(bookmarkGil);
    QVERIFY(read);
    QCOMPARE(read->value, QStringLiteral("kept"));
    QCOMPARE(read->changedMs, 1000);
}

void TestSyncState::busyDatabase_writesFailWithTheReason_andReadsStillWork()
{
    // Another connection (the window's) holds the write lock past the busy timeout.
    Database::setBusyTimeout(100);
    const auto restore = qScopeGuard([] { Database::setBusyTimeout(5000); });
    UserData data;
    QString error;
    QVERIFY2(data.open(m_data->filePath(QStringLiteral("busy.db")), m_data->backupDir(), &error), qPrintable(error));
    SyncState state(data.database);
    QVERIFY2(state.setMeta(QStringLiteral("device_id"), QStringLiteral("4f1c"), &error), qPrintable(error));
    QVERIFY2(state.saveJournal(known(QStringLiteral("a.jsonl"), 100), &error), qPrintable(error));
    {
        QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        holder.setDatabaseName(data.database.file());
        QVERIFY(holder.open());
        QSqlQuery lock(holder);
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));

        QVERIFY(!state.setMeta(QStringLiteral("device_id"), QStringLiteral("9a0b"), &error));
        QVERIFY2(error.contains(QLatin1String("busy")), qPrintable(error));
        error.clear();
        QVERIFY(!state.saveJournal(known(QStringLiteral("a.jsonl"), 900), &error));
        QVERIFY2(error.contains(QLatin1String("busy")), qPrintable(error));
        error.clear();
        QVERIFY(!state.saveRegister({retention, QStringLiteral("0.8"), 1, QStringLiteral("4f1c"), false}, &error));
        QVERIFY2(error.contains(QLatin1String("busy")), qPrintable(error));
        // Reading goes on meanwhile (WAL), and shows what was there.
        QCOMPARE(state.meta(QStringLiteral("device_id")), QStringLiteral("4f1c"));
        QCOMPARE(state.journal(QStringLiteral("a.jsonl")).position.bytes, 100);
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        lock = QSqlQuery();
        holder.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    QVERIFY(!state.reg(retention));
    QVERIFY2(state.setMeta(QStringLiteral("device_id"), QStringLiteral("9a0b"), &error), qPrintable(error));
    QCOMPARE(state.meta(QStringLiteral("device_id")), QStringLiteral("9a0b"));
}

void TestSyncState::runSql_bindsInOrder_andSaysWhatFailed()
{
    QSqlQuery q(m_data->data.database.connection());
    QString error;
    QVERIFY2(runSql(q, QStringLiteral("SELECT ? || ? || ?"), {QStringLiteral("a"), 2, QStringLiteral("c")}, &error),
             qPrintable(error));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("a2c"));

    QVERIFY(!runSql(q, QStringLiteral("SELEC 1"), {}, &error));
    QVERIFY2(error.contains(QLatin1String("syntax error")), qPrintable(error));
    error.clear();
    QVERIFY(!runSql(q, QStringLiteral("SELECT x FROM no_such_table"), {}, &error));
    QVERIFY2(error.contains(QLatin1String("no_such_table")), qPrintable(error));
    error.clear();
    // A statement that prepares but fails when it runs.
    QVERIFY(!runSql(q, QStringLiteral("INSERT INTO sync_meta (key, value) VALUES (?, ?)"),
                    {QStringLiteral("k"), QVariant()}, &error));
    QVERIFY2(error.contains(QLatin1String("NOT NULL")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestSyncState)
#include "tst_syncstate.moc"
