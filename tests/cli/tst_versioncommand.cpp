#include "commandrun.h"
#include "versioncommand.h"

#include <QCoreApplication>
#include <QTest>

using namespace DeepDive;

class TestVersionCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_printsNameAndVersion();
    void options_shortAndLong();
};

void TestVersionCommand::run_printsNameAndVersion()
{
    QCoreApplication::setApplicationVersion(QStringLiteral("1.2.3"));
    VersionCommand command;
    const Test::CommandRun run = Test::runCommand(command, {QStringLiteral("--version")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QStringLiteral("Deep Dive 1.2.3\n"));
    QVERIFY(run.err.isEmpty());
}

void TestVersionCommand::options_shortAndLong()
{
    const QList<QCommandLineOption> options = VersionCommand().options();
    QCOMPARE(options.size(), 1);
    QCOMPARE(options[0].names(), (QStringList{QStringLiteral("v"), QStringLiteral("version")}));
    QCOMPARE(options[0].description(), QStringLiteral("Print the version and exit."));
}

QTEST_GUILESS_MAIN(TestVersionCommand)
#include "tst_versioncommand.moc"
