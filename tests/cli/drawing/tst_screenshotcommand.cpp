#include "commandrun.h"
#include "screenshotcommand.h"
#include "testsupport.h"

#include <QDir>
#include <QImage>
#include <QTest>

using namespace DeepDive;

class TestScreenshotCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void writesA1280x800Png_andOpensTheDataFolderAsTheWindowDoes();
    void unwritablePath_failsClearly();
    void unwritableDataFolder_takesThePictureWithoutSaving();

private:
    Test::CommandRun screenshot(const QString &dataDir, const QString &file);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestScreenshotCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

Test::CommandRun TestScreenshotCommand::screenshot(const QString &dataDir, const QString &file)
{
    ScreenshotCommand command;
    return Test::runCommand(command, {QStringLiteral("--data-dir"), dataDir, QStringLiteral("--screenshot"), file},
                            Clock::system(), Test::dataPath(QStringLiteral("decks/sample")));
}

void TestScreenshotCommand::writesA1280x800Png_andOpensTheDataFolderAsTheWindowDoes()
{
    const QString data = m_dir->filePath(QStringLiteral("data"));
    const QString file = m_dir->filePath(QStringLiteral("shot.png"));
    const Test::CommandRun run = screenshot(data, file);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    const QImage image(file);
    QCOMPARE(image.size(), QSize(1280, 800));
    QVERIFY(QFile::exists(data + QStringLiteral("/settings.ini")));
    QVERIFY(QFile::exists(data + QStringLiteral("/deepdive.db")));
    // It does not claim the folder: no lock is left, and none was needed.
    QVERIFY(!QFile::exists(data + QStringLiteral("/deepdive.lock")));
}

void TestScreenshotCommand::unwritablePath_failsClearly()
{
    const QString file = m_dir->filePath(QStringLiteral("no/such/folder/shot.png"));
    const Test::CommandRun run = screenshot(m_dir->filePath(QStringLiteral("data")), file);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, QStringLiteral("deepdive: cannot write the screenshot to %1; check that the folder exists and is writable\n")
                          .arg(file));
    QVERIFY(!QFile::exists(file));
}

void TestScreenshotCommand::unwritableDataFolder_takesThePictureWithoutSaving()
{
    // Nobody, not even root, can create a folder in /proc.
    const QString file = m_dir->filePath(QStringLiteral("shot.png"));
    const Test::CommandRun run = screenshot(QStringLiteral("/proc/deepdive-test-unwritable"), file);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.startsWith(QStringLiteral("deepdive: cannot create the data folder")), qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("running without saving")));
    QVERIFY(QFile::exists(file));
}

QTEST_MAIN(TestScreenshotCommand)
#include "tst_screenshotcommand.moc"
