#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

namespace DeepDive {

// Watches deck folders as an editor changes them: every folder and Markdown file under them (editors that save by
// writing a new file and renaming it over the old one are seen through the folder), and new folders and files as
// they appear. Many changes at once (a save, a `git pull`) come out as one `changed`, a moment after the last.
class DeckWatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int settleMs = 300;

    explicit DeckWatcher(QObject *parent = nullptr);

    void addFolder(const QString &folder);
    QStringList watchedFiles() const { return m_watcher.files(); }

Q_SIGNALS:
    void changed();

private:
    void watchTree(const QString &folder);

    QFileSystemWatcher m_watcher;
    QStringList m_folders;
    QTimer m_settle;
};

} // namespace DeepDive
