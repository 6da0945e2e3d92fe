#include "statistics.h"

#include <QTest>

using namespace DeepDive;

class TestStatistics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void interviewPlan_coversEveryDay_weakFirst_plainTitles();
    void trueRetention_leavesOutTheSameDaysRelearningRepeats();
    void trueRetention_countsOnlyTheLast30Days();
    void calendar_listsEveryDayOfSixMonths_withTheirCounts_andTheForecast();
};

// The answers read start at the beginning of the 30 days' first day; the ones before the 30 days' first instant only
// tell whether a later answer repeats one of the same day.
void TestStatistics::trueRetention_countsOnlyTheLast30Days()
{
    const qint64 now = QDateTime(QDate(2026, 12, 2), QTime(20, 0)).toMSecsSinceEpoch();
    const qint64 day = 86'400'000;
    const qint64 thirtyDays = now - 30 * day;
    QVERIFY(Statistics::recentSinceMs(now) <= thirtyDays);
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(Statistics::recentSinceMs(now)).date(), QDate(2026, 11, 2));
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(Statistics::recentSinceMs(now)).time(), QTime(0, 0));
    ReviewFigures figures;
    figures.recent = {
        {thirtyDays - 1, 1, false, CardState::Review, 0},             // a day and a minute too early: not counted
        {thirtyDays, 3, true, CardState::Review, 0},                  // the first instant of the 30 days
        {thirtyDays + 1000, 3, true, CardState::Review, thirtyDays - 1}, // a repeat of the same day: left out
    };
    const Statistics s = Statistics::compute({}, figures, {}, {}, Fsrs(0.9), now, {});
    QCOMPARE(s.retentionReviews, 1);
    QCOMPARE(s.trueRetention, 1.0);
    QCOMPARE(Statistics::compute({}, ReviewFigures{}, {}, {}, Fsrs(0.9), now, {}).trueRetention, -1.0);
}

void TestStatistics::calendar_listsEveryDayOfSixMonths_withTheirCounts_andTheForecast()
{
    const qint64 now = QDateTime(QDate(2026, 12, 2), QTime(0, 30)).toMSecsSinceEpoch();
    ReviewFigures figures;
    figures.perDay.insert(QDate(2026, 12, 2), 4);
    figures.perDay.insert(QDate(2026, 6, 4), 2);  // the calendar's first day
    figures.perDay.insert(QDate(2026, 6, 3), 9);  // a day before it
    figures.streak = 12;
    figures.dueForecast = {3, 1};
    const Statistics s = Statistics::compute({}, figures, {}, {}, Fsrs(0.9), now, {});
    QCOMPARE(Statistics::firstCalendarDay(now), QDate(2026, 6, 4));
    QCOMPARE(s.reviewsPerDay.size(), Statistics::calendarDays);
    QCOMPARE(s.reviewsPerDay.firstKey(), QDate(2026, 6, 4));
    QCOMPARE(s.reviewsPerDay.lastKey(), QDate(2026, 12, 2));
    QCOMPARE(s.reviewsPerDay.value(QDate(2026, 6, 4)), 2);
    QCOMPARE(s.reviewsPerDay.value(QDate(2026, 12, 2)), 4);
    QCOMPARE(s.reviewsPerDay.value(QDate(2026, 9, 1)), 0);
    QVERIFY(!s.reviewsPerDay.contains(QDate(2026, 6, 3)));
    QCOMPARE(s.streak, 12);
    QList<int> due(Statistics::forecastDays, 0); // the days after those given had nothing due
    due[0] = 3;
    due[1] = 1;
    QCOMPARE(s.dueForecast, due);
}

// A miss in a study session brings the card back minutes later, and the learner, who has just seen the answer, gets
// it right: that repeat tests no memory, and counting it would lift the true retention (Anki leaves its relearning
// steps out the same way).
void TestStatistics::trueRetention_leavesOutTheSameDaysRelearningRepeats()
{
    const qint64 now = QDateTime(QDate(2026, 12, 2), QTime(20, 0)).toMSecsSinceEpoch();
    const qint64 day = 86'400'000;
    const qint64 minute = 60'000;
    ReviewFigures figures;
    figures.perDay.insert(QDate(2026, 12, 2), 3);
    figures.recent = {
        {now - 8 * day, 3, true, CardState::New, 0},                         // first sighting: not counted
        {now - 2 * day, 3, true, CardState::Review, now - 8 * day},           // remembered
        {now - 60 * minute, 1, false, CardState::Review, now - 2 * day},      // forgotten
        {now - 55 * minute, 3, true, CardState::Review, now - 60 * minute},   // the repeat: left out
        {now - 50 * minute, 3, true, CardState::Review, now - 40 * day},      // remembered, another card
    };
    const Statistics s = Statistics::compute({}, figures, {}, {}, Fsrs(0.9), now, {});
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
