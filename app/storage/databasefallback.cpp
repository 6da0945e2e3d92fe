#include "databasefallback.h"

#include "checkpointer.h"
#include "database.h"
#include "databasefile.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>

// The same category as the rest of the database's opening: one switch shows all of it.
Q_LOGGING_CATEGORY(lcFallback, "deepdive.storage.database", QtWarningMsg)

namespace DeepDive {

QString DatabaseFallback::unusableWal(const QString &file)
{
    const QFileInfo wal(file + QStringLiteral("-wal"));
    if (!wal.exists() || wal.size() == 0)
        return {};
    QString problem;
    {
        Database withLog;
        QString error;
        if (!withLog.openConnection(file, Database::Access::ReadOnly, &error))
            return {}; // not a question of the log: opening reports it
        QSqlError failure;
        problem = withLog.runCheck("quick_check", &failure);
        if (failure.isValid() || problem == QLatin1String("ok"))
            return {}; // busy, or the disk: not a question of what the log holds

    }
    Database fileAlone;
    QString error;
    if (!fileAlone.openConnection(file, Database::Access::Immutable, &error) || fileAlone.quickCheck() != QLatin1String("ok"))
        return {}; // the file itself is damaged
    return Database::checkSummary(problem);
}

void DatabaseFallback::toMemory(Database &db, const QString &why)
{
    QString error;
    if (!db.openConnection(QStringLiteral(":memory:"), Database::Access::ReadWrite, &error) || !db.configure(&error) || !db.migrate(&error))
        qCCritical(lcFallback) << "even an in-memory database failed:" << error;
    db.m_mode = Database::Mode::Memory;
    db.m_notice.clear();
    if (why.isEmpty())
        return; // asked for: nothing went wrong
    db.m_notice = why + QLatin1Char(' ')
        + tr("Deep Dive is running without saving: your answers, bookmarks and notes from this session will "
                         "not be kept.");
    qCWarning(lcFallback).noquote() << db.m_notice;
}

void DatabaseFallback::startFresh(Database &db, const QString &why)
{
    db.closeConnection();
    const QString moved = DatabaseFile::moveAside(db.m_file, QStringLiteral("damaged"));
    if (moved.isEmpty()) {
        toMemory(db, tr("Your progress database %1 cannot be used (%2) and could not be moved aside; it "
                                        "was left untouched.").arg(db.m_file, why));
        return;
    }
    QString error;
    if (!db.openConnection(db.m_file, Database::Access::ReadWrite, &error) || !db.configure(&error) || !db.migrate(&error)) {
        toMemory(db, tr("Your progress database could not be used (%1) and a new one could not be made "
                                        "(%2). The damaged file was kept as %3.").arg(why, error, moved));
        return;
    }
    db.m_mode = Database::Mode::Normal;
    db.m_checkpointer = std::make_unique<Checkpointer>(db.m_file);
    db.m_notice = tr("Your progress database could not be used (%1). It was kept as %2 and Deep Dive started a "
                              "new one. You can bring back an earlier state with File > Restore Backup.")
                   .arg(why, moved);
    qCWarning(lcFallback).noquote() << db.m_notice;
}

void DatabaseFallback::readOnlyInstead(Database &db, const QString &why)
{
    db.closeConnection();
    const QString file = db.m_file;
    const QString backupDir = db.m_backupDir;
    QString error;
    const auto usable = [&db] { return db.quickCheck() == QLatin1String("ok") && db.schemaVersion() == Database::latestSchemaVersion(); };
    bool readable = db.openForInspection(file, &error) && usable();
    // The failed attempt may have left an empty log, whose index SQLite cannot make now: the file alone is all.
    if (!readable && QFileInfo(file + QStringLiteral("-wal")).size() == 0)
        readable = db.openConnection(file, Database::Access::Immutable, &error) && usable();
    db.m_backupDir = backupDir;
    if (readable) {
        db.m_mode = Database::Mode::ReadOnly;
        db.m_notice = why + QLatin1Char(' ')
            + tr("Your progress is shown, but nothing new can be saved until that is fixed (for example, until "
                 "space is freed on the disk); then start Deep Dive again. The file was left untouched.");
        qCWarning(lcFallback).noquote() << db.m_notice;
        return;
    }
    db.closeConnection();
    toMemory(db, why + QLatin1Char(' ') + tr("It was left untouched."));
}

} // namespace DeepDive
