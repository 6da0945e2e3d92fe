#pragma once

#include "cardstate.h"

#include <array>

namespace DeepDive {

// FSRS-6 (Free Spaced Repetition Scheduler), as the open-spaced-repetition reference implementation ts-fsrs computes
// it with short-term scheduling off and no fuzz: every answer schedules the card whole days ahead. Rounding follows
// the reference so that stored states match it exactly.
class Fsrs
{
public:
    using Weights = std::array<double, 21>;
    static constexpr Weights defaultWeights = {0.212,  1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194,
                                               0.001,  1.8722, 0.1666, 0.796,  1.4835, 0.0614, 0.2629,
                                               1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};
    static constexpr double minRetention = 0.70;
    static constexpr double maxRetention = 0.97;
    static constexpr int maximumInterval = 36500;

    enum Grade { Again = 1, Hard = 2, Good = 3, Easy = 4 };

    struct Memory
    {
        double stability = 0;
        double difficulty = 0;
    };

    explicit Fsrs(double desiredRetention = 0.9, const Weights &weights = defaultWeights);

    double desiredRetention() const { return m_retention; }
    // Probability of recall after `elapsedDays` for a memory of `stability` days.
    double retrievability(double elapsedDays, double stability) const;
    int intervalDays(double stability) const;
    Memory nextMemory(const std::optional<Memory> &current, int elapsedDays, int grade) const;

    // The card after answering `grade` at `nowMs` (due date, memory, counters).
    CardState review(const CardState &card, int grade, qint64 nowMs) const;
    // All four outcomes at once (the reference orders their intervals: again < hard < good < easy).
    std::array<CardState, 4> preview(const CardState &card, qint64 nowMs) const;

    // Whole UTC calendar days between two instants, as the reference counts elapsed time.
    static int daysBetween(qint64 fromMs, qint64 toMs);
    // Retrievability of a card at `atMs` (1 for a card never answered is wrong: it has no memory, so 0).
    double retrievabilityAt(const CardState &card, qint64 atMs) const;

private:
    double initDifficulty(int grade) const;
    double nextDifficulty(double d, int grade) const;

    Weights m_w;
    double m_retention;
    double m_decay;
    double m_factor;
    double m_intervalModifier;
};

} // namespace DeepDive
