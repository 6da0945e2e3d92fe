#pragma once

#include "cardstate.h"
#include "deck.h"
#include "fsrs.h"
#include "topicstats.h"

#include <QDate>
#include <QHash>
#include <QMap>

namespace DeepDive {

// One answer as statistics need it.
struct ReviewEvent
{
    qint64 reviewedMs = 0;
    int grade = 3;
    bool correct = true;
    int stateBefore = CardState::New;
    qint64 previousMs = 0; // the card's answer before this one, 0 if none (or older than the answers read)
};

// What statistics take from the learner's database: not the whole review log (a year is 100,000 answers), only what
// they show.
struct ReviewFigures
{
    QMap<QDate, int> perDay;   // answers per local day, at least from Statistics::firstCalendarDay on; a day not listed had none
    QList<ReviewEvent> recent; // every answer since Statistics::recentSinceMs, oldest first
    int streak = 0;            // consecutive days with answers, ending today (or yesterday, before today's first)
    QList<int> dueForecast;    // cards due on each of the next Statistics::forecastDays days, today's with the overdue
};

// What the statistics view shows, computed from the review log, the card states and the topics' progress. Days are
// local calendar days.
struct Statistics
{
    QMap<QDate, int> reviewsPerDay;   // the last `calendarDays` days
    double trueRetention = -1;        // correct share of reviews of cards already learnt, last 30 days; -1 if none
    int retentionReviews = 0;
    double desiredRetention = 0.9;
    int streak = 0;
    QList<int> dueForecast;           // cards due on each of the next 14 days (day 0 includes the overdue ones)
    QList<QPair<QString, double>> sectionMastery; // section title, mean mastery of its topics
    QList<QPair<QString, double>> sectionForecast; // recall expected on the interview day, when one is set
    QList<QPair<QString, double>> weakestForecast; // the weakest topics on that day

    static constexpr int calendarDays = 182;
    static constexpr int forecastDays = 14;

    // The first day of the calendar, and the first instant of the answers the true retention needs (the local day
    // on which its 30 days begin: a repeat on that day must see the card's earlier answer of the day).
    static QDate firstCalendarDay(qint64 nowMs);
    static qint64 recentSinceMs(qint64 nowMs);

    // `states` are needed only for the forecasts of an interview day.
    static Statistics compute(const QList<Deck> &decks, const ReviewFigures &figures,
                              const QHash<QString, CardState> &states, const QHash<QString, TopicStats> &topicStats,
                              const Fsrs &fsrs, qint64 nowMs, const QDate &interview = {});

    // The probability of recalling the topic's cards at `atMs` (cards never answered count as forgotten).
    static double topicRecallAt(const Deck &deck, const Topic &topic, const QHash<QString, CardState> &states,
                                const Fsrs &fsrs, qint64 atMs);
    struct PlanEntry
    {
        TopicRef topic;
        QString title; // plain text, no Markdown
        bool weak = false;
    };
    // The days from today to the day before the interview: day i lists the topics to review that day. Weak topics
    // come first, then topics never started, then the rest by how much of them would be forgotten by the interview;
    // they are spread evenly over every day but the last, which goes back over the weak topics and the ones that
    // would be least recalled.
    static QList<QList<PlanEntry>> interviewPlan(const QList<Deck> &decks, const QHash<QString, CardState> &states,
                                                 const QHash<QString, TopicStats> &topicStats, const Fsrs &fsrs,
                                                 qint64 nowMs, const QDate &interview);
};

} // namespace DeepDive
