#include "startuptrace.h"

#include <QElapsedTimer>

namespace DeepDive {

Q_LOGGING_CATEGORY(lcStartup, "deepdive.startup", QtWarningMsg)

namespace {
// Started while the program is loaded, before main().
const QElapsedTimer &loaded()
{
    static const QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer;
}
[[maybe_unused]] const QElapsedTimer &startAtLoad = loaded();
} // namespace

void StartupTrace::mark(const char *what)
{
    if (lcStartup().isInfoEnabled())
        qCInfo(lcStartup, "%7.2f ms  %s", loaded().nsecsElapsed() / 1e6, what);
}

} // namespace DeepDive
