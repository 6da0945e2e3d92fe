#pragma once

#include "clock.h"
#include "datadir.h"
#include "deck.h"

#include <QCommandLineOption>
#include <QList>

class QCommandLineParser;
class QTextStream;

namespace DeepDive {

// What a command runs with: the parsed command line (its own options and the global --data-dir and --content), where
// to print, and where "now" comes from. main() makes one over stdout and stderr; tests make one over strings.
class CommandContext
{
public:
    CommandContext(const QCommandLineParser &parser, QTextStream &out, QTextStream &err, const Clock &clock);

    // The data folder: --data-dir, or the system's place for application data.
    DataDir dataDir() const;
    // The deck folders in loading order: the bundled deck, each deck in the data folder's decks/, then --content.
    QStringList deckFolders() const;
    // Every deck of deckFolders(), read in full now; each problem found is printed to `err`.
    QList<Deck> loadDecks() const;
    // Prints `message` to `err` as "deepdive: message".
    void printError(const QString &message) const;

    const QCommandLineParser &parser;
    QTextStream &out;
    QTextStream &err;
    const Clock &clock;
    // The deck compiled into the binary; tests point it elsewhere (their executables do not embed it).
    QString bundledDeck = QStringLiteral(":/content/python");
};

// One command of the command line (--check-database, --export-pdf, the window...): the options that ask for it and
// that only it reads, and what it does. Commands are registered in a CommandRegistry, in the order they take
// precedence when a command line asks for two.
class Command
{
public:
    virtual ~Command() = default;

    // The option that asks for this command first, then the options only this command reads. Called once the UI's
    // translators are installed (the descriptions are translated), and before (for the names only).
    virtual QList<QCommandLineOption> options() const = 0;
    // Whether it needs a display. The others run on the offscreen platform when there is none.
    virtual bool needsDisplay() const { return false; }
    // Whether the parsed command line asks for it: by default, when its first option is set.
    virtual bool isRequested(const QCommandLineParser &parser) const;
    // Does the work; returns the process's exit code (0 for success).
    virtual int run(const CommandContext &context) = 0;
};

} // namespace DeepDive
