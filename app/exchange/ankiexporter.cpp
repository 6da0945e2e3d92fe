#include "ankiexporter.h"

#include "ankicardhtml.h"
#include "ankicollection.h"
#include "ankiids.h"
#include "ankinotetypes.h"
#include "deckloader.h"
#include "printscope.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryDir>

#include <KZip>

#include <cmath>

namespace DeepDive {

namespace {

QString component(const QString &title)
{
    QString name = plainTitle(title).simplified();
    name.replace(QStringLiteral("::"), QStringLiteral(":"));
    return name.isEmpty() ? QStringLiteral("-") : name;
}

// The card's place in Anki's scheduler: new, or a review card due on the day Deep Dive has it due, with its FSRS
// memory in the card's data as Anki 23.10+ keeps it.
Anki::CardRow scheduled(Anki::CardRow row, const CardState &state, QDate created)
{
    if (state.lastReviewMs == 0 || !state.stability || !state.difficulty)
        return row;
    const QDate due = QDateTime::fromMSecsSinceEpoch(state.dueMs).date();
    const QDate last = QDateTime::fromMSecsSinceEpoch(state.lastReviewMs).date();
    row.type = 2;
    row.queue = 2;
    row.due = created.daysTo(due);
    row.interval = int(std::max<qint64>(1, last.daysTo(due)));
    row.factor = 2500;
    row.reps = state.reps;
    row.lapses = state.lapses;
    const QJsonObject data{{QStringLiteral("s"), std::round(*state.stability * 10000) / 10000},
                           {QStringLiteral("d"), std::round(*state.difficulty * 1000) / 1000},
                           {QStringLiteral("lrt"), state.lastReviewMs / 1000}};
    row.data = QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact));
    return row;
}

} // namespace

bool AnkiExporter::topicsInScope(const QList<Deck> &decks, const QHash<QString, TopicStats> &stats, const QString &scope,
                                 QList<AnkiExportTopic> *topics, QString *label, QString *error)
{
    QList<PrintScope::Entry> entries;
    if (!PrintScope::resolve(scope, decks, stats, &entries, label, error))
        return false;
    topics->clear();
    for (const PrintScope::Entry &entry : std::as_const(entries)) {
        const Deck &deck = decks[entry.deck];
        const Topic &indexed = deck.topics[entry.topic];
        AnkiExportTopic topic{deck.id, deck.title, QString(), indexed};
        for (const Section &section : deck.sections) {
            if (section.id == indexed.sectionId)
                topic.sectionTitle = section.title;
        }
        if (!indexed.loaded) {
            QList<Diagnostic> diagnostics;
            const std::optional<Topic> loaded = DeckLoader::loadTopic(indexed, &diagnostics);
            if (!loaded) {
                *error = diagnostics.isEmpty() ? tr("cannot read the topic %1").arg(indexed.file)
                                               : diagnostics.first().toString();
                return false;
            }
            topic.topic = *loaded;
        }
        topics->append(topic);
    }
    return true;
}

AnkiExporter::AnkiExporter(const HighlightingEngine *engine)
    : m_engine(engine)
{
}

QString AnkiExporter::deckName(const AnkiExportTopic &topic)
{
    return component(topic.deckTitle) + QStringLiteral("::") + component(topic.sectionTitle) + QStringLiteral("::")
        + component(topic.topic.title);
}

bool AnkiExporter::write(const QString &file, const QList<AnkiExportTopic> &topics, const AnkiExportOptions &options,
                         AnkiExportSummary *summary, QString *error) const
{
    *summary = {};
    QTemporaryDir work;
    if (!work.isValid()) {
        *error = tr("cannot make a temporary folder: %1").arg(work.errorString());
        return false;
    }
    // Always the first legacy name: every Anki reads it (Anki 2.1.15 to at least 2.1.26 cannot import a collection.anki21
    // at all), and new and review cards mean the same to both legacy schedulers.
    const QString collectionName = QStringLiteral("collection.anki2");
    const QString collectionPath = work.filePath(collectionName);
    const QDateTime now = options.now.isValid() ? options.now : QDateTime::currentDateTime();
    {
        Anki::CollectionWriter collection;
        if (!collection.create(collectionPath, now.date(), now.toSecsSinceEpoch(), error))
            return false;
        const Anki::CardHtml html(m_engine);
        QList<qint64> usedModels;
        QSet<qint64> usedIds;
        int position = 0;
        for (int t = 0; t < topics.size(); ++t) {
            const AnkiExportTopic &topic = topics[t];
            const qint64 deckId = collection.deck(deckName(topic));
            const QStringList tags{QStringLiteral("deepdive"), Anki::tag(plainTitle(topic.sectionTitle)),
                                   Anki::tag(plainTitle(topic.topic.title))};
            for (const Card &card : topic.topic.cards) {
                const CardState state = options.states.value(AnkiExportOptions::cardStateKey(topic.deckId, card.id));
                for (const Anki::NoteContent &note : html.notes(topic.topic, card)) {
                    const Anki::NoteType &type = Anki::noteType(note.type);
                    if (!usedModels.contains(type.id)) {
                        usedModels.append(type.id);
                        collection.addModel(Anki::modelJson(type, deckId, now.toSecsSinceEpoch()));
                    }
                    const QString guid = Anki::noteGuid(topic.deckId, card.id, note.part);
                    // Anki matches notes by GUID; the ids only have to be unique, so a (rare) clash takes the next.
                    qint64 noteId = Anki::stableId(QStringLiteral("note:") + guid);
                    while (usedIds.contains(noteId))
                        ++noteId;
                    usedIds.insert(noteId);
                    if (!collection.addNote(noteId, guid, type.id, note.fields, tags, error))
                        return false;
                    Anki::CardRow row;
                    row.id = Anki::stableId(QStringLiteral("card:") + guid);
                    while (usedIds.contains(row.id))
                        ++row.id;
                    usedIds.insert(row.id);
                    row.noteId = noteId;
                    row.deckId = deckId;
                    row.due = ++position;
                    if (options.withSchedule)
                        row = scheduled(row, state, now.date());
                    if (!collection.addCard(row, error))
                        return false;
                    ++summary->notes;
                    ++summary->cards;
                    summary->notesPerType[note.type] += 1;
                    if (row.type == 2)
                        ++summary->scheduled;
                }
            }
            if (m_progress && !m_progress(t + 1, int(topics.size()))) {
                *error = tr("the export was cancelled; nothing was written");
                return false;
            }
        }
        if (!collection.finish(1, error))
            return false;
    }

    QFile collectionFile(collectionPath);
    if (!collectionFile.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the collection just written: %1").arg(collectionFile.errorString());
        return false;
    }
    QBuffer zipped;
    zipped.open(QIODevice::ReadWrite);
    {
        KZip zip(&zipped);
        zip.setCompression(KZip::DeflateCompression);
        if (!zip.open(QIODevice::WriteOnly) || !zip.writeFile(collectionName, collectionFile.readAll())
            // No pictures or sounds: the media map is empty, but every importer expects it.
            || !zip.writeFile(QStringLiteral("media"), QByteArrayLiteral("{}")) || !zip.close()) {
            *error = tr("cannot pack the Anki deck: %1").arg(zip.errorString());
            return false;
        }
    }
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(zipped.data()) != zipped.size() || !out.commit()) {
        *error = tr("cannot write %1: %2").arg(file, out.errorString());
        return false;
    }
    return true;
}

} // namespace DeepDive
