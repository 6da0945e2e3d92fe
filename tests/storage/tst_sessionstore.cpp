#include "sessionstore.h"
#include "tempuserdata.h"

#include <QSqlQuery>
#include <QTest>

using namespace DeepDive;

// Study sessions kept so that one can be left and resumed: started, saved after every answer, finished; the latest
// unfinished one; and the new cards answered since a time, for the daily limit.
class TestSessionStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void start_keepsScopeCardsAndTime_andIsUnfinished();
    void save_replacesCardsAndPosition();
    void finish_leavesNoUnfinishedSession();
    void unfinished_isTheLatestSessionLeftBeforeItsEnd();
    void unfinished_ofAnEmptyDatabase_isNone();
    void newCardsSince_countsFirstAnswersFromThatTimeOn();
    void failedWrite_saysWhy_andStoresNothing();

private:
    static void answer(UserData &data, const QString &card, int stateBefore, qint64 ms);
};

void TestSessionStore::answer(UserData &data, const QString &card, int stateBefore, qint64 ms)
{
    CardState before;
    before.deckId = QStringLiteral("sample");
    before.cardId = card;
    before.topicId = QStringLiteral("identity");
    before.state = stateBefore;
    before.lastReviewMs = ms - 86'400'000;
    QString error;
    if (stateBefore != CardState::New)
        QVERIFY2(data.reviews.mergeCardState(before, &error), qPrintable(error));
    CardState after = before;
    after.state = CardState::Review;
    after.lastReviewMs = ms;
    Review review{QStringLiteral("sample"), card, QStringLiteral("identity"), ms, 3, true, 900};
    QVERIFY2(data.reviews.recordAnswer(review, after, &error), qPrintable(error));
}

void TestSessionStore::start_keepsScopeCardsAndTime_andIsUnfinished()
{
    Test::TempUserData f;
    QString error;
    const QStringList cards{QStringLiteral("sample/is-vs-eq"), QStringLiteral("sample/mutable-default")};
    const auto session = f.data.sessions.start(QStringLiteral("section:basics"), cards, 1000, &error);
    QVERIFY2(session, qPrintable(error));
    QVERIFY(session->id > 0);
    QCOMPARE(session->position, 0);
    QCOMPARE(session->finishedMs, 0);
    const auto stored = f.data.sessions.unfinished();
    QVERIFY(stored);
    QCOMPARE(stored->id, session->id);
    QCOMPARE(stored->scope, QStringLiteral("section:basics"));
    QCOMPARE(stored->startedMs, 1000);
    QCOMPARE(stored->cardKeys, cards);
    QCOMPARE(stored->position, 0);
}

void TestSessionStore::save_replacesCardsAndPosition()
{
    Test::TempUserData f;
    QString error;
    const auto session = f.data.sessions.start(QStringLiteral("all"), {QStringLiteral("sample/a"), QStringLiteral("sample/b")},
                                               1000, &error);
    QVERIFY2(session, qPrintable(error));
    // A wrong answer on a brought the card back later in the session; the learner is on the second card.
    const QStringList cards{QStringLiteral("sample/a"), QStringLiteral("sample/b"), QStringLiteral("sample/a")};
    QVERIFY2(f.data.sessions.save(session->id, cards, 1, &error), qPrintable(error));
    QCOMPARE(f.data.sessions.unfinished()->cardKeys, cards);
    QCOMPARE(f.data.sessions.unfinished()->position, 1);
    // Undo took it out again.
    QVERIFY2(f.data.sessions.save(session->id, cards.mid(0, 2), 0, &error), qPrintable(error));
    QCOMPARE(f.data.sessions.unfinished()->cardKeys, cards.mid(0, 2));
    QCOMPARE(f.data.sessions.unfinished()->position, 0);
}

void TestSessionStore::finish_leavesNoUnfinishedSession()
{
    Test::TempUserData f;
    QString error;
    const auto session = f.data.sessions.start(QStringLiteral("weak"), {QStringLiteral("sample/a")}, 1000, &error);
    QVERIFY2(session, qPrintable(error));
    QVERIFY2(f.data.sessions.finish(session->id, 2000, &error), qPrintable(error));
    QVERIFY(!f.data.sessions.unfinished());
    QSqlQuery q(f.data.database.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT finished_ms FROM study_session")) && q.next());
    QCOMPARE(q.value(0).toLongLong(), 2000);
}

void TestSessionStore::unfinished_isTheLatestSessionLeftBeforeItsEnd()
{
    Test::TempUserData f;
    QString error;
    const auto older = f.data.sessions.start(QStringLiteral("all"), {QStringLiteral("sample/a")}, 1000, &error);
    const auto newer = f.data.sessions.start(QStringLiteral("weak"), {QStringLiteral("sample/b")}, 5000, &error);
    const auto sameTime = f.data.sessions.start(QStringLiteral("bookmarked"), {QStringLiteral("sample/c")}, 5000, &error);
    QVERIFY2(older && newer && sameTime, qPrintable(error));
    QCOMPARE(f.data.sessions.unfinished()->id, sameTime->id); // started at the same time: the one made last
    QVERIFY(f.data.sessions.finish(sameTime->id, 6000, &error));
    QCOMPARE(f.data.sessions.unfinished()->id, newer->id);
    QVERIFY(f.data.sessions.finish(newer->id, 7000, &error));
    QCOMPARE(f.data.sessions.unfinished()->id, older->id);
    QCOMPARE(f.data.sessions.unfinished()->scope, QStringLiteral("all"));
}

void TestSessionStore::unfinished_ofAnEmptyDatabase_isNone()
{
    Test::TempUserData f;
    QVERIFY(!f.data.sessions.unfinished());
    QCOMPARE(f.data.sessions.newCardsSince(0), 0);
}

void TestSessionStore::newCardsSince_countsFirstAnswersFromThatTimeOn()
{
    Test::TempUserData f;
    const qint64 day = 86'400'000;
    answer(f.data, QStringLiteral("a"), CardState::New, 10 * day);
    answer(f.data, QStringLiteral("b"), CardState::New, 11 * day);
    answer(f.data, QStringLiteral("c"), CardState::New, 11 * day + 5);
    answer(f.data, QStringLiteral("d"), CardState::Review, 11 * day + 10); // a review, not a new card
    QCOMPARE(f.data.sessions.newCardsSince(0), 3);
    QCOMPARE(f.data.sessions.newCardsSince(11 * day), 2); // from that moment on, inclusive
    QCOMPARE(f.data.sessions.newCardsSince(11 * day + 1), 1);
    QCOMPARE(f.data.sessions.newCardsSince(12 * day), 0);
}

void TestSessionStore::failedWrite_saysWhy_andStoresNothing()
{
    Test::TempUserData f;
    QString error;
    const auto session = f.data.sessions.start(QStringLiteral("all"), {QStringLiteral("sample/a")}, 1000, &error);
    QVERIFY2(session, qPrintable(error));
    QSqlQuery q(f.data.database.connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA query_only = ON"))); // as a full disk does: writes fail, reads go on
    QVERIFY(!f.data.sessions.start(QStringLiteral("weak"), {QStringLiteral("sample/b")}, 2000, &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!f.data.sessions.save(session->id, {QStringLiteral("sample/z")}, 1, &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!f.data.sessions.finish(session->id, 3000, &error));
    QVERIFY(!error.isEmpty());
    const auto stored = f.data.sessions.unfinished();
    QVERIFY(stored);
    QCOMPARE(stored->id, session->id);
    QCOMPARE(stored->cardKeys, QStringList{QStringLiteral("sample/a")});
    QCOMPARE(stored->position, 0);
}

QTEST_GUILESS_MAIN(TestSessionStore)
#include "tst_sessionstore.moc"
