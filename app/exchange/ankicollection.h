#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace DeepDive::Anki {

// One row of Anki's `cards` table (schema 11).
struct CardRow
{
    qint64 id = 0;
    qint64 noteId = 0;
    qint64 deckId = 0;
    int ord = 0;   // the note type's template (the cloze number - 1)
    int type = 0;  // 0 new, 2 review
    int queue = 0; // 0 new, 2 review
    qint64 due = 0; // new: position; review: days since the collection's creation day
    int interval = 0;
    int factor = 0;
    int reps = 0;
    int lapses = 0;
    QString data; // the FSRS memory as Anki 23.10+ keeps it: {"s":..,"d":..}
};

// Writes a collection in Anki's legacy schema 11 (collection.anki2 / .anki21): the tables, and the `col` row with
// the note types, decks and deck options as JSON. The file is complete only after finish().
class CollectionWriter
{
    Q_DECLARE_TR_FUNCTIONS(DeepDive::Anki::CollectionWriter)

public:
    CollectionWriter();
    ~CollectionWriter();
    CollectionWriter(const CollectionWriter &) = delete;
    CollectionWriter &operator=(const CollectionWriter &) = delete;

    // `created` is the collection's creation day (review cards' due days count from it).
    bool create(const QString &file, QDate created, qint64 nowSecs, QString *error);
    // The id of the deck `name` ("Python::asyncio"), created with its parents as needed.
    qint64 deck(const QString &name);
    void addModel(const QJsonObject &model);
    bool addNote(qint64 id, const QString &guid, qint64 modelId, const QStringList &fields, const QStringList &tags,
                 QString *error);
    bool addCard(const CardRow &card, QString *error);
    // Writes the `col` row and commits; `schedulerVersion` 1 for a collection.anki2, 2 for a collection.anki21.
    bool finish(int schedulerVersion, QString *error);

    qint64 createdSecs() const;

private:
    bool exec(const QString &sql, QString *error);

    QString m_connection;
    QDate m_created;
    qint64 m_now = 0;
    QJsonObject m_models;
    QJsonObject m_decks;
    QHash<QString, qint64> m_deckIds;
    qint64 m_firstModel = 0;
    int m_notes = 0;
};

} // namespace DeepDive::Anki
