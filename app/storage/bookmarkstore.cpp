#include "bookmarkstore.h"

#include "database.h"
#include "sqlquery.h"

#include <QLoggingCategory>
#include <QVariant>

Q_LOGGING_CATEGORY(lcBookmarks, "deepdive.storage.bookmarks", QtWarningMsg)

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
    return runStatement(m_db.connection(),
                        QStringLiteral("INSERT INTO bookmark (deck_id, kind, item_id, label, created_ms) "
                                       "VALUES (?, ?, ?, ?, ?) "
                                       "ON CONFLICT (deck_id, kind, item_id) DO UPDATE SET label = excluded.label"),
                        {bookmark.deckId, kindName(bookmark.kind), bookmark.itemId, sqlText(bookmark.label),
                         bookmark.createdMs},
                        error);
}

bool BookmarkStore::remove(const QString &deckId, Bookmark::Kind kind, const QString &itemId, QString *error)
{
    return runStatement(m_db.connection(), QStringLiteral("DELETE FROM bookmark WHERE deck_id = ? AND kind = ? AND item_id = ?"),
                        {deckId, kindName(kind), itemId}, error);
}

bool BookmarkStore::contains(const QString &deckId, Bookmark::Kind kind, const QString &itemId) const
{
    std::optional<QSqlQuery> q
        = runQuery(m_db.connection(), QStringLiteral("SELECT 1 FROM bookmark WHERE deck_id = ? AND kind = ? AND item_id = ?"),
                   {deckId, kindName(kind), itemId}, lcBookmarks());
    return q && q->next();
}

std::optional<Bookmark> BookmarkStore::find(const QString &deckId, Bookmark::Kind kind, const QString &itemId) const
{
    std::optional<QSqlQuery> q = runQuery(m_db.connection(),
                                          QStringLiteral("SELECT label, created_ms FROM bookmark "
                                                         "WHERE deck_id = ? AND kind = ? AND item_id = ?"),
                                          {deckId, kindName(kind), itemId}, lcBookmarks());
    if (!q || !q->next())
        return std::nullopt;
    return Bookmark{deckId, kind, itemId, q->value(0).toString(), q->value(1).toLongLong()};
}

QList<Bookmark> BookmarkStore::all() const
{
    std::optional<QSqlQuery> q = runQuery(m_db.connection(),
                                          QStringLiteral("SELECT deck_id, kind, item_id, label, created_ms FROM bookmark "
                                                         "ORDER BY created_ms DESC, deck_id, item_id"),
                                          {}, lcBookmarks());
    QList<Bookmark> result;
    while (q && q->next())
        result.append({q->value(0).toString(), kindFromName(q->value(1).toString()), q->value(2).toString(),
                       q->value(3).toString(), q->value(4).toLongLong()});
    return result;
}

} // namespace DeepDive
