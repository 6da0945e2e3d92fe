#include "checkcontentcommand.h"

#include "contentcheck.h"

#include <QCommandLineParser>

namespace DeepDive {

namespace {
const QString checkContentOption = QStringLiteral("check-content");
}

QList<QCommandLineOption> CheckContentCommand::options() const
{
    return {QCommandLineOption(checkContentOption,
                               tr("Check the deck in <dir>, print every problem and exit (1 on problems)."),
                               QStringLiteral("dir"))};
}

int CheckContentCommand::run(const CommandContext &context)
{
    return checkContent(context.parser.value(checkContentOption), context.out);
}

} // namespace DeepDive
