#include "localchanges.h"

#include "bookmarkstore.h"
#include "database.h"
#include "notehistory.h"
#include "notestore.h"
#include "syncstate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUuid>

namespace DeepDive {

FollowedSettings defaultFollowedSettings()
{
    return {{QStringLiteral("desiredRetention"), QStringLiteral("0.9")}, {QStringLiteral("interviewDate"), QString()}};
}

LocalChanges::LocalChanges(Database &db, const QString &deviceId, qint64 nowMs)
    : m_db(db)
    , m_deviceId(deviceId)
    , m_nowMs(nowMs)
{
}

QString LocalChanges::registerName(const QStringList &parts)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(parts)).toJson(QJsonDocument::Compact));
}

QStringList LocalChanges::registerParts(const QString &name)
{
    QStringList parts;
    for (const QJsonValue &v : QJsonDocument::fromJson(name.toUtf8()).array())
        parts.append(v.toString());
    return parts;
}

bool LocalChanges::capture(const FollowedSettings &settings, QString *error)
{
    return captureAnswers(error) && captureBookmarks(error) && captureSettings(settings, error) && captureNotes(error);
}

bool LocalChanges::captureAnswers(QString *error)
{
    QSqlQuery q(m_db.connection());
    if (!runSql(q, QStringLiteral("SELECT id, deck_id, card_id FROM review_log WHERE uid IS NULL"), {}, error))
        return false;
    QList<qint64> fresh;
    while (q.next()) {
        fresh.append(q.value(0).toLongLong());
        m_answeredCards.insert(q.value(1).toString() + QLatin1Char('/') + q.value(2).toString());
    }
    for (const qint64 id : std::as_const(fresh)) {
        if (!runSql(q, QStringLiteral("UPDATE review_log SET uid = ?, origin = ? WHERE id = ?"),
                    {QUuid::createUuid().toString(QUuid::WithoutBraces), m_deviceId, id}, error))
            return false;
    }
    // New answers, and journaled answers that are gone from the log: taken back here (ReviewStore::undoLastAnswer).
    return runSql(q, QStringLiteral("INSERT INTO sync_answer (uid, undone_ms, journaled) SELECT uid, NULL, 0 FROM "
                                    "review_log WHERE uid NOT IN (SELECT uid FROM sync_answer)"),
                  {}, error)
        && runSql(q, QStringLiteral("UPDATE sync_answer SET undone_ms = ?, journaled = 0 WHERE undone_ms IS NULL AND uid "
                                    "NOT IN (SELECT uid FROM review_log WHERE uid IS NOT NULL)"),
                  {m_nowMs}, error);
}

static QString bookmarkValue(const Bookmark *b)
{
    const QJsonObject value = b ? QJsonObject{{QStringLiteral("on"), true},
                                              {QStringLiteral("label"), b->label},
                                              {QStringLiteral("created"), double(b->createdMs)}}
                                : QJsonObject{{QStringLiteral("on"), false}};
    return QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact));
}

bool LocalChanges::captureBookmarks(QString *error)
{
    SyncState state(m_db);
    QHash<QString, Bookmark> present;
    for (const Bookmark &b : BookmarkStore(m_db).all())
        present.insert(registerName({QStringLiteral("bookmark"), b.deckId, BookmarkStore::kindName(b.kind), b.itemId}), b);
    const QList<SyncState::Register> known = state.registers(QStringLiteral("bookmark"));
    QHash<QString, SyncState::Register> byName;
    for (const SyncState::Register &r : known)
        byName.insert(r.name, r);
    // A change made here comes after the value it replaces, whatever the clocks say: otherwise the other devices
    // would keep the old value while this one shows the new.
    const auto change = [&](const QString &name, const QString &value, qint64 at) {
        const auto old = byName.constFind(name);
        if (old != byName.cend())
            at = std::max(at, old->changedMs + 1);
        return state.saveRegister({name, value, at, m_deviceId, false}, error);
    };
    for (auto it = present.cbegin(); it != present.cend(); ++it) {
        const QString value = bookmarkValue(&it.value());
        const auto old = byName.constFind(it.key());
        if (old != byName.cend() && old->value == value)
            continue;
        const bool wasOn = old != byName.cend() && old->value != bookmarkValue(nullptr);
        if (!change(it.key(), value, wasOn ? m_nowMs : std::max(it->createdMs, qint64(1))))
            return false;
    }
    for (const SyncState::Register &r : known) {
        if (!present.contains(r.name) && r.value != bookmarkValue(nullptr) && !change(r.name, bookmarkValue(nullptr), m_nowMs))
            return false;
    }
    return true;
}

bool LocalChanges::captureSettings(const FollowedSettings &settings, QString *error)
{
    SyncState state(m_db);
    const FollowedSettings defaults = defaultFollowedSettings();
    for (auto it = settings.cbegin(); it != settings.cend(); ++it) {
        const QString name = registerName({QStringLiteral("setting"), it.key()});
        const std::optional<SyncState::Register> old = state.reg(name);
        if (old ? old->value == it.value() : it.value() == defaults.value(it.key()))
            continue;
        const qint64 at = old ? std::max(m_nowMs, old->changedMs + 1) : m_nowMs;
        if (!state.saveRegister({name, it.value(), at, m_deviceId, false}, error))
            return false;
        m_retentionChanged = m_retentionChanged || it.key() == QLatin1String("desiredRetention");
    }
    return true;
}

bool LocalChanges::captureNotes(QString *error)
{
    NoteHistory history(m_db);
    for (const Note &note : NoteStore(m_db).all()) {
        if (!history.capture(note.deckId, note.topicId, note.body, note.updatedMs, m_deviceId, error))
            return false;
    }
    return true;
}

bool LocalChanges::answerEvents(const QString &where, QList<QJsonObject> *events, QString *error) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!runSql(q, QStringLiteral("SELECT r.uid, r.origin, r.deck_id, r.card_id, r.topic_id, r.reviewed_ms, r.grade, "
                                  "r.correct, r.response_ms FROM sync_answer a JOIN review_log r ON r.uid = a.uid WHERE "
                                  "a.undone_ms IS NULL AND %1 ORDER BY r.reviewed_ms, r.uid").arg(where),
                {m_deviceId}, error))
        return false;
    while (q.next()) {
        events->append({{QStringLiteral("t"), QStringLiteral("ans")}, {QStringLiteral("id"), q.value(0).toString()},
                        {QStringLiteral("dev"), q.value(1).toString()}, {QStringLiteral("deck"), q.value(2).toString()},
                        {QStringLiteral("card"), q.value(3).toString()}, {QStringLiteral("topic"), q.value(4).toString()},
                        {QStringLiteral("at"), double(q.value(5).toLongLong())}, {QStringLiteral("g"), q.value(6).toInt()},
                        {QStringLiteral("ok"), q.value(7).toBool()},
                        {QStringLiteral("rms"), double(q.value(8).toLongLong())}});
    }
    return true;
}

bool LocalChanges::registerEvents(const QString &where, QList<QJsonObject> *events, QString *error) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!runSql(q, QStringLiteral("SELECT name, value, changed_ms, device_id FROM sync_register WHERE %1 ORDER BY name").arg(where),
                {m_deviceId}, error))
        return false;
    while (q.next()) {
        events->append({{QStringLiteral("t"), QStringLiteral("reg")},
                        {QStringLiteral("key"), QJsonDocument::fromJson(q.value(0).toString().toUtf8()).array()},
                        {QStringLiteral("val"), q.value(1).toString()},
                        {QStringLiteral("at"), double(q.value(2).toLongLong())},
                        {QStringLiteral("dev"), q.value(3).toString()}});
    }
    return true;
}

bool LocalChanges::noteEvents(const QString &where, bool bodiesOfHeadsOnly, QList<QJsonObject> *events, QString *error) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!runSql(q, QStringLiteral("SELECT vid, deck_id, topic_id, parents, body, saved_ms, device_id FROM "
                                  "sync_note_version WHERE %1 ORDER BY deck_id, topic_id, saved_ms, vid").arg(where),
                {m_deviceId}, error))
        return false;
    QList<QJsonObject> found;
    QSet<QString> parents;
    while (q.next()) {
        const QStringList parentIds = q.value(3).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &p : parentIds)
            parents.insert(p);
        QJsonObject o{{QStringLiteral("t"), QStringLiteral("note")}, {QStringLiteral("id"), q.value(0).toString()},
                      {QStringLiteral("deck"), q.value(1).toString()}, {QStringLiteral("topic"), q.value(2).toString()},
                      {QStringLiteral("par"), QJsonArray::fromStringList(parentIds)},
                      {QStringLiteral("at"), double(q.value(5).toLongLong())},
                      {QStringLiteral("dev"), q.value(6).toString()}};
        if (!q.value(4).isNull())
            o.insert(QStringLiteral("body"), q.value(4).toString());
        found.append(o);
    }
    for (QJsonObject &o : found) {
        if (bodiesOfHeadsOnly && (o.value(QStringLiteral("dev")).toString() != m_deviceId
                                  || parents.contains(o.value(QStringLiteral("id")).toString())))
            o.remove(QStringLiteral("body"));
    }
    events->append(found);
    return true;
}

bool LocalChanges::pending(QList<QJsonObject> *events, QString *error) const
{
    if (!answerEvents(QStringLiteral("a.journaled = 0 AND ? IS NOT NULL"), events, error))
        return false;
    QSqlQuery q(m_db.connection());
    if (!runSql(q, QStringLiteral("SELECT uid, undone_ms FROM sync_answer WHERE journaled = 0 AND undone_ms IS NOT NULL "
                                  "ORDER BY uid"), {}, error))
        return false;
    while (q.next())
        events->append({{QStringLiteral("t"), QStringLiteral("undo")}, {QStringLiteral("id"), q.value(0).toString()},
                        {QStringLiteral("at"), double(q.value(1).toLongLong())}});
    return registerEvents(QStringLiteral("journaled = 0 AND ? IS NOT NULL"), events, error)
        && noteEvents(QStringLiteral("journaled = 0 AND ? IS NOT NULL"), false, events, error);
}

bool LocalChanges::snapshot(QList<QJsonObject> *events, QString *error) const
{
    if (!answerEvents(QStringLiteral("r.origin = ?"), events, error))
        return false;
    QSqlQuery q(m_db.connection());
    if (!runSql(q, QStringLiteral("SELECT uid, undone_ms FROM sync_answer WHERE undone_ms IS NOT NULL ORDER BY uid"), {}, error))
        return false;
    while (q.next())
        events->append({{QStringLiteral("t"), QStringLiteral("undo")}, {QStringLiteral("id"), q.value(0).toString()},
                        {QStringLiteral("at"), double(q.value(1).toLongLong())}});
    return registerEvents(QStringLiteral("device_id = ?"), events, error)
        && noteEvents(QStringLiteral("? IS NOT NULL"), true, events, error);
}

bool LocalChanges::markJournaled(QString *error)
{
    QSqlQuery q(m_db.connection());
    for (const char *table : {"sync_answer", "sync_register", "sync_note_version"}) {
        if (!runSql(q, QStringLiteral("UPDATE %1 SET journaled = 1 WHERE journaled = 0").arg(QLatin1StringView(table)), {}, error))
            return false;
    }
    return true;
}

} // namespace DeepDive
