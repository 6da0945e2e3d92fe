#pragma once

#include <QCoreApplication>
#include <QString>

namespace DeepDive {

class Database;

// Bringing back a backup in two steps, so that the slow one can run in a worker: prepare copies the backup to a
// staging file beside the database and checks and upgrades that copy there, touching nothing else; swapIn then
// moves the current file aside and puts the copy in its place, on the database's own thread. When anything fails,
// the current database is left (or put back) as it was and `error` says why.
class BackupRestore
{
    // The messages keep the context they always had, and their translations with it.
    Q_DECLARE_TR_FUNCTIONS(DeepDive::Database)

public:
    static QString stagingFileOf(const QString &databaseFile);
    static bool prepare(const QString &backup, const QString &staging, QString *error);
    // Drops a prepared copy that is not wanted any more.
    static void discard(const QString &staging);
    static bool swapIn(Database &db, const QString &backup, QString *error);
    // Why the database file `copy` cannot be restored (it is upgraded in place when it can); empty when it can.
    static QString problemWith(const QString &copy);

private:
    // After a restore that failed, the database as it was: `error` also gets why that one is not writable, if so.
    static void reopen(Database &db, const QString &file, const QString &backupDir, QString *error);
};

} // namespace DeepDive
