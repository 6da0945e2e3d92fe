#pragma once

#include <QObject>
#include <QThread>

namespace DeepDive {

// Watches deck folders as an editor changes them: every folder and Markdown file under them (editors that save by
// writing a new file and renaming it over the old one are seen through the folder), and new folders and files as
// they appear. Many changes at once (a save, a `git pull`) come out as one `changed`, a moment after the last.
//
// The watching runs in a thread of its own: walking ten thousand topics and adding their watches takes a third of a
// second (QFileSystemWatcher looks each new path up in a list of those it has), which the window's thread cannot
// spare. A folder is watched once folderWatched() says so.
class DeckWatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int settleMs = 300;

    explicit DeckWatcher(QObject *parent = nullptr);
    ~DeckWatcher() override; // stops the thread

    // `knownFiles`: paths already in memory (the decks' topic files). Those found under `folder` are watched under
    // these strings instead of copies: ten thousand topics' paths are 1.6 MB, each copy as much again.
    void addFolder(const QString &folder, const QStringList &knownFiles = {});
    // The files watched now (asks the watching thread, and waits for it).
    QStringList watchedFiles() const;

Q_SIGNALS:
    void changed();
    // Every file and folder under `folder` (as added) is watched from now on.
    void folderWatched(const QString &folder);

private:
    class Watching;
    QThread m_thread;
    Watching *m_watching; // lives in m_thread, deleted there when it finishes
};

} // namespace DeepDive
