#include "reviewstore.h"

#include "database.h"
#include "sqlquery.h"

#include <QHash>
#include <QLoggingCategory>
#include <QVariant>

#include <algorithm>

Q_LOGGING_CATEGORY(lcReviews, "deepdive.storage.reviews", QtWarningMsg)

namespace DeepDive {

namespace {

QVariant optionalValue(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Double));
}

std::optional<double> optionalDouble(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toDouble();
}

const QString stateColumns = QStringLiteral(
    "deck_id, card_id, topic_id, state, stability, difficulty, due_ms, last_review_ms, reps, lapses");

CardState readState(const QSqlQuery &q)
{
    CardState s;
    s.deckId = q.value(0).toString();
    s.cardId = q.value(1).toString();
    s.topicId = q.value(2).toString();
    s.state = q.value(3).toInt();
    s.stability = optionalDouble(q.value(4));
    s.difficulty = optionalDouble(q.value(5));
    s.dueMs = q.value(6).toLongLong();
    s.lastReviewMs = q.value(7).toLongLong();
    s.reps = q.value(8).toInt();
    s.lapses = q.value(9).toInt();
    return s;
}

} // namespace

ReviewStore::ReviewStore(Database &db)
    : m_db(db)
{
}

bool ReviewStore::writeState(const CardState &state, QString *error)
{
    return runStatement(m_db.connection(),
                        QStringLiteral("INSERT OR REPLACE INTO card_state (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                            .arg(stateColumns),
                        {state.deckId, state.cardId, state.topicId, state.state, optionalValue(state.stability),
                         optionalValue(state.difficulty), state.dueMs, state.lastReviewMs, state.reps, state.lapses},
                        error);
}

namespace {
bool insertReview(const QSqlDatabase &db, const Review &r, bool ignoreDuplicate, QString *error)
{
    const QString sql = QStringLiteral("INSERT %1 INTO review_log (deck_id, card_id, topic_id, reviewed_ms, grade, "
                                       "correct, response_ms, state_before, state_after, stability_before, "
                                       "stability_after, difficulty_before, difficulty_after, due_after_ms) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                            .arg(ignoreDuplicate ? QStringLiteral("OR IGNORE") : QString());
    return runStatement(db, sql,
                        {r.deckId, r.cardId, r.topicId, r.reviewedMs, r.grade, r.correct ? 1 : 0, r.responseMs,
                         r.stateBefore, r.stateAfter, optionalValue(r.stabilityBefore), optionalValue(r.stabilityAfter),
                         optionalValue(r.difficultyBefore), optionalValue(r.difficultyAfter), r.dueAfterMs},
                        error);
}
} // namespace

bool ReviewStore::recordAnswer(Review review, const CardState &after, QString *error)
{
    return m_db.transaction([&] {
        const std::optional<CardState> before = cardState(review.deckId, review.cardId);
        review.stateBefore = before ? before->state : CardState::New;
        review.stabilityBefore = before ? before->stability : std::nullopt;
        review.difficultyBefore = before ? before->difficulty : std::nullopt;
        review.stateAfter = after.state;
        review.stabilityAfter = after.stability;
        review.difficultyAfter = after.difficulty;
        review.dueAfterMs = after.dueMs;
        return insertReview(m_db.connection(), review, false, error) && writeState(after, error);
    }, error);
}

bool ReviewStore::mergeReview(const Review &review, QString *error)
{
    return insertReview(m_db.connection(), review, true, error);
}

bool ReviewStore::mergeCardState(const CardState &state, QString *error)
{
    const std::optional<CardState> current = cardState(state.deckId, state.cardId);
    if (current && current->lastReviewMs >= state.lastReviewMs)
        return true;
    return writeState(state, error);
}

std::optional<CardState> ReviewStore::cardState(const QString &deckId, const QString &cardId) const
{
    std::optional<QSqlQuery> q
        = runQuery(m_db.connection(), QStringLiteral("SELECT %1 FROM card_state WHERE deck_id = ? AND card_id = ?").arg(stateColumns),
                   {deckId, cardId}, lcReviews());
    if (!q || !q->next())
        return std::nullopt;
    return readState(*q);
}

QList<CardState> ReviewStore::cardStates(const QString &deckId) const
{
    std::optional<QSqlQuery> q = runQuery(
        m_db.connection(),
        QStringLiteral("SELECT %1 FROM card_state WHERE ? = '' OR deck_id = ? ORDER BY deck_id, card_id").arg(stateColumns),
        {sqlText(deckId), sqlText(deckId)}, lcReviews());
    QList<CardState> states;
    while (q && q->next())
        states.append(readState(*q));
    return states;
}

QHash<QString, CardState> ReviewStore::cardStatesByKey() const
{
    QHash<QString, CardState> states;
    for (const CardState &s : cardStates())
        states.insert(s.deckId + QLatin1Char('/') + s.cardId, s);
    return states;
}

QHash<QString, CardSchedule> ReviewStore::schedulesByKey() const
{
    std::optional<QSqlQuery> q = runQuery(
        m_db.connection(), QStringLiteral("SELECT deck_id || '/' || card_id, due_ms, last_review_ms FROM card_state"), {},
        lcReviews());
    QHash<QString, CardSchedule> schedules;
    while (q && q->next())
        schedules.insert(q->value(0).toString(), {q->value(1).toLongLong(), q->value(2).toLongLong()});
    return schedules;
}

QList<Review> ReviewStore::reviews(const QString &deckId, const QString &cardId) const
{
    QList<Review> result;
    QVariantList values;
    for (const QString &value : {deckId, deckId, cardId, cardId})
        values.append(sqlText(value));
    QString error;
    if (!selectReviews(QStringLiteral("(? = '' OR deck_id = ?) AND (? = '' OR card_id = ?) ORDER BY reviewed_ms, id"),
                       values, &result, &error))
        qCWarning(lcReviews).noquote() << "cannot read the review log:" << error;
    return result;
}

QList<ReviewEvent> ReviewStore::reviewEventsSince(qint64 sinceMs) const
{
    // Found by time, and each card's previous answer picked by SQLite (a window function over those answers only),
    // not the whole log read into strings: a year is 100,000 answers. Without INDEXED BY, SQLite walks the whole log
    // in (deck, card) order to spare the window function its sort: 100 ms on a year instead of 30.
    QList<ReviewEvent> events;
    std::optional<QSqlQuery> q = runQuery(
        m_db.connection(),
        QStringLiteral("SELECT reviewed_ms, grade, correct, state_before, coalesce(lag(reviewed_ms) OVER "
                       "(PARTITION BY deck_id, card_id ORDER BY reviewed_ms, id), 0) "
                       "FROM review_log INDEXED BY review_log_time WHERE reviewed_ms >= ? ORDER BY reviewed_ms, id"),
        {sinceMs}, lcReviews());
    while (q && q->next()) {
        events.append({q->value(0).toLongLong(), q->value(1).toInt(), q->value(2).toBool(), q->value(3).toInt(),
                       q->value(4).toLongLong()});
    }
    return events;
}

QMap<QDate, int> ReviewStore::answersPerDay(const QDate &first, const QDate &last) const
{
    // Each day counted through the time index (SQLite counts index entries, no row is read), all in one statement.
    QMap<QDate, int> perDay;
    const DayTable table = localDays(first, int(first.daysTo(last)) + 1);
    std::optional<QSqlQuery> q = runQuery(
        m_db.connection(),
        table.with + QStringLiteral("SELECT i, (SELECT count(*) FROM review_log WHERE reviewed_ms >= day.start AND "
                                    "reviewed_ms < day.end) AS n FROM day WHERE n > 0"),
        table.values, lcReviews());
    while (q && q->next())
        perDay.insert(table.days.value(q->value(0).toInt()), q->value(1).toInt());
    return perDay;
}

QList<int> ReviewStore::duePerDay(const QDate &today, int days) const
{
    QList<int> due(days, 0);
    const DayTable table = localDays(today, days);
    std::optional<QSqlQuery> q = runQuery(
        m_db.connection(),
        table.with + QStringLiteral("SELECT i, (SELECT count(*) FROM card_state WHERE due_ms < day.end AND "
                                    "(day.i = 0 OR due_ms >= day.start) AND last_review_ms != 0) FROM day"),
        table.values, lcReviews());
    while (q && q->next())
        due[q->value(0).toInt()] = q->value(1).toInt();
    return due;
}

QSet<QString> ReviewStore::missedSince(qint64 sinceMs) const
{
    QSet<QString> missed;
    // SQLite takes the bare column `correct` from the row that has the max(). The answers since `sinceMs` are found
    // by time (INDEXED BY): for the GROUP BY, SQLite chose to walk the whole log in (deck, card) order instead.
    std::optional<QSqlQuery> q
        = runQuery(m_db.connection(),
                   QStringLiteral("SELECT deck_id, card_id, correct, max(reviewed_ms) FROM review_log INDEXED BY review_log_time "
                                  "WHERE reviewed_ms >= ? GROUP BY deck_id, card_id"),
                   {sinceMs}, lcReviews());
    while (q && q->next()) {
        if (!q->value(2).toBool())
            missed.insert(q->value(0).toString() + QLatin1Char('/') + q->value(1).toString());
    }
    return missed;
}

std::optional<Review> ReviewStore::lastReview(qint64 sinceMs, QString *error) const
{
    QList<Review> result;
    const QString newest = QStringLiteral("reviewed_ms >= ? ORDER BY reviewed_ms DESC, id DESC LIMIT 1");
    if (!selectReviews(newest, {sinceMs}, &result, error) || result.isEmpty())
        return std::nullopt;
    return result.first();
}

bool ReviewStore::selectReviews(const QString &where, const QVariantList &values, QList<Review> *result,
                                QString *error) const
{
    std::optional<QSqlQuery> found
        = runQuery(m_db.connection(),
                   QStringLiteral("SELECT deck_id, card_id, topic_id, reviewed_ms, grade, correct, response_ms, "
                                  "state_before, state_after, stability_before, stability_after, difficulty_before, "
                                  "difficulty_after, due_after_ms FROM review_log WHERE ")
                       + where,
                   values, error);
    if (!found)
        return false;
    QSqlQuery &q = *found;
    while (q.next()) {
        Review r;
        r.deckId = q.value(0).toString();
        r.cardId = q.value(1).toString();
        r.topicId = q.value(2).toString();
        r.reviewedMs = q.value(3).toLongLong();
        r.grade = q.value(4).toInt();
        r.correct = q.value(5).toInt() != 0;
        r.responseMs = q.value(6).toLongLong();
        r.stateBefore = q.value(7).toInt();
        r.stateAfter = q.value(8).toInt();
        r.stabilityBefore = optionalDouble(q.value(9));
        r.stabilityAfter = optionalDouble(q.value(10));
        r.difficultyBefore = optionalDouble(q.value(11));
        r.difficultyAfter = optionalDouble(q.value(12));
        r.dueAfterMs = q.value(13).toLongLong();
        result->append(r);
    }
    return true;
}

bool ReviewStore::undoLastAnswer(const QString &deckId, const QString &cardId, qint64 reviewedMs, QString *error)
{
    return m_db.transaction([&] {
        QList<Review> log;
        const QString ofTheCard = QStringLiteral("deck_id = ? AND card_id = ? ORDER BY reviewed_ms, id");
        if (!selectReviews(ofTheCard, {deckId, cardId}, &log, error))
            return false;
        const std::optional<CardState> current = cardState(deckId, cardId);
        if (log.isEmpty() || log.last().reviewedMs != reviewedMs) {
            *error = tr("that answer is no longer the card's last one");
            return false;
        }
        if (!current || current->lastReviewMs != reviewedMs) {
            *error = tr("the card's schedule was changed after that answer (by an import)");
            return false;
        }
        const Review undone = log.takeLast();
        if (!runStatement(m_db.connection(),
                          QStringLiteral("DELETE FROM review_log WHERE deck_id = ? AND card_id = ? AND reviewed_ms = ?"),
                          {deckId, cardId, reviewedMs}, error))
            return false;
        if (log.isEmpty())
            return runStatement(m_db.connection(), QStringLiteral("DELETE FROM card_state WHERE deck_id = ? AND card_id = ?"),
                                {deckId, cardId}, error);
        // The state before the answer: its memory as the log row kept it, its schedule as the answer before left it,
        // and the counters with FSRS's step taken back (every answer is a rep; "again" on a card with a memory is a
        // lapse).
        const Review &previous = log.last();
        CardState before = *current;
        before.topicId = previous.topicId;
        before.state = undone.stateBefore;
        before.stability = undone.stabilityBefore;
        before.difficulty = undone.difficultyBefore;
        before.dueMs = previous.dueAfterMs;
        before.lastReviewMs = previous.reviewedMs;
        const bool hadMemory
            = undone.stateBefore != CardState::New && undone.stabilityBefore && undone.difficultyBefore;
        before.reps = std::max(0, current->reps - 1);
        before.lapses = std::max(0, current->lapses - (undone.grade == 1 && hadMemory ? 1 : 0));
        return writeState(before, error);
    }, error);
}

int ReviewStore::reviewCount() const
{
    std::optional<QSqlQuery> q = runQuery(m_db.connection(), QStringLiteral("SELECT count(*) FROM review_log"), {}, lcReviews());
    return q && q->next() ? q->value(0).toInt() : 0;
}

} // namespace DeepDive
