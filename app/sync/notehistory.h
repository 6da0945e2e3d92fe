#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace DeepDive {

class Database;

// One saved version of a note as the devices exchanged it. Versions form a graph through their parents: a version
// that no other lists as a parent is a head. One head per topic is the ordinary case; two or more mean two devices
// changed the note without seeing each other's change: a conflict, until the learner resolves it.
struct NoteVersion
{
    QString vid;
    QString deckId;
    QString topicId;
    QStringList parents;
    std::optional<QString> body; // none for a version known only as an ancestor (from a compacted journal)
    qint64 savedMs = 0;
    QString deviceId;
    bool journaled = false;

    bool operator==(const NoteVersion &) const = default;
};

struct NoteConflict
{
    QString deckId;
    QString topicId;
    QString mine;           // the note as it is here
    NoteVersion theirs;     // the other head
};

// The note versions in the database (sync_note_version) and the head the local note is (sync_note_head).
class NoteHistory
{
    Q_DECLARE_TR_FUNCTIONS(DeepDive::NoteHistory)

public:
    enum class Resolution { KeepMine, TakeTheirs, KeepBoth };
    enum class Outcome { Unchanged, TookOther, Conflict };

    explicit NoteHistory(Database &db);

    QList<NoteVersion> versions(const QString &deckId, const QString &topicId) const;
    QList<NoteVersion> heads(const QString &deckId, const QString &topicId) const;
    QString localHead(const QString &deckId, const QString &topicId) const;
    // Every note whose version graph has more than one head with a text of its own.
    QList<NoteConflict> conflicts() const;
    QList<NoteConflict> conflicts(const QString &deckId, const QString &topicId) const;

    // The note as saved here became `body`: a new version of this device when it differs from the local head's text.
    bool capture(const QString &deckId, const QString &topicId, const QString &body, qint64 savedMs,
                 const QString &deviceId, QString *error);
    // A version another device wrote; true in `added` when it was new here (or brought a text only its id was known for).
    bool insert(const NoteVersion &version, bool *added, QString *error);
    // After versions came in: a head that descends from the local one replaces the note; heads that do not are left
    // as conflicts and the local note stays. The note's previous text is kept among its versions (NoteStore).
    bool settle(const QString &deckId, const QString &topicId, Outcome *outcome, QString *error);
    // Ends the conflict with `theirsVid` as the learner chose: a version whose parents are both heads. Written to the
    // note here and sent with the next sync.
    bool resolve(const QString &deckId, const QString &topicId, const QString &theirsVid, Resolution resolution,
                 qint64 nowMs, QString *error);

    static QString newId();

private:
    bool setLocalHead(const QString &deckId, const QString &topicId, const QString &vid, QString *error);
    bool add(const NoteVersion &version, QString *error);
    Database &m_db;
};

} // namespace DeepDive
