#include "readonlyopening.h"

#include "database.h"
#include "databasefile.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace DeepDive {

QString ReadOnlyOpening::busyError(const QString &file)
{
    return tr("%1 is busy: another program keeps it locked. Nothing was read; try again when it has finished.").arg(file);
}

bool ReadOnlyOpening::inspect(Database &db, const QString &file, QString *error)
{
    db.close();
    db.m_file = file;
    db.m_backupDir.clear();
    db.m_notice.clear();
    const QFileInfo info(file);
    if (!info.exists()) {
        *error = tr("there is no progress database at %1 yet (Deep Dive makes it when it first starts)").arg(file);
        return false;
    }
    if (!info.isFile()) {
        *error = tr("%1 is not a file").arg(file);
        return false;
    }
    if (const QString problem = DatabaseFile::headerProblem(file); !problem.isEmpty()) {
        *error = tr("%1 cannot be read as a progress database: %2").arg(file, problem);
        return false;
    }
    // Without a write-ahead log beside it, no connection has the file open (an open WAL connection keeps its log):
    // the file is read as it is, and nothing is created beside it, not even SQLite's -wal and -shm companions. With
    // a log, a read-only connection sees what was committed to it, and never checkpoints it into the file.
    const QFileInfo wal(file + QStringLiteral("-wal"));
    if (!db.openConnection(file, wal.exists() ? Database::Access::ReadOnly : Database::Access::Immutable, error))
        return false;
    QSqlError failure;
    {
        QSqlQuery q(db.connection());
        if (q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
            db.m_mode = Database::Mode::ReadOnly;
            return true;
        }
        failure = q.lastError();
    }
    db.close();
    if (isBusyError(failure)) {
        *error = busyError(file);
    } else if (wal.exists() && !DatabaseFile::folderIsWritable(info.absolutePath())) {
        // SQLite needs to write its index (-shm) beside the file to read the log.
        *error = tr("%1 cannot be read here: its folder is not writable, and SQLite must write beside the file to "
                    "read the changes kept in %2. Copy the folder somewhere writable and use the copy.")
                     .arg(file, wal.fileName());
    } else {
        *error = tr("%1 cannot be read: %2").arg(file, describeSqlError(failure));
    }
    return false;
}

bool ReadOnlyOpening::read(Database &db, const QString &file, QString *error)
{
    if (!inspect(db, file, error))
        return false;
    QSqlError failure;
    const QString check = db.runCheck("quick_check", &failure);
    const bool busy = isBusyError(failure);
    if (busy || check != QLatin1String("ok")) {
        db.close();
        *error = busy ? busyError(file)
                      : tr("%1 is damaged (the integrity check found: %2). Nothing was read and the file was left "
                           "untouched: start Deep Dive to keep it aside and go on from a backup.")
                            .arg(file, Database::checkSummary(check));
        return false;
    }
    const int version = db.schemaVersion();
    if (version > Database::latestSchemaVersion()) {
        db.close();
        *error = tr("%1 was written by a newer version of Deep Dive (schema %2; this version knows up to %3). It was "
                    "left untouched: update Deep Dive to read it.").arg(file).arg(version).arg(Database::latestSchemaVersion());
        return false;
    }
    if (version < Database::latestSchemaVersion()) {
        // An older schema is read through a copy upgraded in a temporary folder: the file itself never changes here.
        auto snapshotDir = std::make_unique<QTemporaryDir>();
        const QString copy = snapshotDir->filePath(QStringLiteral("progress.db"));
        QString problem;
        if (!snapshotDir->isValid())
            problem = snapshotDir->errorString();
        else if (db.backupTo(copy, &problem)) {
            db.close();
            if (db.openConnection(copy, Database::Access::ReadWrite, &problem) && db.configure(&problem) && db.migrate(&problem)) {
                db.m_snapshotDir = std::move(snapshotDir);
                db.m_file = file;
                db.m_mode = Database::Mode::ReadOnly;
                return true;
            }
        }
        db.close();
        *error = tr("%1 has an older schema (%2), and the upgraded copy needed to read it could not be made (%3). "
                    "It was left untouched.").arg(file).arg(version).arg(problem);
        return false;
    }
    return true;
}

} // namespace DeepDive
