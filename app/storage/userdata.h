#pragma once

#include "bookmarkstore.h"
#include "database.h"
#include "notestore.h"
#include "reviewstore.h"
#include "sessionstore.h"
#include "visitstore.h"

namespace DeepDive {

struct Deck;

// The learner's data: the one database and the stores on it.
class UserData
{
public:
    UserData() = default;

    // Database::open: true when the learner's data is open for reading and writing; otherwise `*error` says why.
    [[nodiscard]] bool open(const QString &file, const QString &backupDir, QString *error = nullptr)
    {
        return database.open(file, backupDir, error);
    }

    // "deck/topic" and "deck/card" keys that have user data but no content any more (kept, never deleted: they come
    // back as soon as a deck with those ids is loaded again).
    QStringList orphans(const QList<Deck> &decks) const;

    Database database;
    ReviewStore reviews{database};
    BookmarkStore bookmarks{database};
    NoteStore notes{database};
    VisitStore visits{database};
    SessionStore sessions{database};
};

} // namespace DeepDive
