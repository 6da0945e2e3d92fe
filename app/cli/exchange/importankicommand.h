#pragma once

#include "command.h"

#include <QCoreApplication>

namespace DeepDive {

// `deepdive --import-anki FILE.apkg [--to DIR]`: an Anki package as a Markdown deck folder under DIR (by default the
// data folder's decks/), made aside and renamed into place; the progress database is not touched.
class ImportAnkiCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DeepDive::ImportAnkiCommand)

public:
    QList<QCommandLineOption> options() const override;
    int run(const CommandContext &context) override;
};

} // namespace DeepDive
