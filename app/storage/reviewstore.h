#pragma once

#include "cardstate.h"

#include <QList>
#include <QString>

#include <optional>

namespace DeepDive {

class Database;

// One answer, as kept in the append-only review log.
struct Review
{
    QString deckId;
    QString cardId;
    QString topicId;
    qint64 reviewedMs = 0;
    int grade = 3; // 1 again, 2 hard, 3 good, 4 easy
    bool correct = true;
    qint64 responseMs = 0;
    int stateBefore = CardState::New;
    int stateAfter = CardState::New;
    std::optional<double> stabilityBefore = std::nullopt;
    std::optional<double> stabilityAfter = std::nullopt;
    std::optional<double> difficultyBefore = std::nullopt;
    std::optional<double> difficultyAfter = std::nullopt;
    qint64 dueAfterMs = 0;

    bool operator==(const Review &) const = default;
};

// Per-card scheduling state and the review log. An answer is one transaction: the log row and the new state are
// committed together, before the caller shows the answer as done.
class ReviewStore
{
public:
    explicit ReviewStore(Database &db);

    // Appends the review (its "before" fields are filled from the stored state) and stores `after`.
    bool recordAnswer(Review review, const CardState &after, QString *error);

    std::optional<CardState> cardState(const QString &deckId, const QString &cardId) const;
    QList<CardState> cardStates(const QString &deckId = {}) const;
    QList<Review> reviews(const QString &deckId = {}, const QString &cardId = {}) const;
    int reviewCount() const;

    // For imports: a review already in the log (same deck, card and time) is skipped.
    bool mergeReview(const Review &review, QString *error);
    // For imports: keeps whichever state was reviewed last.
    bool mergeCardState(const CardState &state, QString *error);

private:
    bool writeState(const CardState &state, QString *error);
    Database &m_db;
};

} // namespace DeepDive
