#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

namespace DeepDive {

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
    struct State
    {
        qsizetype next = 0;
        qsizetype count;
        Step step;
        Stop stop;
        Done done;
        int sliceMs;
    };
    auto state = std::make_shared<State>(State{0, count, std::move(step), std::move(stop), std::move(done), sliceMs});
    auto slice = std::make_shared<std::function<void()>>();
    *slice = [context, state, weak = std::weak_ptr<std::function<void()>>(slice)] {
        QElapsedTimer timer;
        timer.start();
        do {
            if (state->stop()) {
                state->done(false);
                return;
            }
            if (state->next == state->count) {
                state->done(true);
                return;
            }
            state->step(state->next++);
        } while (timer.elapsed() < state->sliceMs);
        if (const auto next = weak.lock())
            QMetaObject::invokeMethod(context, [next] { (*next)(); }, Qt::QueuedConnection);
    };
    // The first slice waits for the event loop too: whatever the caller shows first (a progress dialog) is painted.
    QMetaObject::invokeMethod(context, [slice] { (*slice)(); }, Qt::QueuedConnection);
}

} // namespace DeepDive
