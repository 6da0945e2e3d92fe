#pragma once

#include "journalreader.h"
#include "localchanges.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

#include <optional>

namespace DeepDive {

class Database;
class Fsrs;

// What came in from the other devices' journals.
struct MergeCounts
{
    int answers = 0;
    int undone = 0;
    int bookmarks = 0;
    int notes = 0;     // notes whose text here changed
    int conflicts = 0; // notes left with another device's version to resolve
    int settings = 0;

    bool isEmpty() const { return answers + undone + bookmarks + notes + conflicts + settings == 0; }
};

// Step three of a sync run, inside its transaction: the other devices' events applied to the database. Answers are
// the union by id (an undone answer stays undone), bookmarks and settings go to the last writer by (time, device id),
// notes to NoteHistory; then every card's state is rebuilt by replaying the whole log through FSRS in (time, id)
// order with the desired retention that won, so that every device computes the same schedule. Applying an event
// twice changes nothing.
class SyncMerge
{
    Q_DECLARE_TR_FUNCTIONS(DeepDive::SyncMerge)

public:
    explicit SyncMerge(Database &db);

    // False only when the database fails; an event that cannot be used is named in `problems` and skipped.
    bool apply(const JournalRead &journal, QStringList *problems, QString *error);
    // Notes settled, and card states replayed with `fsrs`: every card when `everyCard` (the first run, a new desired
    // retention) and otherwise the cards answers or undos came in for and `alsoCards` (answered here: maybe before an
    // answer that came in earlier, as clocks differ). The settings that changed are in changedSettings().
    bool finish(const Fsrs &fsrs, bool everyCard, const QSet<QString> &alsoCards, QString *error);

    const MergeCounts &counts() const { return m_counts; }
    const FollowedSettings &changedSettings() const { return m_settings; }

    // The card states the review log gives in (time, id) order, for every card or for `cards` ("deck/card"); the
    // log's before and after columns follow too.
    static bool replay(Database &db, const Fsrs &fsrs, const std::optional<QSet<QString>> &cards, QString *error);

private:
    bool applyAnswer(const QJsonObject &e, QString *problem, QString *error);
    bool applyUndo(const QJsonObject &e, QString *problem, QString *error);
    bool applyRegister(const QJsonObject &e, QString *problem, QString *error);
    bool applyNote(const QJsonObject &e, QString *problem, QString *error);

    Database &m_db;
    MergeCounts m_counts;
    FollowedSettings m_settings;
    QSet<std::pair<QString, QString>> m_touchedNotes;
    QSet<QString> m_touchedCards;
    bool m_retentionChanged = false;
};

} // namespace DeepDive
