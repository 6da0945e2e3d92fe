#include "bookmarkstore.h"
#include "commandrun.h"
#include "database.h"
#include "importprogresscommand.h"
#include "notestore.h"
#include "progressexchange.h"
#include "testsupport.h"

#include <QDir>
#include <QTest>

using namespace DeepDive;

class TestImportProgressCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void import_mergesAndCounts_twiceChangesNothing();
    void missingFile_exitsOneAndSaysSo();
    void unusableDatabase_importsNothingAndSaysWhy();
    void newerDatabase_importsNothingAndLeavesItAlone();
    void unwritableDataFolder_importsNothingAndSaysWhy();

private:
    Test::CommandRun import(const QString &dataDir, const QString &file);
    QString inputFile() const { return m_dir->filePath(QStringLiteral("in.json")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestImportProgressCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(Test::writeFiles(*m_dir, {{QStringLiteral("in.json"), R"({"format": "deepdive-progress", "version": 1,
        "bookmarks": [{"deck": "python", "kind": "topic", "item": "gil", "label": "weak", "createdMs": 5}],
        "notes": [{"deck": "python", "topic": "gil", "body": "mine", "updatedMs": 9, "versions": []}]})"}}));
}

Test::CommandRun TestImportProgressCommand::import(const QString &dataDir, const QString &file)
{
    ImportProgressCommand command;
    return Test::runCommand(command, {QStringLiteral("--data-dir"), dataDir, QStringLiteral("--import-progress"), file});
}

void TestImportProgressCommand::import_mergesAndCounts_twiceChangesNothing()
{
    const QString data = m_dir->filePath(QStringLiteral("data")); // not there yet: made for the import
    ProgressExchange::Counts counts; // what in.json holds, in the words ProgressExchange has for it
    counts.bookmarks = 1;
    counts.notes = 1;
    for (int time = 0; time < 2; ++time) {
        const Test::CommandRun run = import(data, inputFile());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QString(QStringLiteral("imported ") + counts.toString() + u'\n'));
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    }
    Database db;
    QString error;
    QVERIFY2(db.openForReading(data + QStringLiteral("/deepdive.db"), &error), qPrintable(error));
    const QList<Bookmark> bookmarks = BookmarkStore(db).all();
    QCOMPARE(bookmarks.size(), 1);
    QCOMPARE(bookmarks[0].label, QStringLiteral("weak"));
    QCOMPARE(NoteStore(db).note(QStringLiteral("python"), QStringLiteral("gil"))->body, QStringLiteral("mine"));
}

void TestImportProgressCommand::missingFile_exitsOneAndSaysSo()
{
    const Test::CommandRun run = import(m_dir->filePath(QStringLiteral("data")), m_dir->filePath(QStringLiteral("missing.json")));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(QStringLiteral("deepdive: ")) && run.err.contains(QStringLiteral("cannot read")), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestImportProgressCommand::unusableDatabase_importsNothingAndSaysWhy()
{
    const QString data = m_dir->filePath(QStringLiteral("data"));
    QVERIFY(QDir().mkpath(data + QStringLiteral("/deepdive.db")));
    const Test::CommandRun run = import(data, inputFile());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.endsWith(QStringLiteral("deepdive: nothing was imported: your progress database %1 cannot be written (see above)\n")
                                  .arg(QDir::toNativeSeparators(data + QStringLiteral("/deepdive.db")))),
             qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QVERIFY(QFileInfo(data + QStringLiteral("/deepdive.db")).isDir());
}

void TestImportProgressCommand::newerDatabase_importsNothingAndLeavesItAlone()
{
    const QString newer = m_dir->filePath(QStringLiteral("newer"));
    QVERIFY(QDir().mkpath(newer));
    QVERIFY(Test::writeSqlite(newer + QStringLiteral("/deepdive.db"), {QStringLiteral("PRAGMA user_version = 999")}));
    const Test::CommandRun run = import(newer, inputFile());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("nothing was imported")), qPrintable(run.err));
    // The database's own notice comes first, then what was not done.
    QVERIFY2(run.err.startsWith(QStringLiteral("deepdive: ")) && run.err.count(QStringLiteral("deepdive: ")) == 2, qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(QDir(newer).entryList({QStringLiteral("deepdive.db*")}), QStringList{QStringLiteral("deepdive.db")});
}

void TestImportProgressCommand::unwritableDataFolder_importsNothingAndSaysWhy()
{
    // Nobody, not even root, can create a folder in /proc.
    const Test::CommandRun run = import(QStringLiteral("/proc/deepdive-test-unwritable"), inputFile());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(QStringLiteral("deepdive: cannot create the data folder")), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestImportProgressCommand)
#include "tst_importprogresscommand.moc"
