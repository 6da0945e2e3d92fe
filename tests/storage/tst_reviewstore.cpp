#include "database.h"
#include "reviewstore.h"
#include "studyrecorder.h"
#include "tempuserdata.h"
#include "userdata.h"

#include <QSqlQuery>
#include <QTest>

using namespace DeepDive;

class TestReviewStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void recordAnswer_appendsTheLogAndStoresTheState();
    void recordAnswer_fillsBeforeFromTheStoredState();
    void recordAnswer_duplicateTimeFailsAndChangesNothing();
    void cardStates_filterByDeck();
    void mergeCardState_keepsTheLatestReview();
    void recordAnswer_fullDisk_failsCleanlyAndKeepsEarlierAnswers();
    void undoLastAnswer_restoresTheStateBeforeIt_asTheReplayOfTheRestOfTheLog();
    void undoLastAnswer_ofTheOnlyAnswer_leavesTheCardNeverAnswered();
    void undoLastAnswer_afterARestart_takesBackTheLastAnswerOfTheDay();
    void undoLastAnswer_ofAnOlderAnswer_isRefusedAndChangesNothing();
    void undoLastAnswer_stateFromALaterImport_isRefusedAndChangesNothing();

private:
    std::unique_ptr<Test::TempUserData> m_user;
    Database *m_db = nullptr; // the user data's
};

namespace {
Review review(const QString &card, qint64 ms, int grade = 3)
{
    return Review{QStringLiteral("python"), card, QStringLiteral("gil"), ms, grade, grade > 1, 2500};
}
CardState state(const QString &card, int s, double stability, qint64 last, int reps, int lapses = 0)
{
    return CardState{QStringLiteral("python"), card, QStringLiteral("gil"), s, stability, 5.5, last + 86400000, last, reps, lapses};
}
} // namespace

void TestReviewStore::init()
{
    m_user = std::make_unique<Test::TempUserData>();
    m_db = &m_user->data.database;
    QCOMPARE(m_db->mode(), Database::Mode::Normal);
}

void TestReviewStore::recordAnswer_appendsTheLogAndStoresTheState()
{
    ReviewStore store(*m_db);
    QString error;
    QVERIFY2(store.recordAnswer(review(QStringLiteral("c1"), 1000), state(QStringLiteral("c1"), CardState::Review, 2.0, 1000, 1), &error),
             qPrintable(error));
    QCOMPARE(store.reviewCount(), 1);
    const auto stored = store.cardState(QStringLiteral("python"), QStringLiteral("c1"));
    QVERIFY(stored);
    QCOMPARE(*stored, state(QStringLiteral("c1"), CardState::Review, 2.0, 1000, 1));
    const QList<Review> log = store.reviews();
    QCOMPARE(log.size(), 1);
    QCOMPARE(log[0].grade, 3);
    QCOMPARE(log[0].responseMs, 2500);
    QCOMPARE(log[0].stateBefore, int(CardState::New));
    QCOMPARE(log[0].stateAfter, int(CardState::Review));
    QVERIFY(!log[0].stabilityBefore);
    QCOMPARE(log[0].stabilityAfter.value(), 2.0);
    QCOMPARE(log[0].dueAfterMs, 1000 + 86400000);
}

void TestReviewStore::recordAnswer_fillsBeforeFromTheStoredState()
{
    ReviewStore store(*m_db);
    QString error;
    QVERIFY(store.recordAnswer(review(QStringLiteral("c1"), 1000), state(QStringLiteral("c1"), CardState::Review, 2.0, 1000, 1), &error));
    QVERIFY(store.recordAnswer(review(QStringLiteral("c1"), 5000, 1),
                               state(QStringLiteral("c1"), CardState::Relearning, 0.5, 5000, 2, 1), &error));
    const QList<Review> log = store.reviews(QStringLiteral("python"), QStringLiteral("c1"));
    QCOMPARE(log.size(), 2);
    QCOMPARE(log[1].stateBefore, int(CardState::Review));
    QCOMPARE(log[1].stabilityBefore.value(), 2.0);
    QCOMPARE(log[1].difficultyBefore.value(), 5.5);
    QCOMPARE(log[1].stateAfter, int(CardState::Relearning));
    QVERIFY(!log[1].correct);
    QCOMPARE(store.cardState(QStringLiteral("python"), QStringLiteral("c1"))->lapses, 1);
}

void TestReviewStore::recordAnswer_duplicateTimeFailsAndChangesNothing()
{
    ReviewStore store(*m_db);
    QString error;
    QVERIFY(store.recordAnswer(review(QStringLiteral("c1"), 1000), state(QStringLiteral("c1"), CardState::Review, 2.0, 1000, 1), &error));
    QVERIFY(!store.recordAnswer(review(QStringLiteral("c1"), 1000), state(QStringLiteral("c1"), CardState::Review, 9.0, 1000, 2), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(store.reviewCount(), 1);
    QCOMPARE(store.cardState(QStringLiteral("python"), QStringLiteral("c1"))->stability.value(), 2.0);
}

void TestReviewStore::cardStates_filterByDeck()
{
    ReviewStore store(*m_db);
    QString error;
    QVERIFY(store.recordAnswer(review(QStringLiteral("a"), 1), state(QStringLiteral("a"), CardState::Review, 1, 1, 1), &error));
    Review other = review(QStringLiteral("b"), 2);
    other.deckId = QStringLiteral("rust");
    CardState otherState = state(QStringLiteral("b"), CardState::Review, 1, 2, 1);
    otherState.deckId = QStringLiteral("rust");
    QVERIFY(store.recordAnswer(other, otherState, &error));
    QCOMPARE(store.cardStates().size(), 2);
    QCOMPARE(store.cardStates(QStringLiteral("rust")).size(), 1);
    QCOMPARE(store.reviews(QStringLiteral("python")).size(), 1);
    // By "deck/card", each the state as stored: the same card id in two decks is two cards.
    QVERIFY(store.recordAnswer(review(QStringLiteral("b"), 3), state(QStringLiteral("b"), CardState::Learning, 1, 3, 1), &error));
    const QHash<QString, CardState> byKey = store.cardStatesByKey();
    QCOMPARE(byKey.size(), 3);
    for (const CardState &s : store.cardStates())
        QCOMPARE(byKey.value(s.deckId + QLatin1Char('/') + s.cardId), s);
    QCOMPARE(byKey.value(QStringLiteral("rust/b")).state, int(CardState::Review));
    QCOMPARE(byKey.value(QStringLiteral("python/b")).state, int(CardState::Learning));
    // Their schedules, under the same keys: what a study session is built from.
    const QHash<QString, CardSchedule> schedules = store.schedulesByKey();
    QCOMPARE(schedules.size(), 3);
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        QCOMPARE(schedules.value(it.key()).dueMs, it->dueMs);
        QCOMPARE(schedules.value(it.key()).lastReviewMs, it->lastReviewMs);
    }
    QVERIFY(schedules.value(QStringLiteral("rust/b")).dueMs != schedules.value(QStringLiteral("python/b")).dueMs);
}

void TestReviewStore::mergeCardState_keepsTheLatestReview()
{
    ReviewStore store(*m_db);
    QString error;
    QVERIFY(store.recordAnswer(review(QStringLiteral("c"), 5000), state(QStringLiteral("c"), CardState::Review, 4.0, 5000, 3), &error));
    QVERIFY(store.mergeCardState(state(QStringLiteral("c"), CardState::Review, 1.0, 1000, 1), &error));
    QCOMPARE(store.cardState(QStringLiteral("python"), QStringLiteral("c"))->stability.value(), 4.0);
    QVERIFY(store.mergeCardState(state(QStringLiteral("c"), CardState::Review, 8.0, 9000, 4), &error));
    QCOMPARE(store.cardState(QStringLiteral("python"), QStringLiteral("c"))->stability.value(), 8.0);
}

void TestReviewStore::recordAnswer_fullDisk_failsCleanlyAndKeepsEarlierAnswers()
{
    ReviewStore store(*m_db);
    QString error;
    QVERIFY(store.recordAnswer(review(QStringLiteral("first"), 1), state(QStringLiteral("first"), CardState::Review, 1, 1, 1), &error));
    // SQLite reports SQLITE_FULL when the file may not grow, exactly as on a full disk.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
    QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(q.value(0).toInt())));
    int recorded = 0;
    bool failed = false;
    for (int i = 0; i < 5000 && !failed; ++i) {
        const QString card = QStringLiteral("card-%1-with-a-long-id-to-fill-pages-faster").arg(i);
        failed = !store.recordAnswer(review(card, 100 + i), state(card, CardState::Review, 1, 100 + i, 1), &error);
        recorded += failed ? 0 : 1;
    }
    QVERIFY(failed);
    QVERIFY2(error.contains(QStringLiteral("full")), qPrintable(error));
    // The failed answer left nothing half-written; everything acknowledged before is there.
    QCOMPARE(store.reviewCount(), recorded + 1);
    QCOMPARE(store.cardStates().size(), recorded + 1);
    QCOMPARE(m_db->quickCheck(), QStringLiteral("ok"));
}

namespace {
const qint64 day0 = 1'767'225'600'000; // 2026-01-01 00:00 UTC

Answer answer(const QString &card, int grade, qint64 ms)
{
    return Answer{QStringLiteral("python"), QStringLiteral("gil"), card, grade, grade > 1, ms, 1500};
}

CardState replayed(const ReviewStore &store, const Fsrs &fsrs, const QString &card)
{
    return StudyRecorder::replay(store, fsrs).value(QStringLiteral("python/") + card);
}
} // namespace

void TestReviewStore::undoLastAnswer_restoresTheStateBeforeIt_asTheReplayOfTheRestOfTheLog()
{
    UserData data;
    QVERIFY2(data.open(m_user->filePath(QStringLiteral("u.db")), m_user->filePath(QStringLiteral("ub"))), qPrintable(data.database.notice()));
    const Fsrs fsrs;
    StudyRecorder recorder(data.reviews, fsrs);
    QString error;
    QVERIFY(data.bookmarks.set({QStringLiteral("python"), Bookmark::Topic, QStringLiteral("gil"), {}, day0}, &error));
    QVERIFY(data.notes.save({QStringLiteral("python"), QStringLiteral("gil"), QStringLiteral("my note"), day0}, &error));
    // Good, good, again (a lapse), good on "c", with another card answered in between; the states before each answer
    // of "c" are kept to compare with.
    const QList<std::pair<int, double>> answers{{3, 0}, {3, 3}, {1, 12.5}, {4, 13}};
    QList<std::optional<CardState>> before;
    for (const auto &[grade, days] : answers) {
        const qint64 at = day0 + qint64(days * 86'400'000);
        before.append(data.reviews.cardState(QStringLiteral("python"), QStringLiteral("c")));
        QVERIFY2(recorder.record(answer(QStringLiteral("c"), grade, at), &error), qPrintable(error));
        QVERIFY2(recorder.record(answer(QStringLiteral("other"), 3, at + 60'000), &error), qPrintable(error));
    }
    const CardState other = *data.reviews.cardState(QStringLiteral("python"), QStringLiteral("other"));
    const QList<Review> otherLog = data.reviews.reviews(QStringLiteral("python"), QStringLiteral("other"));
    QCOMPARE(data.reviews.cardState(QStringLiteral("python"), QStringLiteral("c"))->lapses, 1);

    // Walk back the answers of "c", newest first.
    for (qsizetype i = answers.size() - 1; i >= 1; --i) {
        const qint64 at = data.reviews.reviews(QStringLiteral("python"), QStringLiteral("c")).last().reviewedMs;
        QVERIFY2(data.reviews.undoLastAnswer(QStringLiteral("python"), QStringLiteral("c"), at, &error), qPrintable(error));
        const auto restored = data.reviews.cardState(QStringLiteral("python"), QStringLiteral("c"));
        QVERIFY(restored);
        QCOMPARE(*restored, *before[i]);                                         // (a) exactly what it was
        QCOMPARE(*restored, replayed(data.reviews, fsrs, QStringLiteral("c"))); // (b) what the log now leads to
        QCOMPARE(data.reviews.reviews(QStringLiteral("python"), QStringLiteral("c")).size(), i);
    }
    // Nothing else was touched.
    QCOMPARE(*data.reviews.cardState(QStringLiteral("python"), QStringLiteral("other")), other);
    QCOMPARE(data.reviews.reviews(QStringLiteral("python"), QStringLiteral("other")), otherLog);
    QVERIFY(data.bookmarks.contains(QStringLiteral("python"), Bookmark::Topic, QStringLiteral("gil")));
    QCOMPARE(data.notes.note(QStringLiteral("python"), QStringLiteral("gil"))->body, QStringLiteral("my note"));
}

void TestReviewStore::undoLastAnswer_ofTheOnlyAnswer_leavesTheCardNeverAnswered()
{
    ReviewStore store(*m_db);
    const Fsrs fsrs;
    StudyRecorder recorder(store, fsrs);
    QString error;
    QVERIFY(recorder.record(answer(QStringLiteral("c"), 1, day0), &error));
    QVERIFY(recorder.record(answer(QStringLiteral("keep"), 3, day0 + 1000), &error));
    QVERIFY2(store.undoLastAnswer(QStringLiteral("python"), QStringLiteral("c"), day0, &error), qPrintable(error));
    QVERIFY(!store.cardState(QStringLiteral("python"), QStringLiteral("c"))); // as a card never answered: no row
    QVERIFY(store.reviews(QStringLiteral("python"), QStringLiteral("c")).isEmpty());
    QVERIFY(!StudyRecorder::replay(store, fsrs).contains(QStringLiteral("python/c")));
    QCOMPARE(store.cardStates().size(), 1);
    // Answered again, it is scheduled as a new card.
    QVERIFY(recorder.record(answer(QStringLiteral("c"), 3, day0 + 2000), &error));
    QCOMPARE(*store.cardState(QStringLiteral("python"), QStringLiteral("c")),
             fsrs.review(CardState{QStringLiteral("python"), QStringLiteral("c"), QStringLiteral("gil")}, 3, day0 + 2000));
}

void TestReviewStore::undoLastAnswer_afterARestart_takesBackTheLastAnswerOfTheDay()
{
    const QString file = m_user->filePath(QStringLiteral("u.db"));
    const Fsrs fsrs;
    const qint64 today = day0 + 5 * 86'400'000;
    std::optional<CardState> beforeLast;
    {
        UserData data;
        QVERIFY2(data.open(file, m_user->filePath(QStringLiteral("ub"))), qPrintable(data.database.notice()));
        StudyRecorder recorder(data.reviews, fsrs);
        QString error;
        QVERIFY(recorder.record(answer(QStringLiteral("a"), 3, day0), &error));
        QVERIFY(recorder.record(answer(QStringLiteral("b"), 3, today + 1000), &error));
        beforeLast = data.reviews.cardState(QStringLiteral("python"), QStringLiteral("a"));
        QVERIFY(recorder.record(answer(QStringLiteral("a"), 1, today + 2000), &error));
    }
    UserData data; // the app started again on the same file
    QVERIFY2(data.open(file, m_user->filePath(QStringLiteral("ub"))), qPrintable(data.database.notice()));
    QString error;
    const std::optional<Review> last = data.reviews.lastReview(today, &error);
    QVERIFY2(last, qPrintable(error));
    QCOMPARE(last->cardId, QStringLiteral("a"));
    QCOMPARE(last->reviewedMs, today + 2000);
    QVERIFY2(data.reviews.undoLastAnswer(last->deckId, last->cardId, last->reviewedMs, &error), qPrintable(error));
    QCOMPARE(*data.reviews.cardState(QStringLiteral("python"), QStringLiteral("a")), *beforeLast);
    QCOMPARE(*data.reviews.cardState(QStringLiteral("python"), QStringLiteral("a")), replayed(data.reviews, fsrs, QStringLiteral("a")));
    // The one before it, then nothing more today: yesterday's answers are not "the last answer of the day".
    QCOMPARE(data.reviews.lastReview(today, &error)->cardId, QStringLiteral("b"));
    QVERIFY(data.reviews.undoLastAnswer(QStringLiteral("python"), QStringLiteral("b"), today + 1000, &error));
    QVERIFY(!data.reviews.lastReview(today, &error));
    QVERIFY(data.reviews.lastReview(day0, &error));
}

void TestReviewStore::undoLastAnswer_ofAnOlderAnswer_isRefusedAndChangesNothing()
{
    ReviewStore store(*m_db);
    const Fsrs fsrs;
    StudyRecorder recorder(store, fsrs);
    QString error;
    QVERIFY(recorder.record(answer(QStringLiteral("c"), 3, day0), &error));
    QVERIFY(recorder.record(answer(QStringLiteral("c"), 3, day0 + 86'400'000), &error));
    const CardState current = *store.cardState(QStringLiteral("python"), QStringLiteral("c"));
    QVERIFY(!store.undoLastAnswer(QStringLiteral("python"), QStringLiteral("c"), day0, &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!store.undoLastAnswer(QStringLiteral("python"), QStringLiteral("nothing"), day0, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(store.reviewCount(), 2);
    QCOMPARE(*store.cardState(QStringLiteral("python"), QStringLiteral("c")), current);
}

void TestReviewStore::undoLastAnswer_stateFromALaterImport_isRefusedAndChangesNothing()
{
    ReviewStore store(*m_db);
    const Fsrs fsrs;
    StudyRecorder recorder(store, fsrs);
    QString error;
    QVERIFY(recorder.record(answer(QStringLiteral("c"), 3, day0), &error));
    const CardState imported = state(QStringLiteral("c"), CardState::Review, 9.0, day0 + 5000, 4);
    QVERIFY(store.mergeCardState(imported, &error));
    QVERIFY(!store.undoLastAnswer(QStringLiteral("python"), QStringLiteral("c"), day0, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(store.reviewCount(), 1);
    QCOMPARE(*store.cardState(QStringLiteral("python"), QStringLiteral("c")), imported);
}

QTEST_GUILESS_MAIN(TestReviewStore)
#include "tst_reviewstore.moc"
