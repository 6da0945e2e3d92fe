#pragma once

#include "command.h"

#include <QCoreApplication>

namespace DeepDive {

// `deepdive --check-database`: the progress database's integrity, schema version and row counts, then the keys of
// progress whose content is gone (orphans); exit 1 on problems. Opens the database read-only and changes nothing.
class CheckDatabaseCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(main) // the context these messages had in main.cpp, and their translations with it

public:
    QList<QCommandLineOption> options() const override;
    int run(const CommandContext &context) override;
};

} // namespace DeepDive
