#include "versioncommand.h"

#include <QTextStream>

namespace DeepDive {

QList<QCommandLineOption> VersionCommand::options() const
{
    return {QCommandLineOption({QStringLiteral("v"), QStringLiteral("version")}, tr("Print the version and exit."))};
}

int VersionCommand::run(const CommandContext &context)
{
    context.out << "Deep Dive " << QCoreApplication::applicationVersion() << '\n';
    return 0;
}

} // namespace DeepDive
