#include "databasefile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryFile>

namespace DeepDive {

QString DatabaseFile::headerProblem(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return f.errorString();
    if (f.size() == 0)
        return {};
    const QByteArray header = f.read(16);
    // The messages keep the context they always had, and their translations with it.
    if (header != QByteArrayView("SQLite format 3\0", 16))
        return QCoreApplication::translate("DeepDive::Database", "it is not a SQLite database");
    if (f.size() < 512)
        return QCoreApplication::translate("DeepDive::Database", "it is truncated");
    return {};
}

bool DatabaseFile::folderIsWritable(const QString &folder)
{
    QTemporaryFile probe(QDir(folder).filePath(QStringLiteral(".deepdive-write-test-XXXXXX")));
    return probe.open();
}

bool DatabaseFile::moveWithCompanions(const QString &from, const QString &to)
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

QString DatabaseFile::moveAside(const QString &file, const QString &reason)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = QStringLiteral("%1.%2-%3").arg(file, reason, stamp);
    for (int n = 2; QFile::exists(target); ++n)
        target = QStringLiteral("%1.%2-%3-%4").arg(file, reason, stamp).arg(n);
    return QFile::exists(file) && moveWithCompanions(file, target) ? target : QString();
}

} // namespace DeepDive
