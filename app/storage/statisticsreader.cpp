#include "statisticsreader.h"

#include "progressindex.h"
#include "userdata.h"

#include <QDateTime>

namespace DeepDive {

ReviewFigures StatisticsReader::reviewFigures(const UserData &data, const Fsrs &fsrs, qint64 nowMs)
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs).date();
    ReviewFigures figures;
    figures.perDay = data.reviews.answersPerDay(Statistics::firstCalendarDay(nowMs), today);
    figures.recent = data.reviews.reviewEventsSince(Statistics::recentSinceMs(nowMs));
    figures.streak = ProgressIndex(data, fsrs).streakDays(nowMs); // the status bar's count: one definition of a streak
    figures.dueForecast = data.reviews.duePerDay(today, Statistics::forecastDays);
    return figures;
}

Statistics StatisticsReader::read(const UserData &data, const QList<Deck> &decks,
                                  const QHash<QString, TopicStats> &topicStats, const Fsrs &fsrs, qint64 nowMs,
                                  const QDate &interview)
{
    // Every card's state only for the recall expected on the interview day: 60,000 of them on 10,000 topics.
    const QHash<QString, CardState> states = interview.isValid() ? data.reviews.cardStatesByKey() : QHash<QString, CardState>();
    return Statistics::compute(decks, reviewFigures(data, fsrs, nowMs), states, topicStats, fsrs, nowMs, interview);
}

} // namespace DeepDive
