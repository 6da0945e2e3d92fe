#include "searchindexkeeper.h"

#include "notestore.h"
#include "searchindex.h"
#include "topicref.h"

#include <QThread>

namespace DeepDive {

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
    // responsive. A new build holds no notes: the worker adds them too (five hundred took the window's thread a tenth
    // of a second); those saved or replaced meanwhile are indexed when it is done.
    m_savedMeanwhile.clear();
    m_notesReplacedMeanwhile = false;
    m_worker = QThread::create([file = m_index->file(), decks = m_decks, notes = allNotes()] {
        QString error;
        SearchIndex worker;
        if (!SearchIndex::build(file, decks, &error))
            qWarning("search index: not built: %s", qPrintable(error));
        else if (!worker.open(file, &error) || !worker.replaceNotes(notes, &error))
            qWarning("search index: the notes were not indexed: %s", qPrintable(error));
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
    if (m_notesReplacedMeanwhile) {
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

QHash<TopicRef, QString> SearchIndexKeeper::titlesOf(const QSet<TopicRef> &topics) const
{
    QHash<TopicRef, QString> titles;
    for (const Deck &deck : m_decks) {
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

QList<SearchIndex::IndexedNote> SearchIndexKeeper::allNotes() const
{
    const QList<Note> all = m_notes.all();
    QSet<TopicRef> topics;
    for (const Note &note : all)
        topics.insert({note.deckId, note.topicId});
    const QHash<TopicRef, QString> titles = titlesOf(topics);
    QList<SearchIndex::IndexedNote> notes;
    notes.reserve(all.size());
    for (const Note &note : all)
        notes.append({note.deckId, note.topicId, titles.value({note.deckId, note.topicId}), note.body});
    return notes;
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
    if (!m_index->setNote(deckId, topicId, titlesOf({topic}).value(topic), body, &error))
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
