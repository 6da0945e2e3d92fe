#include "commandrun.h"
#include "journalformat.h"
#include "settings.h"
#include "studyrecorder.h"
#include "synccommand.h"
#include "userdata.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace DeepDive;

class TestSyncCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void withoutAFolder_saysHowToSetOne();
    void missingFolder_isAnErrorThatSaysSo();
    void twoDataFolders_onOneSharedFolder_printWhatCameIn();
    void skippedLines_areWarnings();

private:
    Test::CommandRun sync(const QString &dataDir, const QString &folder = {})
    {
        SyncCommand command;
        QStringList arguments{QStringLiteral("--data-dir"), dataDir, QStringLiteral("--sync")};
        if (!folder.isEmpty())
            arguments << QStringLiteral("--sync-folder") << folder;
        return Test::runCommand(command, arguments);
    }
    void answer(const QString &dataDir, const QString &card)
    {
        UserData data;
        QVERIFY(data.open(QDir(dataDir).filePath(QStringLiteral("deepdive.db")), QDir(dataDir).filePath(QStringLiteral("backups"))));
        const Fsrs fsrs;
        StudyRecorder recorder(data.reviews, fsrs);
        QString error;
        QVERIFY2(recorder.record({QStringLiteral("python"), QStringLiteral("t1"), card, 3, true, 1'767'225'600'000, 900}, &error),
                 qPrintable(error));
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSyncCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestSyncCommand::withoutAFolder_saysHowToSetOne()
{
    const Test::CommandRun run = sync(m_dir->filePath(QStringLiteral("a")));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("no sync folder")) && run.err.contains(QLatin1String("--sync-folder")),
             qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestSyncCommand::missingFolder_isAnErrorThatSaysSo()
{
    const QString folder = m_dir->filePath(QStringLiteral("usb-stick"));
    const Test::CommandRun run = sync(m_dir->filePath(QStringLiteral("a")), folder);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(folder) && run.err.contains(QLatin1String("not available")), qPrintable(run.err));
    QVERIFY(!QFile::exists(folder));
}

void TestSyncCommand::twoDataFolders_onOneSharedFolder_printWhatCameIn()
{
    // A network share both computers mount: one folder, two data folders.
    const QString shared = m_dir->filePath(QStringLiteral("share"));
    QVERIFY(QDir().mkpath(shared));
    const QString a = m_dir->filePath(QStringLiteral("a"));
    const QString b = m_dir->filePath(QStringLiteral("b"));
    QVERIFY(QDir().mkpath(a));
    QVERIFY(QDir().mkpath(b));
    answer(a, QStringLiteral("c1"));
    answer(b, QStringLiteral("c2"));
    Settings(QDir(b).filePath(QStringLiteral("settings.ini"))).setSyncFolder(shared); // b uses its setting

    Test::CommandRun run = sync(a, shared);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QLatin1String("No other device")), qPrintable(run.out));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    run = sync(b);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(QLatin1String("Synced with ")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QLatin1String("Came in: 1 answer")), qPrintable(run.out));
    run = sync(a, shared);
    QVERIFY2(run.out.contains(QLatin1String("Came in: 1 answer")), qPrintable(run.out));
    run = sync(a, shared);
    QVERIFY2(run.out.contains(QLatin1String("Nothing new came in.")), qPrintable(run.out));
    QCOMPARE(QDir(QDir(shared).filePath(QStringLiteral("deepdive-sync"))).entryList(QDir::Files).size(), 2);
}

void TestSyncCommand::skippedLines_areWarnings()
{
    const QString shared = m_dir->filePath(QStringLiteral("share"));
    const QString journals = QDir(shared).filePath(QStringLiteral("deepdive-sync"));
    QVERIFY(QDir().mkpath(journals));
    QFile f(QDir(journals).filePath(QStringLiteral("other.jsonl")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(Journal::encodeLine(Journal::header(QStringLiteral("other"), QStringLiteral("tablet"), 1)) + "garbage\n");
    f.close();
    const Test::CommandRun run = sync(m_dir->filePath(QStringLiteral("a")), shared);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(QStringLiteral("warning: ") + f.fileName() + QStringLiteral(":2: ")), qPrintable(run.err));
    QVERIFY2(run.out.contains(QLatin1String("Synced with tablet.")), qPrintable(run.out));
}

QTEST_GUILESS_MAIN(TestSyncCommand)
#include "tst_synccommand.moc"
