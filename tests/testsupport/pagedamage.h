#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <fcntl.h>
#include <sys/stat.h>

namespace DeepDive::Test {

// Scribbles over pages 3 to 5 of the SQLite database `file` (its header still says SQLite, the b-trees there are
// garbage), then gives the file back its times: damage as a failing disk makes it, which no write explains (the file's
// size, times and inode are as they were). False when the file is too small or could not be written.
inline bool damagePagesUnseen(const QString &file)
{
    const QByteArray name = QFile::encodeName(file);
    struct stat before;
    if (::stat(name.constData(), &before) != 0)
        return false;
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadWrite) || f.size() <= 4096 * 5 || !f.seek(4096 * 2)
            || f.write(QByteArray(4096 * 3, '\x5a')) != 4096 * 3)
            return false;
    }
    const struct timespec times[2] = {before.st_atim, before.st_mtim};
    return ::utimensat(AT_FDCWD, name.constData(), times, 0) == 0;
}

} // namespace DeepDive::Test
