#pragma once

#include "deck.h"

#include <QMutex>
#include <QObject>

#include <atomic>
#include <thread>

namespace DeepDive {

class DeckWatcher;

// Where the window's decks come from. At start-up each deck folder is read from its index in the cache (ids and
// titles, no topic content), so ten thousand topics cost a few milliseconds instead of a second of parsing; the
// bundled deck (in the binary) is read in full when it has no index yet. Once the window is up, refresh() reads the
// other decks that had no index and checks the indexed ones against their files, in a worker thread, and sends the
// decks again through decksChanged each time one was read anew. As in DeckLoader::loadAll, a deck whose id an
// earlier folder already has replaces that one (so --content can stand in for the bundled deck). While the window
// runs, watch() looks again a moment after a deck's files change (an edit saved in the learner's editor), and the
// problems of every deck go out through problemsChanged, none once they are fixed.
class DeckLibrary : public QObject
{
    Q_OBJECT
public:
    DeckLibrary(QStringList folders, QString cacheDir, QObject *parent = nullptr);
    ~DeckLibrary() override; // waits for the worker

    // The decks that can be had now, in folder order. Safe to call from another thread (once, before refresh()).
    QList<Deck> initial(QList<Diagnostic> *diagnostics);
    // Starts the worker described above. Called while it runs, it looks again when it is done.
    void refresh();
    bool isRefreshing() const { return m_worker.joinable() && !m_done; }
    // Rechecks the folders whenever their files change (debounced), from now on, and once more when a folder's
    // watches are set (in the watcher's thread, a moment later), for what changed before. The bundled deck never
    // changes.
    void watch();
    // A deck folder made while the window runs (File > New Deck, Copy Deck to Edit): read, and watched if watching.
    void addFolder(const QString &folder);
    QStringList folders() const;

    // The index file that stands for `folder` in `cacheDir`.
    static QString indexFile(const QString &cacheDir, const QString &folder);
    // Reads `folder` in full and writes its index (none without `cacheDir`); the deck's skeleton, or nothing when
    // it is not a deck.
    static std::optional<Deck> readAndIndex(const QString &folder, const QString &cacheDir, QList<Diagnostic> *diagnostics);

Q_SIGNALS:
    void decksChanged(const QList<DeepDive::Deck> &decks);
    void problemsFound(const QList<DeepDive::Diagnostic> &diagnostics);
    // Every problem of the decks read so far, after each look at the files (empty: none left).
    void problemsChanged(const QList<DeepDive::Diagnostic> &problems);
    void refreshed();

private:
    QList<Deck> resolved() const;
    void check(); // the worker's loop
    static void writeIndex(const QString &cacheDir, const Deck &deck);

    QStringList m_folders;
    QString m_cacheDir;
    // Per folder: its deck as read so far, whether it came from an index (checked by refresh()), and whether it has
    // not been read at all yet (read by refresh()).
    QList<std::optional<Deck>> m_decks;
    QList<bool> m_fromIndex;
    QList<bool> m_unread;
    QList<QList<Diagnostic>> m_problems;
    mutable QMutex m_mutex; // the lists above, between the worker and addFolder()/folders()
    DeckWatcher *m_watcher = nullptr;
    std::atomic<bool> m_again{false};
    std::thread m_worker;
    std::atomic<bool> m_done{false};
    std::atomic<bool> m_stop{false};
};

} // namespace DeepDive
