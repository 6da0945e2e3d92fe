#pragma once

#include <QString>

namespace DeepDive {

// What a database file was like when Deep Dive last closed it cleanly, after a session that knew it to be sound (its
// integrity check passed at the start, or was itself taken on such a stamp's word): the file's device and inode, size
// and modification time, kept in "<file>-checked". A file that still matches, with no write-ahead log holding commits
// beside it, is the file that was closed, unchanged; opening it can leave the integrity check (the whole file read:
// 40-230 ms on a year of history, on the way to the first frame) to a worker after the window is up.
class CheckedStamp
{
public:
    static QString stampFile(const QString &database);
    // Writes the stamp for `database` as it is now; false, with `error`, when it could not be written.
    static bool record(const QString &database, QString *error);
    // True when `database` is as the stamp says and no write-ahead log with content is beside it.
    static bool matches(const QString &database);
    // Removes the stamp: the next opening checks the file.
    static void forget(const QString &database);
};

} // namespace DeepDive
