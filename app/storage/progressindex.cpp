#include "progressindex.h"

#include "bookmarklabels.h"
#include "sqlquery.h"
#include "topicmeasures.h"
#include "userdata.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

Q_LOGGING_CATEGORY(lcProgressIndex, "deepdive.storage.progressindex", QtWarningMsg)

namespace DeepDive {

namespace {

struct Inputs
{
    QHash<QString, CardState> states;   // deck/card
    QHash<QString, Bookmark> bookmarks; // deck/topic
    QSet<QString> recentWrong;          // deck/card answered wrong lately
    QSet<QString> lastWrong;            // deck/card whose last answer was wrong
};

TopicStats statsFor(const Fsrs &fsrs, const QString &deckId, const Topic &topic, const Inputs &in, qint64 nowMs)
{
    QList<TopicMeasures::Card> cards;
    cards.reserve(topic.cardCount());
    for (qsizetype c = 0; c < topic.cardCount(); ++c) {
        const QString key = deckId + QLatin1Char('/') + topic.cardId(c);
        const auto it = in.states.constFind(key);
        cards.append({it == in.states.cend() ? std::nullopt : std::optional<CardState>(*it), in.lastWrong.contains(key),
                      in.recentWrong.contains(key)});
    }
    TopicStats s = TopicMeasures::measure(fsrs, cards, nowMs);
    if (const auto b = in.bookmarks.constFind(topicKey(deckId, topic.id)); b != in.bookmarks.cend()) {
        s.bookmarked = true;
        s.bookmarkLabel = b->label;
    }
    s.weak = s.weak || s.bookmarkLabel.compare(BookmarkLabels::weak(), Qt::CaseInsensitive) == 0;
    return s;
}

Inputs load(const UserData &data, const QString &deckId, const QString &topicId, qint64 nowMs)
{
    Inputs in;
    const QSqlDatabase db = data.database.connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const bool one = !topicId.isEmpty();
    // One topic through its index (SQLite would otherwise read every card of the deck along the primary key).
    q.prepare(one ? QStringLiteral("SELECT deck_id, card_id, topic_id, state, stability, difficulty, due_ms, last_review_ms, "
                                   "reps, lapses FROM card_state INDEXED BY card_state_topic WHERE deck_id = ? AND topic_id = ?")
                  : QStringLiteral("SELECT deck_id, card_id, topic_id, state, stability, difficulty, due_ms, last_review_ms, "
                                   "reps, lapses FROM card_state"));
    if (one) {
        q.addBindValue(deckId);
        q.addBindValue(topicId);
    }
    if (q.exec()) {
        while (q.next()) {
            CardState s;
            s.deckId = q.value(0).toString();
            s.cardId = q.value(1).toString();
            s.topicId = q.value(2).toString();
            s.state = q.value(3).toInt();
            if (!q.value(4).isNull())
                s.stability = q.value(4).toDouble();
            if (!q.value(5).isNull())
                s.difficulty = q.value(5).toDouble();
            s.dueMs = q.value(6).toLongLong();
            s.lastReviewMs = q.value(7).toLongLong();
            s.reps = q.value(8).toInt();
            s.lapses = q.value(9).toInt();
            in.states.insert(s.deckId + QLatin1Char('/') + s.cardId, s);
        }
    }
    // One topic (after each answer) reads its own bookmark and its cards' answers, not the learner's hundreds.
    if (one) {
        if (const auto b = data.bookmarks.find(deckId, Bookmark::Topic, topicId))
            in.bookmarks.insert(topicKey(deckId, topicId), *b);
    } else {
        for (const Bookmark &b : data.bookmarks.all()) {
            if (b.kind == Bookmark::Topic)
                in.bookmarks.insert(topicKey(b.deckId, b.itemId), b);
        }
    }
    QSqlQuery wrong(db);
    wrong.setForwardOnly(true);
    // Not DISTINCT (the set is): SQLite would walk the whole log in (deck, card) order for it, not the last week by time.
    // One topic's cards each find their answers by (deck, card, time), as their last answer below.
    wrong.prepare(one ? QStringLiteral("SELECT c.deck_id, c.card_id FROM card_state c INDEXED BY card_state_topic CROSS JOIN "
                                       "review_log r ON r.deck_id = c.deck_id AND r.card_id = c.card_id "
                                       "WHERE r.correct = 0 AND r.reviewed_ms >= ? AND c.deck_id = ? AND c.topic_id = ?")
                      : QStringLiteral("SELECT deck_id, card_id FROM review_log WHERE correct = 0 AND reviewed_ms >= ?"));
    wrong.addBindValue(nowMs - ProgressIndex::recentMs);
    if (one) {
        wrong.addBindValue(deckId);
        wrong.addBindValue(topicId);
    }
    if (wrong.exec()) {
        while (wrong.next())
            in.recentWrong.insert(wrong.value(0).toString() + QLatin1Char('/') + wrong.value(1).toString());
    }
    // The last answer of each card is the one its stored state was last reviewed at. The cards drive the join (CROSS
    // JOIN keeps card_state outside), each finding its answer by (deck, card, time): left to itself, SQLite read the
    // whole review log of the deck (150 ms for one topic after 100,000 answers).
    QSqlQuery last(db);
    last.setForwardOnly(true);
    last.prepare(one ? QStringLiteral("SELECT c.deck_id, c.card_id FROM card_state c INDEXED BY card_state_topic CROSS JOIN "
                                      "review_log r ON r.deck_id = c.deck_id AND r.card_id = c.card_id "
                                      "AND r.reviewed_ms = c.last_review_ms WHERE r.correct = 0 AND c.deck_id = ? AND c.topic_id = ?")
                     : QStringLiteral("SELECT c.deck_id, c.card_id FROM card_state c CROSS JOIN review_log r ON r.deck_id = c.deck_id "
                                      "AND r.card_id = c.card_id AND r.reviewed_ms = c.last_review_ms WHERE r.correct = 0"));
    if (one) {
        last.addBindValue(deckId);
        last.addBindValue(topicId);
    }
    if (last.exec()) {
        while (last.next())
            in.lastWrong.insert(last.value(0).toString() + QLatin1Char('/') + last.value(1).toString());
    }
    return in;
}

} // namespace

ProgressIndex::ProgressIndex(const UserData &data, const Fsrs &fsrs)
    : m_data(data)
    , m_fsrs(fsrs)
{
}

QHash<QString, TopicStats> ProgressIndex::compute(const QList<Deck> &decks, qint64 nowMs) const
{
    const Inputs in = load(m_data, {}, {}, nowMs);
    QHash<QString, TopicStats> result;
    for (const Deck &deck : decks) {
        for (const Topic &topic : deck.topics)
            result.insert(topicKey(deck.id, topic.id), statsFor(m_fsrs, deck.id, topic, in, nowMs));
    }
    return result;
}

namespace {

constexpr qint64 streakReachMs = 400LL * 86'400'000; // only the last year and a bit can be part of a streak worth counting

// How many of the `count` days back from `from` have answers before the first that has none.
int answeredDays(const QSqlDatabase &db, const QDate &from, int count, qint64 oldest)
{
    const DayTable table = localDays(from, count, -1);
    std::optional<QSqlQuery> q = runQuery(
        db,
        table.with + QStringLiteral("SELECT min(i) FROM day WHERE day.end <= ? OR NOT EXISTS (SELECT 1 FROM "
                                    "review_log WHERE reviewed_ms >= max(day.start, ?) AND reviewed_ms < day.end)"),
        table.values + QVariantList{oldest, oldest}, lcProgressIndex());
    if (!q || !q->next())
        return 0;
    return q->value(0).isNull() ? count : q->value(0).toInt();
}

bool answeredToday(const QSqlDatabase &db, const QDate &today, qint64 nowMs)
{
    return answeredDays(db, today, 1, nowMs - streakReachMs) == 1;
}

} // namespace

ProgressIndex::Streak ProgressIndex::streak(qint64 nowMs) const
{
    // Days walked back in batches, each one statement that finds its first day without an answer through the time
    // index (not every answer of the last year read and dated: this runs after each answer, and a year is 100,000
    // answers; nor a statement per day: each costs Qt tens of microseconds).
    const qint64 oldest = nowMs - streakReachMs;
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs).date();
    const QSqlDatabase db = m_data.database.connection();
    Streak streak;
    streak.today = today;
    // Yesterday's streak holds until today's first answer.
    streak.answeredToday = answeredToday(db, today, nowMs);
    QDate day = streak.answeredToday ? today : today.addDays(-1);
    for (int batch = 8;; batch = std::min(batch * 4, 512)) {
        const int answered = answeredDays(db, day, batch, oldest);
        streak.days += answered;
        if (answered < batch)
            return streak;
        day = day.addDays(-batch);
    }
}

ProgressIndex::Streak ProgressIndex::streakAfterToday(const Streak &counted, qint64 nowMs) const
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs).date();
    if (counted.today != today)
        return streak(nowMs);
    const bool answered = answeredToday(m_data.database.connection(), today, nowMs);
    if (answered == counted.answeredToday)
        return counted;
    Streak now = counted;
    now.answeredToday = answered;
    now.days += answered ? 1 : -1; // today joins the days before it, or leaves them
    return now;
}

TopicStats ProgressIndex::computeTopic(const QString &deckId, const Topic &topic, qint64 nowMs) const
{
    return statsFor(m_fsrs, deckId, topic, load(m_data, deckId, topic.id, nowMs), nowMs);
}

} // namespace DeepDive
