#pragma once

#include "clock.h"

#include <QStringList>

namespace DeepDive {
class Command;
}

namespace DeepDive::Test {

// What a command printed and returned, run in-process.
struct CommandRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs `command` as `deepdive ARGUMENTS` would (the arguments without the program's name), with the global options
// and the command's own parsed, its output captured, and "now" from `clock`. `bundledDeck` stands for the deck that
// the binary embeds (test executables do not): none by default. A command line that does not parse fails the test
// and returns exit code -1 with the parser's message in `err`.
CommandRun runCommand(Command &command, const QStringList &arguments, const Clock &clock = Clock::system(),
                      const QString &bundledDeck = {});

} // namespace DeepDive::Test
