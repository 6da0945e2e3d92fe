#include "ankicollection.h"

#include "ankiids.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace DeepDive::Anki {

namespace {

// Anki's rslib/src/storage/schema11.sql.
const char *const schema[] = {
    "CREATE TABLE col (id integer PRIMARY KEY, crt integer NOT NULL, mod integer NOT NULL, scm integer NOT NULL, "
    "ver integer NOT NULL, dty integer NOT NULL, usn integer NOT NULL, ls integer NOT NULL, conf text NOT NULL, "
    "models text NOT NULL, decks text NOT NULL, dconf text NOT NULL, tags text NOT NULL)",
    "CREATE TABLE notes (id integer PRIMARY KEY, guid text NOT NULL, mid integer NOT NULL, mod integer NOT NULL, "
    "usn integer NOT NULL, tags text NOT NULL, flds text NOT NULL, sfld integer NOT NULL, csum integer NOT NULL, "
    "flags integer NOT NULL, data text NOT NULL)",
    "CREATE TABLE cards (id integer PRIMARY KEY, nid integer NOT NULL, did integer NOT NULL, ord integer NOT NULL, "
    "mod integer NOT NULL, usn integer NOT NULL, type integer NOT NULL, queue integer NOT NULL, due integer NOT NULL, "
    "ivl integer NOT NULL, factor integer NOT NULL, reps integer NOT NULL, lapses integer NOT NULL, "
    "left integer NOT NULL, odue integer NOT NULL, odid integer NOT NULL, flags integer NOT NULL, data text NOT NULL)",
    "CREATE TABLE revlog (id integer PRIMARY KEY, cid integer NOT NULL, usn integer NOT NULL, ease integer NOT NULL, "
    "ivl integer NOT NULL, lastIvl integer NOT NULL, factor integer NOT NULL, time integer NOT NULL, "
    "type integer NOT NULL)",
    "CREATE TABLE graves (usn integer NOT NULL, oid integer NOT NULL, type integer NOT NULL)",
    "CREATE INDEX ix_notes_usn ON notes (usn)",
    "CREATE INDEX ix_cards_usn ON cards (usn)",
    "CREATE INDEX ix_revlog_usn ON revlog (usn)",
    "CREATE INDEX ix_cards_nid ON cards (nid)",
    "CREATE INDEX ix_cards_sched ON cards (did, queue, due)",
    "CREATE INDEX ix_revlog_cid ON revlog (cid)",
    "CREATE INDEX ix_notes_csum ON notes (csum)",
};

QJsonObject deckJson(qint64 id, const QString &name, qint64 modSecs)
{
    const QJsonArray today{0, 0};
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("mod"), modSecs},
                       {QStringLiteral("usn"), 0},
                       {QStringLiteral("newToday"), today},
                       {QStringLiteral("revToday"), today},
                       {QStringLiteral("lrnToday"), today},
                       {QStringLiteral("timeToday"), today},
                       {QStringLiteral("collapsed"), false},
                       {QStringLiteral("browserCollapsed"), false},
                       {QStringLiteral("desc"), QString()},
                       {QStringLiteral("dyn"), 0},
                       {QStringLiteral("conf"), 1},
                       {QStringLiteral("extendNew"), 10},
                       {QStringLiteral("extendRev"), 50}};
}

// Anki 2.1's default deck options (pylib/anki/decks.py defaultConf).
QJsonObject defaultOptions(qint64 modSecs)
{
    return QJsonObject{
        {QStringLiteral("id"), 1},
        {QStringLiteral("name"), QStringLiteral("Default")},
        {QStringLiteral("mod"), modSecs},
        {QStringLiteral("usn"), 0},
        {QStringLiteral("maxTaken"), 60},
        {QStringLiteral("autoplay"), true},
        {QStringLiteral("timer"), 0},
        {QStringLiteral("replayq"), true},
        {QStringLiteral("dyn"), false},
        {QStringLiteral("new"), QJsonObject{{QStringLiteral("delays"), QJsonArray{1, 10}},
                                            {QStringLiteral("ints"), QJsonArray{1, 4, 7}},
                                            {QStringLiteral("initialFactor"), 2500},
                                            {QStringLiteral("separate"), true},
                                            {QStringLiteral("order"), 1},
                                            {QStringLiteral("perDay"), 20},
                                            {QStringLiteral("bury"), false}}},
        {QStringLiteral("lapse"), QJsonObject{{QStringLiteral("delays"), QJsonArray{10}},
                                              {QStringLiteral("mult"), 0},
                                              {QStringLiteral("minInt"), 1},
                                              {QStringLiteral("leechFails"), 8},
                                              {QStringLiteral("leechAction"), 1}}},
        {QStringLiteral("rev"), QJsonObject{{QStringLiteral("perDay"), 200},
                                            {QStringLiteral("ease4"), 1.3},
                                            {QStringLiteral("fuzz"), 0.05},
                                            {QStringLiteral("minSpace"), 1},
                                            {QStringLiteral("ivlFct"), 1},
                                            {QStringLiteral("maxIvl"), 36500},
                                            {QStringLiteral("bury"), false},
                                            {QStringLiteral("hardFactor"), 1.2}}},
    };
}

// SQLite stores a null QString as NULL, which Anki's NOT NULL columns refuse.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

CollectionWriter::CollectionWriter()
    : m_connection(QStringLiteral("anki-export-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

CollectionWriter::~CollectionWriter()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool CollectionWriter::exec(const QString &sql, QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(sql)) {
        *error = tr("cannot write the Anki collection: %1").arg(query.lastError().text());
        return false;
    }
    return true;
}

bool CollectionWriter::create(const QString &file, QDate created, qint64 nowSecs, QString *error)
{
    m_created = created;
    m_now = nowSecs;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(file);
    if (!db.open()) {
        *error = tr("cannot create the Anki collection %1: %2").arg(file, db.lastError().text());
        return false;
    }
    for (const char *statement : schema) {
        if (!exec(QString::fromLatin1(statement), error))
            return false;
    }
    if (!db.transaction()) {
        *error = tr("cannot write the Anki collection: %1").arg(db.lastError().text());
        return false;
    }
    m_decks.insert(QStringLiteral("1"), deckJson(1, QStringLiteral("Default"), m_now));
    return true;
}

qint64 CollectionWriter::createdSecs() const
{
    return m_created.startOfDay().toSecsSinceEpoch();
}

qint64 CollectionWriter::deck(const QString &name)
{
    if (const auto it = m_deckIds.constFind(name); it != m_deckIds.cend())
        return *it;
    const qsizetype parent = name.lastIndexOf(QStringLiteral("::"));
    if (parent > 0)
        deck(name.left(parent));
    const qint64 id = stableId(QStringLiteral("deck:") + name);
    m_deckIds.insert(name, id);
    m_decks.insert(QString::number(id), deckJson(id, name, m_now));
    return id;
}

void CollectionWriter::addModel(const QJsonObject &model)
{
    const qint64 id = model.value(QStringLiteral("id")).toInteger();
    if (!m_firstModel)
        m_firstModel = id;
    m_models.insert(QString::number(id), model);
}

bool CollectionWriter::addNote(qint64 id, const QString &guid, qint64 modelId, const QStringList &fields,
                               const QStringList &tags, QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("INSERT INTO notes (id, guid, mid, mod, usn, tags, flds, sfld, csum, flags, data) "
                                 "VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')"));
    query.addBindValue(id);
    query.addBindValue(guid);
    query.addBindValue(modelId);
    query.addBindValue(m_now);
    // Anki keeps tags space-separated with a space at each end.
    query.addBindValue(text(tags.isEmpty() ? QString() : QLatin1Char(' ') + tags.join(QLatin1Char(' ')) + QLatin1Char(' ')));
    query.addBindValue(text(joinFields(fields)));
    query.addBindValue(text(sortField(fields.value(0))));
    query.addBindValue(fieldChecksum(fields.value(0)));
    if (!query.exec()) {
        *error = tr("cannot write the Anki note %1: %2").arg(guid, query.lastError().text());
        return false;
    }
    ++m_notes;
    return true;
}

bool CollectionWriter::addCard(const CardRow &card, QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("INSERT INTO cards (id, nid, did, ord, mod, usn, type, queue, due, ivl, factor, reps, "
                                 "lapses, left, odue, odid, flags, data) "
                                 "VALUES (?, ?, ?, ?, ?, -1, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, ?)"));
    for (const QVariant &value : {QVariant(card.id), QVariant(card.noteId), QVariant(card.deckId), QVariant(card.ord), QVariant(m_now),
                                  QVariant(card.type), QVariant(card.queue), QVariant(card.due), QVariant(card.interval),
                                  QVariant(card.factor), QVariant(card.reps), QVariant(card.lapses), QVariant(text(card.data))})
        query.addBindValue(value);
    if (!query.exec()) {
        *error = tr("cannot write the Anki card %1: %2").arg(card.id).arg(query.lastError().text());
        return false;
    }
    return true;
}

bool CollectionWriter::finish(int schedulerVersion, QString *error)
{
    const QJsonObject conf{{QStringLiteral("nextPos"), m_notes + 1},
                           {QStringLiteral("estTimes"), true},
                           {QStringLiteral("activeDecks"), QJsonArray{1}},
                           {QStringLiteral("sortType"), QStringLiteral("noteFld")},
                           {QStringLiteral("timeLim"), 0},
                           {QStringLiteral("sortBackwards"), false},
                           {QStringLiteral("addToCur"), true},
                           {QStringLiteral("curDeck"), 1},
                           {QStringLiteral("newBury"), true},
                           {QStringLiteral("newSpread"), 0},
                           {QStringLiteral("dueCounts"), true},
                           {QStringLiteral("curModel"), QString::number(m_firstModel)},
                           {QStringLiteral("collapseTime"), 1200},
                           {QStringLiteral("schedVer"), schedulerVersion}};
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')"));
    query.addBindValue(createdSecs());
    query.addBindValue(m_now * 1000);
    query.addBindValue(m_now * 1000);
    query.addBindValue(json(conf));
    query.addBindValue(json(m_models));
    query.addBindValue(json(m_decks));
    query.addBindValue(json(QJsonObject{{QStringLiteral("1"), defaultOptions(m_now)}}));
    if (!query.exec()) {
        *error = tr("cannot write the Anki collection: %1").arg(query.lastError().text());
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.commit()) {
        *error = tr("cannot write the Anki collection: %1").arg(db.lastError().text());
        return false;
    }
    db.close();
    return true;
}

} // namespace DeepDive::Anki
