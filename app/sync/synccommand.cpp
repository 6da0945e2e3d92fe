#include "synccommand.h"

#include "settings.h"
#include "syncengine.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

namespace DeepDive {

int runSyncCommand(const QString &dataDir, const QString &syncFolder, QTextStream &out, QTextStream &err)
{
    const QDir data(dataDir);
    SyncOptions options;
    options.databaseFile = data.filePath(QStringLiteral("deepdive.db"));
    options.backupDir = data.filePath(QStringLiteral("backups"));
    options.settingsFile = data.filePath(QStringLiteral("settings.ini"));
    options.syncFolder = syncFolder.isEmpty() ? Settings(options.settingsFile).syncFolder() : syncFolder;
    if (options.syncFolder.isEmpty()) {
        err << QCoreApplication::translate("DeepDive::SyncEngine", "error: no sync folder is set: pass --sync-folder DIR, "
                                                                   "or choose one in Settings > Sync folder")
            << '\n';
        err.flush();
        return 1;
    }
    if (!data.exists() && !QDir().mkpath(dataDir)) {
        err << QCoreApplication::translate("DeepDive::SyncEngine", "error: cannot create the data folder %1").arg(dataDir)
            << '\n';
        err.flush();
        return 1;
    }
    const SyncReport report = SyncEngine(options).run();
    for (const QString &problem : report.problems)
        err << QCoreApplication::translate("DeepDive::SyncEngine", "warning: %1").arg(problem) << '\n';
    if (report.status != SyncReport::Status::Synced) {
        err << QCoreApplication::translate("DeepDive::SyncEngine", "error: %1").arg(report.message) << '\n';
        err.flush();
        out.flush();
        return 1;
    }
    out << report.summary() << '\n';
    out.flush();
    err.flush();
    return 0;
}

} // namespace DeepDive
