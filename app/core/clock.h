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

class MockClock : public Clock
{
public:
    explicit MockClock(qint64 ms = 0)
        : m_ms(ms)
    {
    }
    qint64 nowMs() const override { return m_ms; }
    void setNowMs(qint64 ms) { m_ms = ms; }
    void advanceMs(qint64 ms) { m_ms += ms; }
    void advanceDays(double days) { m_ms += qint64(days * 86400000.0); }

private:
    qint64 m_ms;
};

inline Clock &Clock::system()
{
    static Clock clock;
    return clock;
}

} // namespace DeepDive
