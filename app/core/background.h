#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

namespace DeepDive {

namespace Background {
// The threads runInBackground started and that have not finished yet. main() waits for them once its command is
// done, before the application object goes: a worker must not outlive it (loading the highlighting plugin asks it
// for its thread, and crashed when the window was closed at once), nor a worker's writes be cut off by the exit.
void started(QThread *thread);
// Blocks until every thread started() names has finished. Call it where no event loop runs.
void waitForAll();
// Gives the heap's free pages back to the system: glibc keeps what a thread freed in its arena. For a worker that
// frees much before it ends (the whole deck's progress over a year of answers left 7 MB behind); it takes a few
// milliseconds, so not for work the learner waits on.
void releaseFreeMemory();
} // namespace Background

// Runs `work` in a thread of its own and hands its result to `done`, called on `context`'s thread once the work has
// finished (not at all when `context` has been destroyed by then). For work that grows with the learner's history
// (a backup, statistics over the whole review log, checking a backup before restoring it), so that the window
// keeps painting meanwhile. `work` must not touch `context` or any object of the UI thread: give it copies.
template<typename Work, typename Done>
QThread *runInBackground(QObject *context, Work work, Done done)
{
    using Result = std::invoke_result_t<Work &>;
    auto result = std::make_shared<std::optional<Result>>();
    QThread *thread = QThread::create([work = std::move(work), result]() mutable { result->emplace(work()); });
    QObject::connect(thread, &QThread::finished, context, [result, done = std::move(done)]() mutable {
        done(std::move(**result));
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    Background::started(thread);
    thread->start();
    return thread;
}

// Runs `step(i)` for i = 0 .. count - 1 on `context`'s thread, as many as fit in about `sliceMs` in each turn of its
// event loop (at least one), so that the window paints and answers between slices; then `done(true)`. Once `stop()`
// is true no further step runs and `done(false)` is called. For work that must stay on the window's thread (the
// highlighting repository belongs to it) but can take longer than a frame. Nothing runs when `context` is destroyed.
template<typename Step, typename Stop, typename Done>
void runInSlices(QObject *context, qsizetype count, Step step, Stop stop, Done done, int sliceMs = 8)
{
    struct Slices
    {
        QObject *context;
        qsizetype count;
        Step step;
        Stop stop;
        Done done;
        int sliceMs;
        qsizetype next = 0;

        // One slice; the next is posted to the event loop (and dropped with `context`).
        static void post(const std::shared_ptr<Slices> &slices)
        {
            QMetaObject::invokeMethod(slices->context, [slices] { run(slices); }, Qt::QueuedConnection);
        }
        static void run(const std::shared_ptr<Slices> &slices)
        {
            QElapsedTimer timer;
            timer.start();
            do {
                if (slices->stop()) {
                    slices->done(false);
                    return;
                }
                if (slices->next == slices->count) {
                    slices->done(true);
                    return;
                }
                slices->step(slices->next++);
            } while (timer.elapsed() < slices->sliceMs);
            post(slices);
        }
    };
    // The first slice waits for the event loop too: whatever the caller shows first (a progress dialog) is painted.
    Slices::post(std::make_shared<Slices>(Slices{context, count, std::move(step), std::move(stop), std::move(done), sliceMs}));
}

} // namespace DeepDive
