#pragma once

namespace DeepDive {

class CommandRegistry;

// Adds every command of deepdive to `registry`, in the order they take precedence when a command line asks for two;
// the window last, which runs when none is asked for. A new command is one line here.
void registerAllCommands(CommandRegistry &registry);

} // namespace DeepDive
