#include "progressindex.h"

#include "bookmarklabels.h"
#include "userdata.h"
#include "topicmeasures.h"

#include <QDateTime>
#include <QSet>
#include <QSqlQuery>

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
    q.prepare(one ? QStringLiteral("SELECT deck_id, card_id, topic_id, state, stability, difficulty, due_ms, last_review_ms, "
                                   "reps, lapses FROM card_state WHERE deck_id = ? AND topic_id = ?")
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
    for (const Bookmark &b : data.bookmarks.all()) {
        if (b.kind == Bookmark::Topic)
            in.bookmarks.insert(topicKey(b.deckId, b.itemId), b);
    }
    QSqlQuery wrong(db);
    wrong.prepare(QStringLiteral("SELECT DISTINCT deck_id, card_id FROM review_log WHERE correct = 0 AND reviewed_ms >= ?"));
    wrong.addBindValue(nowMs - ProgressIndex::recentMs);
    if (wrong.exec()) {
        while (wrong.next())
            in.recentWrong.insert(wrong.value(0).toString() + QLatin1Char('/') + wrong.value(1).toString());
    }
    // The last answer of each card is the one its stored state was last reviewed at.
    QSqlQuery last(db);
    last.setForwardOnly(true);
    last.prepare(one ? QStringLiteral("SELECT c.deck_id, c.card_id FROM card_state c JOIN review_log r ON r.deck_id = c.deck_id "
                                      "AND r.card_id = c.card_id AND r.reviewed_ms = c.last_review_ms WHERE r.correct = 0 "
                                      "AND c.deck_id = ? AND c.topic_id = ?")
                     : QStringLiteral("SELECT c.deck_id, c.card_id FROM card_state c JOIN review_log r ON r.deck_id = c.deck_id "
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

int ProgressIndex::streakDays(qint64 nowMs) const
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs).date();
    QSqlQuery q(m_data.database.connection());
    q.setForwardOnly(true);
    // Only the last year and a bit can be part of a streak worth counting here.
    q.prepare(QStringLiteral("SELECT reviewed_ms FROM review_log WHERE reviewed_ms >= ? ORDER BY reviewed_ms DESC"));
    q.addBindValue(nowMs - 400LL * 86'400'000);
    QSet<QDate> days;
    if (q.exec()) {
        while (q.next())
            days.insert(QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong()).date());
    }
    QDate day = days.contains(today) ? today : today.addDays(-1);
    int streak = 0;
    while (days.contains(day)) {
        ++streak;
        day = day.addDays(-1);
    }
    return streak;
}

TopicStats ProgressIndex::computeTopic(const QString &deckId, const Topic &topic, qint64 nowMs) const
{
    return statsFor(m_fsrs, deckId, topic, load(m_data, deckId, topic.id, nowMs), nowMs);
}

} // namespace DeepDive
