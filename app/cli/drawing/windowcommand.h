#pragma once

#include "command.h"

#include <QCoreApplication>

namespace DeepDive {

// `deepdive` with no other command: the window, until it is closed. One window per data folder: a second launch on
// the same folder brings the first one's window forward and exits. Registered last, it runs when nothing else was
// asked for.
class WindowCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(main) // the context these messages had in main.cpp, and their translations with it

public:
    // Only --quit-after-first-frame (hidden; for profiling start-up, see tests/benchmarks).
    QList<QCommandLineOption> options() const override;
    bool needsDisplay() const override { return true; }
    bool isRequested(const QCommandLineParser &) const override { return true; }
    int run(const CommandContext &context) override;

    // Why the window cannot open without a display, and how to run it headless instead.
    static QString noDisplayMessage();
};

} // namespace DeepDive
