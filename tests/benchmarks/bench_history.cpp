// A year of history (deepdive_make_history): what the learner waits for, and the longest the window is held up, when
// the review log holds 100,000 answers or more.
//
//   DEEPDIVE_BENCH_HISTORY        the data folder made by deepdive_make_history (copied: the benchmark writes)
//   DEEPDIVE_BENCH_HISTORY_DECK   its deck folder; empty for the bundled deck (copied out of the resources)
//   DEEPDIVE_BENCH_HISTORY_OTHER  a second history of the same deck (another seed): "another computer", whose answers
//                                 are imported (Import Progress) and synced in; its steps are left out without it
//   DEEPDIVE_BENCH_HISTORY_STEPS  the steps of hour() to run (comma-separated; all when empty)
//
// recorder(): 1,000 answers committed through the window's recorder on top of the history (answer commit p99).
// hour(): the real MainWindow, driven through a scripted hour with a StallProbe (benchsupport.h) running: start-up,
// the daily backup, Study > Statistics, the Weak / Due / All filters, a study session started over the whole deck and
// 100 answers in it, search, Import Progress of the other history, a PDF of 100 topics through File > Export PDF,
// a deck file changed on disk (the library's watcher), and a sync merge with the other computer's journal.
// Every step prints "RESULT stall_<step> max_ms=… p99_ms=…" beside its own figures.
#include "actionregistry.h"
#include "background.h"
#include "benchanswers.h"
#include "benchsupport.h"
#include "database.h"
#include "decklibrary.h"
#include "dialogs.h"
#include "exportdialog.h"
#include "deckloader.h"
#include "mainwindow.h"
#include "progressindex.h"
#include "progressexchange.h"
#include "quizpanel.h"
#include "quizsession.h"
#include "searchdialog.h"
#include "searchindex.h"
#include "settings.h"
#include "statisticsdialog.h"
#include "studyrecorder.h"
#include "syncengine.h"
#include "syncscheduler.h"
#include "topicmodel.h"
#include "userdata.h"
#include "windowsync.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDirIterator>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace DeepDive;

namespace {

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(file));
        if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::copy(file, target))
            return false;
        QFile::setPermissions(target, QFile::permissions(target) | QFile::WriteOwner);
    }
    return true;
}

QString lastPart(const QString &path)
{
    return QFileInfo(path).fileName();
}

} // namespace

class BenchHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void recorder();
    void afterAnswer();
    void hour();

private:
    bool wanted(const char *step) const { return m_steps.isEmpty() || m_steps.contains(QLatin1String(step)); }
    // The data folder and the deck folder, copied into `dir`.
    void prepare(const QTemporaryDir &dir, QString *dataDir, QString *deckDir);
    // The history's data folder, copied into `dir`, opened in `data`; false (the test failed) when it does not open.
    bool openCopy(const QTemporaryDir &dir, UserData &data, QString *deckDir);

    QString m_history;
    QString m_deck;
    QString m_other;
    QStringList m_steps;
};

void BenchHistory::initTestCase()
{
    m_history = qEnvironmentVariable("DEEPDIVE_BENCH_HISTORY");
    m_deck = qEnvironmentVariable("DEEPDIVE_BENCH_HISTORY_DECK");
    m_other = qEnvironmentVariable("DEEPDIVE_BENCH_HISTORY_OTHER");
    m_steps = qEnvironmentVariable("DEEPDIVE_BENCH_HISTORY_STEPS").split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (m_history.isEmpty() || !QFileInfo::exists(QDir(m_history).filePath(QStringLiteral("deepdive.db"))))
        QSKIP("DEEPDIVE_BENCH_HISTORY names no data folder made by deepdive_make_history");
    Dialogs::setHeadless(true);
}

void BenchHistory::prepare(const QTemporaryDir &dir, QString *dataDir, QString *deckDir)
{
    *dataDir = dir.filePath(QStringLiteral("data"));
    QVERIFY(copyTree(m_history, *dataDir));
    *deckDir = dir.filePath(QStringLiteral("deck"));
    QVERIFY(copyTree(m_deck.isEmpty() ? QStringLiteral(":/content/python") : m_deck, *deckDir));
}

bool BenchHistory::openCopy(const QTemporaryDir &dir, UserData &data, QString *deckDir)
{
    QString dataDir;
    prepare(dir, &dataDir, deckDir);
    const bool opened = !QTest::currentTestFailed()
        && data.open(QDir(dataDir).filePath(QStringLiteral("deepdive.db")), QDir(dataDir).filePath(QStringLiteral("backups")));
    return QTest::qVerify(opened, "data.open(...)", qPrintable(data.database.notice()), __FILE__, __LINE__);
}

void BenchHistory::recorder()
{
    QTemporaryDir dir;
    UserData data;
    QString deckDir;
    QVERIFY(openCopy(dir, data, &deckDir));
    const int before = data.reviews.reviewCount();
    const QList<CardState> states = data.reviews.cardStates();
    QVERIFY(!states.isEmpty());
    const Fsrs fsrs;
    StudyRecorder recorder(data.reviews, fsrs);
    const QList<double> samples = Bench::timedAnswers(recorder, 1'000, QDateTime::currentMSecsSinceEpoch(), [&states](int i) {
        const CardState &card = states[(i * 7919) % states.size()];
        Answer answer;
        answer.deckId = card.deckId;
        answer.topicId = card.topicId;
        answer.cardId = card.cardId;
        return answer;
    });
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(data.reviews.reviewCount(), before + 1'000);
    Bench::latencies("history_answer_commit", samples, 99, QStringLiteral("log=%1").arg(before));
}

// What the window recomputes after each answer (MainWindow::refreshTopicProgress and updateStatusSummary), each part
// timed on its own on the history: the answered topic's progress, and the streak of days shown in the status bar.
void BenchHistory::afterAnswer()
{
    QTemporaryDir dir;
    UserData data;
    QString deckDir;
    QVERIFY(openCopy(dir, data, &deckDir));
    QList<Diagnostic> problems;
    const QList<Deck> decks = DeckLoader::loadAll({deckDir}, &problems);
    QVERIFY2(!decks.isEmpty(), qPrintable(problems.isEmpty() ? deckDir : problems.first().toString()));
    const Fsrs fsrs;
    const ProgressIndex progress(data, fsrs);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<double> topic;
    QList<double> streak;
    int days = 0;
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer t;
        t.start();
        progress.computeTopic(decks[0].id, decks[0].topics[(i * 37) % decks[0].topics.size()], now);
        topic.append(t.nsecsElapsed() / 1e6);
        t.start();
        days = progress.streakDays(now);
        streak.append(t.nsecsElapsed() / 1e6);
    }
    Bench::latencies("history_topic_progress", topic, 95, QStringLiteral("log=%1").arg(data.reviews.reviewCount()));
    Bench::latencies("history_streak_days", streak, 95, QStringLiteral("days=%1").arg(days));
}

void BenchHistory::hour()
{
    QTemporaryDir dir;
    QString dataDir;
    QString deckDir;
    prepare(dir, &dataDir, &deckDir);
    const QDir data(dataDir);
    Bench::StallProbe probe;

    // Start-up, as WindowSession does it: the decks from the library, the database, the window, then after the first
    // frame the search index and the library's check of the deck files. The stall is counted from the first frame.
    QElapsedTimer t;
    t.start();
    Settings settings(data.filePath(QStringLiteral("settings.ini")));
    UserData userData;
    QVERIFY2(userData.open(data.filePath(QStringLiteral("deepdive.db")), data.filePath(QStringLiteral("backups"))),
             qPrintable(userData.database.notice()));
    const int answers = userData.reviews.reviewCount();
    DeckLibrary library({deckDir}, data.filePath(QStringLiteral("cache")));
    QList<Diagnostic> problems;
    MainWindow window(&settings, &userData);
    QSignalSpy firstFrame(&window, &MainWindow::firstFrameShown);
    window.setDecks(library.initial(&problems), true);
    connect(&library, &DeckLibrary::decksChanged, &window, &MainWindow::updateDecks);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    probe.start();
    QVERIFY(firstFrame.count() > 0 || firstFrame.wait(10'000));
    Bench::result("history_window_shown", QStringLiteral("ms=%1 log=%2").arg(t.elapsed()).arg(answers));
    SearchIndex search;
    QString error;
    QVERIFY2(search.open(data.filePath(QStringLiteral("cache/search.db")), &error), qPrintable(error));
    QSignalSpy searchReady(&window, &MainWindow::searchReady);
    window.setSearchIndex(&search);
    library.refresh();
    library.watch();
    QVERIFY(searchReady.count() > 0 || searchReady.wait(120'000));
    QTRY_VERIFY_WITH_TIMEOUT(!library.isRefreshing(), 60'000);
    QTest::qWait(200);
    probe.stop();
    probe.report(QStringLiteral("startup"));

    if (wanted("backup")) { // the daily backup, in a worker as WindowSession::backUpInBackground makes it
        QDir(data.filePath(QStringLiteral("backups"))).removeRecursively(); // none yet today, whatever the date
        bool done = false;
        probe.start();
        t.start();
        runInBackground(
            &window,
            [file = userData.database.file(), backupDir = userData.database.backupDir()] {
                QString failure;
                Database::rotateBackupsOf(file, backupDir, QDateTime::currentDateTime(), 7, &failure);
                return failure;
            },
            [&done](const QString &failure) {
                QVERIFY2(failure.isEmpty(), qPrintable(failure));
                done = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(done, 60'000);
        const qint64 ms = t.elapsed();
        probe.stop();
        QCOMPARE(userData.database.backups().size(), 1);
        Bench::result("history_backup", QStringLiteral("ms=%1 bytes=%2").arg(ms).arg(QFileInfo(userData.database.backups().first()).size()));
        probe.report(QStringLiteral("backup"));
    }

    if (wanted("statistics")) { // Study > Statistics, from the menu action to the dialog painted
        QList<double> samples;
        probe.start();
        for (int i = 0; i < 5; ++i) {
            t.start();
            window.actions()->action(QStringLiteral("studyStatistics"))->trigger();
            StatisticsDialog *dialog = nullptr;
            QVERIFY(Bench::waitFor([&] { return (dialog = window.findChild<StatisticsDialog *>()) && dialog->isVisible(); }));
            dialog->repaint();
            samples.append(t.nsecsElapsed() / 1e6);
            dialog->close();
            QTest::qWait(20);
            QTRY_VERIFY(!window.findChild<StatisticsDialog *>());
        }
        probe.stop();
        Bench::latencies("history_statistics", samples, 95);
        probe.report(QStringLiteral("statistics"));
    }

    if (wanted("filters")) { // the Weak, Due and All filters applied to the tree, to painted
        QList<double> samples;
        QComboBox *filters = window.filterBox();
        probe.start();
        for (int round = 0; round < 10; ++round) {
            for (const int filter : {2, 3, 0}) {
                t.start();
                filters->setCurrentIndex(filter);
                QCoreApplication::processEvents();
                window.topicTree()->viewport()->repaint();
                samples.append(t.nsecsElapsed() / 1e6);
                QTest::qWait(5);
            }
        }
        probe.stop();
        Bench::latencies("history_filter", samples, 95);
        probe.report(QStringLiteral("filters"));
    }

    if (wanted("study")) { // a session over the whole deck, then 100 answers from the keyboard
        probe.start();
        QList<double> starts;
        // With nothing due (a learner who studied ahead), Study Due offers to go on: studying ahead is chosen, as
        // the offer that gathers the most (the due cards, then those due in the next 7 days).
        Dialogs::setNextItem(QString());
        const bool due = window.startSession(QStringLiteral("all"));
        // This start's first card shown after a frame, and its stall apart from the next one's.
        QTRY_VERIFY(window.isInSession() || !due);
        QTest::qWait(20);
        QString ahead;
        for (const QString &offer : Dialogs::lastItems()) {
            if (offer.contains(QLatin1String("ahead")))
                ahead = offer;
        }
        if (due)
            Dialogs::item(nullptr, {}, {}, {}); // the answer set in advance was not asked for: dropped
        QVERIFY2(due || !ahead.isEmpty(), "nothing is due and nothing comes due in the next 7 days");
        for (int i = 0; i < 3; ++i) {
            if (!due)
                Dialogs::setNextItem(ahead);
            t.start();
            QVERIFY(window.startSession(QStringLiteral("all")));
            QCoreApplication::processEvents();
            starts.append(t.nsecsElapsed() / 1e6);
            QTest::qWait(20);
        }
        probe.stop();
        Bench::latencies("history_session_start", starts, 95, QStringLiteral("due=%1").arg(due ? 1 : 0));
        probe.report(QStringLiteral("session_start"));
        probe.start();
        QuizSession *quiz = window.quizSession();
        const auto keys = [&window] {
            QWidget *focus = window.quizPanel()->focusWidget();
            return focus ? focus : static_cast<QWidget *>(window.quizPanel());
        };
        QList<double> samples;
        int given = 0;
        int keyMissed = 0;
        while (given < 100 && quiz->current()) {
            const Card *card = quiz->current()->card; // in its topic: the quiz's list of items grows with relearning
            const int saved = userData.reviews.reviewCount();
            if (card->type == CardType::Recall) {
                QTest::keyClick(keys(), Qt::Key_Space);
                QTest::qWait(2);
            }
            t.start();
            switch (card->type) {
            case CardType::Recall:
                QTest::keyClick(keys(), Qt::Key_3);
                break;
            case CardType::Choice:
                if (quiz->isMultipleAnswer()) {
                    quiz->toggleOption(0);
                    QTest::keyClick(keys(), Qt::Key_Return, Qt::ControlModifier);
                } else {
                    QTest::keyClick(keys(), Qt::Key_1);
                }
                break;
            case CardType::Predict:
                quiz->submitPrediction(QStringLiteral("None"));
                break;
            case CardType::SpotBug:
                quiz->pickLine(1);
                break;
            case CardType::Pair:
                for (int i = 0; i < card->pairs.size(); ++i)
                    quiz->assign(i, 0);
                quiz->submitPairs();
                break;
            }
            QCoreApplication::processEvents(); // the verdict on screen
            // Timed here: counting the log's answers below reads all of them (milliseconds with a year).
            double ms = t.nsecsElapsed() / 1e6;
            if (card->type == CardType::Recall && quiz->phase() == QuizSession::Phase::Revealed) {
                // The key went elsewhere (the session moved the focus with the window to the card's topic): the
                // grade as the panel gives it, counted, and the time kept.
                ++keyMissed;
                quiz->grade(3);
                QCoreApplication::processEvents();
                ms = t.nsecsElapsed() / 1e6;
            }
            samples.append(ms);
            QVERIFY2(userData.reviews.reviewCount() == saved + 1,
                     qPrintable(QStringLiteral("answer %1 (card %2, type %3, phase %4) was not saved")
                                    .arg(given)
                                    .arg(card->id)
                                    .arg(int(card->type))
                                    .arg(int(quiz->phase()))));
            ++given;
            QTest::qWait(2);
            if (quiz->phase() == QuizSession::Phase::Answered)
                QTest::keyClick(keys(), Qt::Key_Return);
            if (quiz->phase() == QuizSession::Phase::Answered) // the focus in a view that keeps Return (pairs)
                quiz->next();
            QTest::qWait(2);
        }
        probe.stop();
        QVERIFY2(given >= 50, qPrintable(QStringLiteral("only %1 cards in the session").arg(given)));
        Bench::latencies("history_answer_in_window", samples, 99,
                         QStringLiteral("log=%1 key_missed=%2").arg(answers).arg(keyMissed));
        probe.report(QStringLiteral("study"));
    }

    if (wanted("search")) { // words typed into the search dialog, one key at a time
        SearchDialog *dialog = window.searchDialog();
        QVERIFY(dialog);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto *field = dialog->findChild<QLineEdit *>();
        QVERIFY(field);
        probe.start();
        for (const char *word : {"generator", "closure", "decorator", "my notes"}) {
            field->clear();
            for (const char *c = word; *c; ++c) {
                QTest::keyClick(field, *c);
                QTest::qWait(30);
            }
        }
        probe.stop();
        dialog->hide();
        probe.report(QStringLiteral("search"));
    }

    if (wanted("import") && !m_other.isEmpty()) { // File > Import Progress of the other computer's year
        const QString file = dir.filePath(QStringLiteral("other-progress.json"));
        {
            Database other;
            QVERIFY2(other.openForReading(QDir(m_other).filePath(QStringLiteral("deepdive.db")), &error), qPrintable(error));
            QVERIFY2(ProgressExchange(other).exportTo(file, QDateTime::currentMSecsSinceEpoch(), &error), qPrintable(error));
        }
        const int before = userData.reviews.reviewCount();
        Dialogs::setNextFileName(file);
        probe.start();
        t.start();
        window.actions()->action(QStringLiteral("fileImportProgress"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(Dialogs::lastMessage().contains(lastPart(file)), 300'000);
        const qint64 ms = t.elapsed();
        QTest::qWait(100);
        probe.stop();
        Bench::result("history_import", QStringLiteral("ms=%1 added=%2").arg(ms).arg(userData.reviews.reviewCount() - before));
        probe.report(QStringLiteral("import"));
    }

    if (wanted("pdf")) { // File > Export PDF of 100 topics
        const Deck &deck = window.topicModel()->decks().first();
        QStringList ids;
        for (qsizetype i = 0; i < deck.topics.size() && ids.size() < 100; ++i)
            ids.append(deck.topics[i].id);
        ExportDialog::Choice choice;
        choice.scope = QStringLiteral("topics:") + ids.join(QLatin1Char(','));
        choice.withQuiz = true;
        choice.withNotes = true;
        choice.pageSize = QPageSize(QPageSize::A4);
        ExportDialog::setNextChoice(choice);
        const QString file = dir.filePath(QStringLiteral("hour.pdf"));
        Dialogs::setNextFileName(file);
        probe.start();
        t.start();
        window.actions()->action(QStringLiteral("fileExportPdf"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(file).size() > 0 && Dialogs::lastOfferedFile() == file, 300'000);
        const qint64 ms = t.elapsed();
        QTest::qWait(100);
        probe.stop();
        Bench::result("history_pdf", QStringLiteral("ms=%1 topics=%2").arg(ms).arg(ids.size()));
        probe.report(QStringLiteral("pdf"));
    }

    if (wanted("deck_change")) { // a topic's file saved in the learner's editor: the watcher reads the deck again
        QDirIterator it(deckDir, {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
        QString topicFile;
        while (it.hasNext() && topicFile.isEmpty()) {
            const QString f = it.next();
            if (QFileInfo(f).fileName() != QLatin1String("deck.md"))
                topicFile = f;
        }
        QVERIFY(!topicFile.isEmpty());
        QSignalSpy changed(&library, &DeckLibrary::decksChanged);
        probe.start();
        t.start();
        {
            QFile f(topicFile);
            QVERIFY(f.open(QIODevice::Append));
            f.write("\nA line added while the window runs.\n");
        }
        QVERIFY(changed.wait(30'000));
        const qint64 ms = t.elapsed();
        QTest::qWait(200);
        probe.stop();
        Bench::result("history_deck_change", QStringLiteral("ms=%1").arg(ms));
        probe.report(QStringLiteral("deck_change"));
    }

    if (wanted("sync") && !m_other.isEmpty()) { // File > Sync Now, to a folder holding the other computer's journal
        const QString folder = dir.filePath(QStringLiteral("sync"));
        QVERIFY(QDir().mkpath(folder));
        {
            QTemporaryDir otherDir;
            QVERIFY(copyTree(m_other, otherDir.path()));
            SyncOptions options;
            options.databaseFile = QDir(otherDir.path()).filePath(QStringLiteral("deepdive.db"));
            options.backupDir = QDir(otherDir.path()).filePath(QStringLiteral("backups"));
            options.syncFolder = folder;
            options.deviceName = QStringLiteral("desktop");
            const SyncReport report = SyncEngine(options).run();
            QVERIFY2(report.status == SyncReport::Status::Synced, qPrintable(report.message));
        }
        WindowSync *sync = window.windowSync();
        QVERIFY(sync);
        std::optional<SyncReport> report;
        connect(&sync->scheduler(), &SyncScheduler::syncFinished, this, [&report](const SyncReport &r) { report = r; });
        const int before = userData.reviews.reviewCount();
        Dialogs::setNextFileName(folder); // File > Sync Now asks for the folder first
        probe.start();
        t.start();
        window.actions()->action(QStringLiteral("fileSyncNow"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), 600'000);
        const qint64 ms = t.elapsed();
        QTest::qWait(300); // the window reads what came in
        probe.stop();
        QVERIFY2(report->status == SyncReport::Status::Synced, qPrintable(report->message));
        Bench::result("history_sync", QStringLiteral("ms=%1 added=%2").arg(ms).arg(userData.reviews.reviewCount() - before));
        probe.report(QStringLiteral("sync"));
    }
}

QTEST_MAIN(BenchHistory)
#include "bench_history.moc"
