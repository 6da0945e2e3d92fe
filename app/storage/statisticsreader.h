#pragma once

#include "deck.h"
#include "fsrs.h"
#include "statistics.h"
#include "topicstats.h"

#include <QDate>
#include <QHash>

namespace DeepDive {

class UserData;

// Study > Statistics from the learner's data: the answers per day, the last 30 days' answers and the streak are read
// through the review log's time index (the whole log is never replayed: a year is 100,000 answers), the cards due per
// day through the due-date index; Statistics works out the rest. Safe in a worker on a connection of its own.
class StatisticsReader
{
public:
    static Statistics read(const UserData &data, const QList<Deck> &decks, const QHash<QString, TopicStats> &topicStats,
                           const Fsrs &fsrs, qint64 nowMs, const QDate &interview);
    // The figures read from the database.
    static ReviewFigures reviewFigures(const UserData &data, const Fsrs &fsrs, qint64 nowMs);
};

} // namespace DeepDive
