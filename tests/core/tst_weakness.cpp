#include "weakness.h"

#include <QTest>

using namespace DeepDive;

class TestWeakness : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void unanswered_isNotWeak();
    void score_isTheLargestSign_data();
    void score_isTheLargestSign();
};

namespace {
constexpr qint64 day = 86'400'000;
Weakness::CardInput card(double stability, qint64 lastReview, int lapses = 0, bool wrong = false)
{
    CardState s;
    s.state = CardState::Review;
    s.stability = stability;
    s.difficulty = 5;
    s.lastReviewMs = lastReview;
    s.lapses = lapses;
    return {s, wrong};
}
} // namespace

void TestWeakness::unanswered_isNotWeak()
{
    const Fsrs fsrs;
    QCOMPARE(Weakness::topicScore(fsrs, {}, 0), 0.0);
    QCOMPARE(Weakness::topicScore(fsrs, {Weakness::CardInput{}}, 10 * day), 0.0);
}

void TestWeakness::score_isTheLargestSign_data()
{
    QTest::addColumn<QList<Weakness::CardInput>>("cards");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<double>("expected");
    // Stability 10 days, seen 10 days ago: recall is 90 % (by definition), so 10 % forgotten.
    const qint64 seen = day; // 0 would mean "never answered"
    QTest::newRow("forgetting") << QList<Weakness::CardInput>{card(10, seen), card(10, seen), card(10, seen), card(10, seen)}
                                << seen + 10 * day << 0.1;
    QTest::newRow("one of four wrong")
        << QList<Weakness::CardInput>{card(100, seen, 0, true), card(100, seen), card(100, seen), card(100, seen)} << seen << 0.25;
    QTest::newRow("lapses") << QList<Weakness::CardInput>{card(100, seen, 6), card(100, seen, 0), card(100, seen, 0), card(100, seen, 0)}
                            << seen << 0.75;
    QTest::newRow("capped") << QList<Weakness::CardInput>{card(100, seen, 9, true)} << seen << 1.0;
    // Fewer than four answered cards count as four: one miss on a topic barely begun is a quarter, not all of it.
    QTest::newRow("one card, one miss") << QList<Weakness::CardInput>{card(100, seen, 0, true)} << seen << 0.25;
    QTest::newRow("one card, one lapse") << QList<Weakness::CardInput>{card(100, seen, 1)} << seen << 0.125;
}

void TestWeakness::score_isTheLargestSign()
{
    QFETCH(QList<Weakness::CardInput>, cards);
    QFETCH(qint64, now);
    QFETCH(double, expected);
    QVERIFY(std::abs(Weakness::topicScore(Fsrs(), cards, now) - expected) < 1e-6);
}

QTEST_GUILESS_MAIN(TestWeakness)
#include "tst_weakness.moc"
