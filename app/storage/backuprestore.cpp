#include "backuprestore.h"

#include "database.h"
#include "databasefile.h"

#include <QFile>
#include <QFileInfo>

namespace DeepDive {

QString BackupRestore::stagingFileOf(const QString &databaseFile)
{
    return databaseFile + QStringLiteral(".restoring");
}

QString BackupRestore::problemWith(const QString &copy)
{
    if (QFileInfo(copy).size() == 0)
        return tr("it is empty");
    if (const QString problem = DatabaseFile::headerProblem(copy); !problem.isEmpty())
        return problem;
    Database candidate;
    candidate.m_file = copy;
    QString error;
    if (!candidate.openConnection(copy, Database::Access::ReadWrite, &error) || !candidate.configure(&error))
        return tr("it cannot be opened (%1)").arg(error);
    if (const QString check = candidate.quickCheck(); check != QLatin1String("ok"))
        return tr("it is damaged (the integrity check found: %1)").arg(Database::checkSummary(check));
    const int version = candidate.schemaVersion();
    if (version > Database::latestSchemaVersion())
        return tr("it was written by a newer version of Deep Dive (schema %1; this version knows up to %2)")
            .arg(version)
            .arg(Database::latestSchemaVersion());
    if (version < 1)
        return tr("it is not a Deep Dive backup");
    if (!candidate.migrate(&error))
        return tr("it cannot be upgraded to this version (%1)").arg(error);
    return {};
}

bool BackupRestore::prepare(const QString &backup, const QString &staging, QString *error)
{
    // The backup is copied next to the database and opened (and upgraded) there first: until that copy is known to
    // work, the current database stays open and untouched.
    DatabaseFile::moveWithCompanions(staging, {});
    QFile source(backup);
    if (!source.copy(staging)) {
        *error = tr("%1 cannot be restored: %2. Nothing was changed.").arg(backup, source.errorString());
        DatabaseFile::moveWithCompanions(staging, {});
        return false;
    }
    QFile(staging).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    const QString problem = problemWith(staging);
    QFile::remove(staging + QStringLiteral("-wal")); // the check's connection has closed: they hold nothing
    QFile::remove(staging + QStringLiteral("-shm"));
    if (!problem.isEmpty()) {
        DatabaseFile::moveWithCompanions(staging, {});
        *error = tr("%1 cannot be restored: %2. Nothing was changed.").arg(backup, problem);
        return false;
    }
    return true;
}

void BackupRestore::discard(const QString &staging)
{
    DatabaseFile::moveWithCompanions(staging, {});
}

bool BackupRestore::swapIn(Database &db, const QString &backup, QString *error)
{
    const QString file = db.file();
    const QString backupDir = db.backupDir();
    const QString staging = stagingFileOf(file);
    db.close();
    const QString moved = QFile::exists(file) ? DatabaseFile::moveAside(file, QStringLiteral("before-restore")) : QString();
    if (QFile::exists(file) && moved.isEmpty()) {
        DatabaseFile::moveWithCompanions(staging, {});
        *error = tr("cannot move %1 aside; nothing was changed").arg(file);
        reopen(db, file, backupDir, error);
        return false;
    }
    if (QFile::rename(staging, file)) {
        if (db.open(file, backupDir))
            return true;
        *error = tr("%1 could not be opened after it was restored (%2). Your progress was put back as it was.")
                     .arg(backup, db.notice());
        db.close();
    } else {
        *error = tr("cannot rename %1 to %2; nothing was changed").arg(staging, file);
    }
    DatabaseFile::moveWithCompanions(staging, {});
    DatabaseFile::moveWithCompanions(file, {});
    if (!moved.isEmpty())
        DatabaseFile::moveWithCompanions(moved, file);
    reopen(db, file, backupDir, error);
    return false;
}

void BackupRestore::reopen(Database &db, const QString &file, const QString &backupDir, QString *error)
{
    // What went wrong with the reopened database too, so that nothing is lost from the learner's view.
    if (QString notice; !db.open(file, backupDir, &notice))
        *error += QLatin1Char(' ') + notice;
}

} // namespace DeepDive
