#pragma once

#include <QLoggingCategory>

namespace DeepDive {

Q_DECLARE_LOGGING_CATEGORY(lcStartup)

// Marks on the way to the first frame, for profiling start-up: with QT_LOGGING_RULES="deepdive.startup.info=true"
// each mark prints the milliseconds since the program was loaded. Off by default, where a mark costs one check.
namespace StartupTrace {
void mark(const char *what);
}

} // namespace DeepDive
