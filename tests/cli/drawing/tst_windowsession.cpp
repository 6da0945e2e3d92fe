#include "checkedstamp.h"
#include "datadir.h"
#include "deckindex.h"
#include "deckloader.h"
#include "command.h"
#include "commandrun.h"
#include "deckproblemsview.h"
#include "dialogs.h"
#include "noticebar.h"
#include "pagedamage.h"
#include "reviewrows.h"
#include "testsupport.h"
#include "topicmodel.h"
#include "windowsession.h"

#include <QAction>
#include <QScopeGuard>
#include <QFileInfo>
#include <QListWidget>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace DeepDive;

// The window with its decks as the app runs it: a deck being written in an editor is read again as it is saved, its
// problems shown in the window until fixed, and a deck folder made while it runs (an Anki import) is read too.
class TestWindowSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { Dialogs::setHeadless(true); }
    void deckBeingWritten_problemsAppearAndGo_topicsFollow();
    void databaseClosedCleanly_isCheckedAfterTheWindowIsUp_andDamageIsSaid();
    void decksNotReadYet_theWindowComesFirst_andTheyFollow();
};

namespace {

// Runs `body` with a WindowSession, as the window command does, inside a command's context.
class SessionCommand : public Command
{
public:
    explicit SessionCommand(std::function<void(WindowSession &)> body)
        : m_body(std::move(body))
    {
    }
    QList<QCommandLineOption> options() const override { return {QCommandLineOption(QStringLiteral("session-test"))}; }
    int run(const CommandContext &context) override
    {
        WindowSession session(context, QString());
        session.window().show();
        m_body(session);
        return 0;
    }

private:
    std::function<void(WindowSession &)> m_body;
};

int topicCount(MainWindow &window)
{
    int count = 0;
    for (const Deck &deck : window.findChild<TopicModel *>() ? window.findChild<TopicModel *>()->decks() : QList<Deck>())
        count += int(deck.topics.size());
    return count;
}

} // namespace

void TestWindowSession::deckBeingWritten_problemsAppearAndGo_topicsFollow()
{
    QTemporaryDir dir;
    const QByteArray topic = "---\nid: one\ntitle: One\n---\n\nText.\n\n## Cards\n\n### recall id=one-c\n\nQ?\n\n#### Answer\n\nA.\n";
    QVERIFY(Test::writeFiles(dir, {{QStringLiteral("mine/deck.md"), Test::manifest(QStringLiteral("mine"))},
                                   {QStringLiteral("mine/s/section.md"), Test::sectionFile(QStringLiteral("s"), QStringLiteral("S"))},
                                   {QStringLiteral("mine/s/1.md"), topic}}));
    SessionCommand command([&dir, topic](WindowSession &session) {
        MainWindow &window = session.window();
        DeckProblemsView *problems = window.deckProblems();
        session.library().refresh();
        session.library().watch();
        QTRY_COMPARE(topicCount(window), 1);
        QVERIFY(!problems->isVisible());

        // Saved with a card type that does not exist: named, with its line, above the panes.
        QVERIFY(Test::writeFiles(dir, {{QStringLiteral("mine/s/2.md"),
                                        "---\nid: two\ntitle: Two\n---\n\nText.\n\n## Cards\n\n### riddle id=x\n\nQ?\n"}}));
        QTRY_VERIFY_WITH_TIMEOUT(problems->isVisible(), 10000);
        QVERIFY2(problems->list()->item(0)->text().contains(QStringLiteral("2.md:")), qPrintable(problems->list()->item(0)->text()));
        QList<std::pair<QString, int>> opened;
        problems->setOpener([&opened](const QString &file, int line) {
            opened.append({file, line});
            return true;
        });
        problems->list()->setFocus();
        QTest::keyClick(problems->list(), Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        QVERIFY(opened.first().first.endsWith(QStringLiteral("2.md")));
        QVERIFY(opened.first().second > 0);

        // Fixed: the problems go, and the new topic is in the tree.
        QVERIFY(Test::writeFiles(dir, {{QStringLiteral("mine/s/2.md"),
                                        "---\nid: two\ntitle: Two\n---\n\nText.\n\n## Cards\n\n### recall id=two-c\n\nQ?\n\n#### Answer\n\nA.\n"}}));
        QTRY_VERIFY_WITH_TIMEOUT(!problems->isVisible(), 10000);
        QTRY_COMPARE(topicCount(window), 2);

        // A deck folder made while the window runs (as an Anki import makes one) comes in.
        QVERIFY(Test::writeFiles(dir, {{QStringLiteral("other/deck.md"), Test::manifest(QStringLiteral("other"))},
                                       {QStringLiteral("other/s/section.md"), Test::sectionFile(QStringLiteral("s"), QStringLiteral("S"))},
                                       {QStringLiteral("other/s/1.md"), QByteArray(topic).replace("one", "three")}}));
        Q_EMIT window.deckFolderAdded(dir.filePath(QStringLiteral("other")));
        QTRY_COMPARE(topicCount(window), 3);

        // File > New Deck: a deck folder under the data folder's decks/, with its example topic, in the tree at once.
        Dialogs::setNextItem(QStringLiteral("Rust prep"));
        window.findChild<QAction *>(QStringLiteral("fileNewDeck"))->trigger();
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("data/decks/rust-prep/deck.md"))));
        QTRY_COMPARE(topicCount(window), 4);
        // File > Copy Deck to Edit, on the open deck: the copy takes the original's place (same ids), nothing doubles.
        window.selectTopic({QStringLiteral("mine"), QStringLiteral("one")});
        window.findChild<QAction *>(QStringLiteral("fileCopyDeck"))->trigger();
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("data/decks/mine/s/1.md"))));
        QVERIFY(!window.deckProblems()->isVisible());
        QCOMPARE(topicCount(window), 4);
    });
    const Test::CommandRun run = Test::runCommand(command, {QStringLiteral("--session-test"), QStringLiteral("--data-dir"),
                                                             dir.filePath(QStringLiteral("data")), QStringLiteral("--content"),
                                                             dir.filePath(QStringLiteral("mine"))});
    QCOMPARE(run.exitCode, 0);
}

// The database as the last session closed it is opened without its integrity check on the way to the first frame;
// checkInBackground() runs it in a worker. Damage the stamp could not see (size and times unchanged) is said in the
// window and on stderr, and the next start keeps the file aside.
void TestWindowSession::databaseClosedCleanly_isCheckedAfterTheWindowIsUp_andDamageIsSaid()
{
    QTemporaryDir dir;
    QVERIFY(Test::writeFiles(dir, {{QStringLiteral("mine/deck.md"), Test::manifest(QStringLiteral("mine"))},
                                   {QStringLiteral("mine/s/section.md"), Test::sectionFile(QStringLiteral("s"), QStringLiteral("S"))},
                                   {QStringLiteral("mine/s/1.md"), "---\nid: one\ntitle: One\n---\n\nText.\n"}}));
    const QString data = dir.filePath(QStringLiteral("data"));
    const QString file = data + QStringLiteral("/deepdive.db");
    const QString backups = data + QStringLiteral("/backups");
    QVERIFY(QDir().mkpath(data));
    {
        Database db;
        QVERIFY2(db.open(file, backups), qPrintable(db.notice()));
        QSqlQuery q(db.connection());
        for (int n = 0; n < 300; ++n)
            QVERIFY(q.exec(Test::reviewRowSql(n)));
    }
    const auto run = [&](const std::function<void(WindowSession &)> &body) {
        SessionCommand command(body);
        return Test::runCommand(command, {QStringLiteral("--session-test"), QStringLiteral("--data-dir"), data,
                                          QStringLiteral("--content"), dir.filePath(QStringLiteral("mine"))});
    };

    // Sound: checked in the worker, nothing said, stamped again as the window closes.
    Test::CommandRun sound = run([](WindowSession &session) {
        session.checkInBackground();
        QTRY_VERIFY(!session.userData().database.isCheckDeferred());
        QVERIFY(!session.window().noticeBar()->isVisible());
    });
    QCOMPARE(sound.exitCode, 0);
    QVERIFY2(sound.err.isEmpty(), qPrintable(sound.err));
    QVERIFY(CheckedStamp::matches(file));

    // Damaged where the stamp cannot see it.
    QVERIFY(Test::damagePagesUnseen(file));
    QVERIFY(CheckedStamp::matches(file));
    QString shown;
    Test::CommandRun damaged = run([&shown](WindowSession &session) {
        QVERIFY(session.userData().database.isCheckDeferred()); // the window came up without reading the file whole
        session.checkInBackground();
        QTRY_VERIFY(session.window().noticeBar()->isVisible());
        shown = session.window().noticeBar()->text();
    });
    QCOMPARE(damaged.exitCode, 0);
    QVERIFY2(shown.contains(QStringLiteral("found damage")) && shown.contains(file)
                 && shown.contains(QStringLiteral("start it again")) && !shown.contains(QStringLiteral("***"))
                 && shown.contains(QStringLiteral("more)")),
             qPrintable(shown));
    QVERIFY2(damaged.err.contains(QStringLiteral("found damage")), qPrintable(damaged.err));
    QVERIFY(!QFileInfo::exists(CheckedStamp::stampFile(file)));

    // The next start checks it first, and keeps it aside.
    Test::CommandRun next = run([](WindowSession &session) { QVERIFY(!session.userData().database.isCheckDeferred()); });
    QCOMPARE(next.exitCode, 0);
    QVERIFY2(next.err.contains(QStringLiteral("kept as")), qPrintable(next.err));
    QCOMPARE(QDir(data).entryList({QStringLiteral("deepdive.db.damaged-*")}, QDir::Files).size(), 1);
}

// Ten thousand topics' index takes the worker longer than the window takes to build: the window does not wait for
// it, and what needs the decks waits for them. Here the index is a pipe the worker blocks on until the test fills it.
void TestWindowSession::decksNotReadYet_theWindowComesFirst_andTheyFollow()
{
    QTemporaryDir dir;
    QVERIFY(Test::writeFiles(dir, {{QStringLiteral("mine/deck.md"), Test::manifest(QStringLiteral("mine"))},
                                   {QStringLiteral("mine/s/section.md"), Test::sectionFile(QStringLiteral("s"), QStringLiteral("S"))},
                                   {QStringLiteral("mine/s/1.md"), "---\nid: one\ntitle: One\n---\n\nText.\n"}}));
    const QString folder = dir.filePath(QStringLiteral("mine"));
    const QString data = dir.filePath(QStringLiteral("data"));
    const QString index = DeckLibrary::indexFile(DataDir(data).cacheDir(), folder);
    const DeckLoadResult read = DeckLoader::load(folder);
    QVERIFY(read.loaded);
    QString error;
    const QString made = dir.filePath(QStringLiteral("made.index"));
    QVERIFY2(DeckIndex::write(made, DeckIndex::skeleton(read.deck), &error), qPrintable(error));
    QFile madeFile(made);
    QVERIFY(madeFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = madeFile.readAll();
    QVERIFY(QDir().mkpath(QFileInfo(index).absolutePath()));
    QCOMPARE(::mkfifo(QFile::encodeName(index).constData(), 0600), 0);
    bool filled = false;
    const auto fill = [&] {
        if (std::exchange(filled, true))
            return;
        QFile pipe(index);
        QVERIFY(pipe.open(QIODevice::WriteOnly)); // the worker has it open for reading
        QCOMPARE(pipe.write(bytes), bytes.size());
    };
    const auto unblock = qScopeGuard(fill); // a failed check must not leave the worker waiting

    SessionCommand command([&](WindowSession &session) {
        MainWindow &window = session.window();
        QVERIFY(window.isVisible());
        QCOMPARE(topicCount(window), 0); // shown without them
        int listed = 0;
        session.whenDecksListed([&] {
            ++listed;
            QVERIFY(window.topicModel()->findTopic({QStringLiteral("mine"), QStringLiteral("one")}).isValid());
        });
        QCoreApplication::processEvents(); // the worker waits on the pipe: nothing to deliver yet
        QCOMPARE(listed, 0);
        fill();
        QTRY_COMPARE(listed, 1);
        QVERIFY(window.topicModel()->findTopic({QStringLiteral("mine"), QStringLiteral("one")}).isValid());
        session.whenDecksListed([&] { ++listed; }); // once they are in: at once
        QCOMPARE(listed, 2);
    });
    const Test::CommandRun run = Test::runCommand(command, {QStringLiteral("--session-test"), QStringLiteral("--data-dir"), data,
                                                            QStringLiteral("--content"), folder});
    QCOMPARE(run.exitCode, 0);
}

QTEST_MAIN(TestWindowSession)
#include "tst_windowsession.moc"
