#pragma once

#include "syncengine.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace DeepDive {

// When sync runs, for the window (QtCore only: the window connects it to its status bar and menus). A run is asked
// for on start, when the window is activated, when something changes in the sync folder's journals (debounced: a
// sync tool writes a file in several steps) and every few minutes; it always runs in a thread of its own, one at a
// time, and a request during a run makes one more run after it.
class SyncScheduler : public QObject
{
    Q_OBJECT

public:
    explicit SyncScheduler(QObject *parent = nullptr);
    ~SyncScheduler() override;

    // What to sync; an empty sync folder turns sync off (nothing runs, nothing is watched).
    void setOptions(const SyncOptions &options);
    SyncOptions options() const { return m_options; }
    void setDebounce(std::chrono::milliseconds wait) { m_debounce.setInterval(wait); }
    void setPeriod(std::chrono::milliseconds every) { m_periodic.setInterval(every); }

    // A run as soon as possible (start, quit, the learner's Sync Now).
    void syncNow();
    // A run after the debounce, however many requests come meanwhile (window activated, folder changed).
    void requestSync();
    bool isRunning() const { return m_running; }
    // Whether a run is asked for and waits (for the debounce, or for the run in progress to end).
    bool isPending() const { return m_debounce.isActive() || m_again; }
    // Waits (at most `timeout`) for the run in progress; for quitting. False when it is still running.
    bool waitForIdle(std::chrono::milliseconds timeout);

Q_SIGNALS:
    void syncStarted();
    void syncFinished(const DeepDive::SyncReport &report);

private:
    void watch();
    void run();
    // The other devices' journals as they are now (name, size and time), to tell their changes from this device's
    // own writes, which the watcher reports too.
    QStringList othersJournals() const;
    void folderChanged();

    SyncOptions m_options;
    QFileSystemWatcher m_watcher;
    QTimer m_debounce;
    QTimer m_periodic;
    QThread *m_worker = nullptr;
    QString m_ownJournal; // its name, once a run has said
    QStringList m_seen;   // othersJournals() when the last run started
    bool m_running = false;
    bool m_again = false;
};

} // namespace DeepDive
