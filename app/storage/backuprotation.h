#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

class QFileInfo;

namespace DeepDive {

// The database's backup folder: one daily copy (deepdive-yyyy-MM-dd.db), the newest `keep` of them kept, beside the
// copies made before a schema upgrade (deepdive-before-schema-N-yyyyMMdd-HHmmss.db), which are never rotated.
class BackupRotation
{
public:
    // Every backup in `backupDir`, newest first (by madeAt, then by name).
    static QStringList list(const QString &backupDir);
    // When a backup was made, from its name: a stamped name carries the time; a daily one the day, and its file's
    // time (when on that day) the time of day. Any other file: its modification time.
    static QDateTime madeAt(const QFileInfo &backup);
    // Makes today's backup of `file` if there is none yet (a consistent copy through a read-only connection of its
    // own: callable from any thread while another connection writes) and keeps the newest `keep` daily backups.
    static bool rotate(const QString &file, const QString &backupDir, const QDateTime &now, int keep, QString *error);
};

} // namespace DeepDive
