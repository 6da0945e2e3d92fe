#pragma once

#include <QDateTime>

namespace DeepDive {

// Where "now" comes from, so that tests can move time (scheduling, backups, statistics).
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const { return QDateTime::currentMSecsSinceEpoch(); }
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs()); }

    static Clock &system();
};

inline Clock &Clock::system()
{
    static Clock clock;
    return clock;
}

} // namespace DeepDive
