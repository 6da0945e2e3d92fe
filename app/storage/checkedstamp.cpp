#include "checkedstamp.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <optional>

#include <sys/stat.h>

namespace DeepDive {

namespace {

constexpr QLatin1StringView header("deepdive-checked 1 ");

// The file's identity and state: a copy or a replacement (another inode), a write (size, time) all differ.
std::optional<QByteArray> describe(const QString &file)
{
    struct stat st;
    if (::stat(QFile::encodeName(file).constData(), &st) != 0 || !S_ISREG(st.st_mode))
        return std::nullopt;
    return QByteArray(header.data(), header.size())
        + QByteArray::number(quint64(st.st_dev)) + ' ' + QByteArray::number(quint64(st.st_ino)) + ' '
        + QByteArray::number(qint64(st.st_size)) + ' ' + QByteArray::number(qint64(st.st_mtim.tv_sec)) + '.'
        + QByteArray::number(qint64(st.st_mtim.tv_nsec)) + '\n';
}

} // namespace

QString CheckedStamp::stampFile(const QString &database)
{
    return database + QStringLiteral("-checked");
}

bool CheckedStamp::record(const QString &database, QString *error)
{
    const std::optional<QByteArray> now = describe(database);
    if (!now) {
        *error = QStringLiteral("%1 cannot be read").arg(database);
        return false;
    }
    QSaveFile stamp(stampFile(database));
    if (!stamp.open(QIODevice::WriteOnly) || stamp.write(*now) != now->size() || !stamp.commit()) {
        *error = stamp.errorString();
        return false;
    }
    return true;
}

bool CheckedStamp::matches(const QString &database)
{
    const QFileInfo wal(database + QStringLiteral("-wal"));
    if (wal.exists() && wal.size() > 0)
        return false; // commits not yet in the file, or left by a session that did not close
    QFile stamp(stampFile(database));
    if (!stamp.open(QIODevice::ReadOnly))
        return false;
    const std::optional<QByteArray> now = describe(database);
    return now && stamp.read(256) == *now;
}

void CheckedStamp::forget(const QString &database)
{
    QFile::remove(stampFile(database));
}

} // namespace DeepDive
