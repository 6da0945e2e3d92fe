#include "statisticsreader.h"

#include "progressindex.h"
#include "userdata.h"

#include <QDateTime>

namespace DeepDive {

AnswerHistory StatisticsReader::answerHistory(const UserData &data, const Fsrs &fsrs, qint64 nowMs)
{
    AnswerHistory history;
    history.perDay = data.reviews.answersPerDay(Statistics::firstCalendarDay(nowMs), QDateTime::fromMSecsSinceEpoch(nowMs).date());
    history.recent = data.reviews.reviewEventsSince(Statistics::recentSinceMs(nowMs));
    history.streak = ProgressIndex(data, fsrs).streakDays(nowMs); // the status bar's count: one definition of a streak
    return history;
}

Statistics StatisticsReader::read(const UserData &data, const QList<Deck> &decks,
                                  const QHash<QString, TopicStats> &topicStats, const Fsrs &fsrs, qint64 nowMs,
                                  const QDate &interview)
{
    QHash<QString, CardState> states;
    for (const CardState &s : data.reviews.cardStates())
        states.insert(s.deckId + QLatin1Char('/') + s.cardId, s);
    return Statistics::compute(decks, answerHistory(data, fsrs, nowMs), states, topicStats, fsrs, nowMs, interview);
}

} // namespace DeepDive
