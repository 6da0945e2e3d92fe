#pragma once

#include "clock.h"

namespace DeepDive {

// A clock that stands still until the test moves it.
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

} // namespace DeepDive
