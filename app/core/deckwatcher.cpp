#include "deckwatcher.h"

#include <QDirIterator>

namespace DeepDive {

DeckWatcher::DeckWatcher(QObject *parent)
    : QObject(parent)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(settleMs);
    const auto touched = [this] {
        m_settle.start();
    };
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, touched);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, touched);
    connect(&m_settle, &QTimer::timeout, this, [this] {
        // A file saved by renaming is a new file, and a new section is a new folder: watch what is there now.
        for (const QString &folder : std::as_const(m_folders))
            watchTree(folder);
        Q_EMIT changed();
    });
}

void DeckWatcher::addFolder(const QString &folder)
{
    if (m_folders.contains(folder))
        return;
    m_folders.append(folder);
    watchTree(folder);
}

void DeckWatcher::watchTree(const QString &folder)
{
    QStringList paths{folder};
    QDirIterator it(folder, {QStringLiteral("*.md")}, QDir::Files | QDir::AllDirs | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        paths.append(it.next());
    const QStringList watched = m_watcher.files() + m_watcher.directories();
    QStringList added;
    for (const QString &path : std::as_const(paths)) {
        if (!watched.contains(path))
            added.append(path);
    }
    if (!added.isEmpty())
        m_watcher.addPaths(added);
}

} // namespace DeepDive
