#pragma once

#include "deck.h"
#include "searchindex.h"

#include <QHash>
#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace DeepDive {

class NoteStore;

// Keeps the search index current while the window runs, free of widgets: builds the decks' part in a worker thread
// (with a connection of its own) when the index was built from other decks, and again if the decks changed during
// the build, with the learner's notes as they were when it started (those saved meanwhile are added when it is
// done); indexes a note each time one is saved, and all of them again after the progress was replaced (Import
// Progress, Restore Backup).
class SearchIndexKeeper : public QObject
{
    Q_OBJECT
public:
    SearchIndexKeeper(SearchIndex *index, const NoteStore &notes, QObject *parent = nullptr);
    ~SearchIndexKeeper() override; // waits for a running build: it must not outlive the index

    SearchIndex *index() const { return m_index; }
    bool isReady() const { return m_ready; }

    // The decks the index should hold: built at once when they are not those it holds.
    void setDecks(const QList<Deck> &decks);
    void noteSaved(const QString &deckId, const QString &topicId, const QString &body);
    void notesReplaced();

Q_SIGNALS:
    void ready();

private:
    void buildIfNeeded();
    void built();
    void indexAllNotes();
    QList<SearchIndex::IndexedNote> allNotes() const;

    SearchIndex *m_index;
    const NoteStore &m_notes;
    QList<Deck> m_decks;
    QThread *m_worker = nullptr;
    std::shared_ptr<std::atomic<bool>> m_notesIndexed; // by the running or last build's worker
    bool m_ready = false;
    QHash<QString, QString> m_savedMeanwhile; // topic key -> note body, saved while the worker built
    bool m_notesReplacedMeanwhile = false;
};

} // namespace DeepDive
