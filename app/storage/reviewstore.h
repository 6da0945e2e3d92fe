#pragma once

#include "cardstate.h"
#include "statistics.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QVariantList>

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
    Q_DECLARE_TR_FUNCTIONS(DeepDive::ReviewStore)

public:
    explicit ReviewStore(Database &db);

    // Appends the review (its "before" fields are filled from the stored state) and stores `after`.
    bool recordAnswer(Review review, const CardState &after, QString *error);

    // Takes back the card's answer given at `reviewedMs`, which must be the card's newest, in one transaction: its
    // log row is deleted and the card's state is again exactly what it was before that answer (no row at all when no
    // answer is left, as for a card never answered). Refused, changing nothing, when the card has a newer answer or
    // its stored state does not come from that answer (an import brought a later one). Touches no other card. The row
    // goes, as Anki's undo removes its revlog entry: replaying the log still gives every stored state.
    bool undoLastAnswer(const QString &deckId, const QString &cardId, qint64 reviewedMs, QString *error);
    // The learner's newest answer given at or after `sinceMs`, if any.
    std::optional<Review> lastReview(qint64 sinceMs, QString *error) const;

    std::optional<CardState> cardState(const QString &deckId, const QString &cardId) const;
    QList<CardState> cardStates(const QString &deckId = {}) const;
    // The same, keyed "deck/card".
    QHash<QString, CardState> cardStatesByKey() const;
    // Every card's schedule, keyed "deck/card": what a study session is built from. Lighter than cardStatesByKey
    // (each row one string, made by SQLite): a year on ten thousand topics is tens of thousands of states.
    QHash<QString, CardSchedule> schedulesByKey() const;
    QList<Review> reviews(const QString &deckId = {}, const QString &cardId = {}) const;
    // The answers given since `sinceMs`, oldest first, as the statistics count them: each with its card's previous
    // answer when that too was given since `sinceMs` (0 otherwise).
    QList<ReviewEvent> reviewEventsSince(qint64 sinceMs) const;
    // The number of answers given on each local day from `first` to `last`; days without answers are left out.
    QMap<QDate, int> answersPerDay(const QDate &first, const QDate &last) const;
    // The cards answered at least once that fall due on each of the `days` local days from `today` on; today's count
    // has the overdue ones too.
    QList<int> duePerDay(const QDate &today, int days) const;
    // "deck/card" of the cards answered since `sinceMs` whose latest answer since then was wrong.
    QSet<QString> missedSince(qint64 sinceMs) const;
    int reviewCount() const;

    // For imports: a review already in the log (same deck, card and time) is skipped.
    bool mergeReview(const Review &review, QString *error);
    // For imports: keeps whichever state was reviewed last.
    bool mergeCardState(const CardState &state, QString *error);
    // For sync, which replays the whole log: stores `state` as it is.
    bool writeCardState(const CardState &state, QString *error) { return writeState(state, error); }

private:
    bool selectReviews(const QString &where, const QVariantList &values, QList<Review> *result, QString *error) const;
    bool writeState(const CardState &state, QString *error);
    Database &m_db;
};

} // namespace DeepDive
