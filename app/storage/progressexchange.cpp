#include "progressexchange.h"

#include "bookmarkstore.h"
#include "database.h"
#include "notestore.h"
#include "reviewstore.h"
#include "visitstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimeZone>

#include <algorithm>
#include <functional>

namespace DeepDive {

namespace {

QJsonValue optionalJson(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

std::optional<double> optionalFrom(const QJsonValue &v)
{
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

qint64 ms(const QJsonValue &v)
{
    return qint64(v.toDouble());
}

bool isText(const QJsonValue &v)
{
    return v.isString() && !v.toString().isEmpty();
}

bool isIntegerIn(const QJsonValue &v, int low, int high)
{
    return v.isDouble() && v.toDouble() == double(v.toInt()) && v.toInt() >= low && v.toInt() <= high;
}

// What is wrong with the shape of an export (a list that is not a list, an entry without its deck or item, a grade
// out of range), naming the entry and the field; empty when every entry can be stored. Checked before anything is
// stored, so that the learner reads which entry is wrong instead of a database constraint.
QString shapeProblem(const QString &file, const QJsonObject &root)
{
    struct Field
    {
        const char *name;
        std::function<bool(const QJsonValue &)> valid;
    };
    const auto text = [](const QJsonValue &v) { return isText(v); };
    struct Section
    {
        const char *key;
        const char *entry; // for the message
        QList<Field> fields;
    };
    const QList<Section> sections = {
        {"reviews", QT_TRANSLATE_NOOP("DeepDive::ProgressExchange", "answer"),
         {{"deck", text}, {"card", text}, {"grade", [](const QJsonValue &v) { return isIntegerIn(v, 1, 4); }},
          {"reviewedMs", [](const QJsonValue &v) { return v.isDouble(); }}}},
        {"cardStates", QT_TRANSLATE_NOOP("DeepDive::ProgressExchange", "card state"),
         {{"deck", text}, {"card", text}, {"state", [](const QJsonValue &v) { return isIntegerIn(v, 0, 3); }}}},
        {"bookmarks", QT_TRANSLATE_NOOP("DeepDive::ProgressExchange", "bookmark"),
         {{"deck", text},
          {"item", text},
          {"kind", [](const QJsonValue &v) { return v.toString() == QLatin1String("topic") || v.toString() == QLatin1String("card"); }}}},
        {"notes", QT_TRANSLATE_NOOP("DeepDive::ProgressExchange", "note"),
         {{"deck", text}, {"topic", text}, {"body", [](const QJsonValue &v) { return v.isString(); }},
          {"versions", [](const QJsonValue &v) {
               if (v.isUndefined())
                   return true;
               if (!v.isArray())
                   return false;
               const QJsonArray versions = v.toArray();
               return std::all_of(versions.begin(), versions.end(), [](const QJsonValue &version) {
                   return version.isObject() && version.toObject().value(QStringLiteral("body")).isString();
               });
           }}}},
        {"visits", QT_TRANSLATE_NOOP("DeepDive::ProgressExchange", "topic visit"), {{"deck", text}, {"topic", text}}},
    };
    for (const Section &section : sections) {
        const QJsonValue list = root.value(QLatin1StringView(section.key));
        if (list.isUndefined() || list.isNull())
            continue;
        if (!list.isArray())
            return QCoreApplication::translate("DeepDive::ProgressExchange", "%1: \"%2\" is not a list; nothing was imported")
                .arg(file, QLatin1StringView(section.key));
        const QJsonArray entries = list.toArray();
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QString entry = QCoreApplication::translate("DeepDive::ProgressExchange", section.entry);
            if (!entries[i].isObject())
                return QCoreApplication::translate("DeepDive::ProgressExchange", "%1: %2 %3 of %4 is not an object; nothing was imported")
                    .arg(file, entry).arg(i + 1).arg(entries.size());
            const QJsonObject o = entries[i].toObject();
            for (const Field &field : section.fields) {
                if (!field.valid(o.value(QLatin1StringView(field.name))))
                    return QCoreApplication::translate("DeepDive::ProgressExchange",
                                                       "%1: %2 %3 of %4 has a missing or invalid \"%5\"; nothing was imported")
                        .arg(file, entry).arg(i + 1).arg(entries.size()).arg(QLatin1StringView(field.name));
            }
        }
    }
    return {};
}

// Why the notes in an export cannot be imported, naming the first one over the size limit; empty when they all fit.
QString oversizedNote(const QString &file, const QJsonArray &notes)
{
    for (const QJsonValue &value : notes) {
        const QJsonObject o = value.toObject();
        const QString deck = o.value(QStringLiteral("deck")).toString();
        const QString topic = o.value(QStringLiteral("topic")).toString();
        if (!NoteStore::fits(o.value(QStringLiteral("body")).toString()))
            return ProgressExchange::tr("%1: the note on %2 / %3 is longer than the %4 a note can hold; nothing was "
                                        "imported")
                .arg(file, deck, topic, NoteStore::maxBodySize());
        for (const QJsonValue &version : o.value(QStringLiteral("versions")).toArray()) {
            if (!NoteStore::fits(version.toObject().value(QStringLiteral("body")).toString()))
                return ProgressExchange::tr("%1: an earlier version of the note on %2 / %3 is longer than the %4 a "
                                            "note can hold; nothing was imported")
                    .arg(file, deck, topic, NoteStore::maxBodySize());
        }
    }
    return {};
}

} // namespace

QString ProgressExchange::Counts::toString() const
{
    return ProgressExchange::tr("%1, %2, %3, %4 and %5")
        .arg(ProgressExchange::tr("%n answer(s)", nullptr, reviews),
             ProgressExchange::tr("%n card state(s)", nullptr, cardStates),
             ProgressExchange::tr("%n bookmark(s)", nullptr, bookmarks), ProgressExchange::tr("%n note(s)", nullptr, notes),
             ProgressExchange::tr("%n topic visit(s)", nullptr, visits));
}

ProgressExchange::ProgressExchange(Database &db)
    : m_db(db)
{
}

bool ProgressExchange::exportTo(const QString &file, qint64 nowMs, QString *error, Counts *counts) const
{
    ReviewStore reviews(m_db);
    BookmarkStore bookmarks(m_db);
    NoteStore notes(m_db);
    VisitStore visits(m_db);

    QJsonArray reviewArray;
    for (const Review &r : reviews.reviews()) {
        reviewArray.append(QJsonObject{
            {QStringLiteral("deck"), r.deckId}, {QStringLiteral("card"), r.cardId}, {QStringLiteral("topic"), r.topicId},
            {QStringLiteral("reviewedMs"), double(r.reviewedMs)}, {QStringLiteral("grade"), r.grade},
            {QStringLiteral("correct"), r.correct}, {QStringLiteral("responseMs"), double(r.responseMs)},
            {QStringLiteral("stateBefore"), r.stateBefore}, {QStringLiteral("stateAfter"), r.stateAfter},
            {QStringLiteral("stabilityBefore"), optionalJson(r.stabilityBefore)},
            {QStringLiteral("stabilityAfter"), optionalJson(r.stabilityAfter)},
            {QStringLiteral("difficultyBefore"), optionalJson(r.difficultyBefore)},
            {QStringLiteral("difficultyAfter"), optionalJson(r.difficultyAfter)},
            {QStringLiteral("dueAfterMs"), double(r.dueAfterMs)}});
    }
    QJsonArray stateArray;
    const QList<CardState> states = reviews.cardStates();
    for (const CardState &s : states) {
        stateArray.append(QJsonObject{
            {QStringLiteral("deck"), s.deckId}, {QStringLiteral("card"), s.cardId}, {QStringLiteral("topic"), s.topicId},
            {QStringLiteral("state"), s.state}, {QStringLiteral("stability"), optionalJson(s.stability)},
            {QStringLiteral("difficulty"), optionalJson(s.difficulty)}, {QStringLiteral("dueMs"), double(s.dueMs)},
            {QStringLiteral("lastReviewMs"), double(s.lastReviewMs)}, {QStringLiteral("reps"), s.reps},
            {QStringLiteral("lapses"), s.lapses}});
    }
    QJsonArray bookmarkArray;
    const QList<Bookmark> allBookmarks = bookmarks.all();
    for (const Bookmark &b : allBookmarks) {
        bookmarkArray.append(QJsonObject{{QStringLiteral("deck"), b.deckId}, {QStringLiteral("kind"), BookmarkStore::kindName(b.kind)},
                                         {QStringLiteral("item"), b.itemId}, {QStringLiteral("label"), b.label},
                                         {QStringLiteral("createdMs"), double(b.createdMs)}});
    }
    QJsonArray noteArray;
    const QList<Note> allNotes = notes.all();
    for (const Note &n : allNotes) {
        QJsonArray versionArray;
        for (const Note &v : notes.versions(n.deckId, n.topicId))
            versionArray.append(QJsonObject{{QStringLiteral("body"), v.body}, {QStringLiteral("savedMs"), double(v.updatedMs)}});
        noteArray.append(QJsonObject{{QStringLiteral("deck"), n.deckId}, {QStringLiteral("topic"), n.topicId},
                                     {QStringLiteral("body"), n.body}, {QStringLiteral("updatedMs"), double(n.updatedMs)},
                                     {QStringLiteral("versions"), versionArray}});
    }
    QJsonArray visitArray;
    const QList<TopicVisit> allVisits = visits.all();
    for (const TopicVisit &v : allVisits) {
        visitArray.append(QJsonObject{{QStringLiteral("deck"), v.deckId}, {QStringLiteral("topic"), v.topicId},
                                      {QStringLiteral("lastOpenedMs"), double(v.lastOpenedMs)},
                                      {QStringLiteral("secondsSpent"), double(v.secondsSpent)}});
    }
    const QJsonObject root{
        {QStringLiteral("format"), QLatin1StringView(formatName)},
        {QStringLiteral("version"), formatVersion},
        {QStringLiteral("exported"), QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone::UTC).toString(Qt::ISODate)},
        {QStringLiteral("reviews"), reviewArray},
        {QStringLiteral("cardStates"), stateArray},
        {QStringLiteral("bookmarks"), bookmarkArray},
        {QStringLiteral("notes"), noteArray},
        {QStringLiteral("visits"), visitArray},
    };
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0
        || !out.commit()) {
        *error = tr("cannot write %1: %2").arg(file, out.errorString());
        return false;
    }
    if (counts)
        *counts = {int(reviewArray.size()), int(stateArray.size()), int(bookmarkArray.size()), int(noteArray.size()),
                   int(visitArray.size())};
    return true;
}

bool ProgressExchange::importFrom(const QString &file, QString *error, Counts *counts)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(file, in.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(in.readAll(), &parseError);
    if (doc.isNull()) {
        *error = tr("%1 is not valid JSON (at byte %2: %3)").arg(file).arg(parseError.offset).arg(parseError.errorString());
        return false;
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1StringView(formatName)) {
        *error = tr("%1 is not a Deep Dive progress export").arg(file);
        return false;
    }
    if (root.value(QStringLiteral("version")).toInt() > formatVersion) {
        *error = tr("%1 was exported by a newer Deep Dive (format %2); update Deep Dive to import it")
                     .arg(file).arg(root.value(QStringLiteral("version")).toInt());
        return false;
    }
    if (!m_db.isWritable()) {
        *error = tr("the progress database is read-only; nothing was imported");
        return false;
    }
    if (const QString problem = shapeProblem(file, root); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    if (const QString problem = oversizedNote(file, root.value(QStringLiteral("notes")).toArray()); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    ReviewStore reviews(m_db);
    BookmarkStore bookmarks(m_db);
    NoteStore notes(m_db);
    VisitStore visits(m_db);
    Counts seen;
    m_cancelled = false;
    const QJsonArray reviewValues = root.value(QStringLiteral("reviews")).toArray();
    const QJsonArray stateValues = root.value(QStringLiteral("cardStates")).toArray();
    const int total = int(reviewValues.size() + stateValues.size());
    const auto goOn = [&] { // every 500 rows, and at the end of each part
        const int done = seen.reviews + seen.cardStates;
        if (!m_progress || (done % 500 != 0 && done != total) || m_progress(done, total))
            return true;
        m_cancelled = true;
        *error = tr("the import was stopped; nothing was imported");
        return false;
    };
    const bool ok = m_db.transaction([&] {
        for (const QJsonValue &value : reviewValues) {
            const QJsonObject o = value.toObject();
            Review r;
            r.deckId = o.value(QStringLiteral("deck")).toString();
            r.cardId = o.value(QStringLiteral("card")).toString();
            r.topicId = o.value(QStringLiteral("topic")).toString();
            r.reviewedMs = ms(o.value(QStringLiteral("reviewedMs")));
            r.grade = o.value(QStringLiteral("grade")).toInt();
            r.correct = o.value(QStringLiteral("correct")).toBool();
            r.responseMs = ms(o.value(QStringLiteral("responseMs")));
            r.stateBefore = o.value(QStringLiteral("stateBefore")).toInt();
            r.stateAfter = o.value(QStringLiteral("stateAfter")).toInt();
            r.stabilityBefore = optionalFrom(o.value(QStringLiteral("stabilityBefore")));
            r.stabilityAfter = optionalFrom(o.value(QStringLiteral("stabilityAfter")));
            r.difficultyBefore = optionalFrom(o.value(QStringLiteral("difficultyBefore")));
            r.difficultyAfter = optionalFrom(o.value(QStringLiteral("difficultyAfter")));
            r.dueAfterMs = ms(o.value(QStringLiteral("dueAfterMs")));
            if (!reviews.mergeReview(r, error))
                return false;
            ++seen.reviews;
            if (!goOn())
                return false;
        }
        for (const QJsonValue &value : stateValues) {
            const QJsonObject o = value.toObject();
            CardState s;
            s.deckId = o.value(QStringLiteral("deck")).toString();
            s.cardId = o.value(QStringLiteral("card")).toString();
            s.topicId = o.value(QStringLiteral("topic")).toString();
            s.state = o.value(QStringLiteral("state")).toInt();
            s.stability = optionalFrom(o.value(QStringLiteral("stability")));
            s.difficulty = optionalFrom(o.value(QStringLiteral("difficulty")));
            s.dueMs = ms(o.value(QStringLiteral("dueMs")));
            s.lastReviewMs = ms(o.value(QStringLiteral("lastReviewMs")));
            s.reps = o.value(QStringLiteral("reps")).toInt();
            s.lapses = o.value(QStringLiteral("lapses")).toInt();
            if (!reviews.mergeCardState(s, error))
                return false;
            ++seen.cardStates;
            if (!goOn())
                return false;
        }
        const QList<Bookmark> existing = bookmarks.all();
        for (const QJsonValue &value : root.value(QStringLiteral("bookmarks")).toArray()) {
            const QJsonObject o = value.toObject();
            Bookmark b{o.value(QStringLiteral("deck")).toString(), BookmarkStore::kindFromName(o.value(QStringLiteral("kind")).toString()),
                       o.value(QStringLiteral("item")).toString(), o.value(QStringLiteral("label")).toString(),
                       ms(o.value(QStringLiteral("createdMs")))};
            // A bookmark the learner already has keeps its own label.
            const bool known = std::any_of(existing.cbegin(), existing.cend(), [&](const Bookmark &e) {
                return e.deckId == b.deckId && e.kind == b.kind && e.itemId == b.itemId;
            });
            if (!known && !bookmarks.set(b, error))
                return false;
            ++seen.bookmarks;
        }
        for (const QJsonValue &value : root.value(QStringLiteral("notes")).toArray()) {
            const QJsonObject o = value.toObject();
            const QString deck = o.value(QStringLiteral("deck")).toString();
            const QString topic = o.value(QStringLiteral("topic")).toString();
            for (const QJsonValue &v : o.value(QStringLiteral("versions")).toArray()) {
                const QJsonObject vo = v.toObject();
                if (!notes.merge({deck, topic, vo.value(QStringLiteral("body")).toString(), ms(vo.value(QStringLiteral("savedMs")))}, error))
                    return false;
            }
            if (!notes.merge({deck, topic, o.value(QStringLiteral("body")).toString(), ms(o.value(QStringLiteral("updatedMs")))}, error))
                return false;
            ++seen.notes;
        }
        for (const QJsonValue &value : root.value(QStringLiteral("visits")).toArray()) {
            const QJsonObject o = value.toObject();
            if (!visits.merge({o.value(QStringLiteral("deck")).toString(), o.value(QStringLiteral("topic")).toString(),
                               ms(o.value(QStringLiteral("lastOpenedMs"))), ms(o.value(QStringLiteral("secondsSpent")))},
                              error))
                return false;
            ++seen.visits;
        }
        return true;
    }, error);
    if (ok && counts)
        *counts = seen;
    return ok;
}

} // namespace DeepDive
