#include "statistics.h"

#include <QTest>

using namespace DeepDive;

class TestStatistics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void interviewPlan_coversEveryDay_weakFirst_plainTitles();
    void trueRetention_leavesOutTheSameDaysRelearningRepeats();
};

// A miss in a study session brings the card back minutes later, and the learner, who has just seen the answer, gets
// it right: that repeat tests no memory, and counting it would lift the true retention (Anki leaves its relearning
// steps out the same way).
void TestStatistics::trueRetention_leavesOutTheSameDaysRelearningRepeats()
{
    const qint64 now = QDateTime(QDate(2026, 12, 2), QTime(20, 0)).toMSecsSinceEpoch();
    const qint64 day = 86'400'000;
    const qint64 minute = 60'000;
    const QList<ReviewEvent> events{
        {now - 8 * day, 3, true, CardState::New, 0},                         // first sighting: not counted
        {now - 2 * day, 3, true, CardState::Review, now - 8 * day},           // remembered
        {now - 60 * minute, 1, false, CardState::Review, now - 2 * day},      // forgotten
        {now - 55 * minute, 3, true, CardState::Review, now - 60 * minute},   // the repeat: left out
        {now - 50 * minute, 3, true, CardState::Review, now - 40 * day},      // remembered, another card
    };
    const Statistics s = Statistics::compute({}, events, {}, {}, Fsrs(0.9), now, {});
    QCOMPARE(s.retentionReviews, 3);
    QCOMPARE(s.trueRetention, 2.0 / 3.0);
    QCOMPARE(s.reviewsPerDay.value(QDate(2026, 12, 2)), 3); // the day's count still has every answer
}

// The evening: 109 topics, the interview a month away (5 January from 2 December), one weak topic among a
// few started ones. The plan ran out on 22 December and put the weak topic on day 20.
void TestStatistics::interviewPlan_coversEveryDay_weakFirst_plainTitles()
{
    Deck deck;
    deck.id = QStringLiteral("python");
    for (int i = 0; i < 109; ++i) {
        Topic topic;
        topic.id = QStringLiteral("t%1").arg(i);
        topic.title = i == 7 ? QStringLiteral("`__slots__` and its trade-offs") : QStringLiteral("Topic %1").arg(i);
        deck.topics.append(topic);
    }
    QHash<QString, TopicStats> stats;
    for (int i = 0; i < 109; ++i) {
        TopicStats s;
        s.cards = 5;
        s.newCards = i < 10 ? 0 : 5; // the first ten are started
        s.weak = i == 9;
        stats.insert(topicKey(QStringLiteral("python"), QStringLiteral("t%1").arg(i)), s);
    }
    const qint64 now = QDateTime(QDate(2026, 12, 2), QTime(20, 0)).toMSecsSinceEpoch();
    const QDate interview(2027, 1, 5);
    const auto plan = Statistics::interviewPlan({deck}, {}, stats, Fsrs(0.9), now, interview);
    QCOMPARE(plan.size(), int(QDate(2026, 12, 2).daysTo(interview))); // today up to the day before
    for (int day = 0; day < plan.size(); ++day)
        QVERIFY2(!plan[day].isEmpty(), qPrintable(QStringLiteral("day %1 is empty").arg(day))); // to the very end
    QCOMPARE(plan.first().first().topic.topicId, QStringLiteral("t9")); // the weak topic, first of all
    QVERIFY(plan.first().first().weak);
    QSet<QString> listed;
    for (int day = 0; day + 1 < plan.size(); ++day) {
        for (const auto &entry : plan[day])
            listed.insert(entry.topic.topicId);
    }
    QCOMPARE(listed.size(), 109); // every topic once before the last day
    bool slotsPlain = false;
    for (const auto &day : plan) {
        for (const auto &entry : day) {
            QVERIFY2(!entry.title.contains(QLatin1Char('`')), qPrintable(entry.title));
            slotsPlain = slotsPlain || entry.title == QStringLiteral("__slots__ and its trade-offs");
        }
    }
    QVERIFY(slotsPlain);
    // The last day goes over the weak topic again.
    QVERIFY(std::any_of(plan.last().cbegin(), plan.last().cend(), [](const auto &e) { return e.topic.topicId == QLatin1String("t9"); }));
    // Evenly: no day before the last holds more than one topic above another.
    int most = 0;
    int least = 1000;
    for (int day = 0; day + 1 < plan.size(); ++day) {
        most = std::max(most, int(plan[day].size()));
        least = std::min(least, int(plan[day].size()));
    }
    QVERIFY2(most - least <= 1, qPrintable(QStringLiteral("%1 to %2").arg(least).arg(most)));
}

QTEST_GUILESS_MAIN(TestStatistics)
#include "tst_statistics.moc"
