#include "importprogresscommand.h"

#include "progressexchange.h"
#include "userdata.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

namespace DeepDive {

namespace {
const QString importOption = QStringLiteral("import-progress");
}

QList<QCommandLineOption> ImportProgressCommand::options() const
{
    return {QCommandLineOption(importOption, tr("Merge the progress in <file> into yours and exit."),
                               QStringLiteral("file"))};
}

int ImportProgressCommand::run(const CommandContext &context)
{
    const DataDir dataDir = context.dataDir();
    QString error;
    if (!dataDir.ensureWritable(&error)) {
        context.printError(error);
        return 1;
    }
    UserData data;
    // A database that could not be used is an empty one in memory: importing into it would store nothing,
    // "successfully".
    if (!data.open(dataDir.databaseFile(), dataDir.backupDir(), &error)) {
        context.printError(error);
        context.printError(tr("nothing was imported: your progress database %1 cannot be written (see above)")
                               .arg(QDir::toNativeSeparators(dataDir.databaseFile())));
        return 1;
    }
    if (!data.database.notice().isEmpty())
        context.printError(data.database.notice()); // what was repaired on the way
    ProgressExchange::Counts counts;
    if (!ProgressExchange(data.database).importFrom(context.parser.value(importOption), &error, &counts)) {
        context.printError(error);
        return 1;
    }
    context.out << tr("imported %1").arg(counts.toString()) << '\n';
    return 0;
}

} // namespace DeepDive
