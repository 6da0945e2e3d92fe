#pragma once

#include "clock.h"

#include <QPointer>

#include <algorithm>
#include <vector>

namespace DeepDive {

// A clock that stands still until the test moves it. Calls scheduled with callAfter() run when the clock is moved
// past their time, in the order of their times, each with "now" at its own time.
class MockClock : public Clock
{
public:
    explicit MockClock(qint64 ms = 0)
        : m_ms(ms)
    {
    }
    qint64 nowMs() const override { return m_ms; }
    void callAfter(qint64 delayMs, QObject *context, std::function<void()> call) const override
    {
        m_pending.push_back({m_ms + std::max<qint64>(delayMs, 0), m_scheduled++, context, std::move(call)});
    }

    // Moving the clock back runs nothing.
    void setNowMs(qint64 ms) { runUntil(ms); }
    void advanceMs(qint64 ms) { runUntil(m_ms + ms); }
    void advanceDays(double days) { runUntil(m_ms + qint64(days * 86400000.0)); }
    // Scheduled calls that have not run yet (including those whose context is gone).
    int pendingCalls() const { return int(m_pending.size()); }

private:
    struct Pending
    {
        qint64 dueMs;
        quint64 order; // calls due at the same time run in the order they were made
        QPointer<QObject> context;
        std::function<void()> call;
    };

    void runUntil(qint64 ms)
    {
        for (;;) {
            const auto next = std::min_element(m_pending.begin(), m_pending.end(), [](const Pending &a, const Pending &b) {
                return a.dueMs != b.dueMs ? a.dueMs < b.dueMs : a.order < b.order;
            });
            if (next == m_pending.end() || next->dueMs > ms)
                break;
            Pending due = std::move(*next);
            m_pending.erase(next);
            m_ms = std::max(m_ms, due.dueMs);
            if (due.context)
                due.call(); // may schedule more
        }
        m_ms = ms;
    }

    qint64 m_ms;
    mutable std::vector<Pending> m_pending;
    mutable quint64 m_scheduled = 0;
};

} // namespace DeepDive
