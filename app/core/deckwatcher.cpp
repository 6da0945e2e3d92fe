#include "deckwatcher.h"

#include <QDirIterator>
#include <QFileSystemWatcher>
#include <QSet>
#include <QTimer>

namespace DeepDive {

// The watcher, its folders and its settle timer, all in the watching thread.
class DeckWatcher::Watching : public QObject
{
    Q_OBJECT
public:
    Watching()
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

    void addFolder(const QString &folder, const QStringList &knownFiles)
    {
        if (!m_folders.contains(folder)) {
            m_folders.append(folder);
            watchTree(folder, knownFiles);
        }
        Q_EMIT folderWatched(folder);
    }
    QStringList files() const { return m_watcher.files(); }

Q_SIGNALS:
    void changed();
    void folderWatched(const QString &folder);

private:
    void watchTree(const QString &folder, const QStringList &knownFiles = {})
    {
        const QSet<QString> known(knownFiles.cbegin(), knownFiles.cend());
        QStringList paths{folder};
        QDirIterator it(folder, {QStringLiteral("*.md")}, QDir::Files | QDir::AllDirs | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const auto same = known.constFind(path);
            paths.append(same == known.cend() ? path : *same); // the string in memory already, not a copy
        }
        const QStringList files = m_watcher.files();
        QSet<QString> watched(files.cbegin(), files.cend());
        for (const QString &dir : m_watcher.directories())
            watched.insert(dir);
        QStringList added;
        for (const QString &path : std::as_const(paths)) {
            if (!watched.contains(path))
                added.append(path);
        }
        if (!added.isEmpty())
            m_watcher.addPaths(added);
    }

    QFileSystemWatcher m_watcher{this};
    QStringList m_folders;
    QTimer m_settle{this};
};

DeckWatcher::DeckWatcher(QObject *parent)
    : QObject(parent)
    , m_watching(new Watching)
{
    m_thread.setObjectName(QStringLiteral("DeckWatcher"));
    m_watching->moveToThread(&m_thread);
    connect(m_watching, &Watching::changed, this, &DeckWatcher::changed);
    connect(m_watching, &Watching::folderWatched, this, &DeckWatcher::folderWatched);
    connect(&m_thread, &QThread::finished, m_watching, &QObject::deleteLater); // in its thread, with its watcher
    m_thread.start();
}

DeckWatcher::~DeckWatcher()
{
    m_thread.quit();
    m_thread.wait();
}

void DeckWatcher::addFolder(const QString &folder, const QStringList &knownFiles)
{
    QMetaObject::invokeMethod(m_watching, [watching = m_watching, folder, knownFiles] {
        watching->addFolder(folder, knownFiles);
    });
}

QStringList DeckWatcher::watchedFiles() const
{
    QStringList files;
    QMetaObject::invokeMethod(m_watching, &Watching::files, Qt::BlockingQueuedConnection, &files);
    return files;
}

} // namespace DeepDive

#include "deckwatcher.moc"
