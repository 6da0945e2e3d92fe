#include "userdata.h"

#include "deck.h"

#include <QSet>
#include <QSqlQuery>

namespace DeepDive {

QStringList UserData::orphans(const QList<Deck> &decks) const
{
    QSet<QString> topics;
    QSet<QString> cards;
    for (const Deck &deck : decks) {
        for (const Topic &topic : deck.topics) {
            topics.insert(deck.id + QLatin1Char('/') + topic.id);
            for (qsizetype c = 0; c < topic.cardCount(); ++c)
                cards.insert(deck.id + QLatin1Char('/') + topic.cardId(c));
        }
    }
    QSet<QString> orphaned;
    const auto collect = [&](const QString &sql, const QSet<QString> &known) {
        QSqlQuery q(database.connection());
        q.setForwardOnly(true);
        if (!q.exec(sql))
            return;
        while (q.next()) {
            const QString key = q.value(0).toString() + QLatin1Char('/') + q.value(1).toString();
            if (!known.contains(key))
                orphaned.insert(key);
        }
    };
    collect(QStringLiteral("SELECT DISTINCT deck_id, card_id FROM review_log UNION SELECT deck_id, card_id FROM card_state"), cards);
    collect(QStringLiteral("SELECT deck_id, item_id FROM bookmark WHERE kind = 'card'"), cards);
    collect(QStringLiteral("SELECT deck_id, item_id FROM bookmark WHERE kind = 'topic' UNION SELECT deck_id, topic_id "
                           "FROM note UNION SELECT deck_id, topic_id FROM topic_visit"), topics);
    QStringList result(orphaned.cbegin(), orphaned.cend());
    result.sort();
    return result;
}

} // namespace DeepDive
