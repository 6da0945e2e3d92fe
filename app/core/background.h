#pragma once

#include <QObject>
#include <QPointer>
#include <QThread>

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

} // namespace DeepDive
