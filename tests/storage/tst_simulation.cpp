#include "mockclock.h"
#include "printscope.h"
#include "progressindex.h"
#include "statisticsreader.h"
#include "studyqueue.h"
#include "studyrecorder.h"
#include "tempuserdata.h"
#include "userdata.h"

#include <numeric>
#include <QTest>

using namespace DeepDive;

// Sixty days of study with a mock clock and scripted answers: every day a session over what is due plus a few new
// cards. The due dates, weakness scores and statistics are then checked against values this test tallies itself.
class TestSimulation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sixtyDays();
};

namespace {
constexpr int days = 60;
constexpr int newPerDay = 6;
constexpr qint64 dayMs = 86'400'000;

Deck syntheticDeck()
{
    Deck deck;
    deck.id = QStringLiteral("sim");
    Section section;
    section.id = QStringLiteral("all");
    section.title = QStringLiteral("All");
    for (int t = 0; t < 4; ++t) {
        Topic topic;
        topic.id = QStringLiteral("t%1").arg(t);
        topic.title = QStringLiteral("Topic %1").arg(t);
        topic.sectionId = section.id;
        for (int c = 0; c < 5; ++c) {
            Card card;
            card.id = QStringLiteral("t%1c%2").arg(t).arg(c);
            topic.cards.append(card);
        }
        section.topics.append(t);
        deck.topics.append(topic);
    }
    deck.sections.append(section);
    return deck;
}

// The script: topic 3 is hard (wrong every other time), the rest wrong now and then.
int gradeFor(int day, int topic, int card, int attempt)
{
    if (topic == 3)
        return attempt % 2 == 0 ? 1 : 3;
    return (day * 7 + topic * 5 + card) % 11 == 0 ? 1 : 3;
}
} // namespace

void TestSimulation::sixtyDays()
{
    Test::TempUserData user;
    UserData &data = user.data;
    const Fsrs fsrs;
    StudyRecorder recorder(data.reviews, fsrs);
    const QList<Deck> decks{syntheticDeck()};
    QList<PrintScope::Entry> all;
    for (int t = 0; t < 4; ++t)
        all.append({0, t});
    const QDate firstDay(2026, 1, 5);
    MockClock clock(QDateTime(firstDay, QTime(9, 0)).toMSecsSinceEpoch());

    // The test's own bookkeeping.
    struct Event
    {
        qint64 ms;
        int grade;
        bool wasNew;
    };
    QHash<QString, QList<Event>> history;
    QMap<QDate, int> perDay;
    QHash<QString, int> attempts;
    QString error;
    for (int day = 0; day < days; ++day) {
        clock.setNowMs(QDateTime(firstDay.addDays(day), QTime(9, 0)).toMSecsSinceEpoch());
        const QHash<QString, CardSchedule> schedules = data.reviews.schedulesByKey();
        const int introduced = data.sessions.newCardsSince(QDateTime(firstDay.addDays(day), QTime(0, 0)).toMSecsSinceEpoch());
        const auto queue = StudyQueue::build(decks, all, schedules, clock.nowMs(), newPerDay - introduced);
        for (const StudyQueue::Item &item : queue) {
            const QString cardId = decks[0].topics[item.topic].cards[item.card].id;
            const int grade = gradeFor(day, item.topic, item.card, attempts[cardId]++);
            QVERIFY2(recorder.record({QStringLiteral("sim"), decks[0].topics[item.topic].id, cardId, grade, grade > 1, clock.nowMs(), 4000}, &error),
                     qPrintable(error));
            history[cardId].append({clock.nowMs(), grade, item.isNew});
            ++perDay[firstDay.addDays(day)];
            clock.advanceMs(30'000);
        }
        // After the session nothing is due any more today.
        QCOMPARE(StudyQueue::dueCount(decks, all, data.reviews.schedulesByKey(), clock.nowMs()), 0);
    }
    const qint64 end = QDateTime(firstDay.addDays(days - 1), QTime(21, 0)).toMSecsSinceEpoch();

    // Every card introduced, at most six a day.
    QCOMPARE(history.size(), 20);
    // Due dates: each card's own history walked through FSRS, compared with what was stored.
    QHash<QString, CardState> expected;
    for (auto it = history.cbegin(); it != history.cend(); ++it) {
        CardState s;
        for (const Event &e : it.value())
            s = fsrs.review(s, e.grade, e.ms);
        expected.insert(it.key(), s);
    }
    QHash<QString, CardState> stored;
    for (const CardState &s : data.reviews.cardStates()) {
        stored.insert(s.deckId + QLatin1Char('/') + s.cardId, s);
        QCOMPARE(s.dueMs, expected.value(s.cardId).dueMs);
        QCOMPARE(s.lapses, expected.value(s.cardId).lapses);
    }

    // Weakness per topic, from the tallies: the largest of forgetting, recent wrong share and lapses per card.
    const auto stats = ProgressIndex(data, fsrs).compute(decks, end);
    for (const Topic &topic : decks[0].topics) {
        double forgotten = 0;
        int wrong = 0;
        int lapses = 0;
        for (const Card &card : topic.cards) {
            const QList<Event> &h = history.value(card.id);
            forgotten += 1 - fsrs.retrievabilityAt(expected.value(card.id), end);
            wrong += std::any_of(h.cbegin(), h.cend(), [&](const Event &e) { return e.grade == 1 && e.ms >= end - ProgressIndex::recentMs; }) ? 1 : 0;
            lapses += expected.value(card.id).lapses;
        }
        const double score = std::min(1.0, std::max({forgotten / 5, wrong / 5.0, lapses / (5 * 2.0)}));
        QVERIFY2(std::abs(stats.value(QStringLiteral("sim/") + topic.id).weakness - score) < 1e-9, qPrintable(topic.id));
    }
    QVERIFY(stats.value(QStringLiteral("sim/t3")).weak);  // the hard topic
    QVERIFY(!stats.value(QStringLiteral("sim/t0")).weak);

    // Statistics against the tallies.
    const Statistics s = StatisticsReader::read(data, decks, stats, fsrs, end, {});
    for (auto it = perDay.cbegin(); it != perDay.cend(); ++it)
        QCOMPARE(s.reviewsPerDay.value(it.key()), it.value());
    int streak = 0;
    QDate d = firstDay.addDays(days - 1);
    if (perDay.value(d) == 0)
        d = d.addDays(-1);
    for (; perDay.value(d) > 0; d = d.addDays(-1))
        ++streak;
    QCOMPARE(s.streak, streak);
    int learnt = 0;
    int remembered = 0;
    for (const auto &h : std::as_const(history)) {
        for (const Event &e : h) {
            if (!e.wasNew && e.ms >= end - 30 * dayMs) {
                ++learnt;
                remembered += e.grade > 1 ? 1 : 0;
            }
        }
    }
    QCOMPARE(s.retentionReviews, learnt);
    QVERIFY(std::abs(s.trueRetention - double(remembered) / learnt) < 1e-12);
    int dueSoon = 0;
    for (const CardState &c : std::as_const(expected))
        dueSoon += QDate(firstDay.addDays(days - 1)).daysTo(QDateTime::fromMSecsSinceEpoch(c.dueMs).date()) < Statistics::forecastDays ? 1 : 0;
    QCOMPARE(std::accumulate(s.dueForecast.cbegin(), s.dueForecast.cend(), 0), dueSoon);
}

QTEST_GUILESS_MAIN(TestSimulation)
#include "tst_simulation.moc"
