#include "bookmarkstore.h"
#include "database.h"
#include "notestore.h"
#include "reviewstore.h"
#include "settings.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QLockFile>
#include <QRegularExpression>
#include <QProcess>
#include <QScopeGuard>
#include <QTest>
#include <QThread>

#include <atomic>
#include <thread>

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
    void checkContent_showOfAnUnknownSnippet_isAFileLineError();
    void screenshot_writesA1280x800Png();
    void screenshot_unwritablePath_failsClearly();
    void noDisplay_explainsHowToRunHeadless();
    void checkDatabase_healthyAndDamaged();
    void exportAndImportProgress_roundTrip();
    void exportAndImportProgress_unusableDatabase_failInsteadOfReportingNothingAsDone();
    void damagedDatabase_isKeptAsideAndTheAppStarts();
    void readOnlyCommands_changeNothing_evenOnAnOlderSchema();
    void everyCommand_whileTheAppRunsAndWrites_movesAndLosesNothing();
    void secondLaunchOnSameDataDir_handsOverToTheFirst();
    void lockHeldByAnInstanceThatDoesNotAnswer_exitsOneAndSaysSo();
    void unwritableDataDir_startsWithoutSaving();
    void exportPdf_scopesAndErrors();
    void language_followsTheSystem_andTheSettingOverridesIt();

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

void TestCommandLine::checkContent_showOfAnUnknownSnippet_isAFileLineError()
{
    QVERIFY(Test::writeFiles(*m_dir, {
        {QStringLiteral("deck.md"), Test::manifest()},
        {QStringLiteral("1/section.md"), Test::sectionFile(QStringLiteral("s"), QStringLiteral("S"))},
        {QStringLiteral("1/1.md"), "---\nid: a\ntitle: A\n---\n\n## Snippets\n\n### S\n\n```python id=s\nx = 1\n```\n\n"
                                   "## Cards\n\n### recall id=r show=s\n\nQ\n\n#### Answer\n\nA\n\n"
                                   "### choice id=c show=nope\n\nQ\n\n- [x] x\n- [ ] y\n\n    no\n"},
    }));
    const Result r = run({QStringLiteral("--check-content"), m_dir->path()});
    QCOMPARE(r.exitCode, 1);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0], m_dir->filePath(QStringLiteral("1/1.md"))
                           + QStringLiteral(":24: error: card `c` shows snippet `nope` (`show=`), which is not in this topic"));
    QCOMPARE(lines[1], QStringLiteral("1 topics, 1 cards, 1 snippets (0 with expected output)"));
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

void TestCommandLine::checkDatabase_healthyAndDamaged()
{
    const QString data = m_dir->filePath(QStringLiteral("data"));
    // A screenshot run creates the database.
    QCOMPARE(run({QStringLiteral("--data-dir"), data, QStringLiteral("--screenshot"), m_dir->filePath(QStringLiteral("s.png"))}).exitCode, 0);
    Result r = run({QStringLiteral("--data-dir"), data, QStringLiteral("--check-database")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("integrity: ok")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("review_log: 0 rows")));
    QVERIFY(r.out.contains(QStringLiteral("orphaned (kept until their content comes back): 0")));

    QFile file(data + QStringLiteral("/deepdive.db"));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("definitely not sqlite");
    file.close();
    r = run({QStringLiteral("--data-dir"), data, QStringLiteral("--check-database")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.contains(QStringLiteral("problem:")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("definitely not sqlite")); // checking changes nothing
}

void TestCommandLine::exportAndImportProgress_roundTrip()
{
    const QString data = m_dir->filePath(QStringLiteral("data"));
    QVERIFY(Test::writeFiles(*m_dir, {{QStringLiteral("in.json"), R"({"format": "deepdive-progress", "version": 1,
        "bookmarks": [{"deck": "python", "kind": "topic", "item": "gil", "label": "weak", "createdMs": 5}],
        "notes": [{"deck": "python", "topic": "gil", "body": "mine", "updatedMs": 9, "versions": []}]})"}}));
    Result r = run({QStringLiteral("--data-dir"), data, QStringLiteral("--import-progress"), m_dir->filePath(QStringLiteral("in.json"))});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("imported 0 answers, 0 card states, 1 bookmark, 1 note and 0 topic visits\n"));
    r = run({QStringLiteral("--data-dir"), data, QStringLiteral("--export-progress"), m_dir->filePath(QStringLiteral("out.json"))});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("exported 0 answers, 0 card states, 1 bookmark, 1 note and 0 topic visits\n"));
    QFile out(m_dir->filePath(QStringLiteral("out.json")));
    QVERIFY(out.open(QIODevice::ReadOnly));
    QVERIFY(out.readAll().contains("\"label\": \"weak\""));
    r = run({QStringLiteral("--data-dir"), data, QStringLiteral("--import-progress"), m_dir->filePath(QStringLiteral("missing.json"))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("cannot read")));
}

void TestCommandLine::exportAndImportProgress_unusableDatabase_failInsteadOfReportingNothingAsDone()
{
    QVERIFY(Test::writeFiles(*m_dir, {{QStringLiteral("in.json"), R"({"format": "deepdive-progress", "version": 1,
        "bookmarks": [{"deck": "python", "kind": "topic", "item": "gil", "label": "weak", "createdMs": 5}]})"}}));
    // A folder where the database file should be: Deep Dive leaves it alone and can use nothing.
    const QString data = m_dir->filePath(QStringLiteral("data"));
    QVERIFY(QDir().mkpath(data + QStringLiteral("/deepdive.db")));
    Result r = run({QStringLiteral("--data-dir"), data, QStringLiteral("--import-progress"), m_dir->filePath(QStringLiteral("in.json"))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("nothing was imported")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    r = run({QStringLiteral("--data-dir"), data, QStringLiteral("--export-progress"), m_dir->filePath(QStringLiteral("out.json"))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("nothing was exported")), qPrintable(r.err));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("out.json"))));
    QVERIFY(QFileInfo(data + QStringLiteral("/deepdive.db")).isDir());

    // A database written by a newer Deep Dive is left untouched: nothing is imported into it.
    const QString newer = m_dir->filePath(QStringLiteral("newer"));
    QVERIFY(QDir().mkpath(newer));
    QVERIFY(Test::writeSqlite(newer + QStringLiteral("/deepdive.db"), {QStringLiteral("PRAGMA user_version = 999")}));
    r = run({QStringLiteral("--data-dir"), newer, QStringLiteral("--import-progress"), m_dir->filePath(QStringLiteral("in.json"))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("nothing was imported")), qPrintable(r.err));
}

// --export-progress, --export-pdf and --check-database only read: on a database of an older schema they neither
// migrate it nor back it up; with no database at all they make none.
void TestCommandLine::readOnlyCommands_changeNothing_evenOnAnOlderSchema()
{
    const QString data = m_dir->filePath(QStringLiteral("data"));
    QVERIFY(QDir().mkpath(data));
    QVERIFY(Test::copyV1Database(data + QStringLiteral("/deepdive.db")));
    const auto before = Test::folderState(data);
    const QString json = m_dir->filePath(QStringLiteral("out.json"));
    Result r = run({QStringLiteral("--data-dir"), data, QStringLiteral("--export-progress"), json});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("exported 3 answers")), qPrintable(r.out + r.err));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    r = run({QStringLiteral("--data-dir"), data, QStringLiteral("--check-database")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("schema version: 1")), qPrintable(r.out));
    r = run({QStringLiteral("--data-dir"), data, QStringLiteral("--export-pdf"), m_dir->filePath(QStringLiteral("out.pdf")),
             QStringLiteral("--scope"), QStringLiteral("topics:gil")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    QCOMPARE(Test::folderState(data), before);

    // No data folder at all (here: a file where it should be): exporting fails and says why; printing works
    // without progress and says nothing about the folder.
    QVERIFY(Test::writeFiles(*m_dir, {{QStringLiteral("plainfile"), "x"}}));
    const QString notAFolder = m_dir->filePath(QStringLiteral("plainfile"));
    r = run({QStringLiteral("--data-dir"), notAFolder, QStringLiteral("--export-progress"), json});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("no progress database")), qPrintable(r.err));
    r = run({QStringLiteral("--data-dir"), notAFolder, QStringLiteral("--export-pdf"), m_dir->filePath(QStringLiteral("out2.pdf")),
             QStringLiteral("--scope"), QStringLiteral("topics:gil")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    const QString fresh = m_dir->filePath(QStringLiteral("fresh"));
    r = run({QStringLiteral("--data-dir"), fresh, QStringLiteral("--export-pdf"), m_dir->filePath(QStringLiteral("out3.pdf")),
             QStringLiteral("--scope"), QStringLiteral("topics:gil")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!QFileInfo::exists(fresh)); // printing made no data folder
}

// The window is open on a data folder and the learner keeps answering and typing notes (a writer thread on the same
// database, as the window's connection would); meanwhile every command runs on that folder.
void TestCommandLine::everyCommand_whileTheAppRunsAndWrites_movesAndLosesNothing()
{
    const QString data = m_dir->filePath(QStringLiteral("data"));
    QProcess app;
    app.start(QStringLiteral(DEEPDIVE_BINARY), {QStringLiteral("--data-dir"), data});
    QVERIFY(app.waitForStarted());
    const auto stopApp = qScopeGuard([&] {
        app.terminate();
        if (!app.waitForFinished(10000))
            app.kill();
    });
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(data + QStringLiteral("/deepdive.lock")), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(data + QStringLiteral("/deepdive.db")), 30000);

    std::atomic_bool stop{false};
    std::atomic_int answered{0};
    QString writerError;
    std::thread writer([&] {
        Database db;
        if (!db.open(data + QStringLiteral("/deepdive.db"), data + QStringLiteral("/backups"), &writerError))
            return;
        ReviewStore reviews(db);
        NoteStore notes(db);
        for (int i = 0; !stop; ++i) {
            const qint64 ms = 1'700'000'000'000 + i;
            Review review{QStringLiteral("python"), QStringLiteral("w-%1").arg(i), QStringLiteral("gil"), ms, 3, true, 900};
            CardState after{QStringLiteral("python"), review.cardId, QStringLiteral("gil"), CardState::Review, 2.0, 5.0, ms + 86'400'000, ms, 1, 0};
            QString error;
            if (!reviews.recordAnswer(review, after, &error)
                || (i % 10 == 0 && !notes.save({QStringLiteral("python"), QStringLiteral("gil"), QStringLiteral("note %1").arg(i), ms}, &error))) {
                writerError = error;
                return;
            }
            answered = i + 1;
            QThread::msleep(2); // answers come one after another, not in one burst
        }
    });
    const auto stopWriter = qScopeGuard([&] {
        stop = true;
        if (writer.joinable())
            writer.join();
    });
    QTRY_VERIFY(answered > 20);

    QVERIFY(Test::writeFiles(*m_dir, {{QStringLiteral("in.json"), R"({"format": "deepdive-progress", "version": 1,
        "bookmarks": [{"deck": "python", "kind": "topic", "item": "asyncio-basics", "label": "weak", "createdMs": 5}]})"}}));
    const QString args = QStringLiteral("--check-database|--export-progress %1|--import-progress %2|--export-pdf %3 --scope topics:gil")
                             .arg(m_dir->filePath(QStringLiteral("out.json")), m_dir->filePath(QStringLiteral("in.json")),
                                  m_dir->filePath(QStringLiteral("out.pdf")));
    for (const QString &command : args.split(u'|')) {
        const Result r = run(QStringList{QStringLiteral("--data-dir"), data} + command.split(u' '));
        QVERIFY2(r.exitCode == 0, qPrintable(command + QStringLiteral(": ") + r.out + r.err));
    }
    // A second window hands over to the first.
    const Result second = run({QStringLiteral("--data-dir"), data});
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(second.out.contains(QStringLiteral("already running")), qPrintable(second.out + second.err));
    QVERIFY(answered > 20);
    const int beforeStop = answered;
    stop = true;
    writer.join();
    QVERIFY2(writerError.isEmpty(), qPrintable(writerError));
    QVERIFY(answered >= beforeStop);
    QCOMPARE(app.state(), QProcess::Running); // the window lives on
    // Today's backup was made, in the app's worker, while all this went on.
    QTRY_COMPARE_WITH_TIMEOUT(QDir(data + QStringLiteral("/backups")).entryList({QStringLiteral("deepdive-2*.db")}).size(), 1, 30000);

    // Nothing was moved aside, every answer and the last note are there, the import too, and the file is sound.
    QCOMPARE(QDir(data).entryList({QStringLiteral("deepdive.db.*"), QStringLiteral("deepdive.db-wal.*")}), QStringList());
    Database db;
    QString error;
    QVERIFY2(db.openForReading(data + QStringLiteral("/deepdive.db"), &error), qPrintable(error));
    QCOMPARE(db.quickCheck(), QStringLiteral("ok"));
    QCOMPARE(ReviewStore(db).reviewCount(), int(answered));
    QCOMPARE(NoteStore(db).note(QStringLiteral("python"), QStringLiteral("gil"))->body,
             QStringLiteral("note %1").arg((answered - 1) / 10 * 10));
    QCOMPARE(BookmarkStore(db).all().size(), 1);
}

void TestCommandLine::damagedDatabase_isKeptAsideAndTheAppStarts()
{
    const QString data = m_dir->filePath(QStringLiteral("data"));
    QVERIFY(Test::writeFiles(*m_dir, {{QStringLiteral("data/deepdive.db"), QByteArray(8192, '\x07')}}));
    const Result r = run({QStringLiteral("--data-dir"), data, QStringLiteral("--screenshot"), m_dir->filePath(QStringLiteral("s.png"))});
    QCOMPARE(r.exitCode, 0);
    const QStringList aside = QDir(data).entryList({QStringLiteral("deepdive.db.damaged-*")});
    QCOMPARE(aside.size(), 1);
    QFile kept(data + QLatin1Char('/') + aside[0]);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray(8192, '\x07'));
    QCOMPARE(run({QStringLiteral("--data-dir"), data, QStringLiteral("--check-database")}).exitCode, 0);
}

void TestCommandLine::secondLaunchOnSameDataDir_handsOverToTheFirst()
{
    const QString data = m_dir->filePath(QStringLiteral("data"));
    QProcess first;
    first.start(QStringLiteral(DEEPDIVE_BINARY), {QStringLiteral("--data-dir"), data});
    QVERIFY(first.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(data + QStringLiteral("/deepdive.lock")), 20000);
    const Result second = run({QStringLiteral("--data-dir"), data});
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(second.out.contains(QStringLiteral("already running")), qPrintable(second.out + second.err));
    QCOMPARE(first.state(), QProcess::Running);
    // Another data folder is another instance: it starts (and we stop it).
    QProcess other;
    other.start(QStringLiteral(DEEPDIVE_BINARY), {QStringLiteral("--data-dir"), m_dir->filePath(QStringLiteral("other"))});
    QVERIFY(other.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_dir->filePath(QStringLiteral("other/deepdive.lock"))), 20000);
    QCOMPARE(other.state(), QProcess::Running);
    other.kill();
    first.kill();
    QVERIFY(other.waitForFinished());
    QVERIFY(first.waitForFinished());
}

void TestCommandLine::lockHeldByAnInstanceThatDoesNotAnswer_exitsOneAndSaysSo()
{
    const QString data = m_dir->filePath(QStringLiteral("data"));
    QVERIFY(QDir().mkpath(data));
    QLockFile hung(data + QStringLiteral("/deepdive.lock")); // a live process (this one) that never listens
    QVERIFY(hung.tryLock(0));
    const Result second = run({QStringLiteral("--data-dir"), data});
    const QString printed = second.out + second.err;
    QCOMPARE(second.exitCode, 1);
    QVERIFY2(second.err.contains(QStringLiteral("does not answer")), qPrintable(printed));
    QVERIFY2(!printed.contains(QStringLiteral("brought forward")), qPrintable(printed));
}

void TestCommandLine::unwritableDataDir_startsWithoutSaving()
{
    // Nobody, not even root, can create a folder in /proc.
    const QString data = QStringLiteral("/proc/deepdive-test-unwritable");
    const Result shot = run({QStringLiteral("--data-dir"), data, QStringLiteral("--screenshot"), m_dir->filePath(QStringLiteral("s.png"))});
    QCOMPARE(shot.exitCode, 0);
    QVERIFY2(shot.err.contains(QStringLiteral("cannot create the data folder")), qPrintable(shot.err));
    QVERIFY(shot.err.contains(QStringLiteral("running without saving")));
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("s.png"))));
    // The window itself starts (it is not mistaken for a second instance) and keeps running.
    QProcess app;
    app.start(QStringLiteral(DEEPDIVE_BINARY), {QStringLiteral("--data-dir"), data});
    QVERIFY(app.waitForStarted());
    QVERIFY2(!app.waitForFinished(3000), qPrintable(QString::fromUtf8(app.readAllStandardOutput())));
    app.kill();
    app.waitForFinished();
}

void TestCommandLine::exportPdf_scopesAndErrors()
{
    const QString data = m_dir->filePath(QStringLiteral("data"));
    const QString sample = Test::dataPath(QStringLiteral("decks/sample"));
    const QString file = m_dir->filePath(QStringLiteral("out.pdf"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // works with no display at all
    Result r = run({QStringLiteral("--data-dir"), data, QStringLiteral("--content"), sample, QStringLiteral("--export-pdf"), file,
                    QStringLiteral("--scope"), QStringLiteral("topics:loops,identity"), QStringLiteral("--page-size"), QStringLiteral("Letter")},
                   env);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("wrote 2 topics to %1\n").arg(file));
    QFile pdf(file);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    pdf.close();

    // One deck: the sample's three topics, not the bundled deck's.
    r = run({QStringLiteral("--data-dir"), data, QStringLiteral("--content"), sample, QStringLiteral("--export-pdf"), file,
             QStringLiteral("--scope"), QStringLiteral("deck:sample")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("wrote 3 topics to %1\n").arg(file));
    r = run({QStringLiteral("--data-dir"), data, QStringLiteral("--export-pdf"), file, QStringLiteral("--scope"), QStringLiteral("deck:nope")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("there is no deck with the id \"nope\"")), qPrintable(r.err));
    r = run({QStringLiteral("--data-dir"), data, QStringLiteral("--content"), sample, QStringLiteral("--export-pdf"), file,
             QStringLiteral("--scope"), QStringLiteral("section:nope")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("there is no section with the id \"nope\"")), qPrintable(r.err));
    r = run({QStringLiteral("--data-dir"), data, QStringLiteral("--content"), sample, QStringLiteral("--export-pdf"), file,
             QStringLiteral("--scope"), QStringLiteral("topics:loops,ghost")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("there is no topic with the id \"ghost\"")));
    const QString bad = m_dir->filePath(QStringLiteral("no/such/dir/out.pdf"));
    r = run({QStringLiteral("--data-dir"), data, QStringLiteral("--export-pdf"), bad});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("cannot write")));
    QVERIFY(!QFile::exists(bad));
    r = run({QStringLiteral("--data-dir"), data, QStringLiteral("--export-pdf"), file, QStringLiteral("--page-size"), QStringLiteral("A3")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("A4 or Letter")));

    // Answers at the end of the document, and the learner's own notes.
    {
        QVERIFY(QDir().mkpath(data));
        QString error;
        Database db;
        QVERIFY2(db.open(data + QStringLiteral("/deepdive.db"), data + QStringLiteral("/backups")), qPrintable(db.notice()));
        QVERIFY(NoteStore(db).save({QStringLiteral("sample"), QStringLiteral("loops"), QStringLiteral("Remember **range** stops early."), 5}, &error));
    }
    const auto pdfText = [](const QString &written) {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {written, QStringLiteral("-")});
        p.waitForFinished(30000);
        return QString::fromUtf8(p.readAllStandardOutput());
    };
    const QStringList sampleAt{QStringLiteral("--data-dir"), data, QStringLiteral("--content"), sample, QStringLiteral("--export-pdf"), file,
                               QStringLiteral("--scope"), QStringLiteral("deck:sample")};
    r = run(sampleAt + QStringList{QStringLiteral("--with-quiz"), QStringLiteral("--answers"), QStringLiteral("end"), QStringLiteral("--with-notes")});
    QCOMPARE(r.exitCode, 0);
    QString text = pdfText(file);
    QVERIFY2(text.indexOf(QStringLiteral("Answers — Identity and equality")) > text.indexOf(QStringLiteral("Loops repeat work.")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("My notes")));
    QVERIFY(text.contains(QStringLiteral("Remember range stops early.")));
    r = run(sampleAt + QStringList{QStringLiteral("--with-quiz"), QStringLiteral("--answers"), QStringLiteral("topic")});
    QCOMPARE(r.exitCode, 0);
    text = pdfText(file);
    QVERIFY(text.indexOf(QStringLiteral("Answers — Identity and equality")) < text.indexOf(QStringLiteral("Loops repeat work.")));
    QVERIFY(!text.contains(QStringLiteral("Remember range stops early."))); // notes only when asked
    r = run(sampleAt + QStringList{QStringLiteral("--with-quiz"), QStringLiteral("--answers"), QStringLiteral("sideways")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("--answers takes inline, topic or end, not sideways")), qPrintable(r.err));
    r = run(sampleAt + QStringList{QStringLiteral("--answers"), QStringLiteral("end")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("--answers needs --with-quiz")), qPrintable(r.err));
}

// LANG picks the language; View > Language (the data folder's settings) overrides it. Qt's own strings follow.
void TestCommandLine::language_followsTheSystem_andTheSettingOverridesIt()
{
    const QString data = m_dir->filePath(QStringLiteral("data"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    env.remove(QStringLiteral("LANGUAGE"));
    Result r = run({QStringLiteral("--data-dir"), data, QStringLiteral("--help")}, env);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Technische Theorie für Vorstellungsgespräche lernen.")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Optionen:")), qPrintable(r.out)); // Qt's own
    {
        Settings settings(QDir(data).filePath(QStringLiteral("settings.ini")));
        settings.setLanguage(QStringLiteral("es"));
        settings.sync();
    }
    r = run({QStringLiteral("--data-dir"), data, QStringLiteral("--help")}, env);
    QVERIFY2(r.out.contains(QStringLiteral("Estudio de teoría técnica para entrevistas")), qPrintable(r.out));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    {
        Settings settings(QDir(data).filePath(QStringLiteral("settings.ini")));
        settings.setLanguage(QString());
        settings.sync();
    }
    r = run({QStringLiteral("--data-dir"), data, QStringLiteral("--help")}, env);
    QVERIFY2(r.out.contains(QStringLiteral("Study technical theory for interviews.")), qPrintable(r.out));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
