#include "synccommand.h"

#include "settings.h"
#include "syncengine.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace DeepDive {

namespace {
const QString syncOption = QStringLiteral("sync");
const QString folderOption = QStringLiteral("sync-folder");
} // namespace

QList<QCommandLineOption> SyncCommand::options() const
{
    return {QCommandLineOption(syncOption, tr("Sync your progress through the sync folder once, print what came in "
                                              "and exit.")),
            QCommandLineOption(folderOption, tr("The folder your sync tool replicates (instead of the one in the "
                                                "settings)."),
                               QStringLiteral("dir"))};
}

int SyncCommand::run(const CommandContext &context)
{
    const DataDir dataDir = context.dataDir();
    QString error;
    if (!dataDir.ensureWritable(&error)) {
        context.printError(error);
        return 1;
    }
    SyncOptions options;
    options.databaseFile = dataDir.databaseFile();
    options.backupDir = dataDir.backupDir();
    options.settingsFile = dataDir.settingsFile();
    options.syncFolder = context.parser.isSet(folderOption) ? context.parser.value(folderOption)
                                                            : Settings(options.settingsFile).syncFolder();
    options.clock = &context.clock;
    if (options.syncFolder.isEmpty()) {
        context.printError(tr("no sync folder is set: pass --sync-folder DIR, or choose one with File > Sync Folder"));
        return 1;
    }
    const SyncReport report = SyncEngine(options).run();
    for (const QString &problem : report.problems)
        context.printError(tr("warning: %1").arg(problem));
    if (report.status != SyncReport::Status::Synced) {
        context.printError(report.message);
        return 1;
    }
    context.out << report.summary() << '\n';
    return 0;
}

} // namespace DeepDive
