#pragma once

#include "command.h"

#include <QCoreApplication>

namespace DeepDive {

// `deepdive --export-progress FILE`: writes the learner's answers, card states, bookmarks, notes and visits to FILE
// (JSON). Only reads: the database is opened read-only, never upgraded, backed up or moved aside.
class ExportProgressCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(main) // the context these messages had in main.cpp, and their translations with it

public:
    QList<QCommandLineOption> options() const override;
    int run(const CommandContext &context) override;
};

} // namespace DeepDive
