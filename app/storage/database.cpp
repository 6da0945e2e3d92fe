#include "database.h"

#include "backuprestore.h"
#include "backuprotation.h"
#include "checkedstamp.h"
#include "checkpointer.h"
#include "databasefallback.h"
#include "databasefile.h"
#include "migrations.h"
#include "readonlyopening.h"
#include "sqlquery.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>

#include <algorithm>
#include <atomic>

Q_LOGGING_CATEGORY(lcDatabase, "deepdive.storage.database", QtWarningMsg)

namespace DeepDive {

namespace {

std::atomic_int connectionCounter{0};
std::atomic_int busyTimeoutMs{5000};

} // namespace

Database::Database()
    : m_connectionName(QStringLiteral("deepdive-%1").arg(++connectionCounter))
{
}

Database::~Database()
{
    close();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::close()
{
    // A file that was sound when opened and written only through SQLite since is sound as it is left.
    const bool sound = m_mode == Mode::Normal && !m_checkDeferred && !m_checkFailed && connection().isOpen();
    closeConnection();
    QString error;
    if (sound && !CheckedStamp::record(m_file, &error))
        qCWarning(lcDatabase).noquote() << "the next start checks the database again:" << error;
}

void Database::closeConnection()
{
    m_checkpointer.reset(); // its connection closes first: the last one to close checkpoints and removes the WAL
    m_commits = 0;
    m_transactionDepth = 0;
    {
        QSqlDatabase db = connection();
        if (db.isValid())
            db.close();
    }
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
    m_snapshotDir.reset();
    m_mode = Mode::Closed;
    m_checkDeferred = false;
    m_checkFailed = false;
}

QString Database::checkSummary(const QString &result)
{
    QStringList problems;
    for (const QString &line : result.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (!line.trimmed().startsWith(QLatin1String("*** in database")))
            problems.append(line.trimmed());
    }
    if (problems.isEmpty())
        return result.trimmed().left(200);
    QString summary = problems.first().left(160);
    if (problems.size() > 1)
        summary += tr(" (and %1 more)").arg(problems.size() - 1);
    return summary;
}

bool Database::checkFile(const QString &file, QString *result)
{
    Database reader;
    QString error;
    if (!reader.openForInspection(file, &error)) {
        *result = error;
        return false;
    }
    QSqlError failure;
    *result = reader.runCheck("quick_check", &failure);
    return !failure.isValid();
}

void Database::deferredCheckDone(bool passed)
{
    m_checkDeferred = false;
    m_checkFailed = !passed;
    if (!passed)
        CheckedStamp::forget(m_file);
}

bool Database::moveToThread(QThread *thread)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QSqlDatabase db = connection();
    return !db.isValid() || db.moveToThread(thread);
#else
    Q_UNUSED(thread);
    return false;
#endif
}

void Database::setBusyTimeout(int ms)
{
    busyTimeoutMs = ms;
}

int Database::checkpointsDone() const
{
    return m_checkpointer ? m_checkpointer->completed() : 0;
}

int Database::latestSchemaVersion()
{
    return int(schemaMigrations().size());
}

bool Database::openConnection(const QString &file, Access access, QString *error)
{
    closeConnection();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    switch (access) {
    case Access::Immutable:
        // In a folder we cannot write, SQLite cannot make the WAL index; `immutable` reads the file as it is.
        db.setDatabaseName(QUrl::fromLocalFile(file).toString(QUrl::FullyEncoded) + QStringLiteral("?immutable=1"));
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1;QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI").arg(busyTimeoutMs.load()));
        break;
    case Access::ReadOnly:
        // Sees what other connections committed (the WAL included) and never checkpoints into the file.
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1;QSQLITE_OPEN_READONLY").arg(busyTimeoutMs.load()));
        break;
    case Access::ReadWrite:
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs.load()));
        break;
    }
    if (!db.open()) {
        *error = describeSqlError(db.lastError());
        return false;
    }
    return true;
}

bool Database::configure(QString *error, QSqlError *failure)
{
    QSqlQuery q(connection());
    // Reading the schema is the first thing that fails on a file that is not a database.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.exec(QStringLiteral("PRAGMA foreign_keys = ON"))) {
        *error = describeSqlError(q.lastError());
        if (failure)
            *failure = q.lastError();
        return false;
    }
    if (connection().databaseName() == QLatin1String(":memory:") || connection().connectOptions().contains(QLatin1String("READONLY")))
        return true;
    // WAL with synchronous=NORMAL: a commit survives the process being killed at any moment; only a power cut can
    // lose the last transactions, never corrupt the file.
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next()
        || q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0
        || !q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"))) {
        *error = q.lastError().text().isEmpty() ? tr("cannot switch to WAL mode") : describeSqlError(q.lastError());
        if (failure)
            *failure = q.lastError();
        return false;
    }
    // Checkpoints run in the Checkpointer's thread, not in the thread that commits (an answer on the UI thread).
    q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
    return true;
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool Database::migrate(QString *error)
{
    const auto &steps = schemaMigrations();
    if (schemaVersion() >= steps.size())
        return true;
    // Every pending step in one transaction, each ending with its user_version: another connection sees the schema
    // before or after, never half-way (it would take a database being created for one to upgrade, and back it up).
    return transaction([&] {
        // Read again under the write lock: another process (the app and a command starting together on a new data
        // folder) may have made these steps since.
        for (int version = schemaVersion() + 1; version <= steps.size(); ++version) {
            QString failure;
            for (const QString &sql : steps[version - 1]) {
                if (!runStatement(connection(), sql, {}, &failure)) {
                    *error = tr("migration to schema %1 failed: %2").arg(version).arg(failure);
                    return false;
                }
            }
            if (!runStatement(connection(), QStringLiteral("PRAGMA user_version = %1").arg(version), {}, error))
                return false;
            qCInfo(lcDatabase) << "migrated" << m_file << "to schema" << version;
        }
        return true;
    }, error);
}

bool Database::open(const QString &file, const QString &backupDir, QString *error)
{
    openFile(file, backupDir);
    if (m_mode == Mode::Normal)
        return true;
    if (error)
        *error = m_notice;
    return false;
}

void Database::openFile(const QString &file, const QString &backupDir)
{
    close();
    m_file = file;
    m_backupDir = backupDir;
    m_notice.clear();
    const QFileInfo info(file);
    const bool exists = info.exists();
    const bool writableFolder = DatabaseFile::folderIsWritable(info.absolutePath());
    QString error;

    if (exists && !info.isFile()) {
        DatabaseFallback::toMemory(*this, tr("%1 is not a file; it was left untouched.").arg(file));
        return;
    }
    if (exists) {
        const QString problem = DatabaseFile::headerProblem(file);
        if (!problem.isEmpty()) {
            if (!info.isReadable() || problem == QFile(file).errorString()) {
                DatabaseFallback::toMemory(*this, tr("Your progress database %1 cannot be read (%2); it was left untouched. "
                                                "Check its permissions.").arg(file, problem));
                return;
            }
            if (writableFolder)
                DatabaseFallback::startFresh(*this, problem);
            else
                DatabaseFallback::toMemory(*this, tr("Your progress database %1 cannot be used (%2) and its folder is not "
                                                "writable; it was left untouched.").arg(file, problem));
            return;
        }
    }
    if (!writableFolder) {
        if (!exists) {
            DatabaseFallback::toMemory(*this, tr("The data folder %1 is not writable, so no progress database can be made "
                                            "there. Fix its permissions or start with --data-dir.")
                                 .arg(info.absolutePath()));
            return;
        }
        if (!openConnection(file, Access::Immutable, &error) || !configure(&error) || quickCheck() != QLatin1String("ok")
            || schemaVersion() != latestSchemaVersion()) {
            DatabaseFallback::toMemory(*this, tr("The data folder %1 is not writable and the progress database there cannot "
                                            "be read as it is; it was left untouched.").arg(info.absolutePath()));
            return;
        }
        m_mode = Mode::ReadOnly;
        m_notice = tr("The data folder %1 is not writable: your progress is shown but nothing new can be "
                                  "saved. Fix its permissions or start with --data-dir.").arg(info.absolutePath());
        return;
    }

    // A write-ahead log that does not fit the file (copied from another database, damaged) is kept aside before
    // anything could checkpoint it into the file.
    QString walNotice;
    if (const QString walProblem = DatabaseFallback::unusableWal(file); !walProblem.isEmpty()) {
        const QString wal = file + QStringLiteral("-wal");
        const QString kept = DatabaseFile::moveAside(wal, QStringLiteral("unusable"));
        QFile::remove(file + QStringLiteral("-shm")); // SQLite's index of that log, rebuilt from the file
        if (kept.isEmpty()) {
            DatabaseFallback::toMemory(*this, tr("The write-ahead log %1 beside your progress database cannot be applied (%2) and "
                                "could not be moved aside; both were left untouched.").arg(wal, walProblem));
            return;
        }
        walNotice = tr("The write-ahead log beside your progress database could not be applied (the check found: "
                       "%1). It was kept as %2 and your progress was opened without it; if that log was your own, your "
                       "last answers before it was written are not included.").arg(walProblem, kept);
        qCWarning(lcDatabase).noquote() << walNotice;
    }
    const auto busyNotice = [&] {
        return tr("Your progress database %1 is busy: another program keeps it locked. It was left untouched; close "
                  "that program and start Deep Dive again.").arg(file);
    };
    // A lock can also be refused at once (SQLite does so rather than risk a deadlock, e.g. while another connection
    // switches a new file to WAL): such a refusal is tried again for as long as a lock is waited for.
    const int busyRetries = std::max(1, busyTimeoutMs.load() / 100);
    // Unchanged since a clean close (and no log of commits beside it): checked after the window is up instead.
    const bool stamped = m_checkDeferrable && exists && walNotice.isEmpty() && CheckedStamp::matches(file);
    QString check;
    for (int attempt = 0;; ++attempt) {
        if (!openConnection(file, Access::ReadWrite, &error)) {
            DatabaseFallback::readOnlyInstead(*this, tr("Your progress database %1 cannot be opened for writing (%2).").arg(file, error));
            return;
        }
        // A newer version's file is refused below, before configure() switches it to WAL: that would already change
        // one in rollback-journal mode (a backup copied back, say, as VACUUM INTO writes them).
        if (schemaVersion() > latestSchemaVersion())
            break;
        // Only what SQLite reports as damage is damage: a lock, a full disk or a read error leaves the file alone.
        QSqlError failure;
        const bool configured = configure(&error, &failure);
        if (configured)
            check = stamped ? QStringLiteral("ok") : runCheck("quick_check", &failure);
        if (isBusyError(failure) && attempt < busyRetries) {
            close();
            QThread::msleep(100);
            continue;
        }
        if (isBusyError(failure)) {
            close();
            DatabaseFallback::toMemory(*this, busyNotice());
            return;
        }
        if (!configured) {
            if (isStorageError(failure))
                DatabaseFallback::readOnlyInstead(*this, tr("Your progress database %1 cannot be written (%2).").arg(file, error));
            else
                DatabaseFallback::startFresh(*this, error);
            return;
        }
        if (isStorageError(failure)) {
            DatabaseFallback::readOnlyInstead(*this, tr("Your progress database %1 cannot be checked (%2).").arg(file, check));
            return;
        }
        break;
    }
    const int version = schemaVersion();
    if (version > latestSchemaVersion()) {
        close();
        DatabaseFallback::toMemory(*this, tr("Your progress database %1 was written by a newer version of Deep Dive (schema "
                                        "%2; this version knows up to %3). It was left untouched: update Deep Dive "
                                        "to use it.").arg(file).arg(version).arg(latestSchemaVersion()));
        return;
    }
    if (check != QLatin1String("ok")) {
        DatabaseFallback::startFresh(*this, tr("the integrity check found: %1").arg(checkSummary(check)));
        return;
    }
    if (version > 0 && version < latestSchemaVersion()) {
        const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        const QString backup = QDir(backupDir).filePath(
            QStringLiteral("deepdive-before-schema-%1-%2.db").arg(latestSchemaVersion()).arg(stamp));
        if (!backupTo(backup, &error)) {
            close();
            DatabaseFallback::toMemory(*this, tr("Your progress database needs an upgrade, but the backup copy made before "
                                            "every upgrade failed (%1). The database was left untouched.").arg(error));
            return;
        }
    }
    if (!migrate(&error)) {
        close();
        DatabaseFallback::toMemory(*this, tr("Upgrading your progress database failed (%1); it was left as it was.").arg(error));
        return;
    }
    m_mode = Mode::Normal;
    m_checkDeferred = stamped;
    m_checkpointer = std::make_unique<Checkpointer>(m_file);
    m_notice = walNotice;
}

void Database::openEmpty()
{
    close();
    DatabaseFallback::toMemory(*this, QString());
}

bool Database::openForInspection(const QString &file, QString *error)
{
    return ReadOnlyOpening::inspect(*this, file, error);
}

bool Database::openForReading(const QString &file, QString *error)
{
    return ReadOnlyOpening::read(*this, file, error);
}

QString Database::runCheck(const char *pragma, QSqlError *failure) const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA %1").arg(QLatin1StringView(pragma)))) {
        if (failure)
            *failure = q.lastError();
        return describeSqlError(q.lastError());
    }
    QStringList result;
    while (q.next())
        result.append(q.value(0).toString());
    return result.join(QLatin1Char('\n'));
}

QString Database::quickCheck() const
{
    return runCheck("quick_check", nullptr);
}

QString Database::integrityCheck() const
{
    return runCheck("integrity_check", nullptr);
}

bool Database::backupTo(const QString &target, QString *error)
const
{
    if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
        *error = tr("cannot create the folder for %1").arg(target);
        return false;
    }
    // Written under a temporary name and renamed, so that an interrupted backup never looks complete.
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    if (!runStatement(connection(), QStringLiteral("VACUUM INTO ?"), {partial}, error)) {
        QFile::remove(partial);
        return false;
    }
    QFile::remove(target);
    if (!QFile::rename(partial, target)) {
        *error = tr("cannot rename %1 to %2").arg(partial, target);
        return false;
    }
    return true;
}

QStringList Database::backups() const
{
    return BackupRotation::list(m_backupDir);
}

bool Database::rotateBackups(const QDateTime &now, int keep, QString *error)
{
    if (m_mode != Mode::Normal)
        return true;
    return BackupRotation::rotate(m_file, m_backupDir, now, keep, error);
}

bool Database::rotateBackupsOf(const QString &file, const QString &backupDir, const QDateTime &now, int keep, QString *error)
{
    return BackupRotation::rotate(file, backupDir, now, keep, error);
}

QString Database::restoreStagingFile() const
{
    return BackupRestore::stagingFileOf(m_file);
}

bool Database::prepareRestore(const QString &backup, const QString &staging, QString *error)
{
    return BackupRestore::prepare(backup, staging, error);
}

void Database::discardRestore(const QString &staging)
{
    BackupRestore::discard(staging);
}

bool Database::restoreBackup(const QString &backup, QString *error)
{
    return prepareRestore(backup, restoreStagingFile(), error) && restorePrepared(backup, error);
}

bool Database::restorePrepared(const QString &backup, QString *error)
{
    return BackupRestore::swapIn(*this, backup, error);
}

bool Database::beginTransaction(QString *error)
{
    // IMMEDIATE takes the write lock up front, so a transaction never fails half-way on a busy database.
    const QString sql = m_transactionDepth == 0 ? QStringLiteral("BEGIN IMMEDIATE")
                                                : QStringLiteral("SAVEPOINT nested%1").arg(m_transactionDepth);
    if (!runStatement(connection(), sql, {}, error))
        return false;
    ++m_transactionDepth;
    return true;
}

bool Database::endTransaction(bool commit, QString *error)
{
    --m_transactionDepth;
    const bool outer = m_transactionDepth == 0;
    QSqlQuery q(connection());
    if (commit && q.exec(outer ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE nested%1").arg(m_transactionDepth))) {
        if (outer && m_checkpointer && ++m_commits % checkpointEvery == 0)
            m_checkpointer->request();
        return true;
    }
    if (commit)
        *error = describeSqlError(q.lastError());
    QSqlQuery rollback(connection());
    if (outer) {
        rollback.exec(QStringLiteral("ROLLBACK"));
    } else {
        rollback.exec(QStringLiteral("ROLLBACK TO nested%1").arg(m_transactionDepth));
        rollback.exec(QStringLiteral("RELEASE nested%1").arg(m_transactionDepth));
    }
    return false;
}

} // namespace DeepDive
