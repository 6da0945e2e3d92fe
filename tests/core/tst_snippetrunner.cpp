#include "snippetrunner.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace DeepDive;

class TestSnippetRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void run_capturesOutputAndExitCode();
    void run_exception_goesToStderr();
    void run_hasNoStdinAndAFreshFolder();
    void run_timeout_stopsTheSnippet();
    void run_memoryLimit_stopsAHog();
    void run_withoutPython_saysSo();
    void stop_killsTheChildrenTheSnippetStarted();
    void finish_killsChildrenLeftInTheBackground();
    void run_endlessOutput_isCappedAndStopped();

private:
    SnippetRunner::Result run(SnippetRunner &runner, const QString &code);
};

void TestSnippetRunner::initTestCase()
{
    if (SnippetRunner::python().isEmpty())
        QFAIL("python3 is needed for these tests");
}

SnippetRunner::Result TestSnippetRunner::run(SnippetRunner &runner, const QString &code)
{
    QSignalSpy finished(&runner, &SnippetRunner::finished);
    runner.run(code);
    if (!finished.wait(20000))
        return {};
    return finished.first().first().value<SnippetRunner::Result>();
}

void TestSnippetRunner::run_capturesOutputAndExitCode()
{
    SnippetRunner runner;
    const auto r = run(runner, QStringLiteral("print('héllo')\nimport sys\nsys.exit(3)\n"));
    QCOMPARE(r.out, QStringLiteral("héllo\n"));
    QCOMPARE(r.exitCode, 3);
    QVERIFY(!r.timedOut);
}

void TestSnippetRunner::run_exception_goesToStderr()
{
    SnippetRunner runner;
    const auto r = run(runner, QStringLiteral("print('before')\n1 / 0\n"));
    QCOMPARE(r.out, QStringLiteral("before\n"));
    QVERIFY(r.err.trimmed().endsWith(QStringLiteral("ZeroDivisionError: division by zero")));
    QCOMPARE(r.exitCode, 1);
}

void TestSnippetRunner::run_hasNoStdinAndAFreshFolder()
{
    SnippetRunner runner;
    const auto r = run(runner, QStringLiteral("import os\nprint(sorted(os.listdir('.')))\ntry:\n    input()\nexcept EOFError:\n"
                                              "    print('no stdin')\nprint(os.getcwd() != %1)\n")
                                   .arg(QLatin1Char('\'') + QDir::currentPath() + QLatin1Char('\'')));
    QCOMPARE(r.out, QStringLiteral("['snippet.py']\nno stdin\nTrue\n"));
}

void TestSnippetRunner::run_timeout_stopsTheSnippet()
{
    SnippetRunner runner;
    runner.setTimeoutMs(500);
    const auto r = run(runner, QStringLiteral("while True:\n    pass\n"));
    QVERIFY(r.timedOut);
    QVERIFY(r.elapsedMs < 10000);
    QVERIFY(!runner.isRunning());
}

void TestSnippetRunner::run_memoryLimit_stopsAHog()
{
    SnippetRunner runner;
    runner.setMemoryLimitMb(256);
    const auto r = run(runner, QStringLiteral("try:\n    x = bytearray(1024 * 1024 * 1024)\n    print('allocated')\nexcept MemoryError:\n"
                                              "    print('MemoryError')\n"));
    QCOMPARE(r.out, QStringLiteral("MemoryError\n"));
}

void TestSnippetRunner::run_withoutPython_saysSo()
{
    const QByteArray path = qgetenv("PATH");
    qputenv("PATH", "/nonexistent");
    SnippetRunner runner;
    QSignalSpy finished(&runner, &SnippetRunner::finished);
    QVERIFY(!runner.run(QStringLiteral("print(1)")));
    qputenv("PATH", path);
    QCOMPARE(finished.count(), 1);
    const auto r = finished.first().first().value<SnippetRunner::Result>();
    QVERIFY(r.failedToStart);
    QVERIFY(r.err.contains(QStringLiteral("python3 was not found")));
}

// The pids a snippet printed, one per line; which of them still run (zombies reaped by init do not count).
static QList<int> alive(const QString &out)
{
    QList<int> running;
    for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int pid = line.trimmed().toInt(&ok);
        if (!ok)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (stat.open(QIODevice::ReadOnly) && !stat.readAll().contains(") Z "))
            running.append(pid);
    }
    return running;
}

void TestSnippetRunner::stop_killsTheChildrenTheSnippetStarted()
{
    SnippetRunner runner;
    runner.setTimeoutMs(60000);
    // 20 children that sleep, each printing its pid; the parent sleeps too.
    QVERIFY(runner.run(QStringLiteral(
        "import os, time\n"
        "for _ in range(20):\n"
        "    if os.fork() == 0:\n"
        "        print(os.getpid(), flush=True)\n"
        "        time.sleep(120)\n"
        "        os._exit(0)\n"
        "time.sleep(120)\n")));
    QTRY_VERIFY_WITH_TIMEOUT(runner.partialOutput().count(QLatin1Char('\n')) >= 20, 10000);
    const QString pids = runner.partialOutput();
    QCOMPARE(alive(pids).size(), 20);
    runner.stop();
    QTRY_VERIFY_WITH_TIMEOUT(alive(pids).isEmpty(), 5000);
}

void TestSnippetRunner::finish_killsChildrenLeftInTheBackground()
{
    SnippetRunner runner;
    const auto r = run(runner, QStringLiteral(
        "import os, time\n"
        "for _ in range(5):\n"
        "    if os.fork() == 0:\n"
        "        print(os.getpid(), flush=True)\n"
        "        time.sleep(120)\n"
        "        os._exit(0)\n"
        "time.sleep(0.5)\n"));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.count(QLatin1Char('\n')), 5);
    QTRY_VERIFY_WITH_TIMEOUT(alive(r.out).isEmpty(), 5000);
}

void TestSnippetRunner::run_endlessOutput_isCappedAndStopped()
{
    SnippetRunner runner;
    runner.setTimeoutMs(30000);
    const auto r = run(runner, QStringLiteral("while True:\n    print('x' * 1000)\n"));
    QVERIFY(r.outputTruncated);
    QVERIFY(!r.timedOut);
    QCOMPARE(r.out.toUtf8().size(), SnippetRunner::outputLimitBytes);
    QVERIFY(!runner.isRunning());
}

QTEST_GUILESS_MAIN(TestSnippetRunner)
#include "tst_snippetrunner.moc"
