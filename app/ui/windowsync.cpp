#include "windowsync.h"

#include "actionregistry.h"

#include "clock.h"
#include "dialogs.h"
#include "settings.h"
#include "syncdialog.h"

#include <QDir>
#include <QAction>
#include <QLabel>
#include <QLocale>

namespace DeepDive {

WindowSync::WindowSync(Settings *settings, const Paths &paths, Database &db, const Clock &clock, QWidget *window)
    : QObject(window)
    , m_settings(settings)
    , m_paths(paths)
    , m_db(db)
    , m_clock(clock)
    , m_window(window)
    , m_status(new QLabel(window))
{
    m_status->setObjectName(QStringLiteral("syncStatus"));
    m_status->setTextFormat(Qt::RichText);
    connect(m_status, &QLabel::linkActivated, this, &WindowSync::conflictsRequested);
    connect(&m_scheduler, &SyncScheduler::syncStarted, this, [this] {
        Q_EMIT aboutToSync();
        m_status->setText(tr("Syncing…"));
    });
    connect(&m_scheduler, &SyncScheduler::syncFinished, this, &WindowSync::finished);
    applyOptions();
}

void WindowSync::applyOptions()
{
    SyncOptions options;
    options.databaseFile = m_paths.databaseFile;
    options.backupDir = m_paths.backupDir;
    options.settingsFile = m_paths.settingsFile;
    options.syncFolder = m_settings->syncFolder();
    options.deviceName = m_settings->syncDeviceName();
    options.clock = &m_clock;
    m_scheduler.setOptions(options);
    m_status->setVisible(!options.syncFolder.isEmpty());
    m_status->setText(options.syncFolder.isEmpty() ? QString() : tr("Sync: waiting"));
    m_status->setToolTip(options.syncFolder.isEmpty()
                             ? QString()
                             : tr("Progress is synced through %1").arg(QDir::toNativeSeparators(options.syncFolder)));
}

void WindowSync::chooseFolder()
{
    const QString folder = Dialogs::directory(m_window, tr("Sync Folder"), m_settings->syncFolder());
    if (folder.isEmpty())
        return;
    m_settings->setSyncFolder(folder);
    applyOptions();
    m_scheduler.syncNow();
}

void WindowSync::syncNow()
{
    if (m_settings->syncFolder().isEmpty()) {
        chooseFolder();
        return;
    }
    m_scheduler.syncNow();
}

void WindowSync::setDeviceName(const QString &name)
{
    m_settings->setSyncDeviceName(name);
    applyOptions();
    if (!m_settings->syncFolder().isEmpty())
        m_scheduler.requestSync();
}

void WindowSync::showDevices(const std::function<QString(const QString &, const QString &)> &topicTitle)
{
    if (auto *open = m_window->findChild<SyncDialog *>(QString(), Qt::FindDirectChildrenOnly)) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new SyncDialog(m_db, m_settings, this, m_clock, topicTitle, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SyncDialog::noteResolved, this, [this] { Q_EMIT cameIn(true, false); });
    dialog->show();
}

void WindowSync::connectActions(const ActionRegistry &actions,
                                std::function<QString(const QString &deckId, const QString &topicId)> topicTitle)
{
    connect(actions.action(QStringLiteral("fileSyncFolder")), &QAction::triggered, this, &WindowSync::chooseFolder);
    connect(actions.action(QStringLiteral("fileSyncNow")), &QAction::triggered, this, &WindowSync::syncNow);
    const auto devices = [this, topicTitle = std::move(topicTitle)] {
        Q_EMIT aboutToSync(); // "mine" is the note as typed
        showDevices(topicTitle);
    };
    connect(actions.action(QStringLiteral("fileSyncDevices")), &QAction::triggered, this, devices);
    connect(this, &WindowSync::conflictsRequested, this, devices);
}

void WindowSync::finish()
{
    if (m_settings->syncFolder().isEmpty())
        return;
    m_scheduler.syncNow();
    m_scheduler.waitForIdle(std::chrono::seconds(5));
}

void WindowSync::finished(const SyncReport &report)
{
    const QString at = QLocale().toString(m_clock.now().time(), QLocale::ShortFormat);
    switch (report.status) {
    case SyncReport::Status::Synced: {
        QString text = (report.devices.isEmpty() ? tr("Synced at %1; no other device yet").arg(at)
                                                 : tr("Synced at %1 with %2").arg(at, report.devices.join(QStringLiteral(", "))))
                           .toHtmlEscaped();
        if (report.openConflicts > 0)
            text += QStringLiteral(" · <a href=\"conflicts\">%1</a>").arg(tr("%n note(s) to resolve", nullptr, report.openConflicts));
        m_status->setText(text);
        m_status->setToolTip(report.summary());
        if (!report.received.isEmpty())
            Q_EMIT cameIn(report.received.notes + report.received.conflicts > 0, report.received.settings > 0);
        break;
    }
    case SyncReport::Status::FolderUnavailable:
        m_status->setText(tr("Sync folder not available; studying goes on, and the next sync catches up").toHtmlEscaped());
        m_status->setToolTip(report.message);
        break;
    case SyncReport::Status::Failed:
        m_status->setText(tr("Sync failed: %1").arg(report.message).toHtmlEscaped());
        m_status->setToolTip(report.message);
        break;
    }
}

} // namespace DeepDive
