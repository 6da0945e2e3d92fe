#include "ankinotereader.h"

#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace DeepDive {

namespace {

struct Model
{
    QString name;
    bool cloze = false;
    QStringList fields;
    QHash<int, QPair<QString, QString>> templates; // ord -> (front, back)
};

QHash<qint64, Model> readModels(const QByteArray &json)
{
    QHash<qint64, Model> models;
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QJsonObject m = it->toObject();
        Model model;
        model.name = m.value(QStringLiteral("name")).toString();
        model.cloze = m.value(QStringLiteral("type")).toInt() == 1;
        QList<QPair<int, QString>> fields;
        for (const QJsonValue &f : m.value(QStringLiteral("flds")).toArray())
            fields.append({f[QStringLiteral("ord")].toInt(), f[QStringLiteral("name")].toString()});
        std::sort(fields.begin(), fields.end());
        for (const auto &f : std::as_const(fields))
            model.fields.append(f.second);
        const QJsonArray templates = m.value(QStringLiteral("tmpls")).toArray();
        for (int i = 0; i < templates.size(); ++i) {
            const QJsonObject t = templates[i].toObject();
            const int ord = t.contains(QStringLiteral("ord")) ? t.value(QStringLiteral("ord")).toInt() : i;
            model.templates.insert(ord, {t.value(QStringLiteral("qfmt")).toString(), t.value(QStringLiteral("afmt")).toString()});
        }
        models.insert(it.key().toLongLong(), model);
    }
    return models;
}

QHash<qint64, QString> readDecks(const QByteArray &json)
{
    QHash<qint64, QString> decks;
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        decks.insert(it.key().toLongLong(), it->toObject().value(QStringLiteral("name")).toString());
    return decks;
}

} // namespace

QStringList AnkiNoteReader::templateFields(const QString &format, TypeIn typeIn)
{
    static const QRegularExpression reference(QStringLiteral("\\{\\{([^{}]*)\\}\\}"));
    static const QStringList special{QStringLiteral("FrontSide"), QStringLiteral("Tags"), QStringLiteral("Deck"),
                                     QStringLiteral("Subdeck"), QStringLiteral("Card"), QStringLiteral("CardFlag"),
                                     QStringLiteral("Type-"), QStringLiteral("CardID")};
    QStringList names;
    for (auto it = reference.globalMatch(format); it.hasNext();) {
        const QString inside = it.next().captured(1).trimmed();
        if (inside.isEmpty() || QStringLiteral("#^/!").contains(inside[0]))
            continue;
        if (inside.startsWith(QLatin1String("type:")) && typeIn == TypeIn::Skip)
            continue;
        const QString name = inside.section(QLatin1Char(':'), -1).trimmed();
        if (!special.contains(name) && !names.contains(name))
            names.append(name);
    }
    return names;
}

QString AnkiNoteReader::cloze(const QString &html, int number, bool reveal)
{
    // {{cN::text}} or {{cN::text::hint}}, read in one pass (a pattern with lazy groups would go quadratic on a field
    // full of openings that never close).
    QString result;
    qsizetype at = 0;
    while (at < html.size()) {
        const qsizetype open = html.indexOf(QLatin1String("{{c"), at);
        if (open < 0)
            break;
        qsizetype i = open + 3;
        while (i < html.size() && html[i].isDigit())
            ++i;
        if (i == open + 3 || !QStringView(html).mid(i).startsWith(QLatin1String("::"))) {
            result += QStringView(html).mid(at, i - at);
            at = i;
            continue;
        }
        const qsizetype close = html.indexOf(QLatin1String("}}"), i + 2);
        if (close < 0)
            break; // nothing after this can close either
        const int n = QStringView(html).mid(open + 3, i - open - 3).toInt();
        const QStringView inside = QStringView(html).mid(i + 2, close - i - 2);
        const qsizetype hintAt = inside.indexOf(QLatin1String("::"));
        const QStringView text = hintAt < 0 ? inside : inside.left(hintAt);
        const QStringView hint = hintAt < 0 ? QStringView() : inside.mid(hintAt + 2);
        result += QStringView(html).mid(at, open - at);
        if (n != number)
            result += text;
        else if (reveal)
            result += QStringLiteral("<b>") + text + QStringLiteral("</b>");
        else
            result += QLatin1Char('[') + (hint.isEmpty() ? QStringLiteral("...") : hint.toString()) + QLatin1Char(']');
        at = close + 2;
    }
    result += QStringView(html).mid(at);
    return result;
}

bool AnkiNoteReader::read(const QString &collectionFile, QList<AnkiCardContent> *cards, QStringList *skipped, QString *error)
{
    const QString connection = QStringLiteral("anki-import-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(collectionFile);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QSqlQuery q(db);
        if (!db.open() || !q.exec(QStringLiteral("SELECT ver, models, decks FROM col")) || !q.next()) {
            *error = tr("the Anki collection cannot be read: %1 (is the package damaged?)")
                         .arg(db.isOpen() ? q.lastError().text() : db.lastError().text());
        } else if (q.value(0).toInt() > 11) {
            *error = tr("the Anki collection has schema version %1; only the legacy version 11 can be read. In Anki, "
                        "export again with \"Support older Anki versions\" ticked")
                         .arg(q.value(0).toInt());
        } else {
            const QHash<qint64, Model> models = readModels(q.value(1).toByteArray());
            const QHash<qint64, QString> decks = readDecks(q.value(2).toByteArray());
            ok = q.exec(QStringLiteral("SELECT c.nid, c.ord, CASE WHEN c.odid != 0 THEN c.odid ELSE c.did END, n.mid, n.flds, "
                                       "n.tags FROM cards c JOIN notes n ON n.id = c.nid ORDER BY c.did, c.nid, c.ord"));
            if (!ok)
                *error = tr("the Anki collection's cards cannot be read: %1").arg(q.lastError().text());
            while (ok && q.next()) {
                AnkiCardContent card;
                card.noteId = q.value(0).toLongLong();
                card.ord = q.value(1).toInt();
                card.deckName = decks.value(q.value(2).toLongLong(), QStringLiteral("Default"));
                card.tags = q.value(5).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
                const auto model = models.constFind(q.value(3).toLongLong());
                if (model == models.cend()) {
                    skipped->append(tr("note %1: its note type is not in the collection").arg(card.noteId));
                    continue;
                }
                card.noteType = model->name;
                const QStringList values = q.value(4).toString().split(QChar(0x1f));
                QHash<QString, QString> fields;
                for (int i = 0; i < model->fields.size(); ++i)
                    fields.insert(model->fields[i], values.value(i));
                const auto templ = model->templates.value(model->cloze ? 0 : card.ord);
                const QStringList front = templateFields(templ.first);
                QStringList back = templateFields(templ.second, TypeIn::AsField);
                if (front.isEmpty() && !model->fields.isEmpty()) {
                    card.prompt.append(values.value(0));
                    back = model->fields.mid(1);
                }
                for (const QString &name : front)
                    card.prompt.append(model->cloze ? cloze(fields.value(name), card.ord + 1, false) : fields.value(name));
                if (model->cloze) {
                    for (const QString &name : front)
                        card.answer.append(cloze(fields.value(name), card.ord + 1, true));
                }
                for (const QString &name : std::as_const(back)) {
                    if (!front.contains(name))
                        card.answer.append(fields.value(name));
                }
                cards->append(card);
            }
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

} // namespace DeepDive
