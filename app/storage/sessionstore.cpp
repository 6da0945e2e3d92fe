#include "sessionstore.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace DeepDive {

SessionStore::SessionStore(Database &db)
    : m_db(db)
{
}

std::optional<StudySession> SessionStore::start(const QString &scope, const QStringList &cardKeys, qint64 nowMs, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO study_session (scope, started_ms, card_keys, position) VALUES (?, ?, ?, 0)"));
    q.addBindValue(scope);
    q.addBindValue(nowMs);
    q.addBindValue(cardKeys.join(QLatin1Char('\n')));
    if (!q.exec()) {
        *error = describeSqlError(q.lastError());
        return std::nullopt;
    }
    return StudySession{q.lastInsertId().toLongLong(), scope, nowMs, 0, cardKeys, 0};
}

bool SessionStore::save(qint64 id, const QStringList &cardKeys, int position, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE study_session SET card_keys = ?, position = ? WHERE id = ?"));
    q.addBindValue(cardKeys.join(QLatin1Char('\n')));
    q.addBindValue(position);
    q.addBindValue(id);
    if (!q.exec()) {
        *error = describeSqlError(q.lastError());
        return false;
    }
    return true;
}

bool SessionStore::finish(qint64 id, qint64 nowMs, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE study_session SET finished_ms = ? WHERE id = ?"));
    q.addBindValue(nowMs);
    q.addBindValue(id);
    if (!q.exec()) {
        *error = describeSqlError(q.lastError());
        return false;
    }
    return true;
}

std::optional<StudySession> SessionStore::unfinished() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id, scope, started_ms, card_keys, position FROM study_session "
                               "WHERE finished_ms IS NULL ORDER BY started_ms DESC, id DESC LIMIT 1"))
        || !q.next())
        return std::nullopt;
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
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM review_log WHERE state_before = 0 AND reviewed_ms >= ?"));
    q.addBindValue(sinceMs);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toInt();
}

} // namespace DeepDive
