#pragma once

#include "clock.h"
#include "syncmerge.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

namespace DeepDive {

class Database;

struct SyncOptions
{
    QString databaseFile;   // the learner's deepdive.db
    QString backupDir;      // for the copy made before a schema upgrade
    QString settingsFile;   // settings.ini, whose desired retention and interview date follow the learner; may be empty
    QString syncFolder;     // the folder a sync tool replicates; journals go to its deepdive-sync/
    QString deviceName;     // how the other devices name this one; empty keeps the stored name (the host name at first)
    const Clock *clock = &Clock::system();
    qint64 compactBytes = 4 * 1024 * 1024; // the own journal is compacted past this size
    std::function<void()> afterReading;    // for tests: runs between reading the journals and merging them
};

struct SyncReport
{
    Q_DECLARE_TR_FUNCTIONS(DeepDive::SyncReport)

public:
    enum class Status {
        Synced,
        FolderUnavailable, // not there (unmounted, offline): a notice, and the next run catches up
        Failed,            // the database could not be used; `message` says why
    };
    Status status = Status::Failed;
    QString message;
    QString deviceId;
    MergeCounts received;
    int sent = 0;                // events this device wrote to its journal
    bool sendFailed = false;     // they could not be written (`message` says why): they go with the next run
    bool compacted = false;
    int openConflicts = 0;       // notes changed on two devices that wait for the learner (File > Sync Devices…)
    QStringList devices;         // the names of the other devices whose journals were read
    QStringList problems;        // journals and lines that were skipped, "file:line: what"

    // What `deepdive --sync` prints: "Synced with laptop: 3 answers, 1 note came in; 5 changes sent." and the like.
    QString summary() const;
};

// One sync run, headless and off the UI thread: it opens a database connection of its own (so a worker thread or
// QtConcurrent can run it while the window goes on), (1) appends every local change not yet journaled to this
// device's journal, (2) reads the other journals from where the last run stopped, (3) merges them in one
// transaction. Running it again with nothing new changes nothing.
class SyncEngine
{
    Q_DECLARE_TR_FUNCTIONS(DeepDive::SyncEngine)

public:
    explicit SyncEngine(SyncOptions options);
    SyncReport run();

private:
    // Step (1), in the run's transaction: this device's changes appended to its journal (or the journal written again
    // whole: compacted, or after it was deleted). A journal that cannot be written is noted in `report`, not an error.
    struct Sent
    {
        QString ownFile;            // this device's journal, by name
        QSet<QString> answeredCards; // what the schedule must be replayed for (LocalChanges)
        bool retentionChanged = false;
    };
    bool sendLocalChanges(Database &db, const FollowedSettings &localSettings, qint64 now, SyncReport *report,
                          Sent *sent, QString *error);
    // Step (3): the journals read in step (2) merged, and how far each was read remembered.
    bool mergeJournals(Database &db, const QList<JournalRead> &reads, const QString &ownFile, SyncMerge *merge,
                       SyncReport *report, QString *error);

    SyncOptions m_options;
};

} // namespace DeepDive
