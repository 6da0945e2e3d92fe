#pragma once

#include "command.h"

#include <QCoreApplication>

namespace DeepDive {

// `deepdive --screenshot FILE`: the window at 1280x800 with the first topic selected, its code highlighted, saved as
// a PNG. It opens the data folder as the window does (it may create or upgrade the database), without claiming the
// folder from a running window.
class ScreenshotCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(main) // the context these messages had in main.cpp, and their translations with it

public:
    QList<QCommandLineOption> options() const override;
    int run(const CommandContext &context) override;
};

} // namespace DeepDive
