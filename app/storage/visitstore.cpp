#include "visitstore.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace DeepDive {

VisitStore::VisitStore(Database &db)
    : m_db(db)
{
}

bool VisitStore::record(const QString &deckId, const QString &topicId, qint64 openedMs, qint64 seconds, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO topic_visit (deck_id, topic_id, last_opened_ms, seconds_spent) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT (deck_id, topic_id) DO UPDATE SET "
                             "last_opened_ms = max(last_opened_ms, excluded.last_opened_ms), "
                             "seconds_spent = seconds_spent + excluded.seconds_spent"));
    q.addBindValue(deckId);
    q.addBindValue(topicId);
    q.addBindValue(openedMs);
    q.addBindValue(seconds);
    if (!q.exec()) {
        *error = describeSqlError(q.lastError());
        return false;
    }
    return true;
}

QList<TopicVisit> VisitStore::all() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QList<TopicVisit> result;
    if (q.exec(QStringLiteral("SELECT deck_id, topic_id, last_opened_ms, seconds_spent FROM topic_visit "
                              "ORDER BY deck_id, topic_id"))) {
        while (q.next())
            result.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong()});
    }
    return result;
}

bool VisitStore::merge(const TopicVisit &visit, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO topic_visit (deck_id, topic_id, last_opened_ms, seconds_spent) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT (deck_id, topic_id) DO UPDATE SET "
                             "last_opened_ms = max(last_opened_ms, excluded.last_opened_ms), "
                             "seconds_spent = max(seconds_spent, excluded.seconds_spent)"));
    q.addBindValue(visit.deckId);
    q.addBindValue(visit.topicId);
    q.addBindValue(visit.lastOpenedMs);
    q.addBindValue(visit.secondsSpent);
    if (!q.exec()) {
        *error = describeSqlError(q.lastError());
        return false;
    }
    return true;
}

} // namespace DeepDive
