#include "searchindexkeeper.h"

#include "database.h"
#include "notestore.h"
#include "searchindex.h"
#include "topicref.h"
#include "userdata.h"

#include <QThread>

#include <optional>

namespace DeepDive {

namespace {

// The titles of `topics`, found in one pass over the decks (a topic not there keeps its id). A table of every
// topic's title took a megabyte with ten thousand topics, for the few hundred a learner has notes on.
QHash<TopicRef, QString> titlesOf(const QList<Deck> &decks, const QSet<TopicRef> &topics)
{
    QHash<TopicRef, QString> titles;
    for (const Deck &deck : decks) {
        for (const Topic &topic : deck.topics) {
            if (const TopicRef ref{deck.id, topic.id}; topics.contains(ref))
                titles.insert(ref, topic.title);
        }
    }
    for (const TopicRef &topic : topics) {
        if (!titles.contains(topic))
            titles.insert(topic, topic.topicId);
    }
    return titles;
}

// The notes as the index holds them: each with its topic's title.
QList<SearchIndex::IndexedNote> indexedNotes(const QList<Deck> &decks, const QList<Note> &all)
{
    QSet<TopicRef> topics;
    for (const Note &note : all)
        topics.insert({note.deckId, note.topicId});
    const QHash<TopicRef, QString> titles = titlesOf(decks, topics);
    QList<SearchIndex::IndexedNote> notes;
    notes.reserve(all.size());
    for (const Note &note : all)
        notes.append({note.deckId, note.topicId, titles.value({note.deckId, note.topicId}), note.body});
    return notes;
}

} // namespace

SearchIndexKeeper::SearchIndexKeeper(SearchIndex *index, const NoteStore &notes, QObject *parent)
    : QObject(parent)
    , m_index(index)
    , m_notes(notes)
{
}

SearchIndexKeeper::~SearchIndexKeeper()
{
    if (m_worker)
        m_worker->wait();
}

void SearchIndexKeeper::setDecks(const QList<Deck> &decks)
{
    m_decks = decks;
    buildIfNeeded();
}

void SearchIndexKeeper::buildIfNeeded()
{
    if (m_worker)
        return; // the running build checks the decks again when it is done
    m_ready = false;
    if (m_index->isCurrent(SearchIndex::signatureOf(m_decks))) {
        m_ready = true; // the notes are indexed apart from the content: current already
        Q_EMIT ready();
        return;
    }
    // Building takes a moment on a large deck: a worker thread, with its own connections, keeps the window
    // responsive. A new build holds no notes: the worker reads and adds them too (five hundred took the window's
    // thread a tenth of a second to index, and ten milliseconds to read); those saved or replaced meanwhile are
    // indexed when it is done. A database kept in memory (after a problem with its file) can only be read here.
    m_savedMeanwhile.clear();
    m_notesReplacedMeanwhile = false;
    const Database &db = m_notes.database();
    const QString userFile = db.isOnDisk() ? db.file() : QString();
    std::optional<QList<SearchIndex::IndexedNote>> notesNow;
    if (userFile.isEmpty())
        notesNow = allNotes();
    m_notesIndexed = std::make_shared<std::atomic<bool>>(false);
    m_worker = QThread::create([file = m_index->file(), decks = m_decks, notesNow, userFile, indexed = m_notesIndexed] {
        QString error;
        if (!SearchIndex::build(file, decks, &error)) {
            qWarning("search index: not built: %s", qPrintable(error));
            return;
        }
        QList<SearchIndex::IndexedNote> notes;
        if (notesNow) {
            notes = *notesNow;
        } else {
            UserData reader;
            if (!reader.database.openForInspection(userFile, &error)) {
                qWarning("search index: the notes are indexed on the window's thread: %s", qPrintable(error));
                return;
            }
            notes = indexedNotes(decks, reader.notes.all());
        }
        SearchIndex worker;
        if (!worker.open(file, &error) || !worker.replaceNotes(notes, &error))
            qWarning("search index: the notes were not indexed: %s", qPrintable(error));
        else
            *indexed = true;
    });
    connect(m_worker, &QThread::finished, this, &SearchIndexKeeper::built);
    m_worker->start(QThread::LowPriority);
}

void SearchIndexKeeper::built()
{
    m_worker->deleteLater();
    m_worker = nullptr;
    if (!m_index->isCurrent(SearchIndex::signatureOf(m_decks))) { // the decks changed meanwhile
        buildIfNeeded();
        return;
    }
    m_ready = true;
    if (m_notesReplacedMeanwhile || !*m_notesIndexed) {
        indexAllNotes();
    } else {
        for (const auto &[key, body] : std::as_const(m_savedMeanwhile).asKeyValueRange()) {
            const TopicRef topic = TopicRef::fromKey(key);
            noteSaved(topic.deckId, topic.topicId, body);
        }
    }
    m_savedMeanwhile.clear();
    Q_EMIT ready();
}

QList<SearchIndex::IndexedNote> SearchIndexKeeper::allNotes() const
{
    return indexedNotes(m_decks, m_notes.all());
}

// One transaction for them all: a note at a time took 110 ms of the window's thread for 500 notes.
void SearchIndexKeeper::indexAllNotes()
{
    QString error;
    if (!m_index->replaceNotes(allNotes(), &error))
        qWarning("search index: the notes were not indexed: %s", qPrintable(error));
}

void SearchIndexKeeper::noteSaved(const QString &deckId, const QString &topicId, const QString &body)
{
    if (!m_ready) {
        if (m_worker)
            m_savedMeanwhile.insert(topicKey(deckId, topicId), body); // indexed once the build is done
        return;
    }
    QString error;
    const TopicRef topic{deckId, topicId};
    if (!m_index->setNote(deckId, topicId, titlesOf(m_decks, {topic}).value(topic), body, &error))
        qWarning("search index: the note of %s/%s was not indexed: %s", qPrintable(deckId), qPrintable(topicId),
                 qPrintable(error));
}

void SearchIndexKeeper::notesReplaced()
{
    if (!m_ready) {
        m_notesReplacedMeanwhile = m_worker != nullptr; // the build under way has the notes as they were
        return;
    }
    indexAllNotes();
}

} // namespace DeepDive
