#include "database.h"
#include "reviewstore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
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

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
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
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    m_db->open(m_dir->filePath(QStringLiteral("d.db")), m_dir->filePath(QStringLiteral("b")));
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

QTEST_GUILESS_MAIN(TestReviewStore)
#include "tst_reviewstore.moc"
