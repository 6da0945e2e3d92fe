#include "datadir.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryFile>

namespace DeepDive {

DataDir::DataDir(const QString &path)
    : m_path(path.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                            : QFileInfo(path).absoluteFilePath())
    , m_explicit(!path.isEmpty())
{
}

QString DataDir::cacheDir() const
{
    return m_explicit ? filePath(QStringLiteral("cache"))
                      : QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
}

QString DataDir::filePath(const QString &name) const
{
    return QDir(m_path).filePath(name);
}

bool DataDir::ensureWritable(QString *error) const
{
    if (!QDir().mkpath(m_path)) {
        *error = tr("cannot create the data folder %1; check its parent's permissions or pass "
                                "--data-dir with a folder you can write").arg(m_path);
        return false;
    }
    QTemporaryFile probe(filePath(QStringLiteral(".write-test-XXXXXX")));
    if (!probe.open()) {
        *error = tr("the data folder %1 is not writable (%2); fix its permissions or pass --data-dir "
                                "with a folder you can write").arg(m_path, probe.errorString());
        return false;
    }
    return true;
}

} // namespace DeepDive
