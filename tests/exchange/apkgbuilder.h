#pragma once

// Test helper: small Anki packages made the way Anki makes them, with its stock note types.

#include "ankicollection.h"
#include "ankiids.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <KZip>

namespace DeepDive::Test {

struct ApkgNoteSpec
{
    QString deck;
    qint64 modelId = 0;
    QStringList fields;
    QList<int> ords{0}; // the cards: template ords (cloze numbers - 1)
    QStringList tags = {};
};

inline QJsonObject ankiModel(qint64 id, const QString &name, int type, const QStringList &fields,
                             const QList<QPair<QString, QString>> &templates)
{
    QJsonArray flds, tmpls;
    for (int i = 0; i < fields.size(); ++i)
        flds.append(QJsonObject{{QStringLiteral("name"), fields[i]}, {QStringLiteral("ord"), i}, {QStringLiteral("sticky"), false},
                                {QStringLiteral("rtl"), false}, {QStringLiteral("font"), QStringLiteral("Arial")}, {QStringLiteral("size"), 20}});
    for (int i = 0; i < templates.size(); ++i)
        tmpls.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("Card %1").arg(i + 1)}, {QStringLiteral("ord"), i},
                                 {QStringLiteral("qfmt"), templates[i].first}, {QStringLiteral("afmt"), templates[i].second}});
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), name}, {QStringLiteral("type"), type},
                       {QStringLiteral("mod"), 0}, {QStringLiteral("usn"), 0}, {QStringLiteral("sortf"), 0},
                       {QStringLiteral("did"), 1}, {QStringLiteral("tmpls"), tmpls}, {QStringLiteral("flds"), flds},
                       {QStringLiteral("css"), QString()}};
}

constexpr qint64 basicId = 1001, reversedId = 1002, clozeId = 1003;

inline QList<QJsonObject> stockModels()
{
    const QString back = QStringLiteral("{{FrontSide}}<hr id=answer>");
    return {ankiModel(basicId, QStringLiteral("Basic"), 0, {QStringLiteral("Front"), QStringLiteral("Back")},
                      {{QStringLiteral("{{Front}}"), back + QStringLiteral("{{Back}}")}}),
            ankiModel(reversedId, QStringLiteral("Basic (and reversed card)"), 0, {QStringLiteral("Front"), QStringLiteral("Back")},
                      {{QStringLiteral("{{Front}}"), back + QStringLiteral("{{Back}}")},
                       {QStringLiteral("{{Back}}"), back + QStringLiteral("{{Front}}")}}),
            ankiModel(clozeId, QStringLiteral("Cloze"), 1, {QStringLiteral("Text"), QStringLiteral("Back Extra")},
                      {{QStringLiteral("{{cloze:Text}}"), QStringLiteral("{{cloze:Text}}<br>\n{{Back Extra}}")}})};
}

// Writes `file`: the collection under `collectionName`, the media map and files (name in the map -> bytes).
inline bool writeApkg(const QString &file, const QString &collectionName, const QList<ApkgNoteSpec> &notes,
                      const QList<QPair<QString, QByteArray>> &media = {})
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c"));
    {
        Anki::CollectionWriter writer;
        QString error;
        if (!writer.create(path, QDate(2026, 1, 1), 1'767'225'600, &error))
            return false;
        for (const QJsonObject &model : stockModels())
            writer.addModel(model);
        qint64 id = 1'700'000'000'000;
        for (const ApkgNoteSpec &note : notes) {
            ++id;
            if (!writer.addNote(id, QString::number(id), note.modelId, note.fields, note.tags, &error))
                return false;
            for (int ord : note.ords) {
                Anki::CardRow card;
                card.id = id * 10 + ord;
                card.noteId = id;
                card.deckId = writer.deck(note.deck);
                card.ord = ord;
                if (!writer.addCard(card, &error))
                    return false;
            }
        }
        if (!writer.finish(2, &error))
            return false;
    }
    QFile collection(path);
    if (!collection.open(QIODevice::ReadOnly))
        return false;
    KZip zip(file);
    if (!zip.open(QIODevice::WriteOnly))
        return false;
    QJsonObject map;
    for (int i = 0; i < media.size(); ++i) {
        map.insert(QString::number(i), media[i].first);
        zip.writeFile(QString::number(i), media[i].second);
    }
    zip.writeFile(collectionName, collection.readAll());
    zip.writeFile(QStringLiteral("media"), QJsonDocument(map).toJson());
    return zip.close();
}

} // namespace DeepDive::Test
