#pragma once

#include <QString>

class QSqlError;

namespace DeepDive {

// SQLite's errors as the learner and the code need them: in words, and by what they mean for the file.

// What went wrong, in words a learner can act on ("the disk is full", "another program is writing to it"), followed
// by SQLite's own message.
QString describeSqlError(const QSqlError &error);
// SQLITE_BUSY or SQLITE_LOCKED: another connection holds the lock. Never a sign of damage.
bool isBusyError(const QSqlError &error);
// A full disk, a read or write error, a file that cannot be opened or written: the storage, not the file's content.
bool isStorageError(const QSqlError &error);

} // namespace DeepDive
