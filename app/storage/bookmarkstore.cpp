#include "bookmarkstore.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace DeepDive {

BookmarkStore::BookmarkStore(Database &db)
    : m_db(db)
{
}

QString BookmarkStore::kindName(Bookmark::Kind kind)
{
    return kind == Bookmark::Card ? QStringLiteral("card") : QStringLiteral("topic");
}

Bookmark::Kind BookmarkStore::kindFromName(const QString &name)
{
    return name == QLatin1String("card") ? Bookmark::Card : Bookmark::Topic;
}

bool BookmarkStore::set(const Bookmark &bookmark, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO bookmark (deck_id, kind, item_id, label, created_ms) VALUES (?, ?, ?, ?, ?) "
                             "ON CONFLICT (deck_id, kind, item_id) DO UPDATE SET label = excluded.label"));
    q.addBindValue(bookmark.deckId);
    q.addBindValue(kindName(bookmark.kind));
    q.addBindValue(bookmark.itemId);
    q.addBindValue(sqlText(bookmark.label));
    q.addBindValue(bookmark.createdMs);
    if (!q.exec()) {
        *error = describeSqlError(q.lastError());
        return false;
    }
    return true;
}

bool BookmarkStore::remove(const QString &deckId, Bookmark::Kind kind, const QString &itemId, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM bookmark WHERE deck_id = ? AND kind = ? AND item_id = ?"));
    q.addBindValue(deckId);
    q.addBindValue(kindName(kind));
    q.addBindValue(itemId);
    if (!q.exec()) {
        *error = describeSqlError(q.lastError());
        return false;
    }
    return true;
}

bool BookmarkStore::contains(const QString &deckId, Bookmark::Kind kind, const QString &itemId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM bookmark WHERE deck_id = ? AND kind = ? AND item_id = ?"));
    q.addBindValue(deckId);
    q.addBindValue(kindName(kind));
    q.addBindValue(itemId);
    return q.exec() && q.next();
}

QList<Bookmark> BookmarkStore::all() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QList<Bookmark> result;
    if (!q.exec(QStringLiteral("SELECT deck_id, kind, item_id, label, created_ms FROM bookmark "
                               "ORDER BY created_ms DESC, deck_id, item_id")))
        return result;
    while (q.next())
        result.append({q.value(0).toString(), kindFromName(q.value(1).toString()), q.value(2).toString(),
                       q.value(3).toString(), q.value(4).toLongLong()});
    return result;
}

} // namespace DeepDive
