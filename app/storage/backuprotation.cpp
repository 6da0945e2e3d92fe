#include "backuprotation.h"

#include "database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace DeepDive {

QDateTime BackupRotation::madeAt(const QFileInfo &backup)
{
    static const QRegularExpression stamped(QStringLiteral("-(\\d{8}-\\d{6})\\.db$"));
    static const QRegularExpression daily(QStringLiteral("^deepdive-(\\d{4}-\\d{2}-\\d{2})\\.db$"));
    if (const auto m = stamped.match(backup.fileName()); m.hasMatch())
        return QDateTime::fromString(m.captured(1), QStringLiteral("yyyyMMdd-HHmmss"));
    if (const auto m = daily.match(backup.fileName()); m.hasMatch()) {
        const QDate day = QDate::fromString(m.captured(1), Qt::ISODate);
        const QDateTime modified = backup.lastModified();
        return modified.date() == day ? modified : QDateTime(day, QTime(0, 0));
    }
    return backup.lastModified();
}

QStringList BackupRotation::list(const QString &backupDir)
{
    const QDir dir(backupDir);
    QList<std::pair<QDateTime, QString>> found;
    for (const QFileInfo &file : dir.entryInfoList({QStringLiteral("deepdive-*.db")}, QDir::Files))
        found.append({madeAt(file), file.filePath()});
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second > b.second;
    });
    QStringList files;
    for (const auto &entry : std::as_const(found))
        files.append(entry.second);
    return files;
}

bool BackupRotation::rotate(const QString &file, const QString &backupDir, const QDateTime &now, int keep, QString *error)
{
    const QDir dir(backupDir);
    const QString today = dir.filePath(QStringLiteral("deepdive-%1.db").arg(now.date().toString(Qt::ISODate)));
    if (!QFile::exists(today)) {
        // A connection of its own, read-only: this runs in a worker while the window goes on writing.
        Database source;
        if (!source.openConnection(file, Database::Access::ReadOnly, error) || !source.backupTo(today, error))
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
        QFile::remove(dir.filePath(dailies[i])); // one left behind is tried again tomorrow: today's copy is made
    return true;
}

} // namespace DeepDive
