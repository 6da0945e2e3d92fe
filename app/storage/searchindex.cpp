#include "searchindex.h"

#include "deckloader.h"
#include "searchtext.h"
#include "sqlquery.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLocale>
#include <QLoggingCategory>
#include <QStorageInfo>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <atomic>

Q_LOGGING_CATEGORY(lcSearch, "deepdive.storage.search", QtWarningMsg)

namespace DeepDive {

namespace {

std::atomic_int connections{0};

// Bump when the tables change: an older cache is dropped and built again (with the learner's notes).
constexpr int schemaVersion = 4;

const QString schema[] = {
    QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
    // Titles and tags weigh more than bodies (bm25 weights in search()). Prefix indexes keep typing fast. `kind` is
    // indexed too, so that a query for topics only ("kind : 0") is answered from the index instead of filtering every
    // row that matches (9 of 10 rows are cards and snippets); what the learner types is only ever matched against
    // title, body and tags. topictitle names the topic of every row.
    QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS entry USING fts5(title, body, tags, kind, deck UNINDEXED, "
                   "topic UNINDEXED, item UNINDEXED, topictitle UNINDEXED, "
                   "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"),
    // The indexed words, for "did you mean".
    QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS vocab USING fts5vocab(entry, 'row')"),
    // Each topic row's title again, and its tags as "|word word|word|" for an exact tag match, by the entry's rowid:
    // to rank the topics that match. FTS5 reads a whole row (its notes too) to give one column, 20 us a row, and two
    // letters typed match thousands of topics.
    QStringLiteral("CREATE TABLE IF NOT EXISTS topic (id INTEGER PRIMARY KEY, title TEXT NOT NULL, tagkey TEXT NOT NULL)"),
};

QSqlDatabase connect(const QString &name, const QString &file, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(file);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *error = db.lastError().text();
        return db;
    }
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    q.exec(QStringLiteral("PRAGMA synchronous = OFF")); // a cache: rebuilt if lost
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next() && q.value(0).toInt() != schemaVersion) {
        q.finish();
        q.exec(QStringLiteral("DROP TABLE IF EXISTS topic"));
        q.exec(QStringLiteral("DROP TABLE IF EXISTS vocab"));
        q.exec(QStringLiteral("DROP TABLE IF EXISTS entry"));
        q.exec(QStringLiteral("DROP TABLE IF EXISTS meta"));
        q.exec(QStringLiteral("PRAGMA user_version = %1").arg(schemaVersion));
    }
    q.finish();
    for (const QString &sql : schema) {
        if (!q.exec(sql)) {
            *error = q.lastError().text();
            db.close();
            break;
        }
    }
    return db;
}

const QString insertSql = QStringLiteral("INSERT INTO entry (title, body, tags, kind, deck, topic, item, topictitle) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");

struct Row
{
    SearchHit::Kind kind;
    QString deck;
    QString topic;
    QString item;
    QString title;
    QString body;
    QString topicTitle;
    QStringList tags;
};

// "|word word|word|": each tag as the words the index sees, for an exact match on a whole tag.
QString tagKey(const QStringList &tags)
{
    QStringList keys;
    for (const QString &tag : tags)
        keys.append(SearchIndex::terms(tag).join(QLatin1Char(' ')));
    // Never a null string: it would be bound as NULL.
    return keys.isEmpty() ? QStringLiteral("") : QString(QLatin1Char('|') + keys.join(QLatin1Char('|')) + QLatin1Char('|'));
}

// The values for insertSql's placeholders.
QVariantList rowValues(const Row &row)
{
    return {row.title, row.body, row.tags.join(QStringLiteral(", ")), int(row.kind), row.deck, row.topic, row.item,
            row.topicTitle};
}

// Through one statement prepared once: a deck has thousands of rows.
bool insert(QSqlQuery &q, const Row &row)
{
    const QVariantList values = rowValues(row);
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(int(i), values[i]);
    return q.exec();
}

QString cardText(const Card &card)
{
    QStringList parts{card.prompt, card.answer, card.explanation, card.conceptA, card.conceptB};
    for (const ChoiceOption &o : card.options)
        parts << o.text << o.explanation;
    for (const PairItem &p : card.pairs)
        parts << p.situation;
    parts.removeAll(QString());
    return SearchIndex::plainText(parts.join(QLatin1Char('\n')));
}

} // namespace

SearchIndex::SearchIndex()
    : m_connection(QStringLiteral("deepdive-search-%1").arg(++connections))
{
}

SearchIndex::~SearchIndex()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool SearchIndex::open(const QString &file, QString *error)
{
    m_file = file;
    const QString folder = QFileInfo(file).absolutePath();
    QDir().mkpath(folder);
    // The index is a cache: on a disk that is nearly full it gives its space back to the learner's progress.
    const QStorageInfo storage(folder);
    if (storage.isValid() && storage.bytesAvailable() < reserveBytes) {
        QSqlDatabase::database(m_connection, false).close();
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(file + QLatin1StringView(suffix));
        const QLocale locale;
        *error = QCoreApplication::translate("DeepDive::SearchIndex",
                                             "only %1 is free on the disk that holds %2; search stays off until %3 are "
                                             "free, so that the space goes to your progress")
                     .arg(locale.formattedDataSize(storage.bytesAvailable()), folder, locale.formattedDataSize(reserveBytes));
        return false;
    }
    QSqlDatabase db = connect(m_connection, file, error);
    if (db.isOpen())
        return true;
    // A cache that cannot be read is rebuilt from scratch.
    QSqlDatabase::database(m_connection, false).close();
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(file + QLatin1StringView(suffix));
    return connect(m_connection, file, error).isOpen();
}

QString SearchIndex::signatureOf(const QList<Deck> &decks)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData("search-index-2"); // bump when the indexing itself changes
    for (const Deck &deck : decks) {
        hash.addData(deck.id.toUtf8());
        hash.addData(deck.version.toUtf8());
        hash.addData(deck.contentHash);
    }
    return QString::fromLatin1(hash.result().toHex());
}

bool SearchIndex::isCurrent(const QString &signature) const
{
    std::optional<QSqlQuery> q = runQuery(QSqlDatabase::database(m_connection, false),
                                          QStringLiteral("SELECT value FROM meta WHERE key = 'signature'"), {}, lcSearch());
    return q && q->next() && q->value(0).toString() == signature;
}

bool SearchIndex::build(const QString &file, const QList<Deck> &decks, QString *error)
{
    const QString name = QStringLiteral("deepdive-search-build-%1").arg(++connections);
    bool ok = false;
    {
        QSqlDatabase db = connect(name, file, error);
        if (db.isOpen()) {
            QSqlQuery q(db);
            ok = q.exec(QStringLiteral("BEGIN IMMEDIATE")) && q.exec(QStringLiteral("DELETE FROM entry WHERE kind != 3"))
                && q.exec(QStringLiteral("DELETE FROM topic"));
            QSqlQuery add(db);
            add.prepare(insertSql);
            QSqlQuery addTopic(db);
            addTopic.prepare(QStringLiteral("INSERT INTO topic (id, title, tagkey) VALUES (?, ?, ?)"));
            for (const Deck &deck : decks) {
                for (const Topic &listed : deck.topics) {
                    if (!ok)
                        break;
                    // A deck from its index lists its topics without their text: read each from its file here.
                    QList<Diagnostic> unreadable;
                    const std::optional<Topic> read = listed.loaded ? std::nullopt : DeckLoader::loadTopic(listed, &unreadable);
                    if (!listed.loaded && !read)
                        continue;
                    const Topic &topic = read ? *read : listed;
                    const QString title = plainText(topic.title);
                    const Row row{SearchHit::TopicHit, deck.id, topic.id, {}, title,
                                  plainText(topic.summary + QLatin1Char('\n') + topic.keyPoints.join(QLatin1Char('\n'))),
                                  title, topic.tags};
                    ok = insert(add, row);
                    if (ok) {
                        addTopic.bindValue(0, add.lastInsertId());
                        addTopic.bindValue(1, row.title);
                        addTopic.bindValue(2, tagKey(row.tags));
                        ok = addTopic.exec();
                    }
                    // A snippet's code stays as written; its title and explanation are Markdown.
                    for (const Snippet &s : topic.snippets)
                        ok = ok && insert(add, {SearchHit::SnippetHit, deck.id, topic.id, s.id, plainText(s.title),
                                                QStringList{s.code, s.expectedOutput, s.expectedRaises, plainText(s.explanation)}
                                                    .join(QLatin1Char('\n')),
                                                title, {}});
                    for (const Card &c : topic.cards)
                        ok = ok && insert(add, {SearchHit::CardHit, deck.id, topic.id, c.id,
                                                plainText(c.prompt).section(QLatin1Char('\n'), 0, 0).left(160), cardText(c),
                                                title, {}});
                }
            }
            QSqlQuery meta(db);
            meta.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('signature', ?)"));
            meta.addBindValue(signatureOf(decks));
            ok = ok && meta.exec() && q.exec(QStringLiteral("COMMIT"));
            if (!ok) {
                *error = !add.lastError().text().isEmpty() ? add.lastError().text()
                    : !addTopic.lastError().text().isEmpty() ? addTopic.lastError().text()
                                                             : q.lastError().text();
                q.exec(QStringLiteral("ROLLBACK"));
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool SearchIndex::setNote(const QString &deckId, const QString &topicId, const QString &title, const QString &body,
                          QString *error)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!runStatement(db, QStringLiteral("DELETE FROM entry WHERE kind = 3 AND deck = ? AND topic = ?"), {deckId, topicId},
                      error))
        return false;
    if (body.trimmed().isEmpty())
        return true;
    const QString plainTitle = plainText(title);
    return runStatement(db, insertSql,
                        rowValues({SearchHit::NoteHit, deckId, topicId, {}, plainTitle, plainText(body), plainTitle, {}}),
                        error);
}

bool SearchIndex::replaceNotes(const QList<IndexedNote> &notes, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery add(db);
    bool ok = runStatement(db, QStringLiteral("DELETE FROM entry WHERE kind = 3"), {}, error) && add.prepare(insertSql);
    for (const IndexedNote &note : notes) {
        if (!ok)
            break;
        if (note.body.trimmed().isEmpty())
            continue;
        const QString plainTitle = plainText(note.title);
        ok = insert(add, {SearchHit::NoteHit, note.deckId, note.topicId, {}, plainTitle, plainText(note.body), plainTitle, {}});
        if (!ok)
            *error = add.lastError().text();
    }
    if (ok && db.commit())
        return true;
    if (ok)
        *error = db.lastError().text();
    db.rollback();
    return false;
}

QString SearchIndex::ftsQuery(const QString &text)
{
    // Each word is a quoted prefix term, so nothing the learner types is read as FTS5 syntax.
    static const QRegularExpression words(QStringLiteral("[\\w]+"), QRegularExpression::UseUnicodePropertiesOption);
    QStringList terms;
    auto it = words.globalMatch(text);
    while (it.hasNext())
        terms.append(QLatin1Char('"') + it.next().captured(0) + QStringLiteral("\"*"));
    return terms.join(QLatin1Char(' '));
}

QList<SearchHit> SearchIndex::search(const QString &text, int limit, qint64 rankedLimit) const
{
    QList<SearchHit> hits;
    const QString query = ftsQuery(text);
    QStringList terms = SearchIndex::terms(text);
    terms.removeIf([](const QString &t) { return t.size() < 2; }); // one letter matches nearly everything
    if (query.isEmpty() || terms.isEmpty())
        return hits;
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const auto rowids = [&db](const QString &sql, const QVariantList &values, QList<qint64> *ids) {
        std::optional<QSqlQuery> found = runQuery(db, sql, values, lcSearch());
        while (found && found->next()) {
            if (!ids->contains(found->value(0).toLongLong()))
                ids->append(found->value(0).toLongLong());
        }
    };
    // First the topics whose title or tags match: a tag that is the query, then a title that holds it as typed
    // ("__slots__"). There are at most as many as topics, and usually a few.
    const QString titleOrTags = QStringLiteral("{title tags} : (%1)").arg(query);
    const QString anyText = QStringLiteral("{title body tags} : (%1)").arg(query);
    QList<qint64> ids;
    // bm25 would favour short bodies (it weighs by the whole row's length): the topic most about the query is the
    // one with that tag earliest, then with the shortest title and tags, then the first in the deck (bm25 as the last
    // key cost 5 ms a keystroke on 10,000 topics: every matching topic's score is computed to sort them).
    const QString tag = QLatin1Char('|') + terms.join(QLatin1Char(' ')) + QLatin1Char('|');
    // The keys come from the narrow topic table: FTS5 would read each matching topic's whole row.
    rowids(QStringLiteral("SELECT k.id FROM topic k WHERE k.id IN (SELECT rowid FROM entry WHERE entry MATCH ?) "
                          "ORDER BY instr(k.tagkey, ?) > 0 DESC, instr(lower(k.title), lower(?)) > 0 DESC, instr(k.tagkey, ?), "
                          "length(k.title) + length(k.tagkey), k.id LIMIT ?"),
           {QString(titleOrTags + QStringLiteral(" AND kind : \"0\"")), tag, text.trimmed(), tag, limit}, &ids);
    // Then everything else. Ranking every match with bm25 costs about half a microsecond a row: up to a few
    // thousand matches it is done; for a prefix that matches more (two letters typed), titles that match come
    // first, in the decks' order.
    if (ids.size() < limit) {
        // Counted up to one past the limit: a prefix of two letters matches most rows, and counting them all is slow.
        std::optional<QSqlQuery> count
            = runQuery(db, QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM entry WHERE entry MATCH ? LIMIT ?)"),
                       {anyText, rankedLimit + 1}, lcSearch());
        if (!count || !count->next())
            return hits;
        const qint64 matches = count->value(0).toLongLong();
        const int more = limit + int(ids.size());
        if (matches <= rankedLimit) {
            rowids(QStringLiteral("SELECT rowid FROM entry WHERE entry MATCH ? ORDER BY bm25(entry, 8.0, 1.0, 8.0, 0.0) LIMIT ?"),
                   {anyText, more}, &ids);
        } else {
            rowids(QStringLiteral("SELECT rowid FROM entry WHERE entry MATCH ? LIMIT ?"), {titleOrTags, more}, &ids);
            if (ids.size() < limit)
                rowids(QStringLiteral("SELECT rowid FROM entry WHERE entry MATCH ? LIMIT ?"), {anyText, 2 * limit}, &ids);
        }
        ids.resize(std::min<qsizetype>(ids.size(), limit));
    }
    if (ids.isEmpty())
        return hits;
    // The rows shown, read by rowid (a plain lookup: highlight() and snippet() would walk the matches again per row).
    QStringList list;
    for (const qint64 id : std::as_const(ids))
        list.append(QString::number(id));
    std::optional<QSqlQuery> shown = runQuery(
        db,
        QStringLiteral("SELECT rowid, kind, deck, topic, item, title, body, topictitle FROM entry WHERE rowid IN (%1)")
            .arg(list.join(QLatin1Char(','))),
        {}, lcSearch());
    if (!shown)
        return hits;
    QSqlQuery &q = *shown;
    QHash<qint64, SearchHit> byId;
    while (q.next()) {
        const QString title = q.value(5).toString();
        byId.insert(q.value(0).toLongLong(),
                    {SearchHit::Kind(q.value(1).toInt()), q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                     SearchText::marked(title, terms), SearchText::context(q.value(6).toString(), terms),
                     q.value(7).toString(), terms});
    }
    for (const qint64 id : std::as_const(ids)) {
        if (const auto it = byId.constFind(id); it != byId.cend())
            hits.append(*it);
    }
    return hits;
}

QString SearchIndex::suggestion(const QString &text) const
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QStringList words = terms(text);
    bool changed = false;
    for (QString &word : words) {
        if (word.size() < 3)
            continue;
        q.prepare(QStringLiteral("SELECT 1 FROM entry WHERE entry MATCH ? LIMIT 1"));
        q.addBindValue(QString(QLatin1Char('"') + word + QStringLiteral("\"*")));
        if (!q.exec() || q.next())
            continue; // the word is found as it is
        // The nearest indexed word: by edit distance to the whole word, or to its beginning as far as typed (one
        // more), then the most rows. Only words of a similar length are read.
        const int limit = word.size() <= 4 ? 1 : 2;
        q.prepare(QStringLiteral("SELECT term, doc FROM vocab WHERE length(term) BETWEEN ? AND ?"));
        q.addBindValue(word.size() - limit);
        q.addBindValue(word.size() + 12);
        if (!q.exec())
            continue;
        QString best;
        int bestDistance = limit + 1;
        qint64 bestRows = 0;
        while (q.next()) {
            const QString term = q.value(0).toString();
            int distance = editDistance(word, term, limit);
            if (distance > limit && term.size() > word.size())
                distance = editDistance(word, QStringView(term).left(word.size()), limit - 1) + 1;
            const qint64 rows = q.value(1).toLongLong();
            if (distance < bestDistance || (distance == bestDistance && distance <= limit && rows > bestRows)) {
                best = term;
                bestDistance = distance;
                bestRows = rows;
            }
        }
        if (!best.isEmpty() && bestDistance <= limit) {
            word = best;
            changed = true;
        }
    }
    return changed ? words.join(QLatin1Char(' ')) : QString();
}

} // namespace DeepDive
