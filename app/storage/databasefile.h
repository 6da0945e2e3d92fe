#pragma once

#include <QString>

namespace DeepDive {

// The database file as a file: whether it looks like SQLite at all, whether its folder takes new files, and moving it
// aside together with its -wal and -shm companions (a file is moved, never deleted, when it cannot be used).
class DatabaseFile
{
public:
    // Empty for a SQLite file (or an empty one, which SQLite treats as new); otherwise what is wrong with it.
    static QString headerProblem(const QString &file);
    static bool folderIsWritable(const QString &folder);
    // Renames `from` and its -wal/-shm companions to `to` (and its companions), or removes them when `to` is empty.
    // False when `from` exists and could not be moved; its companions then stay with it.
    static bool moveWithCompanions(const QString &from, const QString &to);
    // Moves `file` and its companions to `file.<reason>-<timestamp>` (or -2, -3... when taken); returns the new name,
    // or an empty string when there is no such file or it could not be moved.
    static QString moveAside(const QString &file, const QString &reason);
};

} // namespace DeepDive
