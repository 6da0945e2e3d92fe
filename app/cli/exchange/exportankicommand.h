#pragma once

#include "command.h"

#include <QCoreApplication>

namespace DeepDive {

// `deepdive --export-anki FILE [--scope ...] [--with-schedule]`: the decks (or the scope's topics, as --export-pdf
// chooses them) as an Anki package; only reads the progress (for the scope and the schedule).
class ExportAnkiCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DeepDive::ExportAnkiCommand)

public:
    QList<QCommandLineOption> options() const override;
    int run(const CommandContext &context) override;
};

} // namespace DeepDive
