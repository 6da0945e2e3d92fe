#pragma once

#include "syncscheduler.h"

#include <QObject>

#include <functional>

class QLabel;
class QWidget;

namespace DeepDive {

class ActionRegistry;
class Clock;
class Database;
class Settings;

// Sync for the window: File > Sync Folder… and Sync Now, the runs SyncScheduler decides on (at start, when the window
// is activated, when another device's journal arrives, every few minutes, on quit), and a line in the status bar that
// says when the last sync was and with which devices, or why there was none (a folder that is not there is a notice,
// not an error: studying goes on). What came in reaches the window through `cameIn`.
class WindowSync : public QObject
{
    Q_OBJECT
public:
    struct Paths
    {
        QString databaseFile;
        QString backupDir;
        QString settingsFile;
    };

    // `db` is the window's connection, for what the Sync Devices dialog shows and resolves.
    WindowSync(Settings *settings, const Paths &paths, Database &db, const Clock &clock, QWidget *window);

    SyncScheduler &scheduler() { return m_scheduler; }
    QLabel *statusLabel() const { return m_status; }
    // Asks for a folder and keeps it; an empty choice leaves the current one.
    void chooseFolder();
    void syncNow();
    // The name the other computers list this one by; sent with the next run.
    void setDeviceName(const QString &name);
    // File > Sync Devices…: the other computers and the notes in conflict. `topicTitle` names a topic by its ids.
    void showDevices(const std::function<QString(const QString &deckId, const QString &topicId)> &topicTitle);
    // File > Sync Folder…, Sync Now and Sync Devices… (and the status bar's "notes to resolve") act here; Sync Devices
    // names topics with `topicTitle`, after aboutToSync() let the window save the note being typed.
    void connectActions(const ActionRegistry &actions, std::function<QString(const QString &deckId, const QString &topicId)> topicTitle);
    // The window came to the front: look for what other devices wrote (debounced).
    void activated() { m_scheduler.requestSync(); }
    // Quitting: one last run to send this device's changes, waited for a few seconds at most.
    void finish();

Q_SIGNALS:
    // Before a run: the window saves what is being edited (a note), so that the run sends it and nothing newer is lost.
    void aboutToSync();
    // A run merged something: answers and bookmarks (progress), notes, or settings (desired retention, interview date).
    void cameIn(bool notes, bool settings);
    // The learner clicked the status bar's "notes to resolve".
    void conflictsRequested();

private:
    void applyOptions();
    void finished(const SyncReport &report);

    Settings *m_settings;
    Paths m_paths;
    Database &m_db;
    const Clock &m_clock;
    QWidget *m_window;
    SyncScheduler m_scheduler;
    QLabel *m_status;
};

} // namespace DeepDive
