#include "importankicommand.h"

#include "ankicommands.h"

#include <QCommandLineParser>
#include <QDir>

namespace DeepDive {

namespace {
const QString ankiOption = QStringLiteral("import-anki");
const QString toOption = QStringLiteral("to");
} // namespace

QList<QCommandLineOption> ImportAnkiCommand::options() const
{
    return {QCommandLineOption(ankiOption, tr("Make a deck folder from the Anki package <file> and exit."), QStringLiteral("file")),
            QCommandLineOption(toOption, tr("With --import-anki: the folder the deck goes into (default: decks/ in the data folder)."),
                               QStringLiteral("dir"))};
}

int ImportAnkiCommand::run(const CommandContext &context)
{
    const QString decks = context.parser.isSet(toOption) ? context.parser.value(toOption) : context.dataDir().decksDir();
    if (!QDir().mkpath(decks)) {
        context.printError(tr("nothing was imported: the folder %1 cannot be made; choose another with --to")
                               .arg(QDir::toNativeSeparators(decks)));
        return 1;
    }
    return AnkiCommands::importAnki(context.parser.value(ankiOption), decks, context.out, context.err);
}

} // namespace DeepDive
