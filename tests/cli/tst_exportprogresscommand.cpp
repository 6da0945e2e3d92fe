#include "commandrun.h"
#include "exportprogresscommand.h"
#include "mockclock.h"
#include "progressexchange.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace DeepDive;

class TestExportProgressCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void olderSchema_exportsAtTheClocksTime_andChangesNothing();
    void unusableDatabase_exportsNothingAndSaysWhy();
    void noDataFolder_exportsNothingAndSaysWhy();
    void unwritableFile_exitsOne();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestExportProgressCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestExportProgressCommand::olderSchema_exportsAtTheClocksTime_andChangesNothing()
{
    const QString data = m_dir->filePath(QStringLiteral("data"));
    QVERIFY(QDir().mkpath(data));
    QVERIFY(Test::copyV1Database(data + QStringLiteral("/deepdive.db")));
    const auto before = Test::folderState(data);
    const QString json = m_dir->filePath(QStringLiteral("out.json"));
    const MockClock clock(QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7), QTimeZone::UTC).toMSecsSinceEpoch());
    ExportProgressCommand command;
    const Test::CommandRun run =
        Test::runCommand(command, {QStringLiteral("--data-dir"), data, QStringLiteral("--export-progress"), json}, clock);
    QCOMPARE(run.exitCode, 0);
    // The fixture's rows (tests/data/db/make_v1.py), counted in the words ProgressExchange has for them.
    ProgressExchange::Counts counts;
    counts.reviews = 3;
    counts.cardStates = 3;
    counts.bookmarks = 1;
    counts.notes = 1;
    counts.visits = 1;
    QCOMPARE(run.out, QString(QStringLiteral("exported ") + counts.toString() + u'\n'));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QCOMPARE(Test::folderState(data), before);
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject exported = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(exported.value(QStringLiteral("format")).toString(), QStringLiteral("deepdive-progress"));
    QCOMPARE(exported.value(QStringLiteral("exported")).toString(), QStringLiteral("2026-03-04T05:06:07Z"));
}

void TestExportProgressCommand::unusableDatabase_exportsNothingAndSaysWhy()
{
    // A folder where the database file should be: Deep Dive leaves it alone and can use nothing.
    const QString data = m_dir->filePath(QStringLiteral("data"));
    QVERIFY(QDir().mkpath(data + QStringLiteral("/deepdive.db")));
    const QString json = m_dir->filePath(QStringLiteral("out.json"));
    ExportProgressCommand command;
    const Test::CommandRun run =
        Test::runCommand(command, {QStringLiteral("--data-dir"), data, QStringLiteral("--export-progress"), json});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(QStringLiteral("deepdive: nothing was exported: ")), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QVERIFY(!QFile::exists(json));
    QVERIFY(QFileInfo(data + QStringLiteral("/deepdive.db")).isDir());
}

void TestExportProgressCommand::noDataFolder_exportsNothingAndSaysWhy()
{
    QVERIFY(Test::writeFiles(*m_dir, {{QStringLiteral("plainfile"), "x"}}));
    const QString json = m_dir->filePath(QStringLiteral("out.json"));
    ExportProgressCommand command;
    const Test::CommandRun run = Test::runCommand(
        command, {QStringLiteral("--data-dir"), m_dir->filePath(QStringLiteral("plainfile")), QStringLiteral("--export-progress"), json});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("no progress database")), qPrintable(run.err));
    QVERIFY(!QFile::exists(json));
}

void TestExportProgressCommand::unwritableFile_exitsOne()
{
    const QString data = m_dir->filePath(QStringLiteral("data"));
    QVERIFY(QDir().mkpath(data));
    QVERIFY(QFile::copy(Test::dataPath(QStringLiteral("db/v1.db")), data + QStringLiteral("/deepdive.db")));
    const QString json = m_dir->filePath(QStringLiteral("no/such/folder/out.json"));
    ExportProgressCommand command;
    const Test::CommandRun run =
        Test::runCommand(command, {QStringLiteral("--data-dir"), data, QStringLiteral("--export-progress"), json});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(QStringLiteral("deepdive: ")) && run.err.contains(json), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QVERIFY(!QFile::exists(json));
}

QTEST_GUILESS_MAIN(TestExportProgressCommand)
#include "tst_exportprogresscommand.moc"
