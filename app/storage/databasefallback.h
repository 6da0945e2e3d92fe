#pragma once

#include <QCoreApplication>
#include <QString>

namespace DeepDive {

class Database;

// Where Database::open goes when the file cannot be used as it is. Each way ends in a usable mode with a notice that
// says in plain words what went wrong and what was done; a file is moved aside, never deleted, and one that is only
// busy or on a full disk is never taken for damaged.
class DatabaseFallback
{
    // The messages keep the context they always had, and their translations with it.
    Q_DECLARE_TR_FUNCTIONS(DeepDive::Database)

public:
    // Runs in memory: nothing is saved. An empty `why` when that was asked for (nothing went wrong, no notice).
    static void toMemory(Database &db, const QString &why);
    // The damaged file is kept aside and a new one made (in memory when either cannot be done).
    static void startFresh(Database &db, const QString &why);
    // After a write failed on a lock-free, undamaged file (a full disk, a read-only file): shows it read-only, or
    // runs in memory when it cannot even be read. `why` starts the notice.
    static void readOnlyInstead(Database &db, const QString &why);
    // Why the write-ahead log beside the file cannot be applied (it belongs to another database or is damaged while
    // the file alone is fine); empty when there is no such log or it reads well. Only reads.
    static QString unusableWal(const QString &file);
};

} // namespace DeepDive
