#pragma once

#include "notehistory.h"
#include "syncpeers.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace DeepDive {

class Clock;
class Database;
class Settings;
class WindowSync;

// File > Sync Devices…: the sync folder, the name this computer goes by, the other computers with their last
// activity (and what was wrong with their journals), and the notes two computers changed without seeing each
// other's change, side by side, each resolved as the learner chooses: keep mine, take theirs or keep both.
class SyncDialog : public QDialog
{
    Q_OBJECT
public:
    // The title of a topic, for the conflict list ("deck/topic" when the deck is not loaded).
    using TopicTitle = std::function<QString(const QString &deckId, const QString &topicId)>;

    SyncDialog(Database &db, Settings *settings, WindowSync *sync, const Clock &clock, TopicTitle topicTitle,
               QWidget *parent = nullptr);

    // Reads the devices and the conflicts again (after a sync run, or a resolution).
    void refresh();
    void resolveCurrent(NoteHistory::Resolution resolution);

Q_SIGNALS:
    // A conflict was resolved: the note of that topic changed here.
    void noteResolved(const QString &deckId, const QString &topicId);

private:
    QWidget *makeDevicesBox();
    QWidget *makeConflictsBox();
    void showConflict(int row);
    void renameDevice();

    Database &m_db;
    Settings *m_settings;
    WindowSync *m_sync;
    const Clock &m_clock;
    TopicTitle m_topicTitle;
    QList<NoteConflict> m_conflicts;
    QList<SyncPeers::Peer> m_peers;

    QLabel *m_folder = nullptr;
    QLineEdit *m_name = nullptr;
    QStackedWidget *m_devicesStack = nullptr;
    QTreeWidget *m_devices = nullptr;
    QStackedWidget *m_conflictsStack = nullptr;
    QListWidget *m_conflictList = nullptr;
    QLabel *m_theirsLabel = nullptr;
    QPlainTextEdit *m_mine = nullptr;
    QPlainTextEdit *m_theirs = nullptr;
    QList<QPushButton *> m_resolveButtons;
};

} // namespace DeepDive
