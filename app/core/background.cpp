#include "background.h"

#include <QMutex>
#include <QSet>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace DeepDive::Background {

namespace {
QMutex g_mutex;
QSet<QThread *> g_running;
} // namespace

void started(QThread *thread)
{
    {
        const QMutexLocker lock(&g_mutex);
        g_running.insert(thread);
    }
    // Emitted from the worker as it ends, before the thread object can be deleted (deleteLater needs the event loop).
    QObject::connect(thread, &QThread::finished, thread, [thread] {
        const QMutexLocker lock(&g_mutex);
        g_running.remove(thread);
    }, Qt::DirectConnection);
}

void waitForAll()
{
    for (;;) {
        QThread *next = nullptr;
        {
            const QMutexLocker lock(&g_mutex);
            if (g_running.isEmpty())
                return;
            next = *g_running.cbegin();
        }
        next->wait(); // one that ran has left the set as it finished (`finished` is handled before wait() returns)
        const QMutexLocker lock(&g_mutex);
        g_running.remove(next); // one that never ran (start() failed) is not there to remove itself
    }
}

void releaseFreeMemory()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

} // namespace DeepDive::Background
