#pragma once

// Figures for tests/benchmarks/run.sh: each benchmark prints "RESULT name key=value ..." lines, which the script
// gathers into one table. Times are wall-clock milliseconds measured with QElapsedTimer.

#include <QElapsedTimer>
#include <QList>
#include <QString>

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

// The folder of a generated deck, from DEEPDIVE_BENCH_DECK (run.sh makes it with make_deck.py).
inline QString benchDeck(const char *variable = "DEEPDIVE_BENCH_DECK")
{
    return qEnvironmentVariable(variable);
}

} // namespace DeepDive::Bench
