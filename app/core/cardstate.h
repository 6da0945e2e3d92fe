#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace DeepDive {

// What the scheduler knows about one card, keyed by the content's stable ids.
struct CardState
{
    enum State { New = 0, Learning = 1, Review = 2, Relearning = 3 };
    QString deckId;
    QString cardId;
    QString topicId;
    int state = New;
    std::optional<double> stability = std::nullopt;
    std::optional<double> difficulty = std::nullopt;
    qint64 dueMs = 0;        // 0 while the card has never been scheduled
    qint64 lastReviewMs = 0; // 0 while the card has never been answered
    int reps = 0;
    int lapses = 0;

    bool operator==(const CardState &) const = default;

    // Cards are scheduled in whole days: a card is due for the whole of its due date (local time), so that a
    // morning session also takes the cards that fall due later that day.
    static qint64 dueCutoff(qint64 nowMs)
    {
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs);
        return QDateTime(now.date().addDays(1), QTime(0, 0)).toMSecsSinceEpoch() - 1;
    }
    bool isDue(qint64 nowMs) const { return lastReviewMs != 0 && dueMs <= dueCutoff(nowMs); }
};

} // namespace DeepDive
