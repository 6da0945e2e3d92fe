#include "exportprogresscommand.h"

#include "clock.h"
#include "progressexchange.h"
#include "userdata.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace DeepDive {

namespace {
const QString exportOption = QStringLiteral("export-progress");
}

QList<QCommandLineOption> ExportProgressCommand::options() const
{
    return {QCommandLineOption(exportOption, tr("Write your answers, bookmarks and notes to <file> (JSON) and exit."),
                               QStringLiteral("file"))};
}

int ExportProgressCommand::run(const CommandContext &context)
{
    UserData data;
    QString error;
    if (!data.database.openForReading(context.dataDir().databaseFile(), &error)) {
        context.printError(tr("nothing was exported: %1").arg(error));
        return 1;
    }
    ProgressExchange::Counts counts;
    if (!ProgressExchange(data.database)
             .exportTo(context.parser.value(exportOption), context.clock.nowMs(), &error, &counts)) {
        context.printError(error);
        return 1;
    }
    context.out << tr("exported %1").arg(counts.toString()) << '\n';
    return 0;
}

} // namespace DeepDive
