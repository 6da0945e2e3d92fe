#include "answering.h"
#include "codeeditor.h"
#include "codepane.h"
#include "mockclock.h"
#include "quizpanel.h"
#include "quizsession.h"
#include "quiztab.h"
#include "testsupport.h"

#include <QApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QTest>

using namespace DeepDive;

class TestQuizTab : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void panel_isMadeOnFirstUse_once();
    void startTopic_asksTheHitCardFirst_data();
    void startTopic_asksTheHitCardFirst();
    void finishedQuiz_nextStepsReachTheWindow();
    void spotTheBugOnScreen_givesTheCodeTheKeyboard();

private:
    QStringList askedCardIds();
    MockClock m_clock{1'767'225'600'000};
    const Deck *m_deck = nullptr;
    QSplitter *m_window = nullptr;
    QuizSession *m_quiz = nullptr;
    CodePane *m_code = nullptr;
    QuizTab *m_tab = nullptr;
};

void TestQuizTab::init()
{
    m_deck = &Test::sampleDeck();
    m_window = new QSplitter;
    m_quiz = new QuizSession(m_clock, [](const Answer &, QString *) { return true; }, m_window);
    m_code = new CodePane(m_window);
    m_tab = new QuizTab(m_quiz, m_code, m_window);
    m_window->resize(1100, 700);
}

void TestQuizTab::cleanup()
{
    delete m_window;
}

// The cards in the order the quiz asks them (each answered to reach the next).
QStringList TestQuizTab::askedCardIds()
{
    QStringList ids;
    while (m_quiz->phase() != QuizSession::Phase::Finished && m_quiz->current()) {
        ids.append(m_quiz->current()->card->id);
        Test::answerCurrentCard(*m_quiz, true);
        m_quiz->next();
    }
    return ids;
}

void TestQuizTab::panel_isMadeOnFirstUse_once()
{
    QVERIFY(!m_tab->existingPanel());
    QVERIFY(!m_tab->findChild<QuizPanel *>());
    m_tab->startTopic(QStringLiteral("sample"), &m_deck->topics[0]); // the quiz runs without its panel
    QCOMPARE(m_quiz->count(), int(m_deck->topics[0].cards.size()));
    QuizPanel *panel = m_tab->panel();
    QVERIFY(panel);
    QCOMPARE(m_tab->panel(), panel);
    QCOMPARE(m_tab->existingPanel(), panel);
    QCOMPARE(m_tab->findChildren<QuizPanel *>().size(), 1);
}

void TestQuizTab::startTopic_asksTheHitCardFirst_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QStringList>("expected");
    const QStringList inOrder{QStringLiteral("identity-recall"), QStringLiteral("identity-choice"), QStringLiteral("identity-predict"),
                              QStringLiteral("identity-spot"), QStringLiteral("identity-pair")};
    QTest::newRow("no hit: the topic's order") << QString() << inOrder;
    QTest::newRow("the first card") << QStringLiteral("identity-recall") << inOrder;
    QTest::newRow("a card in the middle")
        << QStringLiteral("identity-predict")
        << QStringList{QStringLiteral("identity-predict"), QStringLiteral("identity-recall"), QStringLiteral("identity-choice"),
                       QStringLiteral("identity-spot"), QStringLiteral("identity-pair")};
    QTest::newRow("the last card")
        << QStringLiteral("identity-pair")
        << QStringList{QStringLiteral("identity-pair"), QStringLiteral("identity-recall"), QStringLiteral("identity-choice"),
                       QStringLiteral("identity-predict"), QStringLiteral("identity-spot")};
    QTest::newRow("a card the topic does not have") << QStringLiteral("gone") << inOrder;
}

void TestQuizTab::startTopic_asksTheHitCardFirst()
{
    QFETCH(QString, first);
    QFETCH(QStringList, expected);
    m_tab->startTopic(QStringLiteral("sample"), &m_deck->topics[0], first);
    QCOMPARE(askedCardIds(), expected);
    m_tab->startTopic(QString(), nullptr); // no topic: an empty quiz
    QCOMPARE(m_quiz->phase(), QuizSession::Phase::Empty);
}

void TestQuizTab::finishedQuiz_nextStepsReachTheWindow()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QuizPanel *panel = m_tab->panel();
    QSignalSpy next(m_tab, &QuizTab::nextTopicRequested);
    m_tab->startTopic(QStringLiteral("sample"), &m_deck->topics[0], QStringLiteral("identity-recall"));
    Test::answerCurrentCard(*m_quiz, false); // one missed
    m_quiz->next();
    while (m_quiz->position() + 1 < m_quiz->count()) {
        Test::answerCurrentCard(*m_quiz, true);
        m_quiz->next();
    }
    Test::answerCurrentCard(*m_quiz, true); // the last card, answered: Enter finishes, and only that
    QTRY_COMPARE(QApplication::focusWidget(), panel->findChild<QPushButton *>(QStringLiteral("quizNext")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(m_quiz->phase(), QuizSession::Phase::Finished);
    QCOMPARE(next.size(), 0);
    auto *nextTopic = panel->findChild<QPushButton *>(QStringLiteral("quizNextTopic"));
    auto *nextWeak = panel->findChild<QPushButton *>(QStringLiteral("quizNextWeakTopic"));
    auto *retry = panel->findChild<QPushButton *>(QStringLiteral("quizRetryMissed"));
    QVERIFY(nextTopic && nextWeak && retry);
    QTRY_VERIFY(nextTopic->isVisible());
    QTest::mouseClick(nextTopic, Qt::LeftButton);
    QTest::mouseClick(nextWeak, Qt::LeftButton);
    QCOMPARE(next.size(), 2);
    QCOMPARE(next[0].value(0).toBool(), false);
    QCOMPARE(next[1].value(0).toBool(), true);
    // Enter takes the first next step: Retry Missed, a quiz over the missed card only.
    QVERIFY(panel->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(next.size(), 2);
    QCOMPARE(m_quiz->count(), 1);
    QCOMPARE(m_quiz->current()->card->id, QStringLiteral("identity-recall"));
}

void TestQuizTab::spotTheBugOnScreen_givesTheCodeTheKeyboard()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    m_code->setTopic(&m_deck->topics[0]);
    m_tab->startTopic(QStringLiteral("sample"), &m_deck->topics[0], QStringLiteral("identity-spot"));
    QuizPanel *panel = m_tab->panel();
    m_tab->followCard(false); // the quiz is not on screen: the code pane shows snippets plainly
    QVERIFY(!m_code->exposure().pickLine);
    QVERIFY(!panel->focusProxy());
    m_tab->followCard(true);
    QVERIFY(m_code->exposure().pickLine);
    QCOMPARE(panel->focusProxy(), m_code->editor());
    QTRY_VERIFY(m_code->editor()->hasFocus());
    // The next card (recall) gives the keyboard back to the panel.
    Test::answerCurrentCard(*m_quiz, true);
    m_quiz->next();
    m_tab->followCard(true);
    QVERIFY(!m_code->exposure().pickLine);
    QVERIFY(!panel->focusProxy());
}

QTEST_MAIN(TestQuizTab)
#include "tst_quiztab.moc"
