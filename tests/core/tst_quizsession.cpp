#include "mockclock.h"
#include "quizsession.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace DeepDive;

class TestQuizSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void recall_revealThenSelfGrade();
    void choice_singleAnswerIsGradedAtOnce();
    void choice_multipleAnswersNeedAllAndOnlyTheCorrectOnes();
    void predict_ignoresTrailingWhitespaceAndDiffsLines();
    void predict_wrongAnswer_gradesAgain();
    void predict_exception_isTheLineAfterTheOutput_data();
    void predict_exception_isTheLineAfterTheOutput();
    void spotBug_pickTheLine();
    void pair_everySituationMustBeAssigned();
    void inputForAnotherCardType_isIgnored();
    void commitFailure_keepsTheCardOpen();
    void next_walksToTheEnd();
    void emptyTopic_isEmpty();
    void undo_walksBackThroughTheAnswers_andAsksTheCardAgain();
    void undo_finishedQuiz_asksTheLastCardAgain();
    void undoFailure_changesNothing();
    void relearning_wrongAnswerComesBackAfterTheGap();
    void relearning_nearTheEnd_comesBackAtTheEnd_untilAnsweredRight();
    void relearning_undoTakesTheRepeatOut();
    void relearning_offForATopicQuiz();

private:
    QList<QuizSession::Item> items(const QStringList &cardIds) const;
    Deck m_deck;
    MockClock m_clock{1'000'000};
    QList<Answer> m_committed;
    bool m_failCommit = false;
    QList<Answer> m_undone;
    bool m_failUndo = false;
    std::unique_ptr<QuizSession> m_session;
};

void TestQuizSession::initTestCase()
{
    m_deck = Test::sampleDeck();
}

void TestQuizSession::init()
{
    m_committed.clear();
    m_failCommit = false;
    m_session = std::make_unique<QuizSession>(m_clock, [this](const Answer &a, QString *error) {
        if (m_failCommit) {
            *error = QStringLiteral("database or disk is full");
            return false;
        }
        m_committed.append(a);
        return true;
    });
    m_undone.clear();
    m_failUndo = false;
    m_session->setUndoer([this](const Answer &a, QString *error) {
        if (m_failUndo) {
            *error = QStringLiteral("database is locked");
            return false;
        }
        m_undone.append(a);
        return true;
    });
}

QList<QuizSession::Item> TestQuizSession::items(const QStringList &cardIds) const
{
    QList<QuizSession::Item> result;
    for (const QString &id : cardIds) {
        for (const Topic &topic : m_deck.topics) {
            for (const Card &card : topic.cards) {
                if (card.id == id)
                    result.append({m_deck.id, &topic, &card});
            }
        }
    }
    return result;
}

void TestQuizSession::recall_revealThenSelfGrade()
{
    m_session->start(items({QStringLiteral("identity-recall")}));
    QCOMPARE(m_session->phase(), QuizSession::Phase::Asking);
    QVERIFY(!m_session->grade(3)); // not before the answer is revealed
    m_clock.advanceMs(4200);
    QVERIFY(m_session->reveal());
    QCOMPARE(m_session->phase(), QuizSession::Phase::Revealed);
    QVERIFY(m_session->grade(2));
    QCOMPARE(m_session->phase(), QuizSession::Phase::Answered);
    QCOMPARE(m_committed.size(), 1);
    QCOMPARE(m_committed[0].cardId, QStringLiteral("identity-recall"));
    QCOMPARE(m_committed[0].grade, 2);
    QVERIFY(m_committed[0].correct);
    QCOMPARE(m_committed[0].responseMs, 4200);
    QCOMPARE(m_committed[0].deckId, QStringLiteral("sample"));
    QCOMPARE(m_committed[0].topicId, QStringLiteral("identity"));
}

void TestQuizSession::choice_singleAnswerIsGradedAtOnce()
{
    m_session->start(items({QStringLiteral("identity-choice"), QStringLiteral("identity-choice")}));
    QVERIFY(!m_session->isMultipleAnswer());
    QVERIFY(!m_session->choose(5));
    QVERIFY(m_session->choose(1));
    QVERIFY(!m_session->lastCorrect());
    QCOMPARE(m_session->lastGrade(), 1);
    QCOMPARE(m_session->chosenOptions(), QList<int>{1});
    QVERIFY(m_session->next());
    QVERIFY(m_session->choose(0));
    QVERIFY(m_session->lastCorrect());
    QCOMPARE(m_committed.size(), 2);
    QCOMPARE(m_committed[1].grade, 3);
}

void TestQuizSession::choice_multipleAnswersNeedAllAndOnlyTheCorrectOnes()
{
    Topic topic;
    topic.id = QStringLiteral("t");
    Card card;
    card.id = QStringLiteral("multi");
    card.type = CardType::Choice;
    card.options = {{QStringLiteral("a"), {}, true}, {QStringLiteral("b"), QStringLiteral("no"), false},
                    {QStringLiteral("c"), {}, true}};
    topic.cards = {card};
    QList<QuizSession::Item> list{{QStringLiteral("d"), &topic, &topic.cards[0]}, {QStringLiteral("d"), &topic, &topic.cards[0]}};
    m_session->start(list);
    QVERIFY(m_session->isMultipleAnswer());
    QVERIFY(!m_session->submitChoice()); // nothing chosen yet
    QVERIFY(m_session->choose(0));       // toggles
    QCOMPARE(m_session->phase(), QuizSession::Phase::Asking);
    QVERIFY(m_session->submitChoice());
    QVERIFY(!m_session->lastCorrect()); // c was missing
    QVERIFY(m_session->next());
    QVERIFY(m_session->toggleOption(0));
    QVERIFY(m_session->toggleOption(2));
    QVERIFY(m_session->toggleOption(1));
    QVERIFY(m_session->toggleOption(1)); // and back off
    QVERIFY(m_session->submitChoice());
    QVERIFY(m_session->lastCorrect());
}

void TestQuizSession::predict_ignoresTrailingWhitespaceAndDiffsLines()
{
    m_session->start(items({QStringLiteral("identity-predict")}));
    QCOMPARE(m_session->currentSnippet()->id, QStringLiteral("identity-pitfall"));
    QVERIFY(m_session->submitPrediction(QStringLiteral("False   \n\n\n")));
    QVERIFY(m_session->lastCorrect());
    QCOMPARE(m_session->predictionDiff().size(), 1);
    QVERIFY(m_session->predictionDiff()[0].same);
}

void TestQuizSession::predict_exception_isTheLineAfterTheOutput_data()
{
    QTest::addColumn<QString>("output");
    QTest::addColumn<QString>("typed");
    QTest::newRow("only an exception") << QString() << QStringLiteral("ValueError: bad");
    QTest::newRow("output, then an exception") << QStringLiteral("before\n") << QStringLiteral("before\nValueError: bad");
}

void TestQuizSession::predict_exception_isTheLineAfterTheOutput()
{
    QFETCH(QString, output);
    QFETCH(QString, typed);
    Deck deck = m_deck;
    Topic *topic = nullptr;
    const Card *card = nullptr;
    for (Topic &t : deck.topics) {
        for (const Card &c : t.cards) {
            if (c.id == QLatin1String("identity-predict")) {
                topic = &t;
                card = &c;
            }
        }
    }
    QVERIFY(card);
    for (Snippet &snippet : topic->snippets) {
        if (snippet.id == card->snippetId) {
            snippet.expectedOutput = output;
            snippet.hasExpectedOutput = !output.isEmpty();
            snippet.expectedRaises = QStringLiteral("ValueError: bad");
        }
    }
    m_session->start({{deck.id, topic, card}});
    QVERIFY(m_session->submitPrediction(typed));
    QVERIFY(m_session->lastCorrect());
}

void TestQuizSession::predict_wrongAnswer_gradesAgain()
{
    m_session->start(items({QStringLiteral("identity-predict")}));
    QVERIFY(m_session->submitPrediction(QStringLiteral("True\nextra")));
    QVERIFY(!m_session->lastCorrect());
    QCOMPARE(m_committed.value(0).grade, 1);
    const auto diff = m_session->predictionDiff();
    QCOMPARE(diff.size(), 2);
    QCOMPARE(diff[0].expected, QStringLiteral("False"));
    QCOMPARE(diff[0].given, QStringLiteral("True"));
    QVERIFY(!diff[0].same);
    QCOMPARE(diff[1].given, QStringLiteral("extra"));
    QVERIFY(diff[1].expected.isEmpty());
}

void TestQuizSession::spotBug_pickTheLine()
{
    m_session->start(items({QStringLiteral("identity-spot"), QStringLiteral("identity-spot")}));
    QVERIFY(m_session->pickLine(1));
    QVERIFY(!m_session->lastCorrect());
    QCOMPARE(m_session->pickedLine(), 1);
    QVERIFY(m_session->next());
    QVERIFY(m_session->pickLine(3));
    QVERIFY(m_session->lastCorrect());
}

void TestQuizSession::pair_everySituationMustBeAssigned()
{
    m_session->start(items({QStringLiteral("identity-pair")}));
    QCOMPARE(m_session->assignments(), (QList<int>{-1, -1}));
    QVERIFY(m_session->assign(0, 0));
    QVERIFY(!m_session->submitPairs());
    QVERIFY(!m_session->assign(1, 2));
    QVERIFY(m_session->assign(1, 1));
    QVERIFY(m_session->submitPairs());
    QVERIFY(m_session->lastCorrect());
}

void TestQuizSession::inputForAnotherCardType_isIgnored()
{
    m_session->start(items({QStringLiteral("identity-recall")}));
    QVERIFY(!m_session->choose(0));
    QVERIFY(!m_session->submitPrediction(QStringLiteral("x")));
    QVERIFY(!m_session->pickLine(1));
    QVERIFY(!m_session->assign(0, 0));
    QVERIFY(!m_session->next());
    QVERIFY(m_committed.isEmpty());
}

void TestQuizSession::commitFailure_keepsTheCardOpen()
{
    m_session->start(items({QStringLiteral("identity-choice")}));
    QSignalSpy failed(m_session.get(), &QuizSession::commitFailed);
    QSignalSpy answered(m_session.get(), &QuizSession::answered);
    m_failCommit = true;
    QVERIFY(!m_session->choose(0));
    QCOMPARE(m_session->phase(), QuizSession::Phase::Asking);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(answered.count(), 0);
    QCOMPARE(m_session->lastError(), QStringLiteral("database or disk is full"));
    m_failCommit = false;
    QVERIFY(m_session->choose(0));
    QCOMPARE(answered.count(), 1);
    QVERIFY(m_session->lastError().isEmpty());
}

void TestQuizSession::next_walksToTheEnd()
{
    m_session->start(items({QStringLiteral("identity-recall"), QStringLiteral("loops-recall")}));
    QCOMPARE(m_session->count(), 2);
    QVERIFY(m_session->reveal());
    QVERIFY(m_session->grade(4));
    QVERIFY(m_session->next());
    QCOMPARE(m_session->position(), 1);
    QCOMPARE(m_session->current()->card->id, QStringLiteral("loops-recall"));
    QVERIFY(m_session->reveal());
    QVERIFY(m_session->grade(1));
    QVERIFY(m_session->next());
    QCOMPARE(m_session->phase(), QuizSession::Phase::Finished);
    QVERIFY(!m_session->current());
    QCOMPARE(m_session->correctCount(), 1);
}

void TestQuizSession::emptyTopic_isEmpty()
{
    m_session->start({});
    QCOMPARE(m_session->phase(), QuizSession::Phase::Empty);
    QVERIFY(!m_session->reveal());
}

void TestQuizSession::undo_walksBackThroughTheAnswers_andAsksTheCardAgain()
{
    m_session->start(items({QStringLiteral("identity-recall"), QStringLiteral("identity-choice"), QStringLiteral("loops-recall")}));
    QVERIFY(!m_session->canUndo());
    QVERIFY(!m_session->undo());
    QVERIFY(m_session->reveal());
    QVERIFY(m_session->grade(3));
    QVERIFY(m_session->next());
    m_clock.advanceMs(1000);
    QVERIFY(m_session->choose(1)); // wrong
    QVERIFY(m_session->next());
    QCOMPARE(m_session->position(), 2);
    QCOMPARE(m_session->correctCount(), 1);
    QVERIFY(m_session->canUndo());
    QCOMPARE(m_session->lastAnsweredItem()->card->id, QStringLiteral("identity-choice"));

    QSignalSpy undone(m_session.get(), &QuizSession::undone);
    QVERIFY(m_session->undo());
    QCOMPARE(m_undone.size(), 1);
    QCOMPARE(m_undone[0].cardId, QStringLiteral("identity-choice"));
    QCOMPARE(m_undone[0].answeredMs, m_committed[1].answeredMs); // the very answer that was saved
    QCOMPARE(undone.count(), 1);
    QCOMPARE(m_session->phase(), QuizSession::Phase::Asking);
    QCOMPARE(m_session->position(), 1);
    QCOMPARE(m_session->current()->card->id, QStringLiteral("identity-choice"));
    QVERIFY(m_session->chosenOptions().isEmpty());
    QCOMPARE(m_session->correctCount(), 1);

    QVERIFY(m_session->undo()); // and the one before
    QCOMPARE(m_undone[1].cardId, QStringLiteral("identity-recall"));
    QCOMPARE(m_session->position(), 0);
    QCOMPARE(m_session->correctCount(), 0);
    QVERIFY(!m_session->canUndo());
    QVERIFY(!m_session->undo());

    // Answered again, the quiz goes on in its order.
    QVERIFY(m_session->reveal());
    QVERIFY(m_session->grade(4));
    QVERIFY(m_session->next());
    QCOMPARE(m_session->current()->card->id, QStringLiteral("identity-choice"));
}

void TestQuizSession::undo_finishedQuiz_asksTheLastCardAgain()
{
    m_session->start(items({QStringLiteral("identity-recall")}));
    QVERIFY(m_session->reveal());
    QVERIFY(m_session->grade(1));
    QVERIFY(m_session->next());
    QCOMPARE(m_session->phase(), QuizSession::Phase::Finished);
    QVERIFY(m_session->undo());
    QCOMPARE(m_session->phase(), QuizSession::Phase::Asking);
    QCOMPARE(m_session->current()->card->id, QStringLiteral("identity-recall"));
}

void TestQuizSession::undoFailure_changesNothing()
{
    m_session->start(items({QStringLiteral("identity-choice"), QStringLiteral("loops-recall")}));
    QVERIFY(m_session->choose(0));
    QVERIFY(m_session->next());
    QSignalSpy failed(m_session.get(), &QuizSession::undoFailed);
    m_failUndo = true;
    QVERIFY(!m_session->undo());
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().first().toString(), QStringLiteral("database is locked"));
    QVERIFY(m_session->lastError().isEmpty());
    QCOMPARE(m_session->position(), 1);
    QCOMPARE(m_session->correctCount(), 1);
    QVERIFY(m_session->canUndo());
}

namespace {
QStringList cardIdsOf(const QList<QuizSession::Item> &items)
{
    QStringList ids;
    for (const QuizSession::Item &item : items)
        ids.append(item.card->id);
    return ids;
}
} // namespace

void TestQuizSession::relearning_wrongAnswerComesBackAfterTheGap()
{
    const QStringList ids{QStringLiteral("identity-recall"), QStringLiteral("identity-choice"), QStringLiteral("loops-recall"),
                          QStringLiteral("identity-predict"), QStringLiteral("identity-spot")};
    QList<QuizSession::Item> cards = items(ids);
    QCOMPARE(cards.size(), 5);
    m_session->start(cards, 2);
    QVERIFY(m_session->reveal());
    QVERIFY(m_session->grade(1)); // Again
    QCOMPARE(m_session->lastRepeatDistance(), 3);
    QCOMPARE(m_session->count(), 6);
    QCOMPARE(m_session->cardCount(), 5);
    QCOMPARE(cardIdsOf(m_session->items()),
             (QStringList{ids[0], ids[1], ids[2], ids[0], ids[3], ids[4]}));
    QCOMPARE(m_session->resumePosition(), 1); // answered: a resumed session starts after it
    QVERIFY(m_session->next());
    m_clock.advanceMs(1000);
    QVERIFY(m_session->choose(0)); // right
    QCOMPARE(m_session->lastRepeatDistance(), 0);
    QCOMPARE(m_session->count(), 6);
    QVERIFY(m_session->next());
    QVERIFY(m_session->reveal());
    QVERIFY(m_session->grade(3));
    QVERIFY(m_session->next());
    QCOMPARE(m_session->current()->card->id, ids[0]); // back, two cards later
    m_clock.advanceMs(1000);
    QVERIFY(m_session->reveal());
    QVERIFY(m_session->grade(3));
    QCOMPARE(m_committed.size(), 4);
    QCOMPARE(m_committed[3].cardId, ids[0]);
    QCOMPARE(m_session->firstTimeCorrectCount(), 2);
    QCOMPARE(m_session->correctCount(), 3);
    QVERIFY(m_session->missedItems().isEmpty()); // right the second time: not missed any more
}

void TestQuizSession::relearning_nearTheEnd_comesBackAtTheEnd_untilAnsweredRight()
{
    m_session->start(items({QStringLiteral("identity-recall"), QStringLiteral("loops-recall")}), 3);
    QVERIFY(m_session->reveal());
    QVERIFY(m_session->grade(3));
    QVERIFY(m_session->next());
    QVERIFY(m_session->reveal());
    QVERIFY(m_session->grade(1));
    QCOMPARE(m_session->lastRepeatDistance(), 1); // no cards left: it comes next
    QVERIFY(m_session->next());
    QCOMPARE(m_session->current()->card->id, QStringLiteral("loops-recall"));
    m_clock.advanceMs(1000);
    QVERIFY(m_session->reveal());
    QVERIFY(m_session->grade(1)); // wrong again: once more
    QVERIFY(m_session->next());
    QCOMPARE(m_session->phase(), QuizSession::Phase::Asking);
    m_clock.advanceMs(1000);
    QVERIFY(m_session->reveal());
    QVERIFY(m_session->grade(2));
    QCOMPARE(m_session->lastRepeatDistance(), 0);
    QVERIFY(m_session->next());
    QCOMPARE(m_session->phase(), QuizSession::Phase::Finished);
    QCOMPARE(m_session->count(), 4);
    QCOMPARE(m_session->cardCount(), 2);
    QCOMPARE(m_session->firstTimeCorrectCount(), 1);
}

void TestQuizSession::relearning_undoTakesTheRepeatOut()
{
    const QStringList ids{QStringLiteral("identity-choice"), QStringLiteral("loops-recall"), QStringLiteral("identity-recall")};
    m_session->start(items(ids), 3);
    QVERIFY(m_session->choose(1)); // wrong: a repeat at the end
    QCOMPARE(cardIdsOf(m_session->items()), (QStringList{ids[0], ids[1], ids[2], ids[0]}));
    QVERIFY(m_session->undo());
    QCOMPARE(cardIdsOf(m_session->items()), ids);
    QCOMPARE(m_session->resumePosition(), 0);
    QVERIFY(m_session->choose(0)); // right this time: no repeat
    QCOMPARE(cardIdsOf(m_session->items()), ids);
}

void TestQuizSession::relearning_offForATopicQuiz()
{
    m_session->start(items({QStringLiteral("identity-choice"), QStringLiteral("loops-recall")}));
    QCOMPARE(m_session->relearnGap(), 0);
    QVERIFY(m_session->choose(1));
    QCOMPARE(m_session->lastRepeatDistance(), 0);
    QCOMPARE(m_session->count(), 2);
    QCOMPARE(m_session->missedItems().size(), 1);
}

QTEST_GUILESS_MAIN(TestQuizSession)
#include "tst_quizsession.moc"
