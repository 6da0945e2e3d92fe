#include "answering.h"
#include "dialogs.h"
#include "mainwindow.h"
#include "mockclock.h"
#include "noteseditor.h"
#include "quizpanel.h"
#include "quizsession.h"
#include "settings.h"
#include "studypanel.h"
#include "tempuserdata.h"
#include "testsupport.h"
#include "topicmodel.h"
#include "translations.h"
#include "userdata.h"

#include <QAction>
#include <QApplication>
#include <QPlainTextEdit>
#include <QDir>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTreeView>
#include "statisticsdialog.h"
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>

using namespace DeepDive;

// Study > Study Due from the real window: a session across topics that can be left, resumed and ends with a summary
// that bookmarks the topics that became weak in one click.
class TestStudySession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void session_followsCards_pausesResumesAndOffersWeakBookmarks();
    void resume_withACardWhoseContentIsGone_neitherRepeatsNorSkips();
    void undoAnswer_ctrlZ_asksTheSameCardAgainWithTheCountersBack();
    void undoAnswer_afterARestart_takesBackTodaysLastAnswerInItsTopic();
    void ctrlZ_inMyNotes_undoesTheTyping_notAnAnswer();
    void dayDone_offersMissedCardsStudyAheadAndMoreNewCards();
    void againCard_comesBackInTheSession_evenAfterAResume();
    void start_showsTheFirstCardAfterTheNextFrame_byKeyWhenTheDecksChangedMeanwhile();
    void answer_showsTheVerdictFirst_thenTheTopicsProgress();

private:
    // The window over the sample deck with the test's data and clock, its layout and last topic restored.
    std::unique_ptr<MainWindow> restoredWindow(Test::TempUserData &user, Clock &clock) const;
    // Three of the sample deck's cards answered a week before the clock's now (so due), and the window, shown.
    struct ThreeDue
    {
        Test::TempUserData user;
        MockClock clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0)).toMSecsSinceEpoch()};
        std::unique_ptr<MainWindow> window;
    };
    // Fills in `due`'s window; false when the answers could not be saved.
    bool showWithThreeDue(ThreeDue &due) const;
    QList<Deck> m_decks;
};

std::unique_ptr<MainWindow> TestStudySession::restoredWindow(Test::TempUserData &user, Clock &clock) const
{
    auto window = std::make_unique<MainWindow>(&user.settings, &user.data, &clock);
    window->setDecks(m_decks);
    window->restoreLayoutAndTopic();
    return window;
}

namespace {
// Three cards answered well a week before `nowMs`: due now. The sample deck's other three are new.
bool answerThreeAWeekAgo(Test::TempUserData &user, qint64 nowMs)
{
    const qint64 weekAgo = nowMs - 7 * 86'400'000LL;
    return user.answer(QStringLiteral("identity"), QStringLiteral("identity-recall"), 3, weekAgo)
        && user.answer(QStringLiteral("identity"), QStringLiteral("identity-choice"), 3, weekAgo)
        && user.answer(QStringLiteral("loops"), QStringLiteral("loops-recall"), 3, weekAgo);
}
} // namespace

bool TestStudySession::showWithThreeDue(ThreeDue &due) const
{
    if (!answerThreeAWeekAgo(due.user, due.clock.nowMs()))
        return false;
    due.window = restoredWindow(due.user, due.clock);
    due.window->show();
    return true;
}

void TestStudySession::initTestCase()
{
    Dialogs::setHeadless(true);
    Translations::install(qApp, QLocale(QLocale::English)); // the English plural forms, as the app has them
    m_decks = Test::sampleDecks();
}

void TestStudySession::session_followsCards_pausesResumesAndOffersWeakBookmarks()
{
    Test::TempUserData user;
    UserData &data = user.data;
    Settings &settings = user.settings;
    MockClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0)).toMSecsSinceEpoch());
    QVERIFY(answerThreeAWeekAgo(user, clock.nowMs()));

    const auto shown = restoredWindow(user, clock);
    MainWindow &window = *shown;
    window.show();
    QAction *study = window.findChild<QAction *>(QStringLiteral("studyDue"));
    QCOMPARE(study->text(), QStringLiteral("Study 3 Due"));

    Dialogs::setNextItem(QStringLiteral("All topics (3 due)"));
    study->trigger();
    QTRY_VERIFY(window.isInSession()); // the first card shows after the window's next frame
    QuizSession *quiz = window.quizSession();
    QCOMPARE(quiz->count(), 6); // 3 due, then new ones woven in
    QCOMPARE(window.studyPanel()->currentIndex(), int(StudyPanel::QuizTab));
    QVERIFY(window.quizPanel()->headerText().startsWith(QStringLiteral("Card 1 of 6")));
    // The tree follows the card's topic.
    QCOMPARE(window.currentTopic(), quiz->current()->topic);
    Test::answerCurrentCard(*quiz, true);
    QVERIFY(quiz->next());
    QCOMPARE(window.currentTopic(), quiz->current()->topic);
    QCOMPARE(data.sessions.unfinished()->position, 1);

    // Going to another topic pauses the session; Study Due offers to resume it where it was.
    QVERIFY(window.selectTopic({QStringLiteral("sample"), QStringLiteral("no-snippets")}));
    QVERIFY(!window.isInSession());
    Dialogs::setNextAnswer(QMessageBox::Yes);
    study->trigger();
    QTRY_VERIFY(window.isInSession());
    QCOMPARE(quiz->count(), 5);
    QVERIFY(window.quizPanel()->headerText().startsWith(QStringLiteral("Card 1 of 5")));

    // Everything else wrong the first time (each comes back once, and is right then): topics become weak, and the
    // summary offers to bookmark them.
    QSet<const Card *> asked;
    while (quiz->current()) {
        clock.advanceMs(20'000);
        const bool again = asked.contains(quiz->current()->card);
        asked.insert(quiz->current()->card);
        Test::answerCurrentCard(*quiz, again);
        QCOMPARE(quiz->phase(), QuizSession::Phase::Answered);
        quiz->next();
    }
    QCOMPARE(quiz->count(), 10);
    QVERIFY(!window.isInSession());
    QVERIFY(!data.sessions.unfinished());
    auto *summary = window.findChild<QMessageBox *>(QStringLiteral("sessionSummary"));
    QVERIFY(summary);
    QVERIFY2(summary->text().startsWith(QStringLiteral("Studied 5 cards, 0 right the first time")), qPrintable(summary->text()));
    QVERIFY(summary->informativeText().contains(QStringLiteral("Identity and equality")));
    auto *bookmark = summary->findChild<QPushButton *>(QStringLiteral("bookmarkWeakTopics"));
    QVERIFY(bookmark);
    QTest::mouseClick(bookmark, Qt::LeftButton);
    QVERIFY(data.bookmarks.contains(QStringLiteral("sample"), Bookmark::Topic, QStringLiteral("identity")));
    QCOMPARE(data.bookmarks.all().first().label, QStringLiteral("weak"));
    QCOMPARE(data.reviews.reviewCount(), 3 + 1 + 5 + 5);

    // Statistics and the interview plan, from the menus.
    Dialogs::setNextDate(clock.now().date().addDays(4));
    window.findChild<QAction *>(QStringLiteral("studyInterviewDate"))->trigger();
    QCOMPARE(settings.interviewDate(), clock.now().date().addDays(4));
    window.findChild<QAction *>(QStringLiteral("studyStatistics"))->trigger(); // read and computed in a worker
    QTRY_VERIFY(window.findChild<StatisticsDialog *>(QStringLiteral("statisticsDialog")));
    auto *stats = window.findChild<StatisticsDialog *>(QStringLiteral("statisticsDialog"));
    QVERIFY(stats->isVisible());
    QVERIFY2(stats->summaryText().startsWith(QStringLiteral("Days studied in a row: 1.")), qPrintable(stats->summaryText()));
    // Three reviews of learnt cards (the due ones): the first right, the other two wrong.
    QVERIFY2(stats->summaryText().contains(QStringLiteral("33% of 3 reviews")), qPrintable(stats->summaryText()));
    if (!qEnvironmentVariableIsEmpty("DEEPDIVE_SCREENSHOT_DIR"))
        stats->grab().save(QDir(qEnvironmentVariable("DEEPDIVE_SCREENSHOT_DIR")).filePath(QStringLiteral("statistics.png")));
    window.findChild<QAction *>(QStringLiteral("studyPlan"))->trigger();
    auto *plan = window.findChild<QTextBrowser *>(QStringLiteral("interviewPlanText"));
    QVERIFY(plan);
    QVERIFY(plan->toPlainText().startsWith(QStringLiteral("4 days to your interview")));
    QVERIFY(plan->toPlainText().contains(QStringLiteral("Identity and equality")));
    // Each topic of the plan opens with a click.
    QVERIFY(window.selectTopic({QStringLiteral("sample"), QStringLiteral("loops")}));
    QTRY_VERIFY(plan->isVisible());
    QTextCursor link = plan->document()->find(QStringLiteral("Identity and equality"));
    QVERIFY(!link.isNull());
    link.setPosition(link.selectionStart() + 2);
    QTest::mouseClick(plan->viewport(), Qt::LeftButton, {}, plan->cursorRect(link).center());
    QTRY_COMPARE(window.currentTopic()->id, QStringLiteral("identity"));
}

// Cards graded Again come back a few cards later in the same session (relearning, as learners know it from Anki),
// and the saved session keeps the repeat, so leaving and resuming asks it too.
void TestStudySession::againCard_comesBackInTheSession_evenAfterAResume()
{
    Test::TempUserData user;
    UserData &data = user.data;
    MockClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0)).toMSecsSinceEpoch());
    const auto shown = restoredWindow(user, clock);
    MainWindow &window = *shown;
    window.show();
    Dialogs::setNextItem(QStringLiteral("All topics (0 due)"));
    window.findChild<QAction *>(QStringLiteral("studyDue"))->trigger();
    QTRY_VERIFY(window.isInSession());
    QuizSession *quiz = window.quizSession();
    const int cards = quiz->count();
    QVERIFY(cards >= 5);
    const Card *first = quiz->current()->card;
    auto *panel = window.quizPanel();
    if (first->type == CardType::Recall) { // with the buttons: grading moves on to the next card at once
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("quizReveal")), Qt::LeftButton);
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("quizGrade1")), Qt::LeftButton);
    } else {
        Test::answerCurrentCard(*quiz, false);
    }
    QCOMPARE(quiz->count(), cards + 1);
    // Said where the learner looks: under the verdict, or, for a self-graded card, above the next one.
    const QString said = QStringLiteral("This card comes back after %1 more cards").arg(StudySession::relearnGap);
    if (first->type == CardType::Recall)
        QVERIFY2(panel->findChild<QLabel *>(QStringLiteral("quizLastAnswer"))->text().contains(said),
                 qPrintable(panel->findChild<QLabel *>(QStringLiteral("quizLastAnswer"))->text()));
    else
        QVERIFY2(panel->findChild<QTextBrowser *>(QStringLiteral("quizFeedback"))->toPlainText().contains(said),
                 qPrintable(panel->findChild<QTextBrowser *>(QStringLiteral("quizFeedback"))->toPlainText()));
    if (quiz->phase() == QuizSession::Phase::Answered)
        QVERIFY(quiz->next());
    const auto saved = data.sessions.unfinished();
    QVERIFY(saved);
    QCOMPARE(saved->cardKeys.size(), cards + 1);
    QCOMPARE(saved->position, 1);
    QCOMPARE(saved->cardKeys.at(1 + StudySession::relearnGap), QStringLiteral("sample/") + first->id);

    // Leave after one more card and resume: the repeat is still ahead, at the same place.
    clock.advanceMs(10'000);
    Test::answerCurrentCard(*quiz, true);
    if (quiz->phase() == QuizSession::Phase::Answered)
        QVERIFY(quiz->next());
    QVERIFY(window.selectTopic({QStringLiteral("sample"), QStringLiteral("no-snippets")}));
    QVERIFY(!window.isInSession());
    Dialogs::setNextAnswer(QMessageBox::Yes);
    window.findChild<QAction *>(QStringLiteral("studyDue"))->trigger();
    QTRY_VERIFY(window.isInSession());
    QCOMPARE(quiz->count(), cards + 1 - 2);
    for (int i = 1; i < StudySession::relearnGap; ++i) {
        QVERIFY(quiz->current()->card != first);
        clock.advanceMs(10'000);
        Test::answerCurrentCard(*quiz, true);
        if (quiz->phase() == QuizSession::Phase::Answered)
            QVERIFY(quiz->next());
    }
    QCOMPARE(quiz->current()->card, first);
}

// With nothing due and the day's new cards done, Study Due was a dead end ("no new cards are left for today").
void TestStudySession::dayDone_offersMissedCardsStudyAheadAndMoreNewCards()
{
    Test::TempUserData user;
    Settings &settings = user.settings;
    settings.setNewCardsPerDay(0);
    MockClock clock(QDateTime(QDate(2026, 3, 2), QTime(15, 0)).toMSecsSinceEpoch());
    const qint64 earlier = clock.nowMs() - 3'600'000;
    QVERIFY(user.answer(QStringLiteral("identity"), QStringLiteral("identity-recall"), 3, earlier));
    QVERIFY(user.answer(QStringLiteral("loops"), QStringLiteral("loops-recall"), 3, earlier));
    QVERIFY(user.answer(QStringLiteral("identity"), QStringLiteral("identity-choice"), 1, earlier));
    const auto shown = restoredWindow(user, clock);
    MainWindow &window = *shown;
    window.show();
    // The limit is on screen where the learner chooses, and can be changed.
    Dialogs::setNextItem(QString()); // cancelled
    window.findChild<QAction *>(QStringLiteral("studyDue"))->trigger();
    QVERIFY2(Dialogs::lastItemLabel().contains(QStringLiteral("up to 0 new cards a day; 0 left today")), qPrintable(Dialogs::lastItemLabel()));
    Dialogs::setNextItem(QStringLiteral("20"));
    window.findChild<QAction *>(QStringLiteral("studyNewCardsPerDay"))->trigger();
    QCOMPARE(settings.newCardsPerDay(), 20);
    settings.setNewCardsPerDay(0);

    Dialogs::setNextItem(QStringLiteral("Review the 1 card I missed today"));
    QVERIFY(window.startSession(QStringLiteral("all")));
    QTRY_VERIFY(window.isInSession());
    QCOMPARE(Dialogs::lastItems(), (QStringList{QStringLiteral("Review the 1 card I missed today"),
                                                 QStringLiteral("Study ahead: the 3 cards due in the next 7 days"),
                                                 QStringLiteral("Learn 3 more new cards")}));
    QuizSession *quiz = window.quizSession();
    QCOMPARE(quiz->count(), 1);
    QCOMPARE(quiz->current()->card->id, QStringLiteral("identity-choice"));
}

void TestStudySession::resume_withACardWhoseContentIsGone_neitherRepeatsNorSkips()
{
    Test::TempUserData user;
    UserData &data = user.data;
    Settings &settings = user.settings;
    MockClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0)).toMSecsSinceEpoch());
    QString error;
    // A session saved earlier, whose first card has since been removed from the deck.
    const QStringList keys = {QStringLiteral("sample/removed-card"), QStringLiteral("sample/identity-recall"),
                              QStringLiteral("sample/identity-choice"), QStringLiteral("sample/loops-recall")};
    QVERIFY(data.sessions.start(QStringLiteral("all"), keys, clock.nowMs(), &error));

    MainWindow window(&settings, &data, &clock);
    window.setDecks(m_decks);
    window.show();
    QVERIFY(window.resumeSession());
    QTRY_VERIFY(window.isInSession());
    QuizSession *quiz = window.quizSession();
    QCOMPARE(quiz->count(), 3);
    QCOMPARE(quiz->current()->card->id, QStringLiteral("identity-recall"));
    Test::answerCurrentCard(*quiz, true);
    // The saved list keeps the cards the quiz asks (the removed one left out); the next is identity-choice.
    QCOMPARE(data.sessions.unfinished()->cardKeys, keys.mid(1));
    QCOMPARE(data.sessions.unfinished()->position, 1);

    // Leave and resume: the session goes on with the next card, none repeated.
    // The card shows once the window has painted where the session resumes.
    QVERIFY(window.selectTopic({QStringLiteral("sample"), QStringLiteral("no-snippets")}));
    QVERIFY(window.resumeSession());
    QVERIFY(!window.isInSession());
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Resuming the session at card 2 of 3…"));
    QTRY_VERIFY(window.isInSession());
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("cards mastered")),
             qPrintable(window.statusBar()->currentMessage()));
    QCOMPARE(quiz->count(), 2);
    QCOMPARE(quiz->current()->card->id, QStringLiteral("identity-choice"));
}

namespace {
// Shortcuts of the window context need the window to be the active one.
bool showActive(MainWindow &window)
{
    window.show();
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window);
}

void pressCtrlZ(QWidget *widget)
{
    widget->setFocus();
    QTest::keyClick(widget, Qt::Key_Z, Qt::ControlModifier);
}
} // namespace

void TestStudySession::undoAnswer_ctrlZ_asksTheSameCardAgainWithTheCountersBack()
{
    Test::TempUserData user;
    UserData &data = user.data;
    MockClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0)).toMSecsSinceEpoch());
    QVERIFY(answerThreeAWeekAgo(user, clock.nowMs()));

    const auto shown = restoredWindow(user, clock);
    MainWindow &window = *shown;
    QVERIFY(showActive(window));
    QAction *undo = window.findChild<QAction *>(QStringLiteral("studyUndoAnswer"));
    QVERIFY(undo);
    QVERIFY(!undo->isEnabled()); // nothing answered today
    Dialogs::setNextItem(QStringLiteral("All topics (3 due)"));
    window.findChild<QAction *>(QStringLiteral("studyDue"))->trigger();
    QTRY_VERIFY(window.isInSession());
    QuizSession *quiz = window.quizSession();
    QVERIFY(!undo->isEnabled());

    const QString first = quiz->current()->card->id;
    const QString firstTitle = quiz->current()->topic->title;
    const std::optional<CardState> before = data.reviews.cardState(QStringLiteral("sample"), first);
    clock.advanceMs(20'000);
    Test::answerCurrentCard(*quiz, true);
    QVERIFY(quiz->next());
    QVERIFY(window.quizPanel()->headerText().startsWith(QStringLiteral("Card 2 of 6")));
    QCOMPARE(quiz->correctCount(), 1);
    QCOMPARE(data.sessions.unfinished()->position, 1);
    QVERIFY(undo->isEnabled());
    QCOMPARE(undo->text(), QStringLiteral("U&ndo Answer to “%1”").arg(plainTitle(firstTitle)));

    pressCtrlZ(window.quizPanel());
    QCOMPARE(quiz->current()->card->id, first);
    QCOMPARE(quiz->phase(), QuizSession::Phase::Asking);
    QVERIFY(window.quizPanel()->headerText().startsWith(QStringLiteral("Card 1 of 6")));
    QCOMPARE(quiz->correctCount(), 0);
    QCOMPARE(window.currentTopic(), quiz->current()->topic);
    QVERIFY(window.isInSession());
    QCOMPARE(data.sessions.unfinished()->position, 0);
    QCOMPARE(data.reviews.reviewCount(), 3);
    QCOMPARE(data.reviews.cardState(QStringLiteral("sample"), first), before);
    QVERIFY(!undo->isEnabled());

    // Two answers, two undos: back at the first card again.
    for (int i = 0; i < 2; ++i) {
        clock.advanceMs(20'000);
        Test::answerCurrentCard(*quiz, i == 0);
        QVERIFY(quiz->next());
    }
    // The second answer was wrong: its card comes back later in the session, and the undo takes the repeat out.
    QVERIFY(window.quizPanel()->headerText().startsWith(QStringLiteral("Card 3 of 7")));
    QCOMPARE(data.sessions.unfinished()->cardKeys.size(), 7);
    QCOMPARE(data.reviews.reviewCount(), 5);
    pressCtrlZ(window.quizPanel());
    QVERIFY(window.quizPanel()->headerText().startsWith(QStringLiteral("Card 2 of 6")));
    QCOMPARE(data.sessions.unfinished()->cardKeys.size(), 6);
    QCOMPARE(quiz->correctCount(), 1);
    pressCtrlZ(window.quizPanel());
    QVERIFY(window.quizPanel()->headerText().startsWith(QStringLiteral("Card 1 of 6")));
    QCOMPARE(quiz->current()->card->id, first);
    QCOMPARE(quiz->correctCount(), 0);
    QCOMPARE(data.reviews.reviewCount(), 3);
    QCOMPARE(data.sessions.unfinished()->position, 0);
    QCOMPARE(data.reviews.cardState(QStringLiteral("sample"), first), before);
}

void TestStudySession::undoAnswer_afterARestart_takesBackTodaysLastAnswerInItsTopic()
{
    Test::TempUserData user;
    UserData &data = user.data;
    MockClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0)).toMSecsSinceEpoch());
    // Yesterday's answer stays; today's only answer, given before the restart, is taken back.
    QVERIFY(user.answer(QStringLiteral("loops"), QStringLiteral("loops-recall"), 3, clock.nowMs() - 86'400'000));
    QVERIFY(user.answer(QStringLiteral("identity"), QStringLiteral("identity-choice"), 1, clock.nowMs() - 3'600'000));

    const auto shown = restoredWindow(user, clock);
    MainWindow &window = *shown;
    QVERIFY(showActive(window));
    QVERIFY(window.selectTopic({QStringLiteral("sample"), QStringLiteral("no-snippets")}));
    QAction *undo = window.findChild<QAction *>(QStringLiteral("studyUndoAnswer"));
    QVERIFY(undo);
    QVERIFY(undo->isEnabled());
    QCOMPARE(undo->text(), QStringLiteral("U&ndo Answer to “Identity and equality”"));

    pressCtrlZ(window.topicTree());
    QCOMPARE(data.reviews.reviewCount(), 1);
    QVERIFY(!data.reviews.cardState(QStringLiteral("sample"), QStringLiteral("identity-choice"))); // never answered again
    QVERIFY(data.reviews.cardState(QStringLiteral("sample"), QStringLiteral("loops-recall")));
    QCOMPARE(window.currentTopic()->id, QStringLiteral("identity"));
    QCOMPARE(window.studyPanel()->currentIndex(), int(StudyPanel::QuizTab));
    QCOMPARE(window.quizSession()->current()->card->id, QStringLiteral("identity-choice"));
    QVERIFY(!undo->isEnabled()); // yesterday's answer is not today's
}

void TestStudySession::ctrlZ_inMyNotes_undoesTheTyping_notAnAnswer()
{
    Test::TempUserData user;
    UserData &data = user.data;
    MockClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0)).toMSecsSinceEpoch());
    const auto shown = restoredWindow(user, clock);
    MainWindow &window = *shown;
    QVERIFY(showActive(window));
    QVERIFY(window.selectTopic({QStringLiteral("sample"), QStringLiteral("identity")}));
    window.findChild<QAction *>(QStringLiteral("viewQuizTab"))->trigger();
    Test::answerCurrentCard(*window.quizSession(), true);
    QCOMPARE(data.reviews.reviewCount(), 1);
    QAction *undo = window.findChild<QAction *>(QStringLiteral("studyUndoAnswer"));
    QVERIFY(undo);
    QVERIFY(undo->isEnabled());

    window.findChild<QAction *>(QStringLiteral("viewMyNotesTab"))->trigger();
    QPlainTextEdit *editor = window.notesEditor()->editor();
    QCOMPARE(QApplication::focusWidget(), editor);
    QTest::keyClicks(editor, QStringLiteral("is compares identity"));
    QCOMPARE(editor->toPlainText(), QStringLiteral("is compares identity"));
    QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(editor->toPlainText() != QStringLiteral("is compares identity")); // the typing was undone
    QCOMPARE(data.reviews.reviewCount(), 1);                                  // the answer was not
    QVERIFY(window.quizSession()->canUndo());
    QCOMPARE(window.quizSession()->phase(), QuizSession::Phase::Answered);
    // Outside the text field the same keys take the answer back.
    pressCtrlZ(window.topicTree());
    QCOMPARE(data.reviews.reviewCount(), 0);
    QCOMPARE(window.quizSession()->phase(), QuizSession::Phase::Asking);
    QCOMPARE(window.studyPanel()->currentIndex(), int(StudyPanel::QuizTab));
}

// A new session is stored at once and its first card shown after the window's next frame (the window paints "Starting
// a session…" and takes input in between). Decks read again in between (a file changed on disk) move the cards: they
// are found by key.
void TestStudySession::start_showsTheFirstCardAfterTheNextFrame_byKeyWhenTheDecksChangedMeanwhile()
{
    ThreeDue due;
    QVERIFY(showWithThreeDue(due));
    MainWindow &window = *due.window;

    QVERIFY(window.startSession(QStringLiteral("all")));
    QVERIFY(!window.isInSession());
    QVERIFY(due.user.data.sessions.unfinished()); // stored: a crash now loses nothing
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Starting a session of 6 cards…"));
    QTRY_VERIFY(window.isInSession());
    // The progress summary is back in its place.
    QVERIFY2(window.statusBar()->currentMessage().startsWith(QStringLiteral("0 of 6 cards mastered")),
             qPrintable(window.statusBar()->currentMessage()));
    const QStringList order = due.user.data.sessions.unfinished()->cardKeys;
    QCOMPARE(window.quizSession()->current()->card->id, order.first().section(QLatin1Char('/'), 1));

    // Again, with the deck's topics listed in the other order before the first card shows.
    QString error;
    QVERIFY2(due.user.data.sessions.finish(due.user.data.sessions.unfinished()->id, due.clock.nowMs(), &error), qPrintable(error));
    QVERIFY(window.selectTopic({QStringLiteral("sample"), QStringLiteral("no-snippets")}));
    QVERIFY(!window.isInSession());
    QVERIFY(window.startSession(QStringLiteral("all")));
    QList<Deck> reordered = m_decks;
    std::reverse(reordered[0].topics.begin(), reordered[0].topics.end());
    for (Section &section : reordered[0].sections) {
        for (int &t : section.topics)
            t = int(reordered[0].topics.size()) - 1 - t;
    }
    window.updateDecks(reordered);
    QTRY_VERIFY(window.isInSession());
    QuizSession *quiz = window.quizSession();
    const QStringList again = due.user.data.sessions.unfinished()->cardKeys;
    QCOMPARE(quiz->count(), int(again.size()));
    for (int i = 0; i < quiz->count(); ++i)
        QCOMPARE(QStringLiteral("sample/") + quiz->items().at(i).card->id, again.at(i));
}

// An answer's verdict is painted before the topic's progress is computed again (the tree, the filters' counts, the
// status bar): the learner sees it one frame sooner, and several answers given before a frame are all counted.
void TestStudySession::answer_showsTheVerdictFirst_thenTheTopicsProgress()
{
    ThreeDue due;
    QVERIFY(showWithThreeDue(due));
    MainWindow &window = *due.window;
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.startSession(QStringLiteral("all")));
    QTRY_VERIFY(window.isInSession());
    QuizSession *quiz = window.quizSession();
    // What is left to study in a topic: an answered card is due no more, or new no more.
    const auto leftIn = [&window](const QString &topicId) {
        const TopicStats stats = window.topicModel()->stats(window.topicModel()->findTopic({QStringLiteral("sample"), topicId}));
        return stats.due + stats.newCards;
    };
    const auto leftInAll = [&] {
        int left = 0;
        for (const Topic &topic : m_decks.first().topics)
            left += leftIn(topic.id);
        return left;
    };
    const QString first = quiz->current()->topic->id;
    const int before = leftIn(first);
    QVERIFY(before > 0);

    Test::answerCurrentCard(*quiz, true);
    QCOMPARE(quiz->phase(), QuizSession::Phase::Answered);
    QVERIFY(window.quizPanel()->findChild<QLabel *>(QStringLiteral("quizVerdict"))->isVisibleTo(window.quizPanel()));
    QCOMPARE(leftIn(first), before); // not yet: the verdict's frame comes first
    QTRY_COMPARE(leftIn(first), before - 1);

    // Two answers in one turn of the event loop: both are counted after the frame.
    const int allBefore = leftInAll();
    QVERIFY(quiz->next());
    Test::answerCurrentCard(*quiz, true);
    QVERIFY(quiz->next());
    Test::answerCurrentCard(*quiz, true);
    QCOMPARE(leftInAll(), allBefore);
    QTRY_COMPARE(leftInAll(), allBefore - 2);
}

QTEST_MAIN(TestStudySession)
#include "tst_studysession.moc"
