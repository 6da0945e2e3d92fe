#pragma once

#include "command.h"

#include <QCoreApplication>

namespace DeepDive {

// `deepdive --export-pdf FILE [--scope S] [--with-quiz [--answers W]] [--with-notes] [--page-size P]`: the topic
// summaries of a scope as a PDF handout. Only reads the progress (read-only, as --export-progress), and prints without
// it when there is no database yet, creating no folder.
class ExportPdfCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(main) // the context these messages had in main.cpp, and their translations with it

public:
    QList<QCommandLineOption> options() const override;
    int run(const CommandContext &context) override;
};

} // namespace DeepDive
