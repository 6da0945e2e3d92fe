#pragma once

#include "deck.h"
#include "topicstats.h"

#include <QCoreApplication>
#include <QHash>

namespace DeepDive {

// Which topics a printed summary covers: "all", "bookmarked", "weak", "deck:ID", "section:ID" or "topics:ID,ID,...".
struct PrintScope
{
    Q_DECLARE_TR_FUNCTIONS(DeepDive::PrintScope)

public:
    struct Entry
    {
        int deck = 0;
        int topic = 0;
    };

    // Resolves `scope` against the decks, in deck order; false (with a message) for an unknown scope or id.
    static bool resolve(const QString &scope, const QList<Deck> &decks, const QHash<QString, TopicStats> &stats,
                        QList<Entry> *entries, QString *label, QString *error);
};

} // namespace DeepDive
