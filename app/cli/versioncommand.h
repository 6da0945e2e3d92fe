#pragma once

#include "command.h"

#include <QCoreApplication>

namespace DeepDive {

// `deepdive --version`: prints "Deep Dive VERSION".
class VersionCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(main) // the context these messages had in main.cpp, and their translations with it

public:
    QList<QCommandLineOption> options() const override;
    int run(const CommandContext &context) override;
};

} // namespace DeepDive
