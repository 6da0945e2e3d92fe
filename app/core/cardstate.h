#pragma once

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
};

} // namespace DeepDive
