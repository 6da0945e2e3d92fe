#include "syncmerge.h"

#include "bookmarkstore.h"
#include "database.h"
#include "fsrs.h"
#include "notehistory.h"
#include "reviewstore.h"
#include "syncstate.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>

namespace DeepDive {

namespace {

bool hasText(const QJsonObject &e, const char *key)
{
    const QJsonValue v = e.value(QLatin1StringView(key));
    return v.isString() && !v.toString().isEmpty();
}

qint64 msOf(const QJsonObject &e, const char *key)
{
    return qint64(e.value(QLatin1StringView(key)).toDouble());
}

QVariant optionalValue(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Double));
}

std::optional<double> optionalDouble(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

bool validSetting(const QString &name, const QString &value)
{
    if (name == QLatin1String("desiredRetention")) {
        bool ok = false;
        const double retention = value.toDouble(&ok);
        return ok && retention >= Fsrs::minRetention && retention <= Fsrs::maxRetention;
    }
    return value.isEmpty() || QDate::fromString(value, Qt::ISODate).isValid(); // interviewDate
}

} // namespace

SyncMerge::SyncMerge(Database &db)
    : m_db(db)
{
}

bool SyncMerge::apply(const JournalRead &journal, QStringList *problems, QString *error)
{
    for (const JournalEvent &line : journal.events) {
        const QString type = line.event.value(QStringLiteral("t")).toString();
        QString problem;
        bool ok = true;
        if (type == QLatin1String("ans"))
            ok = applyAnswer(line.event, &problem, error);
        else if (type == QLatin1String("undo"))
            ok = applyUndo(line.event, &problem, error);
        else if (type == QLatin1String("reg"))
            ok = applyRegister(line.event, &problem, error);
        else if (type == QLatin1String("note"))
            ok = applyNote(line.event, &problem, error);
        else
            problem = tr("unknown event \"%1\"").arg(type);
        if (!ok)
            return false;
        if (!problem.isEmpty())
            problems->append(tr("%1:%2: %3; the line was skipped").arg(journal.file).arg(line.line).arg(problem));
    }
    return true;
}

bool SyncMerge::applyAnswer(const QJsonObject &e, QString *problem, QString *error)
{
    const int grade = e.value(QStringLiteral("g")).toInt();
    if (!hasText(e, "id") || !hasText(e, "deck") || !hasText(e, "card") || !hasText(e, "topic")
        || !e.value(QStringLiteral("at")).isDouble() || grade < 1 || grade > 4) {
        *problem = tr("an answer without its id, deck, card, topic, time or grade");
        return true;
    }
    const QString uid = e.value(QStringLiteral("id")).toString();
    QSqlQuery q(m_db.connection());
    if (!runSql(q, QStringLiteral("SELECT 1 FROM sync_answer WHERE uid = ?"), {uid}, error))
        return false;
    if (q.next())
        return true; // known: in the log, or undone
    const QString deck = e.value(QStringLiteral("deck")).toString();
    const QString card = e.value(QStringLiteral("card")).toString();
    const qint64 at = msOf(e, "at");
    // Two answers to one card in the same millisecond (two devices): every device keeps the one with the smaller id.
    if (!runSql(q, QStringLiteral("SELECT uid FROM review_log WHERE deck_id = ? AND card_id = ? AND reviewed_ms = ?"),
                {deck, card, at}, error))
        return false;
    if (q.next()) {
        const QString existing = q.value(0).toString();
        const QString loser = existing < uid ? uid : existing;
        if (!runSql(q, QStringLiteral("INSERT OR REPLACE INTO sync_answer (uid, undone_ms, journaled) VALUES (?, ?, 1)"),
                    {loser, at}, error)
            || !runSql(q, QStringLiteral("INSERT OR IGNORE INTO sync_answer (uid, undone_ms, journaled) VALUES (?, NULL, 1)"),
                       {existing}, error))
            return false;
        if (loser == uid)
            return true;
        m_touchedCards.insert(deck + QLatin1Char('/') + card);
        if (!runSql(q, QStringLiteral("DELETE FROM review_log WHERE uid = ?"), {existing}, error))
            return false;
    }
    if (!runSql(q, QStringLiteral("INSERT INTO review_log (deck_id, card_id, topic_id, reviewed_ms, grade, correct, "
                                  "response_ms, state_before, state_after, uid, origin) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?)"),
                {deck, card, e.value(QStringLiteral("topic")).toString(), at, grade,
                 e.value(QStringLiteral("ok")).toBool() ? 1 : 0, msOf(e, "rms"), uid,
                 sqlText(e.value(QStringLiteral("dev")).toString())},
                error)
        || !runSql(q, QStringLiteral("INSERT OR IGNORE INTO sync_answer (uid, undone_ms, journaled) VALUES (?, NULL, 1)"),
                   {uid}, error))
        return false;
    ++m_counts.answers;
    m_touchedCards.insert(deck + QLatin1Char('/') + card);
    return true;
}

bool SyncMerge::applyUndo(const QJsonObject &e, QString *problem, QString *error)
{
    if (!hasText(e, "id")) {
        *problem = tr("an undo without the id of its answer");
        return true;
    }
    const QString uid = e.value(QStringLiteral("id")).toString();
    QSqlQuery q(m_db.connection());
    if (!runSql(q, QStringLiteral("INSERT INTO sync_answer (uid, undone_ms, journaled) VALUES (?, ?, 1) ON CONFLICT (uid) "
                                  "DO UPDATE SET undone_ms = coalesce(undone_ms, excluded.undone_ms)"),
                {uid, msOf(e, "at")}, error)
        || !runSql(q, QStringLiteral("SELECT deck_id, card_id FROM review_log WHERE uid = ?"), {uid}, error))
        return false;
    if (!q.next())
        return true;
    const QString deck = q.value(0).toString();
    const QString card = q.value(1).toString();
    if (!runSql(q, QStringLiteral("DELETE FROM review_log WHERE uid = ?"), {uid}, error)
        // A card with no answer left is new again, as ReviewStore::undoLastAnswer leaves it.
        || !runSql(q, QStringLiteral("DELETE FROM card_state WHERE deck_id = ? AND card_id = ? AND NOT EXISTS (SELECT 1 "
                                     "FROM review_log WHERE deck_id = ? AND card_id = ?)"),
                   {deck, card, deck, card}, error))
        return false;
    ++m_counts.undone;
    m_touchedCards.insert(deck + QLatin1Char('/') + card);
    return true;
}

bool SyncMerge::applyRegister(const QJsonObject &e, QString *problem, QString *error)
{
    const QJsonArray key = e.value(QStringLiteral("key")).toArray();
    QStringList parts;
    for (const QJsonValue &v : key)
        parts.append(v.toString());
    const bool bookmark = parts.size() == 4 && parts[0] == QLatin1String("bookmark") && !parts[1].isEmpty() && !parts[3].isEmpty()
        && (parts[2] == QLatin1String("topic") || parts[2] == QLatin1String("card"));
    const bool setting = parts.size() == 2 && parts[0] == QLatin1String("setting") && defaultFollowedSettings().contains(parts[1]);
    if ((!bookmark && !setting) || !e.value(QStringLiteral("val")).isString() || !hasText(e, "dev")) {
        *problem = tr("a bookmark or setting this version does not know");
        return true;
    }
    if (setting && !validSetting(parts[1], e.value(QStringLiteral("val")).toString())) {
        *problem = tr("the setting \"%1\" has a value this version cannot use").arg(parts[1]);
        return true;
    }
    SyncState state(m_db);
    const QString name = LocalChanges::registerName(parts);
    const qint64 at = msOf(e, "at");
    const QString device = e.value(QStringLiteral("dev")).toString();
    const std::optional<SyncState::Register> old = state.reg(name);
    if (old && !old->isOlderThan(at, device))
        return true;
    const QString value = e.value(QStringLiteral("val")).toString();
    if (!state.saveRegister({name, value, at, device, true}, error))
        return false;
    if (setting) {
        m_settings.insert(parts[1], value);
        m_retentionChanged = m_retentionChanged || parts[1] == QLatin1String("desiredRetention");
        ++m_counts.settings;
        return true;
    }
    BookmarkStore bookmarks(m_db);
    const Bookmark::Kind kind = BookmarkStore::kindFromName(parts[2]);
    const QJsonObject v = QJsonDocument::fromJson(value.toUtf8()).object();
    // Removed and set again, so that the creation time is the winner's too.
    if (!bookmarks.remove(parts[1], kind, parts[3], error))
        return false;
    if (v.value(QStringLiteral("on")).toBool()
        && !bookmarks.set({parts[1], kind, parts[3], v.value(QStringLiteral("label")).toString(), msOf(v, "created")}, error))
        return false;
    ++m_counts.bookmarks;
    return true;
}

bool SyncMerge::applyNote(const QJsonObject &e, QString *problem, QString *error)
{
    if (!hasText(e, "id") || !hasText(e, "deck") || !hasText(e, "topic") || !e.value(QStringLiteral("par")).isArray()) {
        *problem = tr("a note version without its id, deck, topic or parents");
        return true;
    }
    NoteVersion v;
    v.vid = e.value(QStringLiteral("id")).toString();
    v.deckId = e.value(QStringLiteral("deck")).toString();
    v.topicId = e.value(QStringLiteral("topic")).toString();
    for (const QJsonValue &p : e.value(QStringLiteral("par")).toArray())
        v.parents.append(p.toString());
    if (e.value(QStringLiteral("body")).isString())
        v.body = e.value(QStringLiteral("body")).toString();
    v.savedMs = msOf(e, "at");
    v.deviceId = sqlText(e.value(QStringLiteral("dev")).toString());
    v.journaled = true;
    bool added = false;
    if (!NoteHistory(m_db).insert(v, &added, error))
        return false;
    if (added)
        m_touchedNotes.insert({v.deckId, v.topicId});
    return true;
}

bool SyncMerge::finish(const Fsrs &fsrs, bool everyCard, const QSet<QString> &alsoCards, QString *error)
{
    NoteHistory history(m_db);
    for (const auto &[deck, topic] : std::as_const(m_touchedNotes)) {
        NoteHistory::Outcome outcome = NoteHistory::Outcome::Unchanged;
        if (!history.settle(deck, topic, &outcome, error))
            return false;
        if (outcome == NoteHistory::Outcome::TookOther)
            ++m_counts.notes;
        else if (outcome == NoteHistory::Outcome::Conflict)
            ++m_counts.conflicts;
    }
    if (everyCard || m_retentionChanged)
        return replay(m_db, fsrs, std::nullopt, error);
    return replay(m_db, fsrs, m_touchedCards + alsoCards, error);
}

bool SyncMerge::replay(Database &db, const Fsrs &fsrs, const std::optional<QSet<QString>> &cards, QString *error)
{
    const QString columns = QStringLiteral("id, deck_id, card_id, topic_id, reviewed_ms, grade, state_before, state_after, "
                                           "stability_before, stability_after, difficulty_before, difficulty_after, "
                                           "due_after_ms FROM review_log");
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    QList<QVariantList> rows;
    const auto collect = [&](const QString &where, const QVariantList &values) {
        if (!runSql(q, QStringLiteral("SELECT %1 %2 ORDER BY reviewed_ms, uid").arg(columns, where), values, error))
            return false;
        while (q.next()) {
            QVariantList row;
            for (int i = 0; i < 13; ++i)
                row.append(q.value(i));
            rows.append(row);
        }
        return true;
    };
    if (!cards) {
        if (!collect({}, {}))
            return false;
    } else {
        for (const QString &key : *cards) {
            const qsizetype slash = key.indexOf(QLatin1Char('/'));
            if (!collect(QStringLiteral("WHERE deck_id = ? AND card_id = ?"), {key.left(slash), key.mid(slash + 1)}))
                return false;
        }
    }
    struct Fix
    {
        qint64 id;
        CardState before;
        CardState after;
    };
    QHash<QString, CardState> states;
    QList<Fix> fixes;
    for (const QVariantList &row : std::as_const(rows)) {
        const QString key = row[1].toString() + QLatin1Char('/') + row[2].toString();
        CardState before = states.value(key);
        before.deckId = row[1].toString();
        before.cardId = row[2].toString();
        before.topicId = row[3].toString();
        const CardState after = fsrs.review(before, row[5].toInt(), row[4].toLongLong());
        states.insert(key, after);
        if (row[6].toInt() != before.state || row[7].toInt() != after.state
            || optionalDouble(row[8]) != before.stability || optionalDouble(row[9]) != after.stability
            || optionalDouble(row[10]) != before.difficulty || optionalDouble(row[11]) != after.difficulty
            || row[12].toLongLong() != after.dueMs)
            fixes.append({row[0].toLongLong(), before, after});
    }
    QSqlQuery u(db.connection());
    for (const Fix &fix : std::as_const(fixes)) {
        if (!runSql(u, QStringLiteral("UPDATE review_log SET state_before = ?, state_after = ?, stability_before = ?, "
                                      "stability_after = ?, difficulty_before = ?, difficulty_after = ?, due_after_ms = ? "
                                      "WHERE id = ?"),
                    {fix.before.state, fix.after.state, optionalValue(fix.before.stability),
                     optionalValue(fix.after.stability), optionalValue(fix.before.difficulty),
                     optionalValue(fix.after.difficulty), fix.after.dueMs, fix.id},
                    error))
            return false;
    }
    ReviewStore store(db);
    for (const CardState &state : std::as_const(states)) {
        if (store.cardState(state.deckId, state.cardId) != state && !store.writeCardState(state, error))
            return false;
    }
    return true;
}

} // namespace DeepDive
