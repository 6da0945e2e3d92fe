#pragma once

#include "cardstate.h"
#include "deck.h"
#include "printscope.h"

#include <QHash>
#include <QSet>

namespace DeepDive {

// The cards of a study session: every card due in the scope, most overdue first, with new cards woven in (one after
// every `reviewsPerNew` reviews) up to what is left of the day's new-card limit.
class StudyQueue
{
public:
    struct Item
    {
        int deck = 0;
        int topic = 0;
        int card = 0;
        bool isNew = false;
    };
    static constexpr int reviewsPerNew = 3;

    // `schedules` by "deck/card" (no entry for a card never answered); `topics` from PrintScope.
    static QList<Item> build(const QList<Deck> &decks, const QList<PrintScope::Entry> &topics,
                             const QHash<QString, CardSchedule> &schedules, qint64 nowMs, int newCardsLeft);
    // The cards of `keys` ("deck/card") in the scope, in the deck's order: to go over the ones missed today.
    static QList<Item> ofCards(const QList<Deck> &decks, const QList<PrintScope::Entry> &topics, const QSet<QString> &keys);
    // New cards in the scope (never answered).
    static int newCount(const QList<Deck> &decks, const QList<PrintScope::Entry> &topics,
                        const QHash<QString, CardSchedule> &schedules);
    static int dueCount(const QList<Deck> &decks, const QList<PrintScope::Entry> &topics,
                        const QHash<QString, CardSchedule> &schedules, qint64 nowMs);
};

} // namespace DeepDive
