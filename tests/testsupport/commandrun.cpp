#include "commandrun.h"

#include "command.h"
#include "commandregistry.h"

#include <QCommandLineParser>
#include <QTest>
#include <QTextStream>

namespace DeepDive::Test {

CommandRun runCommand(Command &command, const QStringList &arguments, const Clock &clock, const QString &bundledDeck)
{
    QCommandLineParser parser;
    parser.addOptions(CommandRegistry::globalOptions());
    parser.addOptions(command.options());
    CommandRun run;
    if (!parser.parse(QStringList{QStringLiteral("deepdive")} + arguments)) {
        run.err = parser.errorText();
        QTest::qFail(qPrintable(QStringLiteral("the command line does not parse: ") + run.err), __FILE__, __LINE__);
        return run;
    }
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    CommandContext context(parser, out, err, clock);
    context.bundledDeck = bundledDeck;
    run.exitCode = command.run(context);
    out.flush();
    err.flush();
    return run;
}

} // namespace DeepDive::Test
