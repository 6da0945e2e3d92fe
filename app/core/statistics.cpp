#include "statistics.h"

#include "localday.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace DeepDive {

namespace {
QDate localDate(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).date();
}

constexpr qint64 dayMs = 86'400'000;
constexpr qint64 retentionDays = 30;

qint64 noonOf(const QDate &date)
{
    return QDateTime(date, QTime(12, 0)).toMSecsSinceEpoch();
}
} // namespace

double Statistics::topicRecallAt(const Deck &deck, const Topic &topic, const QHash<QString, CardState> &states,
                                 const Fsrs &fsrs, qint64 atMs)
{
    if (topic.cardCount() == 0)
        return 0;
    double sum = 0;
    for (qsizetype c = 0; c < topic.cardCount(); ++c)
        sum += fsrs.retrievabilityAt(states.value(deck.id + QLatin1Char('/') + topic.cardId(c)), atMs);
    return sum / double(topic.cardCount());
}

QDate Statistics::firstCalendarDay(qint64 nowMs)
{
    return localDate(nowMs).addDays(-(calendarDays - 1));
}

qint64 Statistics::recentSinceMs(qint64 nowMs)
{
    return QDateTime(localDate(nowMs - retentionDays * dayMs), QTime(0, 0)).toMSecsSinceEpoch();
}

Statistics Statistics::compute(const QList<Deck> &decks, const ReviewFigures &figures,
                               const QHash<QString, CardState> &states, const QHash<QString, TopicStats> &topicStats,
                               const Fsrs &fsrs, qint64 nowMs, const QDate &interview)
{
    Statistics s;
    s.desiredRetention = fsrs.desiredRetention();
    const QDate today = localDate(nowMs);
    for (QDate d = firstCalendarDay(nowMs); d <= today; d = d.addDays(1))
        s.reviewsPerDay.insert(d, figures.perDay.value(d));
    s.streak = figures.streak;

    // True retention: answers about cards already learnt (not first sightings) that were remembered. A card asked
    // again the same day (a relearning repeat after a miss, as Anki's relearning steps) tests no memory: left out.
    // The answers come in time order: a day's bounds are worked out once, not twice per answer (local time is slow).
    const qint64 retentionSince = nowMs - retentionDays * dayMs;
    const qint64 todayEnd = QDateTime(today.addDays(1), QTime(0, 0)).toMSecsSinceEpoch(); // a synced clock ahead: left out
    qint64 dayStart = 1;
    qint64 dayEnd = 0;
    int correct = 0;
    for (const ReviewEvent &r : figures.recent) {
        if (r.reviewedMs < dayStart || r.reviewedMs >= dayEnd) {
            const QDate day = localDate(r.reviewedMs);
            dayStart = localMidnight(day, dayEnd); // the last day's end, when this is the next day
            dayEnd = localMidnight(day.addDays(1), dayStart + dayMs);
        }
        const bool repeatSameDay = r.previousMs >= dayStart && r.previousMs < dayEnd;
        if (r.reviewedMs >= retentionSince && r.reviewedMs < todayEnd && r.stateBefore != CardState::New && !repeatSameDay) {
            ++s.retentionReviews;
            correct += r.grade > 1 ? 1 : 0;
        }
    }
    s.trueRetention = s.retentionReviews ? double(correct) / s.retentionReviews : -1;

    s.dueForecast = figures.dueForecast;
    s.dueForecast.resize(forecastDays);

    const qint64 interviewMs = interview.isValid() ? noonOf(interview) : 0;
    QList<QPair<QString, double>> topicsOnTheDay;
    for (const Deck &deck : decks) {
        for (const Section &section : deck.sections) {
            double mastery = 0;
            double forecast = 0;
            for (int t : section.topics) {
                const Topic &topic = deck.topics[t];
                mastery += topicStats.value(topicKey(deck.id, topic.id)).mastery;
                if (interview.isValid()) {
                    const double recall = topicRecallAt(deck, topic, states, fsrs, interviewMs);
                    forecast += recall;
                    topicsOnTheDay.append({topic.title, recall});
                }
            }
            const double n = std::max<qsizetype>(1, section.topics.size());
            s.sectionMastery.append({section.title, mastery / n});
            if (interview.isValid())
                s.sectionForecast.append({section.title, forecast / n});
        }
    }
    std::stable_sort(topicsOnTheDay.begin(), topicsOnTheDay.end(),
                     [](const auto &a, const auto &b) { return a.second < b.second; });
    s.weakestForecast = topicsOnTheDay.mid(0, 10);
    return s;
}

QList<QList<Statistics::PlanEntry>> Statistics::interviewPlan(const QList<Deck> &decks, const QHash<QString, CardState> &states,
                                                              const QHash<QString, TopicStats> &topicStats, const Fsrs &fsrs,
                                                              qint64 nowMs, const QDate &interview)
{
    const int days = int(localDate(nowMs).daysTo(interview)); // today .. the day before the interview
    if (days <= 0)
        return {};
    struct Ranked
    {
        PlanEntry entry;
        int group; // 0 weak, 1 never started, 2 the rest
        double recall;
    };
    QList<Ranked> topics;
    for (const Deck &deck : decks) {
        for (const Topic &topic : deck.topics) {
            const TopicStats stats = topicStats.value(topicKey(deck.id, topic.id));
            const bool started = stats.newCards < stats.cards;
            const int group = stats.weak ? 0 : (!started ? 1 : 2);
            topics.append({{{deck.id, topic.id}, plainTitle(topic.title), stats.weak}, group,
                           topicRecallAt(deck, topic, states, fsrs, noonOf(interview))});
        }
    }
    std::stable_sort(topics.begin(), topics.end(), [](const Ranked &a, const Ranked &b) {
        return a.group != b.group ? a.group < b.group : a.recall < b.recall;
    });
    QList<QList<PlanEntry>> plan(days);
    // Every topic once, spread evenly over the days before the last (all of them when there is only one or two).
    const int spread = days > 2 ? days - 1 : days;
    for (qsizetype i = 0; i < topics.size(); ++i)
        plan[int(i * spread / topics.size())].append(topics[i].entry);
    if (spread < days) {
        // The last day: the weak topics again, and the ones that would be least recalled, as many as on a day.
        const qsizetype perDay = std::max<qsizetype>(1, (topics.size() + spread - 1) / spread);
        for (qsizetype i = 0; i < topics.size() && (i < perDay || topics[i].group == 0); ++i)
            plan[days - 1].append(topics[i].entry);
    }
    return plan;
}

} // namespace DeepDive
