#include "visitstore.h"

#include "database.h"
#include "sqlquery.h"

#include <QLoggingCategory>
#include <QVariant>

Q_LOGGING_CATEGORY(lcVisits, "deepdive.storage.visits", QtWarningMsg)

namespace DeepDive {

VisitStore::VisitStore(Database &db)
    : m_db(db)
{
}

bool VisitStore::record(const QString &deckId, const QString &topicId, qint64 openedMs, qint64 seconds, QString *error)
{
    return runStatement(m_db.connection(),
                        QStringLiteral("INSERT INTO topic_visit (deck_id, topic_id, last_opened_ms, seconds_spent) "
                                       "VALUES (?, ?, ?, ?) ON CONFLICT (deck_id, topic_id) DO UPDATE SET "
                                       "last_opened_ms = max(last_opened_ms, excluded.last_opened_ms), "
                                       "seconds_spent = seconds_spent + excluded.seconds_spent"),
                        {deckId, topicId, openedMs, seconds}, error);
}

QList<TopicVisit> VisitStore::all() const
{
    std::optional<QSqlQuery> q = runQuery(m_db.connection(),
                                          QStringLiteral("SELECT deck_id, topic_id, last_opened_ms, seconds_spent "
                                                         "FROM topic_visit ORDER BY deck_id, topic_id"),
                                          {}, lcVisits());
    QList<TopicVisit> result;
    while (q && q->next())
        result.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toLongLong(), q->value(3).toLongLong()});
    return result;
}

bool VisitStore::merge(const TopicVisit &visit, QString *error)
{
    return runStatement(m_db.connection(),
                        QStringLiteral("INSERT INTO topic_visit (deck_id, topic_id, last_opened_ms, seconds_spent) "
                                       "VALUES (?, ?, ?, ?) ON CONFLICT (deck_id, topic_id) DO UPDATE SET "
                                       "last_opened_ms = max(last_opened_ms, excluded.last_opened_ms), "
                                       "seconds_spent = max(seconds_spent, excluded.seconds_spent)"),
                        {visit.deckId, visit.topicId, visit.lastOpenedMs, visit.secondsSpent}, error);
}

} // namespace DeepDive
