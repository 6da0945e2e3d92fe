#pragma once

#include "command.h"

#include <QCoreApplication>

namespace DeepDive {

// `deepdive --import-progress FILE`: merges an exported progress file into the database, in one transaction (all or
// nothing). Opens the database as the window does (creating, upgrading or setting aside a damaged one), and refuses
// to import when it cannot be written.
class ImportProgressCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(main) // the context these messages had in main.cpp, and their translations with it

public:
    QList<QCommandLineOption> options() const override;
    int run(const CommandContext &context) override;
};

} // namespace DeepDive
