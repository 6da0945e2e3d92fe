#pragma once

#include "command.h"

#include <memory>
#include <vector>

namespace DeepDive {

// Every command of the command line, in the order they take precedence: the first one a command line asks for runs.
// Adding a command is one class derived from Command and one add<>() in registerAllCommands (app/cli/drawing).
class CommandRegistry
{
public:
    // Global options, read through CommandContext by every command that uses the data folder or the decks.
    inline static const QString dataDirOption = QStringLiteral("data-dir");
    inline static const QString contentOption = QStringLiteral("content");

    void add(std::unique_ptr<Command> command);
    template<typename C, typename... Args>
    C &add(Args &&...args)
    {
        auto command = std::make_unique<C>(std::forward<Args>(args)...);
        C &added = *command;
        add(std::move(command));
        return added;
    }

    // --data-dir and --content.
    static QList<QCommandLineOption> globalOptions();
    // The --data-dir in the program's arguments, read before they are parsed (for the UI's language, which the
    // parser's own messages are in); empty when there is none.
    static QString dataDirArgument(const QStringList &arguments);
    // The global options, then every command's, in the order of the commands.
    void addOptionsTo(QCommandLineParser &parser) const;
    // Whether the program's arguments (read before any application object exists) ask for help or for a command that
    // needs no display: matched as QCommandLineParser would, "--name", "--name=value" or "-n".
    bool runsHeadless(const QStringList &arguments) const;
    // The first command the parsed command line asks for; nullptr when none does.
    Command *requested(const QCommandLineParser &parser) const;
    // Runs the requested command and returns its exit code (2, with a message, when none is: the registry lacks a
    // fallback such as the window).
    int run(const CommandContext &context) const;

private:
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace DeepDive
