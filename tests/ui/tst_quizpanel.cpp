#include "dialogs.h"
#include "fsrs.h"
#include "intervaltext.h"
#include "codeeditor.h"
#include "codepane.h"
#include "deckloader.h"
#include "mainwindow.h"
#include "pairview.h"
#include "quizpanel.h"
#include "quizsession.h"
#include "settings.h"
#include "studypanel.h"
#include "tempuserdata.h"
#include "testsupport.h"
#include "translations.h"
#include "userdata.h"
#include "mockclock.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QTranslator>
#include <QScrollArea>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTextCursor>
#include <QAbstractTextDocumentLayout>
#include <QSqlQuery>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>

using namespace DeepDive;

// Answers every card type through the real widgets of the main window and checks what was stored.
class TestQuizPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void recall_spaceRevealsAndDigitGrades();
    void choice_digitAnswersAndShowsWhyWrong();
    void predict_typeAndCheck_outputHiddenUntilAnswered();
    void predict_ctrlZ_undoesTheTypingFirst_thenTheLastAnswer();
    void predict_wrongAnswer_marksTheCharactersThatDiffer();
    void spotBug_clickTheLineInTheCodePane();
    void pair_assignEachSituation();
    void pair_answeredFromTheKeyboard();
    void quizDone_offersToRetryTheMissed_thenTheNextTopics();
    void layout_wrapsWithoutSidewaysScrolling_andNothingMovesWhenPicked_data();
    void layout_wrapsWithoutSidewaysScrolling_andNothingMovesWhenPicked();
    void readOnlyDatabase_answerIsNotShownAsDone();
    void desiredRetention_changesTheNextInterval();
    void desiredRetention_dialogOffersTheCurrentValue_soEnterKeepsIt();

private:
    void openQuizOn(const QString &cardId);
    QList<Review> reviews() const { return m_user->data.reviews.reviews(); }
    QList<Deck> m_decks;
    std::unique_ptr<Test::TempUserData> m_user;
    std::unique_ptr<MainWindow> m_window;
    MockClock m_clock{1'767'225'600'000};
};

void TestQuizPanel::initTestCase()
{
    Translations::install(qApp, QLocale(QLocale::English)); // the English plural forms, as the app has them
    m_decks = Test::sampleDecks();
}

void TestQuizPanel::init()
{
    m_user = std::make_unique<Test::TempUserData>();
    m_window = std::make_unique<MainWindow>(&m_user->settings, &m_user->data, &m_clock);
    m_window->setDecks(m_decks);
    m_window->resize(1200, 700);
    m_window->restoreLayoutAndTopic();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->findChild<QAction *>(QStringLiteral("viewQuizTab"))->trigger();
    QCOMPARE(m_window->studyPanel()->currentIndex(), int(StudyPanel::QuizTab));
}

void TestQuizPanel::cleanup()
{
    // In reverse order of creation: the window writes settings as it closes, into a folder that must still exist.
    m_window.reset();
    m_user.reset();
}

void TestQuizPanel::openQuizOn(const QString &cardId)
{
    QuizSession *session = m_window->quizSession();
    // Walk the topic's cards with the keyboard-free API until the card is on screen: recall cards are skipped by
    // grading them Good, the others are answered through the widgets in the tests themselves.
    while (session->current() && session->current()->card->id != cardId) {
        if (session->phase() == QuizSession::Phase::Asking && session->current()->card->type == CardType::Recall)
            session->reveal();
        if (session->phase() == QuizSession::Phase::Revealed)
            session->grade(3);
        if (session->phase() == QuizSession::Phase::Asking && session->current()->card->type == CardType::Choice)
            session->choose(0);
        if (session->phase() == QuizSession::Phase::Asking && session->current()->card->type == CardType::Predict)
            session->submitPrediction(QStringLiteral("x"));
        if (session->phase() == QuizSession::Phase::Asking && session->current()->card->type == CardType::SpotBug)
            session->pickLine(1);
        session->next();
    }
    QVERIFY(session->current());
    m_window->quizPanel()->setFocus();
}

void TestQuizPanel::recall_spaceRevealsAndDigitGrades()
{
    QuizPanel *panel = m_window->quizPanel();
    QVERIFY2(panel->headerText().startsWith(QStringLiteral("Card 1 of 5 · Recall")), qPrintable(panel->headerText()));
    QVERIFY(panel->promptView()->toPlainText().contains(QStringLiteral("What does is compare?")));
    auto *answer = panel->findChild<QTextBrowser *>(QStringLiteral("quizAnswer"));
    QVERIFY(!answer->isVisible());
    m_clock.advanceMs(3000);
    QTest::keyClick(panel->focusWidget() ? panel->focusWidget() : panel, Qt::Key_Space);
    QVERIFY(answer->isVisible());
    QVERIFY(answer->toPlainText().contains(QStringLiteral("same object")));
    // Each grade says when the card would come back (FSRS at the desired retention, from now).
    const auto next = Fsrs(0.9).preview(CardState{QStringLiteral("sample"), QStringLiteral("identity-recall"), QStringLiteral("identity")},
                                        m_clock.nowMs());
    for (int g = 1; g <= 4; ++g) {
        const QString text = panel->findChild<QPushButton *>(QStringLiteral("quizGrade%1").arg(g))->text();
        QVERIFY2(text.endsWith(QStringLiteral(" · ") + intervalText(next[g - 1].dueMs - m_clock.nowMs())), qPrintable(text));
    }
    QTest::keyClick(panel->focusWidget(), Qt::Key_3);
    QCOMPARE(reviews().size(), 1);
    QCOMPARE(reviews()[0].cardId, QStringLiteral("identity-recall"));
    QCOMPARE(reviews()[0].grade, 3);
    QCOMPARE(reviews()[0].responseMs, 3000);
    const auto state = m_user->data.reviews.cardState(QStringLiteral("sample"), QStringLiteral("identity-recall"));
    QVERIFY(state && state->dueMs > m_clock.nowMs());
    // Grading moved straight on, and says above the next card how the last one was saved.
    QVERIFY2(panel->headerText().startsWith(QStringLiteral("Card 2 of 5 · Multiple choice")), qPrintable(panel->headerText()));
    auto *last = panel->findChild<QLabel *>(QStringLiteral("quizLastAnswer"));
    QVERIFY(last->isVisible());
    QCOMPARE(last->text(), QStringLiteral("Saved “Good” · next review in %1").arg(intervalText(next[2].dueMs - m_clock.nowMs())));
    QTest::keyClick(panel->focusWidget(), Qt::Key_1); // answering the next card lets the line go
    QVERIFY(!last->isVisible());
}

void TestQuizPanel::choice_digitAnswersAndShowsWhyWrong()
{
    openQuizOn(QStringLiteral("identity-choice"));
    QuizPanel *panel = m_window->quizPanel();
    QVERIFY(panel->optionsView()->toPlainText().contains(QStringLiteral("x is None")));
    QTextCursor selected = panel->promptView()->textCursor(); // the learner selected the question to copy it
    selected.select(QTextCursor::Document);
    panel->promptView()->setTextCursor(selected);
    const QString question = panel->promptView()->toPlainText();
    QTest::keyClick(panel, Qt::Key_2);
    const Review last = reviews().last();
    QCOMPARE(last.cardId, QStringLiteral("identity-choice"));
    QVERIFY(!last.correct);
    QCOMPARE(last.grade, 1);
    QVERIFY(panel->findChild<QLabel *>(QStringLiteral("quizVerdict"))->text().contains(QStringLiteral("Not quite")));
    QVERIFY(panel->optionsView()->toPlainText().contains(QStringLiteral("which a class may override")));
    QVERIFY(panel->feedbackView()->toPlainText().contains(QStringLiteral("None is a singleton")));
    // The question is not laid out again under its verdict: the same text, still selected.
    QCOMPARE(panel->promptView()->toPlainText(), question);
    QCOMPARE(panel->promptView()->textCursor().selectedText().replace(QChar::ParagraphSeparator, QLatin1Char('\n')), question);
}

void TestQuizPanel::predict_typeAndCheck_outputHiddenUntilAnswered()
{
    openQuizOn(QStringLiteral("identity-predict"));
    QuizPanel *panel = m_window->quizPanel();
    CodePane *code = m_window->codePane();
    QCOMPARE(code->currentSnippetId(), QStringLiteral("identity-pitfall"));
    auto *output = code->findChild<QPlainTextEdit *>(QStringLiteral("snippetOutput"));
    QVERIFY(!output->isVisible());     // the expected output would give it away
    QVERIFY(!code->isFixVisible());    // and so would the fix
    QTest::keyClicks(panel->predictionEditor(), QStringLiteral("False  "));
    QTest::keyClick(panel->predictionEditor(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(reviews().last().correct);
    QCOMPARE(reviews().last().cardId, QStringLiteral("identity-predict"));
    QVERIFY(output->isVisible());
    QVERIFY(code->isFixVisible());
    QVERIFY(panel->feedbackView()->toPlainText().contains(QStringLiteral("Expected")));
}

// A wrong prediction marks the characters that differ, not the whole line.
void TestQuizPanel::predict_wrongAnswer_marksTheCharactersThatDiffer()
{
    openQuizOn(QStringLiteral("identity-predict"));
    QuizPanel *panel = m_window->quizPanel();
    QTest::keyClicks(panel->predictionEditor(), QStringLiteral("Fals"));
    QTest::keyClick(panel->predictionEditor(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(!reviews().last().correct);
    const QString html = panel->feedbackView()->toHtml();
    QTextDocument doc;
    doc.setHtml(html);
    // "False" against "Fals": the "e" is marked on the expected side, and a caret shows where it is missing.
    bool markedE = false;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.text() == QStringLiteral("e") && fragment.charFormat().background().style() != Qt::NoBrush)
                markedE = true;
        }
    }
    QVERIFY2(markedE, qPrintable(html));
    QVERIFY(panel->feedbackView()->toPlainText().contains(QStringLiteral("Fals‸")));
}

void TestQuizPanel::predict_ctrlZ_undoesTheTypingFirst_thenTheLastAnswer()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get())); // window shortcuts need the active window
    openQuizOn(QStringLiteral("identity-predict"));
    QuizPanel *panel = m_window->quizPanel();
    const qsizetype answered = reviews().size();
    QVERIFY(answered > 0);
    const QString previous = reviews().last().cardId;
    QPlainTextEdit *field = panel->predictionEditor();
    field->setFocus();
    QTest::keyClicks(field, QStringLiteral("Tru"));
    while (!field->toPlainText().isEmpty()) {
        const QString typed = field->toPlainText();
        QTest::keyClick(field, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(field->toPlainText() != typed); // the typing goes back
        QCOMPARE(reviews().size(), answered);   // and no answer with it
    }
    QTest::keyClick(field, Qt::Key_Z, Qt::ControlModifier); // nothing typed to undo: the last answer goes
    QCOMPARE(reviews().size(), answered - 1);
    QCOMPARE(m_window->quizSession()->current()->card->id, previous);
}

void TestQuizPanel::spotBug_clickTheLineInTheCodePane()
{
    openQuizOn(QStringLiteral("identity-spot"));
    CodeEditor *editor = m_window->codePane()->editor();
    QVERIFY(editor->isPickingLine());
    QVERIFY(!m_window->codePane()->isFixVisible());
    const QTextBlock line3 = editor->document()->findBlockByNumber(2);
    const QRect rect = editor->cursorRect(QTextCursor(line3));
    QTest::mouseClick(editor->viewport(), Qt::LeftButton, {}, QPoint(20, rect.center().y()));
    QVERIFY(reviews().last().correct);
    QCOMPARE(reviews().last().cardId, QStringLiteral("identity-spot"));
    QVERIFY(!editor->isPickingLine());
    QVERIFY(m_window->codePane()->isFixVisible());
    QCOMPARE(editor->markedLines(), QList<int>{3});
}

void TestQuizPanel::pair_assignEachSituation()
{
    openQuizOn(QStringLiteral("identity-pair"));
    QuizPanel *panel = m_window->quizPanel();
    auto *check = panel->findChild<QPushButton *>(QStringLiteral("quizSubmitPairs"));
    QVERIFY(!check->isEnabled());
    // A radio button takes clicks on its indicator and label, at its left.
    const auto clickRadio = [panel](const char *name) {
        auto *radio = panel->findChild<QRadioButton *>(QLatin1StringView(name));
        QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(6, radio->height() / 2));
    };
    clickRadio("pair0Side0");
    clickRadio("pair1Side0");
    QVERIFY(check->isEnabled());
    QTest::mouseClick(check, Qt::LeftButton);
    QVERIFY(!reviews().last().correct);
    QCOMPARE(reviews().last().cardId, QStringLiteral("identity-pair"));
    // The right side is named as such, in words; the wrong pick too.
    QVERIFY2(panel->findChild<QRadioButton *>(QStringLiteral("pair1Side1"))->text().contains(QStringLiteral("✓ (the right one)")),
             qPrintable(panel->findChild<QRadioButton *>(QStringLiteral("pair1Side1"))->text()));
    QVERIFY(panel->findChild<QRadioButton *>(QStringLiteral("pair1Side0"))->text().contains(QStringLiteral("✗ (your choice)")));
}

void TestQuizPanel::pair_answeredFromTheKeyboard()
{
    openQuizOn(QStringLiteral("identity-pair"));
    QuizPanel *panel = m_window->quizPanel();
    auto *view = panel->findChild<PairView *>(QStringLiteral("pairView"));
    QTRY_COMPARE(QApplication::focusWidget(), view); // keys work the moment the card appears
    QVERIFY(panel->findChild<QLabel *>(QStringLiteral("quizPairKeys"))->isVisible()); // and say which keys
    QCOMPARE(view->currentSituation(), 0);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_1); // situation 1: `is`
    QCOMPARE(m_window->quizSession()->assignments(), (QList<int>{0, -1}));
    QCOMPARE(view->currentSituation(), 1); // moved on
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up);
    QCOMPARE(view->currentSituation(), 0);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_B); // situation 2: `==`
    QCOMPARE(m_window->quizSession()->assignments(), (QList<int>{0, 1}));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(m_window->quizSession()->phase(), QuizSession::Phase::Answered);
    QVERIFY(reviews().last().correct);
    QCOMPARE(reviews().last().cardId, QStringLiteral("identity-pair"));
}

// Long situations and options, at the sizes learners use, in English and German: the text wraps, the panel never
// scrolls sideways, and neither a checked option nor a picked situation moves anything below it.
void TestQuizPanel::layout_wrapsWithoutSidewaysScrolling_andNothingMovesWhenPicked_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    QTest::newRow("English 1280x800") << QStringLiteral("en") << QSize(1280, 800);
    QTest::newRow("German 1280x800") << QStringLiteral("de") << QSize(1280, 800);
    QTest::newRow("English 1366x768") << QStringLiteral("en") << QSize(1366, 768);
}

void TestQuizPanel::layout_wrapsWithoutSidewaysScrolling_andNothingMovesWhenPicked()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    const auto useLanguage = [](const QLocale &locale) {
        for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        Translations::install(qApp, locale);
    };
    useLanguage(QLocale(language));
    const auto english = qScopeGuard([&] { useLanguage(QLocale(QLocale::English)); });
    const QString words = QStringLiteral("a CPU-bound service whose requests each parse a large JSON document and "
                                         "then compute a checksum over every field it found");
    QVERIFY(Test::writeFiles(m_user->dir, {
        {QStringLiteral("long/deck.md"), "---\nid: long\ntitle: Long\nversion: 1.0\nlanguage: en\n---\n\nLong cards.\n"},
        {QStringLiteral("long/01-s/section.md"), "---\nid: s\ntitle: Section\n---\n"},
        {QStringLiteral("long/01-s/01-t.md"), QStringLiteral(
            "---\nid: t\ntitle: Topic\n---\n\nNotes about the topic, long enough to be a summary of it all.\n\n"
            "## Cards\n\n"
            "### choice id=t-choice\n\nWhich are true?\n\n"
            "- [x] First: %1\n- [x] Second: %1\n- [ ] Third: %1\n\n    Wrong because %1.\n\n"
            "### pair id=t-pair a=\"`threading.Thread` with a shared queue\" b=\"`multiprocessing.Pool` with chunks\"\n\n"
            "Which one fits?\n\n- A: %1\n- B: %1, twice\n- A: %1, three times\n").arg(words).toUtf8()},
    }));
    QList<Diagnostic> diagnostics;
    const QList<Deck> decks = DeckLoader::loadAll({m_user->filePath(QStringLiteral("long"))}, &diagnostics);
    QVERIFY2(diagnostics.isEmpty(), qPrintable(diagnostics.value(0).toString()));
    m_window.reset();
    m_window = std::make_unique<MainWindow>(&m_user->settings, &m_user->data, &m_clock);
    m_window->setDecks(decks);
    m_window->restoreLayoutAndTopic();
    m_window->resize(size); // after the session's own geometry (a share of the screen)
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->findChild<QAction *>(QStringLiteral("viewQuizTab"))->trigger();
    QuizPanel *panel = m_window->quizPanel();
    auto *scroll = panel->findChild<QScrollArea *>();
    QVERIFY(scroll);
    // The quiz column gets a usable share of the window (at 1280 wide, a good third).
    QTRY_VERIFY2(scroll->viewport()->width() >= size.width() / 4, qPrintable(QString::number(scroll->viewport()->width())));
    const auto sideways = [scroll] { return scroll->horizontalScrollBar()->isVisible() || scroll->widget()->width() > scroll->viewport()->width(); };

    // Multiple choice: picking options moves none of them.
    QCOMPARE(m_window->quizSession()->current()->card->id, QStringLiteral("t-choice"));
    QTextBrowser *options = panel->optionsView();
    const auto optionTops = [options] {
        QList<int> tops;
        for (QTextBlock block = options->document()->begin(); block.isValid(); block = block.next())
            tops.append(int(options->document()->documentLayout()->blockBoundingRect(block).top()));
        return tops;
    };
    QVERIFY(!sideways());
    const QList<int> before = optionTops();
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : panel, Qt::Key_1);
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : panel, Qt::Key_3);
    QCOMPARE(m_window->quizSession()->chosenOptions(), (QList<int>{0, 2}));
    QCOMPARE(optionTops(), before);
    QVERIFY(!sideways());
    // The feedback says which options were picked and which were missed, in words.
    QVERIFY(m_window->quizSession()->submitChoice());
    const QString feedback = options->toPlainText();
    QVERIFY2(feedback.contains(QStringLiteral("✗")) && feedback.contains(QStringLiteral("✓")), qPrintable(feedback));
    QVERIFY(!sideways());
    m_window->quizSession()->next();

    // Pair: each situation wraps over the width; clicking one moves nothing.
    QCOMPARE(m_window->quizSession()->current()->card->id, QStringLiteral("t-pair"));
    auto *situation = panel->findChild<QLabel *>(QStringLiteral("pairSituation0"));
    QTRY_VERIFY(situation->isVisible());
    QVERIFY2(situation->width() > scroll->viewport()->width() / 2,
             qPrintable(QStringLiteral("%1 of %2").arg(situation->width()).arg(scroll->viewport()->width())));
    QVERIFY(!sideways());
    auto *radio = panel->findChild<QRadioButton *>(QStringLiteral("pair1Side1"));
    const QPoint where = radio->mapTo(panel, QPoint(0, 0));
    QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(6, radio->height() / 2));
    QCOMPARE(m_window->quizSession()->assignments().value(1), 1);
    QCOMPARE(radio->mapTo(panel, QPoint(0, 0)), where);
    QVERIFY(!sideways());
    // The buttons stay within reach: Check is on screen, not off to the right.
    auto *check = panel->findChild<QPushButton *>(QStringLiteral("quizSubmitPairs"));
    QVERIFY(check->mapTo(scroll->viewport(), QPoint(check->width(), 0)).x() <= scroll->viewport()->width());
}

void TestQuizPanel::quizDone_offersToRetryTheMissed_thenTheNextTopics()
{
    QuizSession *session = m_window->quizSession();
    QuizPanel *panel = m_window->quizPanel();
    // Through the identity topic's five cards: the recall right, the choice wrong (option 2), the rest right.
    session->reveal();
    session->grade(3);
    session->next();
    QCOMPARE(session->current()->card->id, QStringLiteral("identity-choice"));
    session->choose(1);
    QVERIFY(!session->lastCorrect());
    session->next();
    while (session->current()) {
        const Card &card = *session->current()->card;
        if (card.type == CardType::Predict)
            session->submitPrediction(QStringLiteral("False"));
        else if (card.type == CardType::SpotBug)
            session->pickLine(card.bugLines.value(0));
        else if (card.type == CardType::Pair) {
            session->assign(0, 0);
            session->assign(1, 1);
            session->submitPairs();
        }
        session->next();
    }
    QCOMPARE(session->phase(), QuizSession::Phase::Finished);
    auto *retry = panel->findChild<QPushButton *>(QStringLiteral("quizRetryMissed"));
    QTRY_VERIFY(retry->isVisible());
    QCOMPARE(retry->text(), QStringLiteral("&Retry the 1 missed card"));
    QCOMPARE(QApplication::focusWidget(), retry); // Enter retries
    QTest::keyClick(retry, Qt::Key_Return);
    QCOMPARE(session->count(), 1);
    QCOMPARE(session->current()->card->id, QStringLiteral("identity-choice"));
    m_clock.advanceMs(60'000); // a minute later
    QVERIFY(session->choose(0));
    session->next();
    QVERIFY(!retry->isVisible()); // nothing missed this time
    // Next topic: the quiz follows the topic.
    auto *nextTopic = panel->findChild<QPushButton *>(QStringLiteral("quizNextTopic"));
    QVERIFY(nextTopic->isVisible());
    QTest::mouseClick(nextTopic, Qt::LeftButton);
    QTRY_COMPARE(m_window->currentTopic()->id, QStringLiteral("loops"));
    QVERIFY(session->current());
    QCOMPARE(session->current()->topic->id, QStringLiteral("loops"));
}

void TestQuizPanel::readOnlyDatabase_answerIsNotShownAsDone()
{
    m_window.reset();
    QVERIFY(m_user->data.database.isWritable());
    m_user->data.database.close(); // simulate a database that went away under us
    m_window = std::make_unique<MainWindow>(&m_user->settings, &m_user->data, &m_clock);
    m_window->setDecks(m_decks);
    m_window->restoreLayoutAndTopic();
    m_window->show();
    m_window->findChild<QAction *>(QStringLiteral("viewQuizTab"))->trigger();
    QuizPanel *panel = m_window->quizPanel();
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("quizReveal")), Qt::LeftButton);
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("quizGrade3")), Qt::LeftButton);
    QCOMPARE(m_window->quizSession()->phase(), QuizSession::Phase::Revealed);
    auto *error = panel->findChild<QLabel *>(QStringLiteral("quizError"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(QStringLiteral("Your answer was not saved")), qPrintable(error->text()));
}

void TestQuizPanel::desiredRetention_changesTheNextInterval()
{
    Dialogs::setNextItem(QStringLiteral("80%"));
    m_window->findChild<QAction *>(QStringLiteral("studyRetention"))->trigger();
    QCOMPARE(m_user->settings.desiredRetention(), 0.8);
    QuizSession *quiz = m_window->quizSession();
    QVERIFY(quiz->reveal());
    QVERIFY(quiz->grade(3));
    const auto state = m_user->data.reviews.cardState(QStringLiteral("sample"), QStringLiteral("identity-recall"));
    QVERIFY(state);
    QCOMPARE(*state, Fsrs(0.8).review(CardState{QStringLiteral("sample"), QStringLiteral("identity-recall"), QStringLiteral("identity")},
                                      3, m_clock.nowMs()));
    QVERIFY(state->dueMs > Fsrs(0.9).review(CardState{}, 3, m_clock.nowMs()).dueMs);
}

// The real dialog: it opens on the retention in use, so that Enter changes nothing (it opened on 70%, and Enter
// silently lowered the retention).
void TestQuizPanel::desiredRetention_dialogOffersTheCurrentValue_soEnterKeepsIt()
{
    QCOMPARE(m_user->settings.desiredRetention(), 0.9);
    QString offered;
    QTimer poll; // runs inside the dialog's own event loop, until the dialog is up
    poll.setInterval(10);
    connect(&poll, &QTimer::timeout, this, [&] {
        if (auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget()); dialog && dialog->isVisible()) {
            poll.stop();
            offered = dialog->textValue();
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click(); // what Enter does
        }
    });
    poll.start();
    m_window->findChild<QAction *>(QStringLiteral("studyRetention"))->trigger();
    QCOMPARE(offered, QStringLiteral("90%"));
    QCOMPARE(m_user->settings.desiredRetention(), 0.9);
}

QTEST_MAIN(TestQuizPanel)
#include "tst_quizpanel.moc"
