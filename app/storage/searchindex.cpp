#include "searchindex.h"

#include "deckloader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLocale>
#include <QStorageInfo>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <atomic>

namespace DeepDive {

namespace {

std::atomic_int connections{0};

const QString schema[] = {
    QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
    // Titles weigh more than bodies (bm25 weights in search()). Prefix indexes keep typing fast.
    QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS entry USING fts5(title, body, kind UNINDEXED, deck UNINDEXED, "
                   "topic UNINDEXED, item UNINDEXED, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"),
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
    for (const QString &sql : schema) {
        if (!q.exec(sql)) {
            *error = q.lastError().text();
            db.close();
            break;
        }
    }
    return db;
}

bool insert(QSqlQuery &q, SearchHit::Kind kind, const QString &deck, const QString &topic, const QString &item,
            const QString &title, const QString &body)
{
    q.bindValue(0, title);
    q.bindValue(1, body);
    q.bindValue(2, int(kind));
    q.bindValue(3, deck);
    q.bindValue(4, topic);
    q.bindValue(5, item);
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
    return parts.join(QLatin1Char('\n'));
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
    hash.addData("search-index-1"); // bump when the indexing itself changes
    for (const Deck &deck : decks) {
        hash.addData(deck.id.toUtf8());
        hash.addData(deck.version.toUtf8());
        hash.addData(deck.contentHash);
    }
    return QString::fromLatin1(hash.result().toHex());
}

bool SearchIndex::isCurrent(const QString &signature) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    return q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'signature'")) && q.next()
        && q.value(0).toString() == signature;
}

bool SearchIndex::build(const QString &file, const QList<Deck> &decks, QString *error)
{
    const QString name = QStringLiteral("deepdive-search-build-%1").arg(++connections);
    bool ok = false;
    {
        QSqlDatabase db = connect(name, file, error);
        if (db.isOpen()) {
            QSqlQuery q(db);
            ok = q.exec(QStringLiteral("BEGIN IMMEDIATE")) && q.exec(QStringLiteral("DELETE FROM entry WHERE kind != 3"));
            QSqlQuery add(db);
            add.prepare(QStringLiteral("INSERT INTO entry (title, body, kind, deck, topic, item) VALUES (?, ?, ?, ?, ?, ?)"));
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
                    ok = insert(add, SearchHit::TopicHit, deck.id, topic.id, {}, topic.title,
                                topic.notes + QLatin1Char('\n') + topic.keyPoints.join(QLatin1Char('\n')));
                    for (const Snippet &s : topic.snippets)
                        ok = ok && insert(add, SearchHit::SnippetHit, deck.id, topic.id, s.id, s.title,
                                          QStringList{s.code, s.expectedOutput, s.expectedRaises, s.explanation}.join(QLatin1Char('\n')));
                    for (const Card &c : topic.cards)
                        ok = ok && insert(add, SearchHit::CardHit, deck.id, topic.id, c.id,
                                          c.prompt.section(QLatin1Char('\n'), 0, 0).left(160), cardText(c));
                }
            }
            QSqlQuery meta(db);
            meta.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('signature', ?)"));
            meta.addBindValue(signatureOf(decks));
            ok = ok && meta.exec() && q.exec(QStringLiteral("COMMIT"));
            if (!ok) {
                *error = add.lastError().text().isEmpty() ? q.lastError().text() : add.lastError().text();
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
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM entry WHERE kind = 3 AND deck = ? AND topic = ?"));
    q.addBindValue(deckId);
    q.addBindValue(topicId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    if (body.trimmed().isEmpty())
        return true;
    QSqlQuery add(db);
    add.prepare(QStringLiteral("INSERT INTO entry (title, body, kind, deck, topic, item) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!insert(add, SearchHit::NoteHit, deckId, topicId, {}, title, body)) {
        *error = add.lastError().text();
        return false;
    }
    return true;
}

bool SearchIndex::clearNotes(QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("DELETE FROM entry WHERE kind = 3"))) {
        *error = q.lastError().text();
        return false;
    }
    return true;
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

namespace {

QString folded(QStringView word)
{
    QString f = word.toString().normalized(QString::NormalizationForm_D);
    f.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
    return f.toCaseFolded();
}

struct Word
{
    qsizetype start;
    qsizetype length;
    bool matches;
};

// The words of `text` (as FTS5's unicode61 tokenizer splits them), each marked when it starts with a term.
QList<Word> words(const QString &text, const QStringList &terms)
{
    QList<Word> list;
    for (qsizetype i = 0; i < text.size();) {
        if (!text[i].isLetterOrNumber()) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && text[end].isLetterOrNumber())
            ++end;
        const QString word = folded(QStringView(text).mid(i, end - i));
        const bool hit = std::any_of(terms.cbegin(), terms.cend(), [&](const QString &t) { return word.startsWith(t); });
        list.append({i, end - i, hit});
        i = end;
    }
    return list;
}

// `text` from word `from` to word `to` (exclusive), the matching words between \x01 and \x02.
QString marked(const QString &text, const QList<Word> &list, qsizetype from, qsizetype to)
{
    if (list.isEmpty())
        return text;
    const qsizetype begin = from == 0 ? 0 : list[from].start;
    const qsizetype end = to >= list.size() ? text.size() : list[to - 1].start + list[to - 1].length;
    QString out;
    qsizetype at = begin;
    for (qsizetype w = from; w < std::min(to, list.size()); ++w) {
        if (!list[w].matches)
            continue;
        out += QStringView(text).mid(at, list[w].start - at);
        out += QChar(1) + text.mid(list[w].start, list[w].length) + QChar(2);
        at = list[w].start + list[w].length;
    }
    out += QStringView(text).mid(at, end - at);
    return out;
}

// About fourteen words of `body` around its first match (FTS5's snippet(), done here for the rows shown only).
QString context(const QString &body, const QStringList &terms)
{
    constexpr qsizetype span = 14;
    const QList<Word> list = words(body, terms);
    const auto first = std::find_if(list.cbegin(), list.cend(), [](const Word &w) { return w.matches; });
    const qsizetype hit = first == list.cend() ? 0 : first - list.cbegin();
    const qsizetype from = std::clamp<qsizetype>(hit - span / 3, 0, std::max<qsizetype>(0, list.size() - span));
    const qsizetype to = std::min(list.size(), from + span);
    if (list.isEmpty())
        return body.left(120);
    QString text = marked(body, list, from, to);
    if (from > 0)
        text.prepend(QStringLiteral("…"));
    if (to < list.size())
        text.append(QStringLiteral("…"));
    return text;
}

} // namespace

QList<SearchHit> SearchIndex::search(const QString &text, int limit, qint64 rankedLimit) const
{
    QList<SearchHit> hits;
    const QString query = ftsQuery(text);
    QStringList terms;
    static const QRegularExpression wordPattern(QStringLiteral("[\\w]+"), QRegularExpression::UseUnicodePropertiesOption);
    for (auto it = wordPattern.globalMatch(text); it.hasNext();)
        terms.append(folded(it.next().capturedView(0)));
    terms.removeIf([](const QString &t) { return t.size() < 2; }); // one letter matches nearly everything
    if (query.isEmpty() || terms.isEmpty())
        return hits;
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const auto rowids = [&q](const QString &sql, const QString &match, int n, QList<qint64> *ids) {
        q.prepare(sql);
        q.addBindValue(match);
        q.addBindValue(n);
        if (!q.exec())
            return false;
        while (q.next()) {
            if (!ids->contains(q.value(0).toLongLong()))
                ids->append(q.value(0).toLongLong());
        }
        return true;
    };
    // Ranking every match with bm25 costs about half a microsecond a row: up to a few thousand matches it is done;
    // for a prefix that matches more (two letters typed), titles that match come first, in the decks' order.
    q.prepare(QStringLiteral("SELECT count(*) FROM entry WHERE entry MATCH ?"));
    q.addBindValue(query);
    if (!q.exec() || !q.next())
        return hits;
    const qint64 matches = q.value(0).toLongLong();
    QList<qint64> ids;
    if (matches <= rankedLimit) {
        rowids(QStringLiteral("SELECT rowid FROM entry WHERE entry MATCH ? ORDER BY bm25(entry, 8.0, 1.0) LIMIT ?"), query, limit, &ids);
    } else {
        rowids(QStringLiteral("SELECT rowid FROM entry WHERE entry MATCH ? LIMIT ?"), QStringLiteral("{title} : (%1)").arg(query), limit, &ids);
        if (ids.size() < limit)
            rowids(QStringLiteral("SELECT rowid FROM entry WHERE entry MATCH ? LIMIT ?"), query, 2 * limit, &ids);
        ids.resize(std::min<qsizetype>(ids.size(), limit));
    }
    if (ids.isEmpty())
        return hits;
    // The rows shown, read by rowid (a plain lookup: highlight() and snippet() would walk the matches again per row).
    QStringList list;
    for (const qint64 id : std::as_const(ids))
        list.append(QString::number(id));
    if (!q.exec(QStringLiteral("SELECT rowid, kind, deck, topic, item, title, body FROM entry WHERE rowid IN (%1)")
                    .arg(list.join(QLatin1Char(',')))))
        return hits;
    QHash<qint64, SearchHit> byId;
    while (q.next()) {
        const QString title = q.value(5).toString();
        const QList<Word> titleWords = words(title, terms);
        byId.insert(q.value(0).toLongLong(),
                    {SearchHit::Kind(q.value(1).toInt()), q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                     marked(title, titleWords, 0, titleWords.size()), context(q.value(6).toString(), terms)});
    }
    for (const qint64 id : std::as_const(ids)) {
        if (const auto it = byId.constFind(id); it != byId.cend())
            hits.append(*it);
    }
    return hits;
}

} // namespace DeepDive
