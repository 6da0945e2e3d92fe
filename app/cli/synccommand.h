#pragma once

#include "command.h"

#include <QCoreApplication>

namespace DeepDive {

// `deepdive --sync [--sync-folder DIR]`: one sync run (app/sync) for the data folder through DIR, or the folder its
// settings name. Prints what came in and what was sent; every journal or line that was skipped is a warning on the
// error output. Exit 1 when no folder is set, the folder is not available or the database cannot be written.
class SyncCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DeepDive::SyncCommand)

public:
    QList<QCommandLineOption> options() const override;
    int run(const CommandContext &context) override;
};

} // namespace DeepDive
