// For anki-import.sh: exports the bundled deck the way --export-anki does, three times (a first export, a later one
// with one answer edited, one with a card's schedule), and writes what Anki must find as JSON.
#include "ankicardhtml.h"
#include "ankiexporter.h"
#include "ankiids.h"
#include "ankinotetypes.h"
#include "deckloader.h"
#include "highlighting.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace DeepDive;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    if (argc != 3) {
        err << "usage: anki_export_bundled DECK_FOLDER OUT_FOLDER\n";
        return 2;
    }
    const DeckLoadResult loaded = DeckLoader::load(QString::fromLocal8Bit(argv[1]));
    if (!loaded.loaded || !loaded.diagnostics.isEmpty()) {
        err << "cannot load the deck " << argv[1] << '\n';
        return 1;
    }
    const QDir out(QString::fromLocal8Bit(argv[2]));
    QList<AnkiExportTopic> topics;
    QString label, error;
    if (!AnkiExporter::topicsInScope({loaded.deck}, {}, QStringLiteral("all"), &topics, &label, &error)) {
        err << error << '\n';
        return 1;
    }
    const HighlightingEngine *engine = Highlighting::load(&error);
    const AnkiExporter exporter(engine);
    const QDateTime first(QDate(2026, 3, 1), QTime(10, 0));
    AnkiExportOptions options;
    options.now = first;
    AnkiExportSummary summary;
    if (!exporter.write(out.filePath(QStringLiteral("deck.apkg")), topics, options, &summary, &error)) {
        err << error << '\n';
        return 1;
    }

    // What Anki must hold after importing deck.apkg: every note's type, fields, tags and deck.
    const Anki::CardHtml html(engine);
    QJsonArray notes;
    Card *edited = nullptr;
    QString editedGuid;
    for (AnkiExportTopic &topic : topics) {
        const QStringList tags{QStringLiteral("deepdive"), Anki::tag(plainTitle(topic.sectionTitle)),
                               Anki::tag(plainTitle(topic.topic.title))};
        for (Card &card : topic.topic.cards) {
            for (const Anki::NoteContent &note : html.notes(topic.topic, card)) {
                const QString guid = Anki::noteGuid(topic.deckId, card.id, note.part);
                notes.append(QJsonObject{{QStringLiteral("guid"), guid},
                                         {QStringLiteral("model"), Anki::noteType(note.type).name},
                                         {QStringLiteral("fields"), QJsonArray::fromStringList(note.fields)},
                                         {QStringLiteral("tags"), QJsonArray::fromStringList(tags)},
                                         {QStringLiteral("deck"), AnkiExporter::deckName(topic)}});
                if (!edited && card.type == CardType::Recall) {
                    edited = &card;
                    editedGuid = guid;
                }
            }
        }
    }
    // A later export with one answer changed: Anki must update that note, not add one.
    edited->answer += QStringLiteral("\n\nEdited later.");
    const QString editedBack = html.notes(topics.first().topic, *edited).first().fields.value(1);
    options.now = first.addDays(2);
    if (!exporter.write(out.filePath(QStringLiteral("later.apkg")), topics, options, &summary, &error)) {
        err << error << '\n';
        return 1;
    }
    // The schedule of the edited card: reviewed two days before, due in five days.
    CardState state;
    state.deckId = topics.first().deckId;
    state.cardId = edited->id;
    state.state = CardState::Review;
    state.stability = 7.25;
    state.difficulty = 4.5;
    state.lastReviewMs = options.now.addDays(-2).toMSecsSinceEpoch();
    state.dueMs = options.now.addDays(5).toMSecsSinceEpoch();
    state.reps = 3;
    options.withSchedule = true;
    options.states.insert(AnkiExportOptions::cardStateKey(state.deckId, state.cardId), state);
    if (!exporter.write(out.filePath(QStringLiteral("scheduled.apkg")), topics.mid(0, 1), options, &summary, &error)) {
        err << error << '\n';
        return 1;
    }
    QFile expected(out.filePath(QStringLiteral("expected.json")));
    if (!expected.open(QIODevice::WriteOnly)) {
        err << "cannot write " << expected.fileName() << '\n';
        return 1;
    }
    expected.write(QJsonDocument(QJsonObject{{QStringLiteral("notes"), notes},
                                             {QStringLiteral("edited"), editedGuid},
                                             {QStringLiteral("editedBack"), editedBack},
                                             {QStringLiteral("scheduledDue"), options.now.addDays(5).date().toString(Qt::ISODate)},
                                             {QStringLiteral("scheduledInterval"), 7},
                                             {QStringLiteral("stability"), 7.25},
                                             {QStringLiteral("difficulty"), 4.5}})
                       .toJson());
    return 0;
}
