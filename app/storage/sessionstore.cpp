#include "sessionstore.h"

#include "database.h"
#include "sqlquery.h"

#include <QLoggingCategory>
#include <QVariant>

Q_LOGGING_CATEGORY(lcSessions, "deepdive.storage.sessions", QtWarningMsg)

namespace DeepDive {

SessionStore::SessionStore(Database &db)
    : m_db(db)
{
}

std::optional<StudySession> SessionStore::start(const QString &scope, const QStringList &cardKeys, qint64 nowMs, QString *error)
{
    const std::optional<QSqlQuery> q
        = runQuery(m_db.connection(),
                   QStringLiteral("INSERT INTO study_session (scope, started_ms, card_keys, position) VALUES (?, ?, ?, 0)"),
                   {scope, nowMs, cardKeys.join(QLatin1Char('\n'))}, error);
    if (!q)
        return std::nullopt;
    return StudySession{q->lastInsertId().toLongLong(), scope, nowMs, 0, cardKeys, 0};
}

bool SessionStore::save(qint64 id, const QStringList &cardKeys, int position, QString *error)
{
    return runStatement(m_db.connection(), QStringLiteral("UPDATE study_session SET card_keys = ?, position = ? WHERE id = ?"),
                        {cardKeys.join(QLatin1Char('\n')), position, id}, error);
}

bool SessionStore::finish(qint64 id, qint64 nowMs, QString *error)
{
    return runStatement(m_db.connection(), QStringLiteral("UPDATE study_session SET finished_ms = ? WHERE id = ?"),
                        {nowMs, id}, error);
}

std::optional<StudySession> SessionStore::unfinished() const
{
    std::optional<QSqlQuery> found
        = runQuery(m_db.connection(),
                   QStringLiteral("SELECT id, scope, started_ms, card_keys, position FROM study_session "
                                  "WHERE finished_ms IS NULL ORDER BY started_ms DESC, id DESC LIMIT 1"),
                   {}, lcSessions());
    if (!found || !found->next())
        return std::nullopt;
    const QSqlQuery &q = *found;
    StudySession s;
    s.id = q.value(0).toLongLong();
    s.scope = q.value(1).toString();
    s.startedMs = q.value(2).toLongLong();
    s.cardKeys = q.value(3).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    s.position = q.value(4).toInt();
    return s;
}

int SessionStore::newCardsSince(qint64 sinceMs) const
{
    std::optional<QSqlQuery> q
        = runQuery(m_db.connection(), QStringLiteral("SELECT count(*) FROM review_log WHERE state_before = 0 AND reviewed_ms >= ?"),
                   {sinceMs}, lcSessions());
    return q && q->next() ? q->value(0).toInt() : 0;
}

} // namespace DeepDive
