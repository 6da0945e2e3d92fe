#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

namespace DeepDive {

// Where "now" comes from, and when a delayed call runs, so that tests can move time (scheduling, backups,
// statistics, the notes' autosave) without waiting on a real timer.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const { return QDateTime::currentMSecsSinceEpoch(); }
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs()); }

    // Calls `call` once, `delayMs` from now, in `context`'s thread; never when `context` is destroyed first.
    virtual void callAfter(qint64 delayMs, QObject *context, std::function<void()> call) const
    {
        Q_ASSERT(context);
        QTimer::singleShot(std::chrono::milliseconds(delayMs), context, std::move(call));
    }

    static Clock &system();
};

inline Clock &Clock::system()
{
    static Clock clock;
    return clock;
}

} // namespace DeepDive
