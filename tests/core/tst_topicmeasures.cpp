#include "topicmeasures.h"
#include "weakness.h"

#include <QTest>

using namespace DeepDive;

// The measures the tree, the status bar, statistics and the PDF show, defined once: they must agree with each other
// for the situations a learner meets.
class TestTopicMeasures : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void measure_data();
    void measure();
};

namespace {

constexpr qint64 day = 86'400'000;
constexpr qint64 now = 1'800'000'000'000;

TopicMeasures::Card answered(double stability, qint64 lastReview, bool lastWrong = false, bool wrongRecently = false,
                             int lapses = 0)
{
    CardState s{QStringLiteral("d"), QStringLiteral("c"), QStringLiteral("t"), CardState::Review, stability, 5.0,
                lastReview + qint64(stability) * day, lastReview, 1, lapses};
    return {s, lastWrong, wrongRecently};
}

TopicMeasures::Card fresh()
{
    return {};
}

} // namespace

void TestTopicMeasures::measure_data()
{
    QTest::addColumn<QList<TopicMeasures::Card>>("cards");
    QTest::addColumn<double>("recalledAtMost");
    QTest::addColumn<double>("recalledAtLeast");
    QTest::addColumn<int>("mastered");
    QTest::addColumn<bool>("weak");
    // The case: a topic's card just answered wrong showed "100% recalled now" beside "weak".
    QTest::newRow("one card, just answered wrong") << QList{answered(0.5, now, true, true)} << 0.0 << 0.0 << 0 << false;
    QTest::newRow("a topic begun with one miss among seven") << QList{answered(0.5, now, true, true), fresh(), fresh(), fresh(),
                                                                       fresh(), fresh(), fresh()}
                                                             << 0.0 << 0.0 << 0 << false;
    QTest::newRow("two misses out of three: weak, and not recalled")
        << QList{answered(0.5, now, true, true), answered(0.5, now, true, true), answered(3, now)} << 0.34 << 0.32 << 0 << true;
    QTest::newRow("just answered right: recalled, not yet mastered") << QList{answered(3, now)} << 1.0 << 0.99 << 0 << false;
    QTest::newRow("stable for a month: mastered") << QList{answered(30, now - day)} << 1.0 << 0.95 << 1 << false;
    QTest::newRow("stable, but the last answer was wrong: not mastered")
        << QList{answered(30, now - day, true, true)} << 0.0 << 0.0 << 0 << false;
    QTest::newRow("never answered") << QList{fresh(), fresh()} << 0.0 << 0.0 << 0 << false;
    QTest::newRow("long forgotten: weak")
        << QList{answered(1, now - 60 * day), answered(1, now - 60 * day), answered(1, now - 60 * day), answered(1, now - 60 * day)}
        << 0.6 << 0.0 << 0 << true;
}

void TestTopicMeasures::measure()
{
    QFETCH(QList<TopicMeasures::Card>, cards);
    QFETCH(double, recalledAtMost);
    QFETCH(double, recalledAtLeast);
    QFETCH(int, mastered);
    QFETCH(bool, weak);
    const TopicStats s = TopicMeasures::measure(Fsrs(0.9), cards, now);
    QCOMPARE(s.cards, int(cards.size()));
    QVERIFY2(s.mastery <= recalledAtMost + 1e-9 && s.mastery >= recalledAtLeast - 1e-9, qPrintable(QString::number(s.mastery)));
    QCOMPARE(s.mastered, mastered);
    QCOMPARE(s.weak, weak);
    // They never contradict each other: a weak topic is never shown as mostly recalled, a mastered card is recalled.
    if (s.weak)
        QVERIFY2(s.mastery < 1 - Weakness::threshold, qPrintable(QString::number(s.mastery)));
    QVERIFY(s.mastered <= s.cards - s.newCards);
}

QTEST_GUILESS_MAIN(TestTopicMeasures)
#include "tst_topicmeasures.moc"
