#include "notehistory.h"

#include "database.h"
#include "notestore.h"
#include "syncstate.h"

#include <QSet>
#include <QUuid>

#include <algorithm>

namespace DeepDive {

NoteHistory::NoteHistory(Database &db)
    : m_db(db)
{
}

QString NoteHistory::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QList<NoteVersion> NoteHistory::versions(const QString &deckId, const QString &topicId) const
{
    QList<NoteVersion> result;
    QSqlQuery q(m_db.connection());
    QString error;
    if (!runSql(q, QStringLiteral("SELECT vid, parents, body, saved_ms, device_id, journaled FROM sync_note_version "
                                  "WHERE deck_id = ? AND topic_id = ? ORDER BY vid"),
                {deckId, topicId}, &error))
        return result;
    while (q.next()) {
        NoteVersion v;
        v.vid = q.value(0).toString();
        v.deckId = deckId;
        v.topicId = topicId;
        v.parents = q.value(1).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (!q.value(2).isNull())
            v.body = q.value(2).toString();
        v.savedMs = q.value(3).toLongLong();
        v.deviceId = q.value(4).toString();
        v.journaled = q.value(5).toBool();
        result.append(v);
    }
    return result;
}

QList<NoteVersion> NoteHistory::heads(const QString &deckId, const QString &topicId) const
{
    const QList<NoteVersion> all = versions(deckId, topicId);
    QSet<QString> parents;
    for (const NoteVersion &v : all) {
        for (const QString &p : v.parents)
            parents.insert(p);
    }
    QList<NoteVersion> result;
    std::copy_if(all.cbegin(), all.cend(), std::back_inserter(result),
                 [&](const NoteVersion &v) { return !parents.contains(v.vid); });
    return result;
}

QString NoteHistory::localHead(const QString &deckId, const QString &topicId) const
{
    QSqlQuery q(m_db.connection());
    QString error;
    if (!runSql(q, QStringLiteral("SELECT vid FROM sync_note_head WHERE deck_id = ? AND topic_id = ?"), {deckId, topicId},
                &error)
        || !q.next())
        return {};
    return q.value(0).toString();
}

bool NoteHistory::setLocalHead(const QString &deckId, const QString &topicId, const QString &vid, QString *error)
{
    QSqlQuery q(m_db.connection());
    return runSql(q, QStringLiteral("INSERT OR REPLACE INTO sync_note_head (deck_id, topic_id, vid) VALUES (?, ?, ?)"),
                  {deckId, topicId, vid}, error);
}

bool NoteHistory::add(const NoteVersion &v, QString *error)
{
    QSqlQuery q(m_db.connection());
    return runSql(q, QStringLiteral("INSERT INTO sync_note_version (vid, deck_id, topic_id, parents, body, saved_ms, "
                                    "device_id, journaled) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                  {v.vid, v.deckId, v.topicId, sqlText(v.parents.join(QLatin1Char(' '))),
                   v.body ? QVariant(sqlText(*v.body)) : QVariant(QMetaType(QMetaType::QString)), v.savedMs, sqlText(v.deviceId),
                   v.journaled ? 1 : 0},
                  error);
}

QList<NoteConflict> NoteHistory::conflicts(const QString &deckId, const QString &topicId) const
{
    QList<NoteConflict> result;
    const QString local = localHead(deckId, topicId);
    const QString mine = NoteStore(m_db).note(deckId, topicId).value_or(Note{}).body;
    for (const NoteVersion &head : heads(deckId, topicId)) {
        if (head.vid != local && head.body && *head.body != mine)
            result.append({deckId, topicId, mine, head});
    }
    return result;
}

QList<NoteConflict> NoteHistory::conflicts() const
{
    QList<NoteConflict> result;
    QSqlQuery q(m_db.connection());
    QString error;
    if (!runSql(q, QStringLiteral("SELECT deck_id, topic_id FROM sync_note_version GROUP BY deck_id, topic_id "
                                  "HAVING count(*) > 1 ORDER BY deck_id, topic_id"),
                {}, &error))
        return result;
    QList<std::pair<QString, QString>> topics;
    while (q.next())
        topics.append({q.value(0).toString(), q.value(1).toString()});
    for (const auto &[deck, topic] : std::as_const(topics))
        result.append(conflicts(deck, topic));
    return result;
}

bool NoteHistory::capture(const QString &deckId, const QString &topicId, const QString &body, qint64 savedMs,
                          const QString &deviceId, QString *error)
{
    const QString local = localHead(deckId, topicId);
    QStringList parents;
    if (!local.isEmpty()) {
        const QList<NoteVersion> current = heads(deckId, topicId);
        const QList<NoteVersion> all = versions(deckId, topicId);
        const auto own = std::find_if(all.cbegin(), all.cend(), [&](const NoteVersion &v) { return v.vid == local; });
        const QString headBody = own != all.cend() ? own->body.value_or(QString()) : QString();
        if (own != all.cend() && headBody == body)
            return true;
        parents.append(local);
        // A head with the same text as ours is the same note: the new version follows both.
        for (const NoteVersion &head : current) {
            if (head.vid != local && head.body && *head.body == headBody)
                parents.append(head.vid);
        }
    } else if (body.isEmpty()) {
        return true;
    }
    NoteVersion v{newId(), deckId, topicId, parents, body, savedMs, deviceId, false};
    return add(v, error) && setLocalHead(deckId, topicId, v.vid, error);
}

bool NoteHistory::insert(const NoteVersion &version, bool *added, QString *error)
{
    *added = false;
    QSqlQuery q(m_db.connection());
    if (!runSql(q, QStringLiteral("SELECT body IS NULL FROM sync_note_version WHERE vid = ?"), {version.vid}, error))
        return false;
    if (!q.next()) {
        *added = true;
        return add(version, error);
    }
    if (q.value(0).toBool() && version.body) {
        *added = true;
        return runSql(q, QStringLiteral("UPDATE sync_note_version SET body = ? WHERE vid = ?"),
                      {sqlText(*version.body), version.vid}, error);
    }
    return true;
}

bool NoteHistory::settle(const QString &deckId, const QString &topicId, Outcome *outcome, QString *error)
{
    *outcome = Outcome::Unchanged;
    const QList<NoteVersion> current = heads(deckId, topicId);
    const QString local = localHead(deckId, topicId);
    const bool localIsHead
        = std::any_of(current.cbegin(), current.cend(), [&](const NoteVersion &v) { return v.vid == local; });
    NoteStore notes(m_db);
    if (!localIsHead) {
        // The local note is an ancestor of what came in (or there is none): take the newest head with a text.
        const NoteVersion *best = nullptr;
        for (const NoteVersion &head : current) {
            if (head.body
                && (!best || std::tie(head.savedMs, head.deviceId, head.vid) > std::tie(best->savedMs, best->deviceId, best->vid)))
                best = &head;
        }
        if (!best)
            return true;
        const std::optional<Note> note = notes.note(deckId, topicId);
        if (!note || note->body != *best->body) {
            if (!notes.save({deckId, topicId, *best->body, best->savedMs}, error))
                return false;
            *outcome = Outcome::TookOther;
        }
        if (!setLocalHead(deckId, topicId, best->vid, error))
            return false;
    }
    if (!conflicts(deckId, topicId).isEmpty())
        *outcome = Outcome::Conflict;
    return true;
}

bool NoteHistory::resolve(const QString &deckId, const QString &topicId, const QString &theirsVid,
                          Resolution resolution, qint64 nowMs, QString *error)
{
    const QString deviceId = SyncState(m_db).meta(QStringLiteral("device_id"));
    const QList<NoteVersion> current = heads(deckId, topicId);
    const auto theirs = std::find_if(current.cbegin(), current.cend(), [&](const NoteVersion &v) { return v.vid == theirsVid; });
    if (theirs == current.cend() || !theirs->body) {
        *error = tr("that version of the note is no longer in conflict with yours");
        return false;
    }
    const QString mine = NoteStore(m_db).note(deckId, topicId).value_or(Note{}).body;
    QString body;
    switch (resolution) {
    case Resolution::KeepMine:
        body = mine;
        break;
    case Resolution::TakeTheirs:
        body = *theirs->body;
        break;
    case Resolution::KeepBoth:
        body = mine.isEmpty() ? *theirs->body : mine + QStringLiteral("\n\n") + *theirs->body;
        break;
    }
    QStringList parents;
    const QString local = localHead(deckId, topicId);
    for (const NoteVersion &head : current) {
        if (head.vid == local || head.vid == theirsVid || (head.body && (*head.body == mine || *head.body == *theirs->body)))
            parents.append(head.vid);
    }
    return m_db.transaction([&] {
        NoteVersion v{newId(), deckId, topicId, parents, body, nowMs, deviceId, false};
        return NoteStore(m_db).save({deckId, topicId, body, nowMs}, error) && add(v, error)
            && setLocalHead(deckId, topicId, v.vid, error);
    }, error);
}

} // namespace DeepDive
