#pragma once

#include "command.h"

#include <QCoreApplication>

namespace DeepDive {

// `deepdive --check-content DIR`: every problem of the deck in DIR as `file:line: error: message`, then a summary;
// exit 1 on problems. Reads nothing else (neither the data folder nor the other decks).
class CheckContentCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(main) // the context these messages had in main.cpp, and their translations with it

public:
    QList<QCommandLineOption> options() const override;
    int run(const CommandContext &context) override;
};

} // namespace DeepDive
