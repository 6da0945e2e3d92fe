#include "command.h"

#include "commandregistry.h"
#include "deckloader.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

namespace DeepDive {

CommandContext::CommandContext(const QCommandLineParser &parsed, QTextStream &output, QTextStream &errors,
                               const Clock &now)
    : parser(parsed)
    , out(output)
    , err(errors)
    , clock(now)
{
}

DataDir CommandContext::dataDir() const
{
    return DataDir(parser.value(CommandRegistry::dataDirOption));
}

QStringList CommandContext::deckFolders() const
{
    QStringList folders;
    if (!bundledDeck.isEmpty())
        folders.append(bundledDeck);
    folders += DeckLoader::deckFolders(dataDir().decksDir());
    if (parser.isSet(CommandRegistry::contentOption))
        folders.append(QDir(parser.value(CommandRegistry::contentOption)).absolutePath());
    return folders;
}

QList<Deck> CommandContext::loadDecks() const
{
    QList<Diagnostic> diagnostics;
    QList<Deck> decks = DeckLoader::loadAll(deckFolders(), &diagnostics);
    for (const Diagnostic &d : std::as_const(diagnostics))
        err << d.toString() << '\n';
    err.flush();
    return decks;
}

void CommandContext::printError(const QString &message) const
{
    err << "deepdive: " << message << '\n';
}

bool Command::isRequested(const QCommandLineParser &parser) const
{
    return parser.isSet(options().constFirst());
}

} // namespace DeepDive
