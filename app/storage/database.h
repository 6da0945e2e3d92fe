#pragma once

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

// What went wrong, in words a learner can act on ("the disk is full", "another program is writing to it"), followed
// by SQLite's own message.
QString describeSqlError(const QSqlError &error);
// SQLITE_BUSY or SQLITE_LOCKED: another connection holds the lock. Never a sign of damage.
bool isBusyError(const QSqlError &error);
// A full disk, a read or write error, a file that cannot be opened or written: the storage, not the file's content.
bool isStorageError(const QSqlError &error);

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

    // Opens (or creates) `file`; backups go to `backupDir`. Always ends in a usable mode; `notice()` says in plain
    // words what went wrong and what was done about it.
    void open(const QString &file, const QString &backupDir);
    // For commands that only read (--export-progress, --export-pdf, --check-database): opens `file` read-only and
    // never writes, migrates or moves anything in its folder. A busy database is waited for (5 s) and then reported
    // as busy, never as damaged; an older schema is read through an upgraded copy in a temporary folder. False, with
    // `error` saying what is wrong and what to do, when the file is missing, damaged, busy or from a newer version.
    bool openForReading(const QString &file, QString *error);
    // The connection part of openForReading, without its checks: for --check-database, which reports them itself.
    bool openForInspection(const QString &file, QString *error);
    // An empty database in memory, for a command that reads progress when there is none yet.
    void openEmpty();
    void close();
    // Hands the connection to `thread` (Qt 6.8 and later): the database can be opened in a worker while the window is
    // built, then used from the UI thread. False when this Qt cannot move a connection.
    bool moveToThread(QThread *thread);
    static constexpr bool canMoveToThread = QT_VERSION >= QT_VERSION_CHECK(6, 8, 0);

    Mode mode() const { return m_mode; }
    bool isWritable() const { return m_mode == Mode::Normal || m_mode == Mode::Memory; }
    bool isPersistent() const { return m_mode == Mode::Normal; }
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

    // Moves `file` and its -wal/-shm companions to `file.<reason>-<timestamp>`; returns the new name.
    static QString moveAside(const QString &file, const QString &reason);

private:
    enum class Access { ReadWrite, ReadOnly, Immutable };
    bool openConnection(const QString &file, Access access, QString *error);
    // Why the write-ahead log beside the file cannot be applied (it belongs to another database or is damaged while
    // the file alone is fine); empty when there is no such log or it reads well. Only reads.
    QString unusableWal(const QString &file);
    bool configure(QString *error, QSqlError *failure = nullptr);
    // The result of PRAGMA `pragma` ("ok" when all is well); `failure` is SQLite's error when it could not run.
    QString runCheck(const char *pragma, QSqlError *failure) const;
    // After a write failed on a lock-free, undamaged file (a full disk, a read-only file): shows it read-only, or
    // runs in memory when it cannot even be read. `why` starts the notice.
    void openReadOnlyInstead(const QString &why);
    // What a command that only reads says when the file stays locked.
    static QString busyReadError(const QString &file);
    bool migrate(QString *error);
    void startFresh(const QString &why);
    // Why the database file `copy` cannot be restored (it is upgraded in place when it can); empty when it can.
    static QString restoreProblem(const QString &copy);
    void fallBackToMemory(const QString &why);
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
