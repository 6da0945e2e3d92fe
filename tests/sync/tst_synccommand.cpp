#include "journalformat.h"
#include "settings.h"
#include "studyrecorder.h"
#include "synccommand.h"
#include "userdata.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

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
    int run(const QString &dataDir, const QString &folder)
    {
        m_out.clear();
        m_err.clear();
        QTextStream out(&m_out);
        QTextStream err(&m_err);
        return runSyncCommand(dataDir, folder, out, err);
    }
    void answer(const QString &dataDir, const QString &card)
    {
        UserData data;
        data.open(QDir(dataDir).filePath(QStringLiteral("deepdive.db")), QDir(dataDir).filePath(QStringLiteral("backups")));
        const Fsrs fsrs;
        StudyRecorder recorder(data.reviews, fsrs);
        QString error;
        QVERIFY2(recorder.record({QStringLiteral("python"), QStringLiteral("t1"), card, 3, true, 1'767'225'600'000, 900}, &error),
                 qPrintable(error));
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_out;
    QString m_err;
};

void TestSyncCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestSyncCommand::withoutAFolder_saysHowToSetOne()
{
    QCOMPARE(run(m_dir->filePath(QStringLiteral("a")), {}), 1);
    QVERIFY2(m_err.contains(QLatin1String("error: no sync folder")) && m_err.contains(QLatin1String("--sync-folder")),
             qPrintable(m_err));
    QVERIFY(m_out.isEmpty());
}

void TestSyncCommand::missingFolder_isAnErrorThatSaysSo()
{
    const QString folder = m_dir->filePath(QStringLiteral("usb-stick"));
    QCOMPARE(run(m_dir->filePath(QStringLiteral("a")), folder), 1);
    QVERIFY2(m_err.startsWith(QLatin1String("error: ")) && m_err.contains(folder) && m_err.contains(QLatin1String("not available")),
             qPrintable(m_err));
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

    QCOMPARE(run(a, shared), 0);
    QVERIFY2(m_out.contains(QLatin1String("No other device")), qPrintable(m_out));
    QVERIFY2(m_err.isEmpty(), qPrintable(m_err));
    QCOMPARE(run(b, {}), 0);
    QVERIFY2(m_out.startsWith(QLatin1String("Synced with ")), qPrintable(m_out));
    QVERIFY2(m_out.contains(QLatin1String("Came in: 1 answer")), qPrintable(m_out));
    QCOMPARE(run(a, shared), 0);
    QVERIFY2(m_out.contains(QLatin1String("Came in: 1 answer")), qPrintable(m_out));
    QCOMPARE(run(a, shared), 0);
    QVERIFY2(m_out.contains(QLatin1String("Nothing new came in.")), qPrintable(m_out));
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
    QCOMPARE(run(m_dir->filePath(QStringLiteral("a")), shared), 0);
    QVERIFY2(m_err.startsWith(QStringLiteral("warning: ") + f.fileName() + QStringLiteral(":2: ")), qPrintable(m_err));
    QVERIFY2(m_out.contains(QLatin1String("Synced with tablet.")), qPrintable(m_out));
}

QTEST_GUILESS_MAIN(TestSyncCommand)
#include "tst_synccommand.moc"
