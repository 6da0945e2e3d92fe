#pragma once

#include "cardstate.h"
#include "deck.h"
#include "topicstats.h"

#include <QCoreApplication>
#include <QDateTime>

class QTextStream;

namespace DeepDive {

class HighlightingEngine;

// What `--export-anki` and `--import-anki` do and print, for the command line to call: messages on `out`, errors on
// `err` as "deepdive: ...". Each returns the process exit code (0 done, 1 failed: nothing written).
class AnkiCommands
{
    Q_DECLARE_TR_FUNCTIONS(DeepDive::AnkiCommands)

public:
    struct Export
    {
        QString file;
        QString scope = QStringLiteral("all");
        bool withSchedule = false;
        QList<Deck> decks;
        QHash<QString, TopicStats> stats; // for the bookmarked and weak scopes
        QList<CardState> states;          // for --with-schedule
        QDateTime now;
        const HighlightingEngine *engine = nullptr;
    };

    // Prints "wrote N notes (M topics) to FILE", and with the schedule "K cards carry their schedule".
    static int exportAnki(const Export &request, QTextStream &out, QTextStream &err);
    // Prints "imported TITLE: N cards in M topics into FOLDER", then "left out:" and an indented line for each thing
    // left out, with why.
    static int importAnki(const QString &file, const QString &decksFolder, QTextStream &out, QTextStream &err);
};

} // namespace DeepDive
