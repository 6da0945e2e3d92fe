#pragma once

#include "fsrs.h"
#include "mockclock.h"
#include "studyrecorder.h"
#include "syncengine.h"
#include "userdata.h"

#include <QDir>
#include <QTemporaryDir>

#include <memory>

namespace DeepDive::Test {

// One simulated installation for the sync tests: a data folder with its database (opened as the window opens it),
// settings, a clock of its own (set minutes off the others' for skew) and its own copy of the synced folder, which
// the test fills as a sync tool would.
class SyncDevice
{
public:
    SyncDevice(const QString &root, const QString &name, qint64 skewMs = 0);
    ~SyncDevice();

    QString name() const { return m_name; }
    QString dataDir() const { return m_dataDir; }
    QString syncFolder() const { return m_syncFolder; }
    QString journalDir() const { return QDir(m_syncFolder).filePath(QStringLiteral("deepdive-sync")); }
    QString settingsFile() const { return QDir(m_dataDir).filePath(QStringLiteral("settings.ini")); }
    UserData &data() { return m_data; }
    MockClock &clock() { return m_clock; }

    // The time `worldMs` as this device's clock shows it.
    void setWorldTime(qint64 worldMs) { m_clock.setNowMs(worldMs + m_skewMs); }

    bool answer(const QString &card, int grade, QString *error);
    // Takes back this device's newest answer, as the window's undo does; false when it is refused (nothing changed).
    bool undoLast();
    bool writeNote(const QString &topic, const QString &body, QString *error);
    QString note(const QString &topic) const;

    SyncOptions options() const;
    SyncReport sync(qint64 compactBytes = 4 * 1024 * 1024);

    static QString deck() { return QStringLiteral("python"); }
    static QString topicOf(const QString &card) { return QStringLiteral("t") + card.right(1); }

private:
    QString m_name;
    QString m_dataDir;
    QString m_syncFolder;
    qint64 m_skewMs;
    MockClock m_clock;
    UserData m_data;
    Fsrs m_fsrs;
    StudyRecorder m_recorder{m_data.reviews, m_fsrs};
};

// The own journal of `from` as `to`'s copy of the sync folder has it: the first `bytes` bytes (all with -1), as a
// sync tool may leave a file half transferred. With `conflictCopy`, written as a conflict copy beside it instead.
bool copyJournal(SyncDevice &from, SyncDevice &to, qint64 bytes = -1, const QString &conflictCopy = {});
QString ownJournalFile(SyncDevice &device);

} // namespace DeepDive::Test
