#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace DeepDive {

class Database;

struct Bookmark
{
    enum Kind { Topic, Card };
    QString deckId;
    Kind kind = Topic;
    QString itemId;
    QString label; // e.g. "weak" or "before the interview"; may be empty
    qint64 createdMs = 0;

    bool operator==(const Bookmark &) const = default;
};

class BookmarkStore
{
public:
    explicit BookmarkStore(Database &db);

    // Adds the bookmark, or updates its label when it exists (keeping its creation time).
    bool set(const Bookmark &bookmark, QString *error);
    bool remove(const QString &deckId, Bookmark::Kind kind, const QString &itemId, QString *error);
    bool contains(const QString &deckId, Bookmark::Kind kind, const QString &itemId) const;
    std::optional<Bookmark> find(const QString &deckId, Bookmark::Kind kind, const QString &itemId) const;
    QList<Bookmark> all() const; // newest first

    static QString kindName(Bookmark::Kind kind);
    static Bookmark::Kind kindFromName(const QString &name);

private:
    Database &m_db;
};

} // namespace DeepDive
