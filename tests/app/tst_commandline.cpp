#include "testsupport.h"

#include <QImage>
#include <QRegularExpression>
#include <QProcess>
#include <QTest>

using namespace DeepDive;

// Runs the real deepdive binary, as a user would from a shell.
class TestCommandLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void version_printsNameAndVersion();
    void checkContent_cleanDeck_exitsZeroWithSummary();
    void checkContent_faultyDeck_listsEveryProblemAndExitsOne();
    void screenshot_writesA1280x800Png();
    void screenshot_unwritablePath_failsClearly();
    void noDisplay_explainsHowToRunHeadless();

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Result run(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    std::unique_ptr<QTemporaryDir> m_dir;
};

TestCommandLine::Result TestCommandLine::run(const QStringList &args, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(DEEPDIVE_BINARY), args);
    if (!process.waitForFinished(60000))
        qFatal("deepdive did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

void TestCommandLine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCommandLine::version_printsNameAndVersion()
{
    const Result r = run({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(QRegularExpression(QStringLiteral("^Deep Dive \\d+\\.\\d+\\.\\d+\\n$")).match(r.out).hasMatch(),
             qPrintable(r.out));
}

void TestCommandLine::checkContent_cleanDeck_exitsZeroWithSummary()
{
    const Result r = run({QStringLiteral("--check-content"), Test::dataPath(QStringLiteral("decks/sample"))});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("3 topics, 6 cards, 4 snippets (4 with expected output)\n"));
}

void TestCommandLine::checkContent_faultyDeck_listsEveryProblemAndExitsOne()
{
    QVERIFY(Test::writeFiles(*m_dir, {
        {QStringLiteral("deck.md"), Test::manifest()},
        {QStringLiteral("1/section.md"), Test::sectionFile(QStringLiteral("s"), QStringLiteral("S"))},
        {QStringLiteral("1/1.md"), "---\nid: a\ntitle: A\n---\n\n## Cards\n\n### choice id=c\n\nQ\n\n- [ ] x\n\n    no\n\n- [ ] y\n\n    no\n"},
        {QStringLiteral("1/2.md"), "---\nid: b\ntitle: B\n---\n\n## Cards\n\n### recall id=r\n\nQ\n\n#### Answer\n\nA\n"},
    }));
    const Result r = run({QStringLiteral("--check-content"), m_dir->path()});
    QCOMPARE(r.exitCode, 1);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0], m_dir->filePath(QStringLiteral("1/1.md")) + QStringLiteral(":8: error: the choice card `c` has "
                                                                                   "no correct option; mark at least "
                                                                                   "one with `- [x]`"));
    QCOMPARE(lines[1], QStringLiteral("2 topics, 1 cards, 0 snippets (0 with expected output)"));
}

void TestCommandLine::screenshot_writesA1280x800Png()
{
    const QString file = m_dir->filePath(QStringLiteral("shot.png"));
    const Result r = run({QStringLiteral("--data-dir"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("--content"),
                          Test::dataPath(QStringLiteral("decks/sample")), QStringLiteral("--screenshot"), file});
    QCOMPARE(r.exitCode, 0);
    const QImage image(file);
    QCOMPARE(image.size(), QSize(1280, 800));
    // Settings stay in the data folder given.
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("data/settings.ini"))));
}

void TestCommandLine::screenshot_unwritablePath_failsClearly()
{
    const Result r = run({QStringLiteral("--data-dir"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("--screenshot"),
                          m_dir->filePath(QStringLiteral("no/such/folder/shot.png"))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("cannot write the screenshot")), qPrintable(r.err));
}

void TestCommandLine::noDisplay_explainsHowToRunHeadless()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    Result r = run({QStringLiteral("--data-dir"), m_dir->path()}, env);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("no display found")));
    QVERIFY(r.err.contains(QStringLiteral("--screenshot")));
    // Commands that need no window still work.
    r = run({QStringLiteral("--version")}, env);
    QCOMPARE(r.exitCode, 0);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
