#pragma once

#include "cardstate.h"
#include "deck.h"
#include "topicstats.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QMap>

#include <functional>

namespace DeepDive {

class HighlightingEngine;

// One topic to export, with where it sits.
struct AnkiExportTopic
{
    QString deckId;
    QString deckTitle;
    QString sectionTitle;
    Topic topic; // loaded: with its cards
};

struct AnkiExportOptions
{
    bool withSchedule = false; // the FSRS memory and due date of each card answered before
    QDateTime now;             // notes' modification time, and the day due dates count from
    QHash<QString, CardState> states; // by cardStateKey()

    static QString cardStateKey(const QString &deckId, const QString &cardId) { return deckId + QLatin1Char('\n') + cardId; }
};

struct AnkiExportSummary
{
    int notes = 0;
    int cards = 0;
    int scheduled = 0; // cards written with their memory and due date
    QMap<CardType, int> notesPerType;
};

// `deepdive --export-anki FILE` and File > Export for Anki: an .apkg every current Anki imports (the legacy schema 11
// collection in a zip, with its media map). Each card becomes a note of one of our note types (see ankinotetypes.h), a
// pair card one note per situation; notes go to the deck "Deck::Section::Topic" and are tagged with the section and
// the topic. GUIDs come from the deck's and the card's ids, so importing a later export updates the notes.
class AnkiExporter
{
    Q_DECLARE_TR_FUNCTIONS(DeepDive::AnkiExporter)

public:
    // The topics of a PrintScope, loaded from their files when `decks` holds only their index entries.
    static bool topicsInScope(const QList<Deck> &decks, const QHash<QString, TopicStats> &stats, const QString &scope,
                              QList<AnkiExportTopic> *topics, QString *label, QString *error);

    // `engine` (may be null: plain code) highlights the code.
    explicit AnkiExporter(const HighlightingEngine *engine);

    // Called after each topic; returning false cancels the export (nothing is written).
    void setProgress(std::function<bool(int done, int total)> progress) { m_progress = std::move(progress); }

    // Writes `file` atomically: it appears complete or not at all. The collection is a collection.anki2, which every
    // Anki since 2.1 reads; with the schedule, Anki before 2.1.50 imports it only while on its v1 scheduler.
    bool write(const QString &file, const QList<AnkiExportTopic> &topics, const AnkiExportOptions &options,
               AnkiExportSummary *summary, QString *error) const;

    // "Python::Asyncio::The event loop": a title never adds a level of its own.
    static QString deckName(const AnkiExportTopic &topic);

private:
    std::function<bool(int, int)> m_progress;
    const HighlightingEngine *m_engine = nullptr;
};

} // namespace DeepDive
