#include "database.h"

#include "checkpointer.h"

#include "migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QThread>
#include <QUrl>

#include <algorithm>
#include <atomic>

Q_LOGGING_CATEGORY(lcDatabase, "deepdive.storage.database", QtWarningMsg)

namespace DeepDive {

namespace {

std::atomic_int connectionCounter{0};
std::atomic_int busyTimeoutMs{5000};

bool folderIsWritable(const QString &folder)
{
    QTemporaryFile probe(QDir(folder).filePath(QStringLiteral(".deepdive-write-test-XXXXXX")));
    return probe.open();
}

// 0: a SQLite file (or an empty one, which SQLite treats as new); otherwise what is wrong with it.
QString headerProblem(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return f.errorString();
    if (f.size() == 0)
        return {};
    const QByteArray header = f.read(16);
    if (header != QByteArrayView("SQLite format 3\0", 16))
        return QCoreApplication::translate("DeepDive::Database", "it is not a SQLite database");
    if (f.size() < 512)
        return QCoreApplication::translate("DeepDive::Database", "it is truncated");
    return {};
}

} // namespace

bool isStorageError(const QSqlError &error)
{
    bool ok = false;
    const int primary = error.nativeErrorCode().toInt(&ok) & 0xff;
    return ok && (primary == 8 /* READONLY */ || primary == 10 /* IOERR */ || primary == 13 /* FULL */
                  || primary == 14 /* CANTOPEN */);
}

bool isBusyError(const QSqlError &error)
{
    bool ok = false;
    const int primary = error.nativeErrorCode().toInt(&ok) & 0xff; // extended codes keep the primary in the low byte
    return ok && (primary == 5 /* SQLITE_BUSY */ || primary == 6 /* SQLITE_LOCKED */);
}

QString describeSqlError(const QSqlError &error)
{
    bool ok = false;
    const int primary = error.nativeErrorCode().toInt(&ok) & 0xff;
    QString plain;
    if (ok) {
        switch (primary) {
        case 5:
        case 6:
            plain = QCoreApplication::translate("DeepDive::Database", "the database is busy: another program is writing to it");
            break;
        case 8:
            plain = QCoreApplication::translate("DeepDive::Database", "the database cannot be written (read-only file or folder)");
            break;
        case 10:
            plain = QCoreApplication::translate("DeepDive::Database", "the disk reported a read or write error");
            break;
        case 11:
            plain = QCoreApplication::translate("DeepDive::Database", "the database file is damaged");
            break;
        case 13:
            plain = QCoreApplication::translate("DeepDive::Database", "the disk is full");
            break;
        case 14:
            plain = QCoreApplication::translate("DeepDive::Database", "the database file cannot be opened");
            break;
        case 26:
            plain = QCoreApplication::translate("DeepDive::Database", "the file is not a SQLite database");
            break;
        default:
            break;
        }
    }
    const QString raw = error.text().trimmed();
    if (plain.isEmpty())
        return raw;
    return raw.isEmpty() ? plain : QStringLiteral("%1 (SQLite: %2)").arg(plain, raw);
}

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
    close();
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

QString Database::unusableWal(const QString &file)
{
    const QFileInfo wal(file + QStringLiteral("-wal"));
    if (!wal.exists() || wal.size() == 0)
        return {};
    QString problem;
    {
        Database withLog;
        QString error;
        if (!withLog.openConnection(file, Access::ReadOnly, &error))
            return {}; // not a question of the log: opening reports it
        QSqlError failure;
        problem = withLog.runCheck("quick_check", &failure);
        if (failure.isValid() || problem == QLatin1String("ok"))
            return {}; // busy, or the disk: not a question of what the log holds

    }
    Database fileAlone;
    QString error;
    if (!fileAlone.openConnection(file, Access::Immutable, &error) || fileAlone.quickCheck() != QLatin1String("ok"))
        return {}; // the file itself is damaged
    return problem.left(200);
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
            QSqlQuery q(connection());
            for (const QString &sql : steps[version - 1]) {
                if (!q.exec(sql)) {
                    *error = tr("migration to schema %1 failed: %2").arg(version).arg(describeSqlError(q.lastError()));
                    return false;
                }
            }
            if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version))) {
                *error = describeSqlError(q.lastError());
                return false;
            }
            qCInfo(lcDatabase) << "migrated" << m_file << "to schema" << version;
        }
        return true;
    }, error);
}

// Renames `from` and its -wal/-shm companions to `to` (and its companions), or removes them when `to` is empty. False
// when `from` exists and could not be moved; its companions then stay with it.
static bool moveWithCompanions(const QString &from, const QString &to)
{
    for (const char *suffix : {"", "-wal", "-shm"}) {
        const QString file = from + QLatin1StringView(suffix);
        if (!QFile::exists(file))
            continue;
        const bool moved = to.isEmpty() ? QFile::remove(file) : QFile::rename(file, to + QLatin1StringView(suffix));
        if (!moved && *suffix == '\0')
            return false;
    }
    return true;
}

QString Database::moveAside(const QString &file, const QString &reason)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = QStringLiteral("%1.%2-%3").arg(file, reason, stamp);
    for (int n = 2; QFile::exists(target); ++n)
        target = QStringLiteral("%1.%2-%3-%4").arg(file, reason, stamp).arg(n);
    return QFile::exists(file) && moveWithCompanions(file, target) ? target : QString();
}

void Database::fallBackToMemory(const QString &why)
{
    QString error;
    if (!openConnection(QStringLiteral(":memory:"), Access::ReadWrite, &error) || !configure(&error) || !migrate(&error))
        qCCritical(lcDatabase) << "even an in-memory database failed:" << error;
    m_mode = Mode::Memory;
    m_notice.clear();
    if (why.isEmpty())
        return; // asked for: nothing went wrong
    m_notice = why + QLatin1Char(' ')
        + tr("Deep Dive is running without saving: your answers, bookmarks and notes from this session will "
                         "not be kept.");
    qCWarning(lcDatabase).noquote() << m_notice;
}

void Database::startFresh(const QString &why)
{
    close();
    const QString moved = moveAside(m_file, QStringLiteral("damaged"));
    if (moved.isEmpty()) {
        fallBackToMemory(tr("Your progress database %1 cannot be used (%2) and could not be moved aside; it "
                                        "was left untouched.").arg(m_file, why));
        return;
    }
    QString error;
    if (!openConnection(m_file, Access::ReadWrite, &error) || !configure(&error) || !migrate(&error)) {
        fallBackToMemory(tr("Your progress database could not be used (%1) and a new one could not be made "
                                        "(%2). The damaged file was kept as %3.").arg(why, error, moved));
        return;
    }
    m_mode = Mode::Normal;
    m_checkpointer = std::make_unique<Checkpointer>(m_file);
    m_notice = tr("Your progress database could not be used (%1). It was kept as %2 and Deep Dive started a "
                              "new one. You can bring back an earlier state with File > Restore Backup.")
                   .arg(why, moved);
    qCWarning(lcDatabase).noquote() << m_notice;
}

void Database::open(const QString &file, const QString &backupDir)
{
    close();
    m_file = file;
    m_backupDir = backupDir;
    m_notice.clear();
    const QFileInfo info(file);
    const bool exists = info.exists();
    const bool writableFolder = folderIsWritable(info.absolutePath());
    QString error;

    if (exists && !info.isFile()) {
        fallBackToMemory(tr("%1 is not a file; it was left untouched.").arg(file));
        return;
    }
    if (exists) {
        const QString problem = headerProblem(file);
        if (!problem.isEmpty()) {
            if (!info.isReadable() || problem == QFile(file).errorString()) {
                fallBackToMemory(tr("Your progress database %1 cannot be read (%2); it was left untouched. "
                                                "Check its permissions.").arg(file, problem));
                return;
            }
            if (writableFolder)
                startFresh(problem);
            else
                fallBackToMemory(tr("Your progress database %1 cannot be used (%2) and its folder is not "
                                                "writable; it was left untouched.").arg(file, problem));
            return;
        }
    }
    if (!writableFolder) {
        if (!exists) {
            fallBackToMemory(tr("The data folder %1 is not writable, so no progress database can be made "
                                            "there. Fix its permissions or start with --data-dir.")
                                 .arg(info.absolutePath()));
            return;
        }
        if (!openConnection(file, Access::Immutable, &error) || !configure(&error) || quickCheck() != QLatin1String("ok")
            || schemaVersion() != latestSchemaVersion()) {
            fallBackToMemory(tr("The data folder %1 is not writable and the progress database there cannot "
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
    if (const QString walProblem = unusableWal(file); !walProblem.isEmpty()) {
        const QString wal = file + QStringLiteral("-wal");
        const QString kept = moveAside(wal, QStringLiteral("unusable"));
        QFile::remove(file + QStringLiteral("-shm")); // SQLite's index of that log, rebuilt from the file
        if (kept.isEmpty()) {
            fallBackToMemory(tr("The write-ahead log %1 beside your progress database cannot be applied (%2) and "
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
    QString check;
    for (int attempt = 0;; ++attempt) {
        if (!openConnection(file, Access::ReadWrite, &error)) {
            openReadOnlyInstead(tr("Your progress database %1 cannot be opened for writing (%2).").arg(file, error));
            return;
        }
        // Only what SQLite reports as damage is damage: a lock, a full disk or a read error leaves the file alone.
        QSqlError failure;
        const bool configured = configure(&error, &failure);
        if (configured)
            check = runCheck("quick_check", &failure);
        if (isBusyError(failure) && attempt < busyRetries) {
            close();
            QThread::msleep(100);
            continue;
        }
        if (isBusyError(failure)) {
            close();
            fallBackToMemory(busyNotice());
            return;
        }
        if (!configured) {
            if (isStorageError(failure))
                openReadOnlyInstead(tr("Your progress database %1 cannot be written (%2).").arg(file, error));
            else
                startFresh(error);
            return;
        }
        if (isStorageError(failure)) {
            openReadOnlyInstead(tr("Your progress database %1 cannot be checked (%2).").arg(file, check));
            return;
        }
        break;
    }
    if (check != QLatin1String("ok")) {
        startFresh(tr("the integrity check found: %1").arg(check.left(200)));
        return;
    }
    const int version = schemaVersion();
    if (version > latestSchemaVersion()) {
        close();
        fallBackToMemory(tr("Your progress database %1 was written by a newer version of Deep Dive (schema "
                                        "%2; this version knows up to %3). It was left untouched: update Deep Dive "
                                        "to use it.").arg(file).arg(version).arg(latestSchemaVersion()));
        return;
    }
    if (version > 0 && version < latestSchemaVersion()) {
        const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        const QString backup = QDir(backupDir).filePath(
            QStringLiteral("deepdive-before-schema-%1-%2.db").arg(latestSchemaVersion()).arg(stamp));
        if (!backupTo(backup, &error)) {
            close();
            fallBackToMemory(tr("Your progress database needs an upgrade, but the backup copy made before "
                                            "every upgrade failed (%1). The database was left untouched.").arg(error));
            return;
        }
    }
    if (!migrate(&error)) {
        close();
        fallBackToMemory(tr("Upgrading your progress database failed (%1); it was left as it was.").arg(error));
        return;
    }
    m_mode = Mode::Normal;
    m_checkpointer = std::make_unique<Checkpointer>(m_file);
    m_notice = walNotice;
}

void Database::openReadOnlyInstead(const QString &why)
{
    close();
    const QString file = m_file;
    const QString backupDir = m_backupDir;
    QString error;
    const auto usable = [this] { return quickCheck() == QLatin1String("ok") && schemaVersion() == latestSchemaVersion(); };
    bool readable = openForInspection(file, &error) && usable();
    // The failed attempt may have left an empty log, whose index SQLite cannot make now: the file alone is all.
    if (!readable && QFileInfo(file + QStringLiteral("-wal")).size() == 0)
        readable = openConnection(file, Access::Immutable, &error) && usable();
    m_backupDir = backupDir;
    if (readable) {
        m_mode = Mode::ReadOnly;
        m_notice = why + QLatin1Char(' ')
            + tr("Your progress is shown, but nothing new can be saved until that is fixed (for example, until "
                 "space is freed on the disk); then start Deep Dive again. The file was left untouched.");
        qCWarning(lcDatabase).noquote() << m_notice;
        return;
    }
    close();
    fallBackToMemory(why + QLatin1Char(' ') + tr("It was left untouched."));
}

void Database::openEmpty()
{
    close();
    fallBackToMemory({});
}

QString Database::busyReadError(const QString &file)
{
    return tr("%1 is busy: another program keeps it locked. Nothing was read; try again when it has finished.").arg(file);
}

bool Database::openForInspection(const QString &file, QString *error)
{
    close();
    m_file = file;
    m_backupDir.clear();
    m_notice.clear();
    const QFileInfo info(file);
    if (!info.exists()) {
        *error = tr("there is no progress database at %1 yet (Deep Dive makes it when it first starts)").arg(file);
        return false;
    }
    if (!info.isFile()) {
        *error = tr("%1 is not a file").arg(file);
        return false;
    }
    if (const QString problem = headerProblem(file); !problem.isEmpty()) {
        *error = tr("%1 cannot be read as a progress database: %2").arg(file, problem);
        return false;
    }
    // Without a write-ahead log beside it, no connection has the file open (an open WAL connection keeps its log):
    // the file is read as it is, and nothing is created beside it, not even SQLite's -wal and -shm companions. With
    // a log, a read-only connection sees what was committed to it, and never checkpoints it into the file.
    const QFileInfo wal(file + QStringLiteral("-wal"));
    if (!openConnection(file, wal.exists() ? Access::ReadOnly : Access::Immutable, error))
        return false;
    QSqlError failure;
    {
        QSqlQuery q(connection());
        if (q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
            m_mode = Mode::ReadOnly;
            return true;
        }
        failure = q.lastError();
    }
    close();
    if (isBusyError(failure)) {
        *error = busyReadError(file);
    } else if (wal.exists() && !folderIsWritable(info.absolutePath())) {
        // SQLite needs to write its index (-shm) beside the file to read the log.
        *error = tr("%1 cannot be read here: its folder is not writable, and SQLite must write beside the file to "
                    "read the changes kept in %2. Copy the folder somewhere writable and use the copy.")
                     .arg(file, wal.fileName());
    } else {
        *error = tr("%1 cannot be read: %2").arg(file, describeSqlError(failure));
    }
    return false;
}

bool Database::openForReading(const QString &file, QString *error)
{
    if (!openForInspection(file, error))
        return false;
    QSqlError failure;
    const QString check = runCheck("quick_check", &failure);
    const bool busy = isBusyError(failure);
    if (busy || check != QLatin1String("ok")) {
        close();
        *error = busy ? busyReadError(file)
                      : tr("%1 is damaged (the integrity check found: %2). Nothing was read and the file was left "
                           "untouched: start Deep Dive to keep it aside and go on from a backup.")
                            .arg(file, check.left(200));
        return false;
    }
    const int version = schemaVersion();
    if (version > latestSchemaVersion()) {
        close();
        *error = tr("%1 was written by a newer version of Deep Dive (schema %2; this version knows up to %3). It was "
                    "left untouched: update Deep Dive to read it.").arg(file).arg(version).arg(latestSchemaVersion());
        return false;
    }
    if (version < latestSchemaVersion()) {
        // An older schema is read through a copy upgraded in a temporary folder: the file itself never changes here.
        auto snapshotDir = std::make_unique<QTemporaryDir>();
        const QString copy = snapshotDir->filePath(QStringLiteral("progress.db"));
        QString problem;
        if (!snapshotDir->isValid())
            problem = snapshotDir->errorString();
        else if (backupTo(copy, &problem)) {
            close();
            if (openConnection(copy, Access::ReadWrite, &problem) && configure(&problem) && migrate(&problem)) {
                m_snapshotDir = std::move(snapshotDir);
                m_file = file;
                m_mode = Mode::ReadOnly;
                return true;
            }
        }
        close();
        *error = tr("%1 has an older schema (%2), and the upgraded copy needed to read it could not be made (%3). "
                    "It was left untouched.").arg(file).arg(version).arg(problem);
        return false;
    }
    return true;
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
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(partial);
    if (!q.exec()) {
        *error = describeSqlError(q.lastError());
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

// When a backup was made, from its name: deepdive-before-schema-N-yyyyMMdd-HHmmss.db carries the time;
// deepdive-yyyy-MM-dd.db the day, and its file's time (when on that day) the time of day.
static QDateTime backupTime(const QFileInfo &file)
{
    static const QRegularExpression stamped(QStringLiteral("-(\\d{8}-\\d{6})\\.db$"));
    static const QRegularExpression daily(QStringLiteral("^deepdive-(\\d{4}-\\d{2}-\\d{2})\\.db$"));
    if (const auto m = stamped.match(file.fileName()); m.hasMatch())
        return QDateTime::fromString(m.captured(1), QStringLiteral("yyyyMMdd-HHmmss"));
    if (const auto m = daily.match(file.fileName()); m.hasMatch()) {
        const QDate day = QDate::fromString(m.captured(1), Qt::ISODate);
        const QDateTime modified = file.lastModified();
        return modified.date() == day ? modified : QDateTime(day, QTime(0, 0));
    }
    return file.lastModified();
}

QStringList Database::backups() const
{
    const QDir dir(m_backupDir);
    QList<std::pair<QDateTime, QString>> found;
    for (const QFileInfo &file : dir.entryInfoList({QStringLiteral("deepdive-*.db")}, QDir::Files))
        found.append({backupTime(file), file.filePath()});
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second > b.second;
    });
    QStringList files;
    for (const auto &entry : std::as_const(found))
        files.append(entry.second);
    return files; // newest first
}

bool Database::rotateBackups(const QDateTime &now, int keep, QString *error)
{
    if (m_mode != Mode::Normal)
        return true;
    return rotateBackupsOf(m_file, m_backupDir, now, keep, error);
}

bool Database::rotateBackupsOf(const QString &file, const QString &backupDir, const QDateTime &now, int keep, QString *error)
{
    const QDir dir(backupDir);
    const QString today = dir.filePath(QStringLiteral("deepdive-%1.db").arg(now.date().toString(Qt::ISODate)));
    if (!QFile::exists(today)) {
        // A connection of its own, read-only: this runs in a worker while the window goes on writing.
        Database source;
        if (!source.openConnection(file, Access::ReadOnly, error) || !source.backupTo(today, error))
            return false;
    }
    // Only the daily backups rotate; the copies made before upgrades are kept.
    static const QRegularExpression daily(QStringLiteral("^deepdive-\\d{4}-\\d{2}-\\d{2}\\.db$"));
    QStringList dailies;
    for (const QString &name : dir.entryList({QStringLiteral("deepdive-*.db")}, QDir::Files, QDir::Name | QDir::Reversed)) {
        if (daily.match(name).hasMatch())
            dailies.append(name);
    }
    for (qsizetype i = keep; i < dailies.size(); ++i)
        QFile::remove(dir.filePath(dailies[i]));
    return true;
}

QString Database::restoreProblem(const QString &copy)
{
    if (QFileInfo(copy).size() == 0)
        return tr("it is empty");
    if (const QString problem = headerProblem(copy); !problem.isEmpty())
        return problem;
    Database candidate;
    candidate.m_file = copy;
    QString error;
    if (!candidate.openConnection(copy, Access::ReadWrite, &error) || !candidate.configure(&error))
        return tr("it cannot be opened (%1)").arg(error);
    if (const QString check = candidate.quickCheck(); check != QLatin1String("ok"))
        return tr("it is damaged (the integrity check found: %1)").arg(check.left(200));
    const int version = candidate.schemaVersion();
    if (version > latestSchemaVersion())
        return tr("it was written by a newer version of Deep Dive (schema %1; this version knows up to %2)")
            .arg(version)
            .arg(latestSchemaVersion());
    if (version < 1)
        return tr("it is not a Deep Dive backup");
    if (!candidate.migrate(&error))
        return tr("it cannot be upgraded to this version (%1)").arg(error);
    return {};
}

QString Database::restoreStagingFile() const
{
    return m_file + QStringLiteral(".restoring");
}

bool Database::prepareRestore(const QString &backup, const QString &staging, QString *error)
{
    // The backup is copied next to the database and opened (and upgraded) there first: until that copy is known to
    // work, the current database stays open and untouched.
    moveWithCompanions(staging, {});
    QFile source(backup);
    if (!source.copy(staging)) {
        *error = tr("%1 cannot be restored: %2. Nothing was changed.").arg(backup, source.errorString());
        moveWithCompanions(staging, {});
        return false;
    }
    QFile(staging).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    const QString problem = restoreProblem(staging);
    QFile::remove(staging + QStringLiteral("-wal")); // the check's connection has closed: they hold nothing
    QFile::remove(staging + QStringLiteral("-shm"));
    if (!problem.isEmpty()) {
        moveWithCompanions(staging, {});
        *error = tr("%1 cannot be restored: %2. Nothing was changed.").arg(backup, problem);
        return false;
    }
    return true;
}

void Database::discardRestore(const QString &staging)
{
    moveWithCompanions(staging, {});
}

bool Database::restoreBackup(const QString &backup, QString *error)
{
    return prepareRestore(backup, restoreStagingFile(), error) && restorePrepared(backup, error);
}

bool Database::restorePrepared(const QString &backup, QString *error)
{
    const QString staging = restoreStagingFile();
    close();
    const QString moved = QFile::exists(m_file) ? moveAside(m_file, QStringLiteral("before-restore")) : QString();
    if (QFile::exists(m_file) && moved.isEmpty()) {
        moveWithCompanions(staging, {});
        *error = tr("cannot move %1 aside; nothing was changed").arg(m_file);
        open(m_file, m_backupDir);
        return false;
    }
    if (QFile::rename(staging, m_file)) {
        open(m_file, m_backupDir);
        if (m_mode == Mode::Normal)
            return true;
        *error = tr("%1 could not be opened after it was restored (%2). Your progress was put back as it was.")
                     .arg(backup, m_notice);
        close();
    } else {
        *error = tr("cannot rename %1 to %2; nothing was changed").arg(staging, m_file);
    }
    moveWithCompanions(staging, {});
    moveWithCompanions(m_file, {});
    if (!moved.isEmpty())
        moveWithCompanions(moved, m_file);
    open(m_file, m_backupDir);
    return false;
}

bool Database::beginTransaction(QString *error)
{
    QSqlQuery q(connection());
    // IMMEDIATE takes the write lock up front, so a transaction never fails half-way on a busy database.
    const QString sql = m_transactionDepth == 0 ? QStringLiteral("BEGIN IMMEDIATE")
                                                : QStringLiteral("SAVEPOINT nested%1").arg(m_transactionDepth);
    if (!q.exec(sql)) {
        *error = describeSqlError(q.lastError());
        return false;
    }
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
