#include "intervaltext.h"
#include "mockclock.h"
#include "quizanswerpages.h"
#include "quizsession.h"
#include "testsupport.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>

#include <algorithm>

using namespace DeepDive;

// The controls of each card type, as the session's phase has them: the page on screen, what is shown, what answers
// the card, and what goes to the session.
class TestQuizAnswerPages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void recall_revealShowsAnswerAndExplanation_thenTheGradesWithTheirIntervals();
    void choice_showsTheOptions_andAnswersWithThem();
    void predict_takesTheTypedOutput_andIsReadOnlyOnceChecked();
    void predict_aNewCardClearsTheField_theSameCardKeepsIt();
    void spotBug_showsTheHintWhileAsking_andAsksForTheCodePane();
    void pair_checkIsEnabledOnceEverySituationHasASide();

private:
    // Starts the session on the sample's identity cards with these ids, in this order.
    void start(const QStringList &cardIds);
    template<typename T>
    T *child(const char *name) const
    {
        T *widget = m_pages->findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning("no child %s", name);
        return widget;
    }
    bool shown(const char *name) const
    {
        const QWidget *widget = child<QWidget>(name);
        return widget && widget->isVisibleTo(m_pages.get());
    }

    const QuizHtml::Colours m_colours{QStringLiteral("#2e7d32"), QStringLiteral("#c62828"), QStringLiteral("#777777")};
    MockClock m_clock{1'767'225'600'000};
    std::unique_ptr<QuizSession> m_session;
    std::unique_ptr<QuizAnswerPages> m_pages;
};

void TestQuizAnswerPages::initTestCase()
{
    QVERIFY(!Test::sampleDeck().topics.isEmpty());
}

void TestQuizAnswerPages::init()
{
    m_pages.reset();
    m_session = std::make_unique<QuizSession>(m_clock, [](const Answer &, QString *) { return true; });
    m_pages = std::make_unique<QuizAnswerPages>(m_session.get());
}

void TestQuizAnswerPages::start(const QStringList &cardIds)
{
    const Deck &deck = Test::sampleDeck();
    const Topic &topic = deck.topics.first();
    QList<QuizSession::Item> items;
    for (const QString &id : cardIds) {
        for (const Card &card : topic.cards) {
            if (card.id == id)
                items.append({deck.id, &topic, &card});
        }
    }
    QCOMPARE(items.size(), cardIds.size());
    m_session->start(items);
    m_pages->render(m_colours);
}

void TestQuizAnswerPages::recall_revealShowsAnswerAndExplanation_thenTheGradesWithTheirIntervals()
{
    start({QStringLiteral("identity-recall")});
    QCOMPARE(m_pages->currentIndex(), int(QuizAnswerPages::RecallPage));
    QVERIFY(shown("quizReveal"));
    QVERIFY(!shown("quizAnswer"));
    QVERIFY(!shown("quizGrade1"));
    QCOMPARE(m_pages->answeringControl(), child<QWidget>("quizReveal"));

    child<QPushButton>("quizReveal")->click();
    QCOMPARE(m_session->phase(), QuizSession::Phase::Revealed);
    m_pages->render(m_colours);
    QVERIFY(!shown("quizReveal"));
    QVERIFY(shown("quizAnswer"));
    QVERIFY(child<QTextBrowser>("quizAnswer")->toPlainText().contains(QLatin1String("the same object")));
    QVERIFY(shown("quizGrade4"));
    QVERIFY(!m_pages->answeringControl()); // the grades take digits, through the panel's keys
    QCOMPARE(child<QPushButton>("quizGrade3")->text(), QStringLiteral("3 Good")); // no schedule to preview

    // With a schedule, each grade says when the card would come back.
    m_session->setSchedulePreview([](const QuizSession::Item &) {
        return std::array<qint64, 4>{60'000, 600'000, 86'400'000, 4 * 86'400'000};
    });
    m_pages->render(m_colours);
    QCOMPARE(child<QPushButton>("quizGrade1")->text(), QStringLiteral("1 Again · ") + intervalText(60'000));
    QCOMPARE(child<QPushButton>("quizGrade4")->text(), QStringLiteral("4 Easy · ") + intervalText(4 * 86'400'000));

    QSignalSpy graded(m_pages.get(), &QuizAnswerPages::gradeChosen);
    child<QPushButton>("quizGrade3")->click();
    QCOMPARE(graded.count(), 1);
    QCOMPARE(graded.first().first().toInt(), 3);
    QCOMPARE(m_session->phase(), QuizSession::Phase::Revealed); // grading is the panel's: it also moves on
}

void TestQuizAnswerPages::choice_showsTheOptions_andAnswersWithThem()
{
    start({QStringLiteral("identity-choice")});
    QCOMPARE(m_pages->currentIndex(), int(QuizAnswerPages::ChoicePage));
    QCOMPARE(m_pages->answeringControl(), m_pages->optionsView());
    const QString options = m_pages->optionsView()->toPlainText();
    QVERIFY2(options.contains(QLatin1String("x is None")) && options.contains(QLatin1String("x == None")),
             qPrintable(options));
    QVERIFY(!shown("quizSubmitChoice")); // one right option: picking it answers
    QVERIFY(m_session->choose(1));
    QCOMPARE(m_session->phase(), QuizSession::Phase::Answered);
    m_pages->render(m_colours);
    QVERIFY(!m_pages->answeringControl());
    QVERIFY(!m_session->lastCorrect());
}

void TestQuizAnswerPages::predict_takesTheTypedOutput_andIsReadOnlyOnceChecked()
{
    start({QStringLiteral("identity-predict")});
    QCOMPARE(m_pages->currentIndex(), int(QuizAnswerPages::PredictPage));
    QCOMPARE(m_pages->answeringControl(), m_pages->predictionEditor());
    QVERIFY(shown("quizCheckPrediction"));
    QVERIFY(!m_pages->predictionEditor()->isReadOnly());
    m_pages->predictionEditor()->setPlainText(QStringLiteral("surely not this"));
    m_pages->check(); // Ctrl+Enter
    QCOMPARE(m_session->phase(), QuizSession::Phase::Answered);
    QVERIFY(!m_session->lastCorrect());
    m_pages->render(m_colours);
    QVERIFY(m_pages->predictionEditor()->isReadOnly());
    QVERIFY(!shown("quizCheckPrediction"));
    QCOMPARE(m_pages->predictionEditor()->toPlainText(), QStringLiteral("surely not this")); // kept beside the answer
}

void TestQuizAnswerPages::predict_aNewCardClearsTheField_theSameCardKeepsIt()
{
    const Deck &deck = Test::sampleDeck();
    const Topic &topic = deck.topics.first();
    const auto predict = std::find_if(topic.cards.cbegin(), topic.cards.cend(),
                                      [](const Card &card) { return card.type == CardType::Predict; });
    QVERIFY(predict != topic.cards.cend());
    Card another = *predict; // a second predict card on the same snippet
    another.id = QStringLiteral("identity-predict-again");
    m_session->start({{deck.id, &topic, &*predict}, {deck.id, &topic, &another}});
    m_pages->render(m_colours);
    m_pages->predictionEditor()->setPlainText(QStringLiteral("typed"));
    m_pages->render(m_colours); // the same card again (a font change, the tab shown again)
    QCOMPARE(m_pages->predictionEditor()->toPlainText(), QStringLiteral("typed"));
    m_pages->check();
    QVERIFY(m_session->next());
    m_pages->render(m_colours);
    QCOMPARE(m_session->current()->card->id, another.id);
    QVERIFY(m_pages->predictionEditor()->toPlainText().isEmpty());
    QVERIFY(!m_pages->predictionEditor()->isReadOnly());
}

void TestQuizAnswerPages::spotBug_showsTheHintWhileAsking_andAsksForTheCodePane()
{
    QSignalSpy codePane(m_pages.get(), &QuizAnswerPages::snippetFocusRequested);
    start({QStringLiteral("identity-spot")});
    QCOMPARE(m_pages->currentIndex(), int(QuizAnswerPages::SpotBugPage));
    QVERIFY(shown("quizSpotHint"));
    QVERIFY(!m_pages->answeringControl()); // the code pane answers it
    QCOMPARE(codePane.count(), 1);
    QVERIFY(m_session->pickLine(1));
    m_pages->render(m_colours);
    QVERIFY(!shown("quizSpotHint"));
}

void TestQuizAnswerPages::pair_checkIsEnabledOnceEverySituationHasASide()
{
    start({QStringLiteral("identity-pair")});
    QCOMPARE(m_pages->currentIndex(), int(QuizAnswerPages::PairPage));
    auto *check = child<QPushButton>("quizSubmitPairs");
    QVERIFY(shown("quizSubmitPairs"));
    QVERIFY(!check->isEnabled());
    QVERIFY(m_session->assign(0, 0));
    m_pages->render(m_colours);
    QVERIFY(!check->isEnabled());
    QVERIFY(m_session->assign(1, 1));
    m_pages->render(m_colours);
    QVERIFY(check->isEnabled());
    m_pages->check();
    QCOMPARE(m_session->phase(), QuizSession::Phase::Answered);
    QVERIFY(m_session->lastCorrect());
    m_pages->render(m_colours);
    QVERIFY(!shown("quizSubmitPairs"));
    QVERIFY(!shown("quizPairKeys"));
}

QTEST_MAIN(TestQuizAnswerPages)
#include "tst_quizanswerpages.moc"
