#pragma once

#include "sqlerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

class QSqlError;
class QTemporaryDir;
class QThread;

namespace DeepDive {

class Checkpointer;

// QtSql binds a null QString as SQL NULL; text columns that are NOT NULL want "" instead.
inline QString sqlText(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// The learner's SQLite database: one named QSQLITE connection with WAL, foreign keys and a busy timeout, schema
// migrations through PRAGMA user_version (each in a transaction, after a backup copy), integrity checks, and
// rotating backups. A file that cannot be used is moved aside, never deleted, and the app goes on.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(DeepDive::Database)

public:
    enum class Mode {
        Closed,
        Normal,   // read and write the file
        ReadOnly, // the file is readable but its folder is not writable
        Memory,   // nothing is saved: the file cannot be used and was left untouched
    };

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (or creates) `file`; backups go to `backupDir`. Always ends in a usable mode. True when `file` is open for
    // reading and writing (Mode::Normal; `notice()` may still say what was repaired on the way, e.g. a damaged file
    // kept aside). False when it is not: the database then runs read-only or in memory, and `*error` (when given;
    // the same as `notice()`) says in plain words what went wrong and what was done about it.
    [[nodiscard]] bool open(const QString &file, const QString &backupDir, QString *error = nullptr);
    // For commands that only read (--export-progress, --export-pdf, --check-database): opens `file` read-only and
    // never writes, migrates or moves anything in its folder. A busy database is waited for (5 s) and then reported
    // as busy, never as damaged; an older schema is read through an upgraded copy in a temporary folder. False, with
    // `error` saying what is wrong and what to do, when the file is missing, damaged, busy or from a newer version.
    bool openForReading(const QString &file, QString *error);
    // The connection part of openForReading, without its checks: for --check-database, which reports them itself.
    bool openForInspection(const QString &file, QString *error);
    // An empty database in memory, for a command that reads progress when there is none yet.
    void openEmpty();
    // Closes the connection; a file opened and checked (or found sound by the deferred check) is stamped as closed
    // cleanly (CheckedStamp).
    void close();
    // Hands the connection to `thread` (Qt 6.8 and later): the database can be opened in a worker while the window is
    // built, then used from the UI thread. False when this Qt cannot move a connection.
    bool moveToThread(QThread *thread);
    static constexpr bool canMoveToThread = QT_VERSION >= QT_VERSION_CHECK(6, 8, 0);

    Mode mode() const { return m_mode; }
    bool isWritable() const { return m_mode == Mode::Normal || m_mode == Mode::Memory; }
    bool isPersistent() const { return m_mode == Mode::Normal; }
    // A file on disk that another connection (a worker's) can read: not in memory.
    bool isOnDisk() const { return m_mode == Mode::Normal || m_mode == Mode::ReadOnly; }
    QString notice() const { return m_notice; }
    QString file() const { return m_file; }
    QString backupDir() const { return m_backupDir; }
    QSqlDatabase connection() const;

    int schemaVersion() const;
    static int latestSchemaVersion();
    // How long a connection waits for another one's lock before it reports the database busy (5 s by default).
    static void setBusyTimeout(int ms);

    // "ok", or what PRAGMA quick_check / integrity_check found.
    QString quickCheck() const;
    QString integrityCheck() const;
    // For the window, which runs the integrity check after its first frame (WindowSession::checkInBackground): open()
    // then leaves it out for a file whose CheckedStamp still matches. Commands check before they write.
    void setCheckDeferrable(bool deferrable) { m_checkDeferrable = deferrable; }
    // open() took the file as sound on its CheckedStamp's word (unchanged since a clean close) and left the integrity
    // check to checkFile() in a worker, whose outcome deferredCheckDone() is told. A file closed cleanly is stamped
    // again only when it was checked: at open, or by a deferred check that passed.
    bool isCheckDeferred() const { return m_checkDeferred; }
    // What a check found, for a message: its first problem and how many more (SQLite lists them a line each, under a
    // line naming the database), or "ok".
    static QString checkSummary(const QString &result);
    // PRAGMA quick_check of `file` through a read-only connection of its own, from any thread: false when it could not
    // run (busy, unreadable), else true with `result` "ok" or what it found.
    static bool checkFile(const QString &file, QString *result);
    // The deferred check's outcome. Not passed (damage found, or it could not run): the stamp goes, so that the next
    // opening checks the file (and keeps it aside when it is damaged).
    void deferredCheckDone(bool passed);

    // A consistent copy of the open database (VACUUM INTO).
    bool backupTo(const QString &target, QString *error) const;
    // Makes today's backup if there is none yet and keeps the newest `keep` daily backups.
    bool rotateBackups(const QDateTime &now, int keep, QString *error);
    QStringList backups() const; // newest first
    // Replaces the database by `backup` after moving the current file aside, then reopens. The backup is checked (on
    // a copy, opened and upgraded) first: when it fails, `error` says why and the current database is left open and
    // unchanged.
    bool restoreBackup(const QString &backup, QString *error);
    // restoreBackup in two steps, so that the slow one (copying and checking the backup) can run in a worker:
    // prepareRestore copies `backup` to `staging` (restoreStagingFile()) and checks and upgrades the copy there,
    // touching nothing else; restorePrepared then swaps it in, on the database's own thread. discardRestore drops a
    // prepared copy that is not wanted any more.
    QString restoreStagingFile() const;
    static bool prepareRestore(const QString &backup, const QString &staging, QString *error);
    bool restorePrepared(const QString &backup, QString *error);
    static void discardRestore(const QString &staging);
    // rotateBackups for `file`, through a read-only connection of its own: callable from any thread.
    static bool rotateBackupsOf(const QString &file, const QString &backupDir, const QDateTime &now, int keep,
                                QString *error);

    // Runs `work` in a transaction; commits when it returns true, rolls back otherwise. Nests (as a savepoint).
    template<typename Work>
    bool transaction(Work &&work, QString *error);

    // Commits between two checkpoints, which run in a worker (SQLite's own would run in the committing thread).
    static constexpr int checkpointEvery = 100;
    int checkpointsDone() const;

private:
    // The parts of opening and backing up that live in classes of their own, on this connection's internals.
    friend class BackupRestore;    // checks and upgrades a backup's copy through a connection of its own
    friend class BackupRotation;   // its daily copy reads through a connection of its own
    friend class DatabaseFallback; // where open() goes when the file cannot be used as it is
    friend class ReadOnlyOpening;  // openForReading and openForInspection
    enum class Access { ReadWrite, ReadOnly, Immutable };
    bool openConnection(const QString &file, Access access, QString *error);
    // close() without the stamp: for a file given up on, or a connection replaced.
    void closeConnection();
    bool configure(QString *error, QSqlError *failure = nullptr);
    // The result of PRAGMA `pragma` ("ok" when all is well); `failure` is SQLite's error when it could not run.
    QString runCheck(const char *pragma, QSqlError *failure) const;
    // The steps of open(), ending in a mode and a notice.
    void openFile(const QString &file, const QString &backupDir);
    bool migrate(QString *error);
    bool beginTransaction(QString *error);
    bool endTransaction(bool commit, QString *error);

    std::unique_ptr<Checkpointer> m_checkpointer; // for a database file written in Normal mode
    std::unique_ptr<QTemporaryDir> m_snapshotDir; // openForReading of an older schema: the upgraded copy
    int m_commits = 0;
    QString m_connectionName;
    QString m_file;
    QString m_backupDir;
    QString m_notice;
    Mode m_mode = Mode::Closed;
    int m_transactionDepth = 0;
    bool m_checkDeferrable = false;
    bool m_checkDeferred = false;
    bool m_checkFailed = false;
};

template<typename Work>
bool Database::transaction(Work &&work, QString *error)
{
    if (!beginTransaction(error))
        return false;
    const bool ok = work();
    return endTransaction(ok, error) && ok;
}

} // namespace DeepDive
