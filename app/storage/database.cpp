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
#include <QTemporaryFile>
#include <QUrl>

#include <algorithm>
#include <atomic>

Q_LOGGING_CATEGORY(lcDatabase, "deepdive.storage.database", QtWarningMsg)

namespace DeepDive {

namespace {

std::atomic_int connectionCounter{0};

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

int Database::checkpointsDone() const
{
    return m_checkpointer ? m_checkpointer->completed() : 0;
}

int Database::latestSchemaVersion()
{
    return int(schemaMigrations().size());
}

bool Database::openConnection(const QString &file, bool readOnly, QString *error)
{
    close();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (readOnly) {
        // In a folder we cannot write, SQLite cannot make the WAL index; `immutable` reads the file as it is.
        db.setDatabaseName(QUrl::fromLocalFile(file).toString(QUrl::FullyEncoded) + QStringLiteral("?immutable=1"));
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    } else {
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}

bool Database::configure(QString *error)
{
    QSqlQuery q(connection());
    // Reading the schema is the first thing that fails on a file that is not a database.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.exec(QStringLiteral("PRAGMA foreign_keys = ON"))) {
        *error = q.lastError().text();
        return false;
    }
    if (connection().databaseName() == QLatin1String(":memory:") || connection().connectOptions().contains(QLatin1String("READONLY")))
        return true;
    // WAL with synchronous=NORMAL: a commit survives the process being killed at any moment; only a power cut can
    // lose the last transactions, never corrupt the file.
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next()
        || q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0
        || !q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"))) {
        *error = q.lastError().text().isEmpty() ? tr("cannot switch to WAL mode") : q.lastError().text();
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
    const int from = schemaVersion();
    const auto &steps = schemaMigrations();
    for (int version = from + 1; version <= steps.size(); ++version) {
        const bool ok = transaction([&] {
            QSqlQuery q(connection());
            for (const QString &sql : steps[version - 1]) {
                if (!q.exec(sql)) {
                    *error = tr("migration to schema %1 failed: %2").arg(version).arg(q.lastError().text());
                    return false;
                }
            }
            if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version))) {
                *error = q.lastError().text();
                return false;
            }
            return true;
        }, error);
        if (!ok)
            return false;
        qCInfo(lcDatabase) << "migrated" << m_file << "to schema" << version;
    }
    return true;
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
    if (!openConnection(QStringLiteral(":memory:"), false, &error) || !configure(&error) || !migrate(&error))
        qCCritical(lcDatabase) << "even an in-memory database failed:" << error;
    m_mode = Mode::Memory;
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
    if (!openConnection(m_file, false, &error) || !configure(&error) || !migrate(&error)) {
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
        if (!openConnection(file, true, &error) || !configure(&error) || quickCheck() != QLatin1String("ok")
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

    if (!openConnection(file, false, &error)) {
        fallBackToMemory(tr("Your progress database %1 cannot be opened (%2); it was left untouched.")
                             .arg(file, error));
        return;
    }
    if (!configure(&error)) {
        startFresh(error);
        return;
    }
    const QString check = quickCheck();
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
}

QString Database::quickCheck() const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA quick_check")))
        return q.lastError().text();
    QStringList result;
    while (q.next())
        result.append(q.value(0).toString());
    return result.join(QLatin1Char('\n'));
}

QString Database::integrityCheck() const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return q.lastError().text();
    QStringList result;
    while (q.next())
        result.append(q.value(0).toString());
    return result.join(QLatin1Char('\n'));
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
        *error = q.lastError().text();
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
    const QDir dir(m_backupDir);
    const QString today = dir.filePath(QStringLiteral("deepdive-%1.db").arg(now.date().toString(Qt::ISODate)));
    if (!QFile::exists(today) && !backupTo(today, error))
        return false;
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
    if (!candidate.openConnection(copy, false, &error) || !candidate.configure(&error))
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

bool Database::restoreBackup(const QString &backup, QString *error)
{
    // The backup is copied next to the database and opened (and upgraded) there first: until that copy is known to
    // work, the current database stays open and untouched.
    const QString staging = m_file + QStringLiteral(".restoring");
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
        *error = q.lastError().text();
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
        *error = q.lastError().text();
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
