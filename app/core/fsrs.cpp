#include "fsrs.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace DeepDive {

namespace {

constexpr double sMin = 0.001;
constexpr double sMax = 36500;
constexpr qint64 dayMs = 86'400'000;

// JavaScript's Math.round (half up), so results round exactly as the reference's roundTo.
double roundTo(double value, int decimals)
{
    const double factor = std::pow(10.0, decimals);
    return std::floor(value * factor + 0.5) / factor;
}

} // namespace

Fsrs::Fsrs(double desiredRetention, const Weights &weights)
    : m_w(weights)
    , m_retention(std::clamp(desiredRetention, minRetention, maxRetention))
    , m_decay(-weights[20])
    , m_factor(roundTo(std::exp(std::log(0.9) / -weights[20]) - 1, 8))
    , m_intervalModifier(roundTo((std::pow(m_retention, 1 / m_decay) - 1) / m_factor, 8))
{
}

double Fsrs::retrievability(double elapsedDays, double stability) const
{
    return roundTo(std::pow(1 + m_factor * elapsedDays / stability, m_decay), 8);
}

int Fsrs::intervalDays(double stability) const
{
    const double days = std::floor(stability * m_intervalModifier + 0.5);
    return int(std::clamp(days, 1.0, double(maximumInterval)));
}

double Fsrs::initDifficulty(int grade) const
{
    return roundTo(m_w[4] - std::exp((grade - 1) * m_w[5]) + 1, 8);
}

double Fsrs::nextDifficulty(double d, int grade) const
{
    const double delta = -m_w[6] * (grade - 3);
    const double damped = d + roundTo(delta * (10 - d) / 9, 8);
    const double reverted = roundTo(m_w[7] * initDifficulty(Easy) + (1 - m_w[7]) * damped, 8);
    return std::clamp(reverted, 1.0, 10.0);
}

Fsrs::Memory Fsrs::nextMemory(const std::optional<Memory> &current, int elapsedDays, int grade) const
{
    if (!current || (current->difficulty == 0 && current->stability == 0))
        return {std::max(m_w[grade - 1], 0.1), std::clamp(initDifficulty(grade), 1.0, 10.0)};
    const double d = current->difficulty;
    const double s = current->stability;
    const double r = retrievability(elapsedDays, s);
    double next = 0;
    if (grade == Again) {
        const double forget = roundTo(std::clamp(m_w[11] * std::pow(d, -m_w[12]) * (std::pow(s + 1, m_w[13]) - 1)
                                                     * std::exp((1 - r) * m_w[14]),
                                                 sMin, sMax),
                                      8);
        // Forgetting never makes a memory stronger than it was.
        next = std::clamp(roundTo(s, 8), sMin, forget);
    } else {
        const double hardPenalty = grade == Hard ? m_w[15] : 1;
        const double easyBonus = grade == Easy ? m_w[16] : 1;
        next = roundTo(std::clamp(s * (1 + std::exp(m_w[8]) * (11 - d) * std::pow(s, -m_w[9])
                                               * (std::exp((1 - r) * m_w[10]) - 1) * hardPenalty * easyBonus),
                                  sMin, sMax),
                       8);
    }
    return {next, nextDifficulty(d, grade)};
}

int Fsrs::daysBetween(qint64 fromMs, qint64 toMs)
{
    const QDate from = QDateTime::fromMSecsSinceEpoch(fromMs, QTimeZone::UTC).date();
    const QDate to = QDateTime::fromMSecsSinceEpoch(toMs, QTimeZone::UTC).date();
    return int(from.daysTo(to));
}

std::array<CardState, 4> Fsrs::preview(const CardState &card, qint64 nowMs) const
{
    const bool isNew = card.state == CardState::New || !card.stability || !card.difficulty;
    const int elapsed = isNew || card.lastReviewMs == 0 ? 0 : daysBetween(card.lastReviewMs, nowMs);
    const std::optional<Memory> memory = isNew ? std::nullopt
                                               : std::optional<Memory>(Memory{*card.stability, *card.difficulty});
    std::array<CardState, 4> next;
    std::array<int, 4> interval{};
    for (int grade = Again; grade <= Easy; ++grade) {
        const Memory m = nextMemory(memory, elapsed, grade);
        CardState &out = next[grade - 1];
        out = card;
        out.state = CardState::Review;
        out.stability = m.stability;
        out.difficulty = m.difficulty;
        out.lastReviewMs = nowMs;
        out.reps = card.reps + 1;
        if (grade == Again && !isNew)
            out.lapses = card.lapses + 1;
        interval[grade - 1] = intervalDays(m.stability);
    }
    interval[0] = std::min(interval[0], interval[1]);
    interval[1] = std::max(interval[1], interval[0] + 1);
    interval[2] = std::max(interval[2], interval[1] + 1);
    interval[3] = std::max(interval[3], interval[2] + 1);
    for (int i = 0; i < 4; ++i)
        next[i].dueMs = nowMs + qint64(interval[i]) * dayMs;
    return next;
}

CardState Fsrs::review(const CardState &card, int grade, qint64 nowMs) const
{
    return preview(card, nowMs)[std::clamp(grade, int(Again), int(Easy)) - 1];
}

double Fsrs::retrievabilityAt(const CardState &card, qint64 atMs) const
{
    if (!card.stability || card.lastReviewMs == 0)
        return 0;
    const double days = std::max<double>(0, double(atMs - card.lastReviewMs) / dayMs);
    return std::pow(1 + m_factor * days / *card.stability, m_decay);
}

} // namespace DeepDive
