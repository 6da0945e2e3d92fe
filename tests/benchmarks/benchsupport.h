#pragma once

// Figures for tests/benchmarks/run.sh: each benchmark prints "RESULT name key=value ..." lines, which the script
// gathers into one table. Times are wall-clock milliseconds measured with QElapsedTimer.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace DeepDive::Bench {

// The p-th percentile (0..100) of `samples`, nearest rank.
inline double percentile(QList<double> samples, double p)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const qsizetype rank = std::clamp<qsizetype>(qsizetype(p / 100.0 * double(samples.size()) + 0.999999) - 1, 0,
                                                 samples.size() - 1);
    return samples[rank];
}

inline void result(const char *name, const QString &figures)
{
    std::printf("RESULT %s %s\n", name, qPrintable(figures));
    std::fflush(stdout);
}

inline QString ms(double value)
{
    return QString::number(value, 'f', value < 10 ? 2 : 1);
}

// "RESULT name p50_ms=… p<tail>_ms=… max_ms=… n=…", then `more` ("total_ms=…") when given.
inline void latencies(const char *name, const QList<double> &samples, int tail, const QString &more = {})
{
    QString figures = QStringLiteral("p50_ms=%1 p%2_ms=%3 max_ms=%4 n=%5")
                          .arg(ms(percentile(samples, 50)))
                          .arg(tail)
                          .arg(ms(percentile(samples, tail)), ms(percentile(samples, 100)))
                          .arg(samples.size());
    if (!more.isEmpty())
        figures += QLatin1Char(' ') + more;
    result(name, figures);
}

// Runs the event loop until `done()` holds, at most `timeoutMs`; whether it held. It looks after every event (a
// timer wakes it at least every 2 ms), where QTRY_VERIFY looks every 50 ms: too coarse for a latency.
template<typename Done>
bool waitFor(Done done, int timeoutMs = 60'000)
{
    QTimer wake;
    wake.start(2);
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

// The folder of a generated deck, from DEEPDIVE_BENCH_DECK (run.sh makes it with make_deck.py).
inline QString benchDeck(const char *variable = "DEEPDIVE_BENCH_DECK")
{
    return qEnvironmentVariable(variable);
}

// How long the UI event loop was held up: a 1 ms precise timer on the UI thread whose timeouts can only come when
// the loop runs, so the gap between two of them is the longest the loop could not run anything (an input event, a
// repaint) in between; 1 ms when it is idle. start() ... stop() around one step of a scripted use; the gaps of the
// step give its longest stall (max) and its p99. Work in a worker thread does not count; work on the UI thread does,
// whether an event handler or the benchmark's own synchronous call (which the benchmark keeps to what a key press or
// a menu action would do).
class StallProbe : public QObject
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            m_gaps.append(m_clock.nsecsElapsed() / 1e6);
            m_clock.restart();
        });
    }
    void start()
    {
        m_gaps.clear();
        m_clock.start();
        m_timer.start();
    }
    // Stops, counting the time since the last timeout as a gap too (a step that ends while still blocked).
    void stop()
    {
        m_gaps.append(m_clock.nsecsElapsed() / 1e6);
        m_timer.stop();
    }
    const QList<double> &gaps() const { return m_gaps; }
    double longest() const { return percentile(m_gaps, 100); }
    // "RESULT stall_<step> max_ms=… p99_ms=… ticks=…"
    void report(const QString &step) const
    {
        result(qPrintable(QStringLiteral("stall_") + step),
               QStringLiteral("max_ms=%1 p99_ms=%2 ticks=%3").arg(ms(longest()), ms(percentile(m_gaps, 99))).arg(m_gaps.size()));
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    QList<double> m_gaps;
};

} // namespace DeepDive::Bench
