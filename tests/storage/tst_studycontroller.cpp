#include "answering.h"
#include "deckindex.h"
#include "mockclock.h"
#include "quizsession.h"
#include "sessionstore.h"
#include "studycontroller.h"
#include "tempuserdata.h"
#include "testsupport.h"
#include "topicmodel.h"
#include "topicref.h"
#include "topicstats.h"
#include "userdata.h"

#include <QSignalSpy>
#include <QTest>

using namespace DeepDive;

// The study session without a window: which cards a saved session asks, where it is after each answer, repeat and
// undo (as a resumed session must find it), and what it came to.
class TestStudyController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void itemsOf_startsAtThePosition_andLeavesOutCardsThatAreGone_data();
    void itemsOf_startsAtThePosition_andLeavesOutCardsThatAreGone();
    void itemsOfAQueue_areThoseOfItsSavedKeys();
    void savedPlace_followsAnswersRepeatsAndUndos();
    void resumed_keepsTheCardsDoneBefore();
    void finish_summarises_andNamesOnlyTheNewlyWeakUnbookmarkedTopics();
    void placeNotSaved_whenTheDatabaseRefuses();

private:
    QStringList savedKeys() const { return m_user->data.sessions.unfinished()->cardKeys; }
    int savedPosition() const { return m_user->data.sessions.unfinished()->position; }
    StudySession startSaved(const QStringList &keys);
    void answer(bool right);

    TopicModel m_model;
    std::unique_ptr<Test::TempUserData> m_user;
    MockClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0)).toMSecsSinceEpoch()};
    std::unique_ptr<QuizSession> m_quiz;
    std::unique_ptr<StudyController> m_study;
};

void TestStudyController::initTestCase()
{
    m_model.setDecks(Test::sampleDecks());
}

void TestStudyController::init()
{
    m_user = std::make_unique<Test::TempUserData>();
    m_quiz = std::make_unique<QuizSession>(m_clock, [](const Answer &, QString *) { return true; });
    m_quiz->setUndoer([](const Answer &, QString *) { return true; });
    m_study = std::make_unique<StudyController>(m_user->data.sessions, *m_quiz, m_clock);
}

StudySession TestStudyController::startSaved(const QStringList &keys)
{
    QString error;
    const auto session = m_user->data.sessions.start(QStringLiteral("all"), keys, m_clock.nowMs(), &error);
    return session.value_or(StudySession{});
}

void TestStudyController::answer(bool right)
{
    m_clock.advanceMs(20'000);
    Test::answerCurrentCard(*m_quiz, right);
}

void TestStudyController::itemsOf_startsAtThePosition_andLeavesOutCardsThatAreGone_data()
{
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<int>("position");
    QTest::addColumn<QStringList>("cards");
    const QString recall = QStringLiteral("sample/identity-recall");
    const QString choice = QStringLiteral("sample/identity-choice");
    const QString loops = QStringLiteral("sample/loops-recall");
    QTest::newRow("all") << QStringList{recall, choice, loops} << 0
                         << QStringList{QStringLiteral("identity-recall"), QStringLiteral("identity-choice"), QStringLiteral("loops-recall")};
    QTest::newRow("from the position") << QStringList{recall, choice, loops} << 2 << QStringList{QStringLiteral("loops-recall")};
    QTest::newRow("a card gone") << QStringList{QStringLiteral("sample/removed"), choice} << 0 << QStringList{QStringLiteral("identity-choice")};
    QTest::newRow("a deck gone") << QStringList{QStringLiteral("other/identity-recall"), loops} << 0 << QStringList{QStringLiteral("loops-recall")};
    QTest::newRow("a repeat") << QStringList{choice, loops, choice} << 0
                              << QStringList{QStringLiteral("identity-choice"), QStringLiteral("loops-recall"), QStringLiteral("identity-choice")};
    QTest::newRow("done") << QStringList{choice} << 1 << QStringList{};
}

void TestStudyController::itemsOf_startsAtThePosition_andLeavesOutCardsThatAreGone()
{
    QFETCH(QStringList, keys);
    QFETCH(int, position);
    QFETCH(QStringList, cards);
    StudySession session;
    session.cardKeys = keys;
    session.position = position;
    QStringList ids;
    for (const QuizSession::Item &item : StudyController::itemsOf(session, m_model)) {
        QCOMPARE(item.deckId, QStringLiteral("sample"));
        ids.append(item.card->id);
    }
    QCOMPARE(ids, cards);
}

// A session just started takes its items from the queue's places; one resumed finds them by its saved keys. Both
// ask the same cards, with decks listed from their index (the cards' text read from the topics' files) too.
void TestStudyController::itemsOfAQueue_areThoseOfItsSavedKeys()
{
    for (const bool indexed : {false, true}) {
        TopicModel model;
        QList<Deck> decks = Test::sampleDecks();
        if (indexed) {
            for (Deck &deck : decks)
                deck = DeckIndex::skeleton(deck);
        }
        model.setDecks(decks);
        QList<PrintScope::Entry> all;
        for (int d = 0; d < decks.size(); ++d) {
            for (int t = 0; t < decks[d].topics.size(); ++t)
                all.append({d, t});
        }
        const QList<StudyQueue::Item> queue = StudyQueue::build(decks, all, {}, m_clock.nowMs(), 1000);
        QVERIFY(queue.size() > 3);
        StudySession session;
        for (const StudyQueue::Item &item : queue)
            session.cardKeys.append(decks[item.deck].id + QLatin1Char('/') + decks[item.deck].topics[item.topic].cardId(item.card));
        const QList<QuizSession::Item> fromQueue = StudyController::itemsOf(queue, model);
        const QList<QuizSession::Item> fromKeys = StudyController::itemsOf(session, model);
        QCOMPARE(fromQueue.size(), queue.size());
        QCOMPARE(fromQueue.size(), fromKeys.size());
        for (qsizetype i = 0; i < fromQueue.size(); ++i) {
            QCOMPARE(fromQueue[i].deckId, fromKeys[i].deckId);
            QCOMPARE(fromQueue[i].topic, fromKeys[i].topic);
            QCOMPARE(fromQueue[i].card, fromKeys[i].card);
            QCOMPARE(fromQueue[i].card->id, session.cardKeys[i].section(QLatin1Char('/'), 1));
        }
    }
}

void TestStudyController::savedPlace_followsAnswersRepeatsAndUndos()
{
    const QStringList keys{QStringLiteral("sample/removed"), QStringLiteral("sample/identity-choice"),
                           QStringLiteral("sample/identity-recall"), QStringLiteral("sample/loops-recall")};
    const StudySession session = startSaved(keys);
    m_study->run(session, StudyController::itemsOf(session, m_model), {});
    QVERIFY(m_study->isRunning());
    QCOMPARE(m_quiz->relearnGap(), StudySession::relearnGap);

    answer(true);
    QCOMPARE(savedKeys(), keys.mid(1)); // the card that is gone is dropped from the saved list
    QCOMPARE(savedPosition(), 1);
    QVERIFY(m_quiz->next());
    answer(false); // identity-recall, missed: it comes back at the end (fewer than the gap are left)
    QCOMPARE(savedKeys(), keys.mid(1) + QStringList{QStringLiteral("sample/identity-recall")});
    QCOMPARE(savedPosition(), 2);
    QVERIFY(m_quiz->undo());
    QCOMPARE(savedKeys(), keys.mid(1));
    QCOMPARE(savedPosition(), 1);
    // Paused, nothing is saved any more: the session waits where it was.
    m_study->pause();
    answer(true);
    QCOMPARE(savedPosition(), 1);
}

void TestStudyController::resumed_keepsTheCardsDoneBefore()
{
    const QStringList keys{QStringLiteral("sample/identity-choice"), QStringLiteral("sample/identity-recall"),
                           QStringLiteral("sample/loops-recall")};
    StudySession session = startSaved(keys);
    QString error;
    QVERIFY(m_user->data.sessions.save(session.id, keys, 1, &error));
    session = *m_user->data.sessions.unfinished();
    m_study->run(session, StudyController::itemsOf(session, m_model), {});
    QCOMPARE(m_quiz->current()->card->id, QStringLiteral("identity-recall"));
    answer(false);
    QCOMPARE(savedKeys(), keys + QStringList{QStringLiteral("sample/identity-recall")});
    QCOMPARE(savedPosition(), 2);
}

void TestStudyController::finish_summarises_andNamesOnlyTheNewlyWeakUnbookmarkedTopics()
{
    const QStringList keys{QStringLiteral("sample/identity-choice"), QStringLiteral("sample/loops-recall")};
    const StudySession session = startSaved(keys);
    const QString identity = topicKey(QStringLiteral("sample"), QStringLiteral("identity"));
    const QString loops = topicKey(QStringLiteral("sample"), QStringLiteral("loops"));
    const QString empty = topicKey(QStringLiteral("sample"), QStringLiteral("no-snippets"));
    m_study->run(session, StudyController::itemsOf(session, m_model), {empty});
    answer(false);
    QVERIFY(m_quiz->next());
    answer(true);
    QVERIFY(m_quiz->next());
    answer(true); // identity-choice again, right this time
    QVERIFY(m_quiz->next());
    QCOMPARE(m_quiz->phase(), QuizSession::Phase::Finished);
    m_clock.advanceMs(3 * 60'000);

    QHash<QString, TopicStats> now;
    now[identity].weak = true;          // became weak
    now[loops].weak = true;             // became weak, but the learner bookmarked it already
    now[loops].bookmarked = true;
    now[empty].weak = true;             // weak before the session
    const StudyController::Summary done = m_study->finish(now);
    QCOMPARE(done.cards, 2);
    QCOMPARE(done.firstTimeRight, 1);
    QCOMPARE(done.minutes, 4); // 3 min and the answers' 60 s, rounded
    QCOMPARE(done.newlyWeak, QStringList{identity});
    QVERIFY(!m_study->isRunning());
    QVERIFY(!m_user->data.sessions.unfinished()); // done for good: not offered to resume
}

void TestStudyController::placeNotSaved_whenTheDatabaseRefuses()
{
    const StudySession session = startSaved({QStringLiteral("sample/identity-choice")});
    m_user->data.database.close(); // opened again read-only, as when another program holds it or the disk is read-only
    auto readOnly = std::make_unique<UserData>();
    QString error;
    QVERIFY(readOnly->database.openForReading(m_user->databaseFile(), &error));
    SessionStore sessions(readOnly->database);
    StudyController study(sessions, *m_quiz, m_clock);
    m_study.reset();
    QSignalSpy notSaved(&study, &StudyController::placeNotSaved);
    study.run(session, StudyController::itemsOf(session, m_model), {});
    answer(true);
    QCOMPARE(notSaved.count(), 1);
    QVERIFY2(!notSaved.first().first().toString().isEmpty(), "the reason is said");
}

QTEST_GUILESS_MAIN(TestStudyController)
#include "tst_studycontroller.moc"
