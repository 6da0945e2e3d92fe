#include "notestore.h"

#include "database.h"
#include "sqlquery.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QVariant>

Q_LOGGING_CATEGORY(lcNotes, "deepdive.storage.notes", QtWarningMsg)

namespace DeepDive {

NoteStore::NoteStore(Database &db)
    : m_db(db)
{
}

qsizetype NoteStore::utf8Size(QStringView body)
{
    if (body.size() > maxBodyBytes)
        return body.size(); // at least one byte a character: over the limit without counting
    qsizetype bytes = 0;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const char16_t c = body[i].unicode();
        if (c < 0x80) {
            bytes += 1;
        } else if (c < 0x800) {
            bytes += 2;
        } else if (QChar::isHighSurrogate(c) && i + 1 < body.size() && body[i + 1].isLowSurrogate()) {
            bytes += 4;
            ++i;
        } else {
            bytes += 3;
        }
    }
    return bytes;
}

QString NoteStore::maxBodySize()
{
    return QLocale().formattedDataSize(maxBodyBytes, 0);
}

static bool refuseTooLong(const Note &note, QString *error)
{
    if (NoteStore::fits(note.body))
        return false;
    *error = QCoreApplication::translate("DeepDive::NoteStore", "a note can hold at most %1").arg(NoteStore::maxBodySize());
    return true;
}

bool NoteStore::addVersion(const Note &note, QString *error)
{
    return runStatement(m_db.connection(),
                        QStringLiteral("INSERT INTO note_version (deck_id, topic_id, body, saved_ms) VALUES (?, ?, ?, ?)"),
                        {note.deckId, note.topicId, sqlText(note.body), note.updatedMs}, error);
}

bool NoteStore::save(const Note &note, QString *error)
{
    if (refuseTooLong(note, error))
        return false;
    return m_db.transaction([&] {
        const std::optional<Note> current = this->note(note.deckId, note.topicId);
        if (current && current->body == note.body)
            return true;
        if (current && !current->body.isEmpty()) {
            const QString dropOldest = QStringLiteral("DELETE FROM note_version WHERE deck_id = ? AND topic_id = ? AND "
                                                      "id NOT IN (SELECT id FROM note_version WHERE deck_id = ? AND "
                                                      "topic_id = ? ORDER BY saved_ms DESC, id DESC LIMIT ?)");
            if (!addVersion(*current, error)
                || !runStatement(m_db.connection(), dropOldest,
                                 {note.deckId, note.topicId, note.deckId, note.topicId, keptVersions}, error))
                return false;
        }
        return runStatement(m_db.connection(),
                            QStringLiteral("INSERT OR REPLACE INTO note (deck_id, topic_id, body, updated_ms) "
                                           "VALUES (?, ?, ?, ?)"),
                            {note.deckId, note.topicId, sqlText(note.body), note.updatedMs}, error);
    }, error);
}

std::optional<Note> NoteStore::note(const QString &deckId, const QString &topicId) const
{
    std::optional<QSqlQuery> q
        = runQuery(m_db.connection(), QStringLiteral("SELECT body, updated_ms FROM note WHERE deck_id = ? AND topic_id = ?"),
                   {deckId, topicId}, lcNotes());
    if (!q || !q->next())
        return std::nullopt;
    return Note{deckId, topicId, q->value(0).toString(), q->value(1).toLongLong()};
}

QList<Note> NoteStore::all() const
{
    std::optional<QSqlQuery> q
        = runQuery(m_db.connection(), QStringLiteral("SELECT deck_id, topic_id, body, updated_ms FROM note ORDER BY deck_id, topic_id"),
                   {}, lcNotes());
    QList<Note> result;
    while (q && q->next())
        result.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toLongLong()});
    return result;
}

QList<Note> NoteStore::versions(const QString &deckId, const QString &topicId) const
{
    std::optional<QSqlQuery> q = runQuery(m_db.connection(),
                                          QStringLiteral("SELECT body, saved_ms FROM note_version WHERE deck_id = ? "
                                                         "AND topic_id = ? ORDER BY saved_ms, id"),
                                          {deckId, topicId}, lcNotes());
    QList<Note> result;
    while (q && q->next())
        result.append({deckId, topicId, q->value(0).toString(), q->value(1).toLongLong()});
    return result;
}

bool NoteStore::merge(const Note &note, QString *error)
{
    if (refuseTooLong(note, error))
        return false;
    const std::optional<Note> current = this->note(note.deckId, note.topicId);
    if (current && (current->body == note.body || current->updatedMs >= note.updatedMs)) {
        if (current->body == note.body)
            return true;
        // The stored note is newer: keep the imported text as a version, once.
        const QList<Note> kept = versions(note.deckId, note.topicId);
        if (std::any_of(kept.cbegin(), kept.cend(), [&](const Note &v) { return v.body == note.body; }))
            return true;
        return addVersion(note, error);
    }
    return save(note, error);
}

} // namespace DeepDive
