#include "commandrun.h"
#include "testsupport.h"
#include "windowcommand.h"

#include <QCommandLineParser>
#include <QDir>
#include <QLockFile>
#include <QTest>

using namespace DeepDive;

class TestWindowCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void runsWhenNothingElseIsAsked_andNeedsADisplay();
    void quitAfterFirstFrame_startsAndStopsCleanly();
    void lockHeldByAnInstanceThatDoesNotAnswer_exitsOneAndSaysSo();
    void noDisplayMessage_saysHowToRunHeadless();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestWindowCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestWindowCommand::runsWhenNothingElseIsAsked_andNeedsADisplay()
{
    WindowCommand command;
    QCommandLineParser parser;
    parser.addOptions(command.options());
    QVERIFY(parser.parse({QStringLiteral("deepdive")}));
    QVERIFY(command.isRequested(parser));
    QVERIFY(command.needsDisplay());
}

// The whole start-up, in this process: the folder is claimed, the database made, the decks read, the window shown;
// --quit-after-first-frame ends the event loop once it has painted.
void TestWindowCommand::quitAfterFirstFrame_startsAndStopsCleanly()
{
    const QString data = m_dir->filePath(QStringLiteral("data"));
    WindowCommand command;
    const Test::CommandRun run =
        Test::runCommand(command, {QStringLiteral("--data-dir"), data, QStringLiteral("--quit-after-first-frame")},
                         Clock::system(), Test::dataPath(QStringLiteral("decks/sample")));
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QVERIFY(QFile::exists(data + QStringLiteral("/deepdive.db")));
    QVERIFY(!QFile::exists(data + QStringLiteral("/deepdive.lock"))); // released when the window went
}

void TestWindowCommand::lockHeldByAnInstanceThatDoesNotAnswer_exitsOneAndSaysSo()
{
    const QString data = m_dir->filePath(QStringLiteral("data"));
    QVERIFY(QDir().mkpath(data));
    QLockFile hung(data + QStringLiteral("/deepdive.lock")); // a live process (this one) that never listens
    QVERIFY(hung.tryLock(0));
    WindowCommand command;
    const Test::CommandRun run = Test::runCommand(command, {QStringLiteral("--data-dir"), data});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(QStringLiteral("deepdive: Deep Dive is already running")), qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("does not answer")));
    QVERIFY(run.out.isEmpty());
    QVERIFY(!QFile::exists(data + QStringLiteral("/deepdive.db"))); // nothing was opened
}

void TestWindowCommand::noDisplayMessage_saysHowToRunHeadless()
{
    const QString message = WindowCommand::noDisplayMessage();
    QVERIFY(message.startsWith(QStringLiteral("no display found")));
    QVERIFY(message.contains(QStringLiteral("xvfb-run -a deepdive")));
    QVERIFY(message.contains(QStringLiteral("deepdive --screenshot shot.png")));
}

QTEST_MAIN(TestWindowCommand)
#include "tst_windowcommand.moc"
