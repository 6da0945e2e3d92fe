#pragma once

// Test helper: what an .apkg holds, read the way Anki reads it (the zip's entries, the collection's tables).

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QVariant>

#include <KZip>

namespace DeepDive::Test {

struct ApkgNote
{
    qint64 id = 0;
    QString guid;
    qint64 modelId = 0;
    QStringList tags;
    QStringList fields;
};

struct ApkgCard
{
    qint64 noteId = 0;
    qint64 deckId = 0;
    int type = 0;
    int queue = 0;
    qint64 due = 0;
    QString data;
};

struct Apkg
{
    QStringList entries;
    QString collectionName;
    QByteArray media;
    int version = 0;
    qint64 created = 0;
    QJsonObject models;
    QJsonObject decks;
    QJsonObject deckOptions;
    QJsonObject conf;
    QList<ApkgNote> notes;
    QList<ApkgCard> cards;

    QString deckName(qint64 id) const { return decks.value(QString::number(id)).toObject().value(QStringLiteral("name")).toString(); }
};

inline bool readApkg(const QString &file, Apkg *apkg)
{
    KZip zip(file);
    if (!zip.open(QIODevice::ReadOnly))
        return false;
    apkg->entries = zip.directory()->entries();
    apkg->entries.sort();
    for (const QString &name : {QStringLiteral("collection.anki21"), QStringLiteral("collection.anki2")}) {
        if (apkg->entries.contains(name)) {
            apkg->collectionName = name;
            break;
        }
    }
    if (const KArchiveFile *media = zip.directory()->file(QStringLiteral("media")))
        apkg->media = media->data();
    const KArchiveFile *collection = zip.directory()->file(apkg->collectionName);
    if (!collection)
        return false;
    QTemporaryDir dir;
    QFile out(dir.filePath(QStringLiteral("c.db")));
    if (!out.open(QIODevice::WriteOnly) || out.write(collection->data()) < 0)
        return false;
    out.close();
    const QString connection = QUuid::createUuid().toString();
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(out.fileName());
        ok = db.open();
        QSqlQuery q(db);
        ok = ok && q.exec(QStringLiteral("SELECT ver, crt, models, decks, dconf, conf FROM col")) && q.next();
        if (ok) {
            apkg->version = q.value(0).toInt();
            apkg->created = q.value(1).toLongLong();
            apkg->models = QJsonDocument::fromJson(q.value(2).toByteArray()).object();
            apkg->decks = QJsonDocument::fromJson(q.value(3).toByteArray()).object();
            apkg->deckOptions = QJsonDocument::fromJson(q.value(4).toByteArray()).object();
            apkg->conf = QJsonDocument::fromJson(q.value(5).toByteArray()).object();
        }
        ok = ok && q.exec(QStringLiteral("SELECT id, guid, mid, tags, flds FROM notes ORDER BY id"));
        while (ok && q.next())
            apkg->notes.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                                q.value(3).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts),
                                q.value(4).toString().split(QChar(0x1f))});
        ok = ok && q.exec(QStringLiteral("SELECT nid, did, type, queue, due, data FROM cards ORDER BY id"));
        while (ok && q.next())
            apkg->cards.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(), q.value(3).toInt(),
                                q.value(4).toLongLong(), q.value(5).toString()});
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

} // namespace DeepDive::Test
