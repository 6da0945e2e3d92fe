#include "syncstate.h"

#include "database.h"

#include <QSqlError>

namespace DeepDive {

bool runSql(QSqlQuery &q, const QString &sql, const QVariantList &values, QString *error)
{
    if (!q.prepare(sql)) {
        *error = describeSqlError(q.lastError());
        return false;
    }
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec()) {
        *error = describeSqlError(q.lastError());
        return false;
    }
    return true;
}

SyncState::SyncState(Database &db)
    : m_db(db)
{
}

QString SyncState::meta(const QString &key) const
{
    QSqlQuery q(m_db.connection());
    QString error;
    if (!runSql(q, QStringLiteral("SELECT value FROM sync_meta WHERE key = ?"), {key}, &error) || !q.next())
        return {};
    return q.value(0).toString();
}

bool SyncState::setMeta(const QString &key, const QString &value, QString *error)
{
    QSqlQuery q(m_db.connection());
    return runSql(q, QStringLiteral("INSERT OR REPLACE INTO sync_meta (key, value) VALUES (?, ?)"), {key, sqlText(value)},
                  error);
}

static SyncState::KnownJournal readJournalRow(const QSqlQuery &q)
{
    SyncState::KnownJournal j;
    j.file = q.value(0).toString();
    j.deviceId = q.value(1).toString();
    j.deviceName = q.value(2).toString();
    j.position = {q.value(3).toLongLong(), q.value(4).toInt(), q.value(5).toString().toLatin1()};
    j.lastEventMs = q.value(6).toLongLong();
    j.problem = q.value(7).toString();
    return j;
}

static const QString journalColumns = QStringLiteral(
    "file, device_id, device_name, read_bytes, read_lines, prefix_sha256, last_event_ms, problem");

SyncState::KnownJournal SyncState::journal(const QString &file) const
{
    QSqlQuery q(m_db.connection());
    QString error;
    if (!runSql(q, QStringLiteral("SELECT %1 FROM sync_journal WHERE file = ?").arg(journalColumns), {file}, &error)
        || !q.next()) {
        KnownJournal fresh;
        fresh.file = file;
        return fresh;
    }
    return readJournalRow(q);
}

QList<SyncState::KnownJournal> SyncState::journals() const
{
    QList<KnownJournal> result;
    QSqlQuery q(m_db.connection());
    QString error;
    if (runSql(q, QStringLiteral("SELECT %1 FROM sync_journal ORDER BY file").arg(journalColumns), {}, &error)) {
        while (q.next())
            result.append(readJournalRow(q));
    }
    return result;
}

bool SyncState::saveJournal(const KnownJournal &j, QString *error)
{
    QSqlQuery q(m_db.connection());
    return runSql(q, QStringLiteral("INSERT OR REPLACE INTO sync_journal (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?)").arg(journalColumns),
                  {j.file, sqlText(j.deviceId), sqlText(j.deviceName), j.position.bytes, j.position.lines,
                   QString::fromLatin1(j.position.prefixSha256), j.lastEventMs, sqlText(j.problem)},
                  error);
}

std::optional<SyncState::Register> SyncState::reg(const QString &name) const
{
    QSqlQuery q(m_db.connection());
    QString error;
    if (!runSql(q, QStringLiteral("SELECT value, changed_ms, device_id, journaled FROM sync_register WHERE name = ?"),
                {name}, &error)
        || !q.next())
        return std::nullopt;
    return Register{name, q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toBool()};
}

QList<SyncState::Register> SyncState::registers(const QString &kind) const
{
    QList<Register> result;
    QSqlQuery q(m_db.connection());
    QString error;
    const QString prefix = QStringLiteral("[\"%1\",").arg(kind);
    if (runSql(q, QStringLiteral("SELECT name, value, changed_ms, device_id, journaled FROM sync_register "
                                 "WHERE substr(name, 1, length(?)) = ? ORDER BY name"),
               {prefix, prefix}, &error)) {
        while (q.next())
            result.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString(),
                           q.value(4).toBool()});
    }
    return result;
}

bool SyncState::saveRegister(const Register &r, QString *error)
{
    QSqlQuery q(m_db.connection());
    return runSql(q, QStringLiteral("INSERT OR REPLACE INTO sync_register (name, value, changed_ms, device_id, journaled) "
                                    "VALUES (?, ?, ?, ?, ?)"),
                  {r.name, sqlText(r.value), r.changedMs, r.deviceId, r.journaled ? 1 : 0}, error);
}

} // namespace DeepDive
