#include "syncscheduler.h"

#include "background.h"
#include "journalformat.h"

#include <QDateTime>
#include <QDir>

namespace DeepDive {

SyncScheduler::SyncScheduler(QObject *parent)
    : QObject(parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(std::chrono::seconds(2));
    m_periodic.setInterval(std::chrono::minutes(5));
    connect(&m_debounce, &QTimer::timeout, this, &SyncScheduler::syncNow);
    connect(&m_periodic, &QTimer::timeout, this, &SyncScheduler::requestSync);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &SyncScheduler::folderChanged);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &SyncScheduler::folderChanged);
}

SyncScheduler::~SyncScheduler()
{
    waitForIdle(std::chrono::seconds(30)); // the run owns copies only, but the process should not end under it
}

void SyncScheduler::setOptions(const SyncOptions &options)
{
    m_options = options;
    m_options.afterReading = {};
    if (m_options.syncFolder.isEmpty()) {
        m_periodic.stop();
        m_debounce.stop();
    } else if (!m_periodic.isActive()) {
        m_periodic.start();
    }
    watch();
}

void SyncScheduler::watch()
{
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    if (m_options.syncFolder.isEmpty())
        return;
    // The folder itself too, so that its journals' folder is watched once it appears (mounted, first synced).
    const QDir journals(QDir(m_options.syncFolder).filePath(Journal::folderName));
    QStringList paths{m_options.syncFolder};
    if (journals.exists()) {
        paths.append(journals.path());
        for (const QString &name : journals.entryList(QDir::Files)) {
            if (Journal::isJournalName(name) && name != m_ownJournal)
                paths.append(journals.filePath(name));
        }
    }
    m_watcher.addPaths(paths);
}

QStringList SyncScheduler::othersJournals() const
{
    QStringList seen;
    const QDir journals(QDir(m_options.syncFolder).filePath(Journal::folderName));
    for (const QFileInfo &file : journals.entryInfoList(QDir::Files, QDir::Name)) {
        if (Journal::isJournalName(file.fileName()) && file.fileName() != m_ownJournal)
            seen.append(QStringLiteral("%1 %2 %3").arg(file.fileName()).arg(file.size()).arg(file.lastModified().toMSecsSinceEpoch()));
    }
    return seen;
}

void SyncScheduler::folderChanged()
{
    watch(); // a file replaced by a sync tool (written beside, then renamed) is a new file to watch
    if (othersJournals() != m_seen)
        requestSync();
}

void SyncScheduler::requestSync()
{
    if (!m_options.syncFolder.isEmpty())
        m_debounce.start();
}

void SyncScheduler::syncNow()
{
    m_debounce.stop();
    if (m_options.syncFolder.isEmpty())
        return;
    if (m_running) {
        m_again = true;
        return;
    }
    run();
}

void SyncScheduler::run()
{
    m_running = true;
    m_seen = othersJournals();
    Q_EMIT syncStarted();
    const SyncOptions options = m_options;
    m_worker = runInBackground(this, [options] { return SyncEngine(options).run(); }, [this](const SyncReport &report) {
        m_running = false;
        m_worker = nullptr;
        if (!report.deviceId.isEmpty())
            m_ownJournal = Journal::fileName(report.deviceId);
        // This run's own writing (the first run learns which journal is its own only now) asks for nothing more.
        if (m_debounce.isActive() && othersJournals() == m_seen)
            m_debounce.stop();
        watch(); // new journals, or the folder back
        Q_EMIT syncFinished(report);
        if (m_again) {
            m_again = false;
            syncNow();
        }
    });
}

bool SyncScheduler::waitForIdle(std::chrono::milliseconds timeout)
{
    if (!m_worker)
        return true;
    return m_worker->wait(QDeadlineTimer(timeout));
}

} // namespace DeepDive
