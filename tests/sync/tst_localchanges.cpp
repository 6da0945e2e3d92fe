#include "fsrs.h"
#include "journalformat.h"
#include "localchanges.h"
#include "notehistory.h"
#include "studyrecorder.h"
#include "syncmerge.h"
#include "syncstate.h"
#include "tempuserdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QTest>
#include <QUuid>

using namespace DeepDive;
using namespace DeepDive::Test;

// Step one of a sync run: what changed in the learner's database since the last run, found by comparing it with what
// was journaled. capture() gives new answers their id and this device, notes undone answers, bookmark and setting
// changes (as last-writer-wins registers that come after the value they replace) and note versions; pending() makes
// the journal events of what was not sent yet, markJournaled() notes them sent, snapshot() is everything this device
// contributed that still counts, for a compacted journal.
class TestLocalChanges : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void registerName_isACompactJsonArray_andRoundTrips_data();
    void registerName_isACompactJsonArray_andRoundTrips();
    void registerParts_ofSomethingElse_isEmpty();
    void newAnswers_getAnIdAndThisDevice_andAreSentOnce();
    void answerUndoneAfterItWasSent_isSentAsAnUndo();
    void answerUndoneBeforeItWasSent_sendsNothing();
    void bookmarks_areSentAsRegisters_eachChangeOnce();
    void bookmarkChange_comesAfterTheValueItReplaces_whateverTheClock();
    void settings_defaultsAreNoChange_butAChosenValueIs();
    void notes_sendEachVersion_withItsParents();
    void pending_leavesOutWhatCameFromOtherDevices();
    void snapshot_holdsWhatThisDeviceContributed_thatStillCounts();
    void busyDatabase_failsWithTheReason_andLosesNothing();

private:
    Database &db() { return m_data->data.database; }
    bool answer(const QString &card, int grade, qint64 at)
    {
        QString error;
        const bool ok =
            m_recorder->record({deck, QStringLiteral("t-") + card, card, grade, grade > 1, at, 1000 + grade}, &error);
        if (!ok)
            qWarning("answer: %s", qPrintable(error));
        return ok;
    }
    // One sync run's step one at `now`: capture, what it would send, and (with `sent`) marked journaled.
    QList<QJsonObject> run(qint64 now, bool sent = true, const FollowedSettings &settings = {},
                           QSet<QString> *answered = nullptr, bool *retentionChanged = nullptr)
    {
        LocalChanges local(db(), device, now);
        QString error;
        QList<QJsonObject> events;
        if (!local.capture(settings, &error) || !local.pending(&events, &error) ||
            (sent && !local.markJournaled(&error)))
            qWarning("local changes: %s", qPrintable(error));
        if (answered)
            *answered = local.answeredCards();
        if (retentionChanged)
            *retentionChanged = local.retentionChanged();
        return events;
    }
    QStringList uids()
    {
        QStringList result;
        QSqlQuery q(db().connection());
        q.exec(QStringLiteral("SELECT uid FROM review_log ORDER BY reviewed_ms"));
        while (q.next())
            result.append(q.value(0).toString());
        return result;
    }
    static QStringList types(const QList<QJsonObject> &events)
    {
        QStringList result;
        for (const QJsonObject &e : events)
            result.append(e.value(QStringLiteral("t")).toString());
        return result;
    }
    static QJsonObject json(const QString &text) { return QJsonDocument::fromJson(text.toUtf8()).object(); }

    const QString deck = QStringLiteral("python");
    const QString device = QStringLiteral("dev-a");
    std::unique_ptr<TempUserData> m_data;
    Fsrs m_fsrs;
    std::unique_ptr<StudyRecorder> m_recorder;
};

namespace {
const qint64 day0 = 1'767'225'600'000; // 2026-01-01
}

void TestLocalChanges::init()
{
    m_recorder.reset();
    m_data.reset();
    m_data = std::make_unique<TempUserData>();
    m_recorder = std::make_unique<StudyRecorder>(m_data->data.reviews, m_fsrs);
}

void TestLocalChanges::registerName_isACompactJsonArray_andRoundTrips_data()
{
    QTest::addColumn<QStringList>("parts");
    QTest::addColumn<QString>("name");
    QTest::newRow("bookmark") << QStringList{QStringLiteral("bookmark"), QStringLiteral("python"),
                                             QStringLiteral("topic"), QStringLiteral("gil")}
                              << QStringLiteral(R"(["bookmark","python","topic","gil"])");
    QTest::newRow("setting") << QStringList{QStringLiteral("setting"), QStringLiteral("desiredRetention")}
                             << QStringLiteral(R"(["setting","desiredRetention"])");
    QTest::newRow("quotes, commas, brackets, non-Latin")
        << QStringList{QStringLiteral("bookmark"), QStringLiteral("a\",\"b"), QStringLiteral("[x]"),
                       QStringLiteral("Grüße 日本")}
        << QStringLiteral(R"(["bookmark","a\",\"b","[x]","Grüße 日本"])");
    QTest::newRow("an empty part") << QStringList{QStringLiteral("setting"), QString()}
                                   << QStringLiteral(R"(["setting",""])");
}

void TestLocalChanges::registerName_isACompactJsonArray_andRoundTrips()
{
    QFETCH(QStringList, parts);
    QFETCH(QString, name);
    QCOMPARE(LocalChanges::registerName(parts), name);
    QCOMPARE(LocalChanges::registerParts(name), parts);
}

void TestLocalChanges::registerParts_ofSomethingElse_isEmpty()
{
    QVERIFY(LocalChanges::registerParts(QStringLiteral("not json")).isEmpty());
    QVERIFY(LocalChanges::registerParts(QStringLiteral(R"({"bookmark":"python"})")).isEmpty());
    QVERIFY(LocalChanges::registerParts(QStringLiteral(R"(["bookmark","python")")).isEmpty()); // cut short
    QVERIFY(LocalChanges::registerParts(QString()).isEmpty());
}

void TestLocalChanges::newAnswers_getAnIdAndThisDevice_andAreSentOnce()
{
    QVERIFY(answer(QStringLiteral("c2"), 3, day0 + 2000));
    QVERIFY(answer(QStringLiteral("c1"), 1, day0 + 1000));
    QSet<QString> answered;
    const QList<QJsonObject> events = run(day0 + 5000, true, {}, &answered);
    QCOMPARE(answered, (QSet<QString>{QStringLiteral("python/c1"), QStringLiteral("python/c2")}));
    const QStringList ids = uids();
    QCOMPARE(ids.size(), 2);
    for (const QString &id : ids)
        QVERIFY2(!QUuid::fromString(id).isNull(), qPrintable(id));
    QVERIFY(ids[0] != ids[1]);
    QCOMPARE(events.size(), 2);
    // In the order they were given, with everything another device needs to replay them.
    const QJsonObject first = events[0];
    QCOMPARE(first.value(QStringLiteral("t")).toString(), QStringLiteral("ans"));
    QCOMPARE(first.value(QStringLiteral("id")).toString(), ids[0]);
    QCOMPARE(first.value(QStringLiteral("dev")).toString(), device);
    QCOMPARE(first.value(QStringLiteral("deck")).toString(), deck);
    QCOMPARE(first.value(QStringLiteral("card")).toString(), QStringLiteral("c1"));
    QCOMPARE(first.value(QStringLiteral("topic")).toString(), QStringLiteral("t-c1"));
    QCOMPARE(qint64(first.value(QStringLiteral("at")).toDouble()), day0 + 1000);
    QCOMPARE(first.value(QStringLiteral("g")).toInt(), 1);
    QCOMPARE(first.value(QStringLiteral("ok")).toBool(true), false);
    QCOMPARE(first.value(QStringLiteral("rms")).toInt(), 1001);
    QCOMPARE(events[1].value(QStringLiteral("card")).toString(), QStringLiteral("c2"));
    QCOMPARE(events[1].value(QStringLiteral("ok")).toBool(false), true);
    // Every event goes through the journal's line format unchanged.
    QJsonObject decoded;
    QString problem;
    QVERIFY(Journal::decodeLine(Journal::encodeLine(first).chopped(1), &decoded, &problem));
    QCOMPARE(decoded, first);

    // Sent: the next run finds nothing, and the ids stay.
    answered.clear();
    QVERIFY(run(day0 + 9000, true, {}, &answered).isEmpty());
    QVERIFY(answered.isEmpty());
    QCOMPARE(uids(), ids);

    // Not sent (the journal could not be written): the next run sends them again.
    QVERIFY(answer(QStringLiteral("c3"), 4, day0 + 10'000));
    QCOMPARE(run(day0 + 11'000, false).size(), 1);
    const QList<QJsonObject> again = run(day0 + 12'000);
    QCOMPARE(again.size(), 1);
    QCOMPARE(again[0].value(QStringLiteral("card")).toString(), QStringLiteral("c3"));
    QCOMPARE(again[0].value(QStringLiteral("id")).toString(), uids().constLast());
}

void TestLocalChanges::answerUndoneAfterItWasSent_isSentAsAnUndo()
{
    QVERIFY(answer(QStringLiteral("c1"), 3, day0));
    run(day0 + 1000);
    const QString uid = uids().value(0);
    QString error;
    QVERIFY2(m_data->data.reviews.undoLastAnswer(deck, QStringLiteral("c1"), day0, &error), qPrintable(error));
    QSet<QString> answered;
    const QList<QJsonObject> events = run(day0 + 5000, true, {}, &answered);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0], (QJsonObject{{QStringLiteral("t"), QStringLiteral("undo")},
                                     {QStringLiteral("id"), uid},
                                     {QStringLiteral("at"), double(day0 + 5000)}}));
    QVERIFY(answered.isEmpty());
    QVERIFY(run(day0 + 6000).isEmpty()); // once
}

void TestLocalChanges::answerUndoneBeforeItWasSent_sendsNothing()
{
    QVERIFY(answer(QStringLiteral("c1"), 3, day0));
    QString error;
    QVERIFY2(m_data->data.reviews.undoLastAnswer(deck, QStringLiteral("c1"), day0, &error), qPrintable(error));
    QSet<QString> answered;
    QVERIFY(run(day0 + 1000, true, {}, &answered).isEmpty());
    QVERIFY(answered.isEmpty());
}

void TestLocalChanges::bookmarks_areSentAsRegisters_eachChangeOnce()
{
    QString error;
    QVERIFY(m_data->data.bookmarks.set(
        {deck, Bookmark::Topic, QStringLiteral("gil"), QStringLiteral("weak"), day0 + 100}, &error));
    QList<QJsonObject> events = run(day0 + 1000);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].value(QStringLiteral("t")).toString(), QStringLiteral("reg"));
    QCOMPARE(events[0].value(QStringLiteral("key")).toArray(),
             (QJsonArray{QStringLiteral("bookmark"), deck, QStringLiteral("topic"), QStringLiteral("gil")}));
    QCOMPARE(json(events[0].value(QStringLiteral("val")).toString()),
             (QJsonObject{{QStringLiteral("on"), true},
                          {QStringLiteral("label"), QStringLiteral("weak")},
                          {QStringLiteral("created"), double(day0 + 100)}}));
    QCOMPARE(qint64(events[0].value(QStringLiteral("at")).toDouble()), day0 + 100); // a new bookmark: when it was made
    QCOMPARE(events[0].value(QStringLiteral("dev")).toString(), device);
    QVERIFY(run(day0 + 2000).isEmpty());

    // A new label: a change made now.
    QVERIFY(m_data->data.bookmarks.set(
        {deck, Bookmark::Topic, QStringLiteral("gil"), QStringLiteral("before the interview"), day0 + 100}, &error));
    events = run(day0 + 3000);
    QCOMPARE(events.size(), 1);
    QCOMPARE(json(events[0].value(QStringLiteral("val")).toString()).value(QStringLiteral("label")).toString(),
             QStringLiteral("before the interview"));
    QCOMPARE(qint64(events[0].value(QStringLiteral("at")).toDouble()), day0 + 3000);

    // Removed: the register says so (a missing bookmark is not a missing register).
    QVERIFY(m_data->data.bookmarks.remove(deck, Bookmark::Topic, QStringLiteral("gil"), &error));
    QVERIFY(m_data->data.bookmarks.set({deck, Bookmark::Card, QStringLiteral("c1"), QString(), day0 + 3500}, &error));
    events = run(day0 + 4000);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events[0].value(QStringLiteral("key")).toArray(),
             (QJsonArray{QStringLiteral("bookmark"), deck, QStringLiteral("card"), QStringLiteral("c1")}));
    QCOMPARE(events[1].value(QStringLiteral("key")).toArray(),
             (QJsonArray{QStringLiteral("bookmark"), deck, QStringLiteral("topic"), QStringLiteral("gil")}));
    QCOMPARE(json(events[1].value(QStringLiteral("val")).toString()), (QJsonObject{{QStringLiteral("on"), false}}));
    QCOMPARE(qint64(events[1].value(QStringLiteral("at")).toDouble()), day0 + 4000);
    QVERIFY(run(day0 + 5000).isEmpty()); // the removal once, not at every run
}

void TestLocalChanges::bookmarkChange_comesAfterTheValueItReplaces_whateverTheClock()
{
    // The bookmark's register was last won by a device whose clock is an hour ahead; the learner removes it here.
    QString error;
    QVERIFY(m_data->data.bookmarks.set({deck, Bookmark::Topic, QStringLiteral("gil"), QString(), day0}, &error));
    QCOMPARE(run(day0 + 500).size(), 1);
    const QString name =
        LocalChanges::registerName({QStringLiteral("bookmark"), deck, QStringLiteral("topic"), QStringLiteral("gil")});
    const std::optional<SyncState::Register> mine = SyncState(db()).reg(name);
    QVERIFY(mine);
    const qint64 ahead = day0 + 3'600'000;
    QVERIFY2(SyncState(db()).saveRegister({name, mine->value, ahead, QStringLiteral("dev-b"), true}, &error),
             qPrintable(error));
    QVERIFY(run(day0 + 1000).isEmpty()); // the same bookmark: nothing to send
    QVERIFY(m_data->data.bookmarks.remove(deck, Bookmark::Topic, QStringLiteral("gil"), &error));
    const QList<QJsonObject> events = run(day0 + 2000);
    QCOMPARE(events.size(), 1);
    QCOMPARE(qint64(events[0].value(QStringLiteral("at")).toDouble()), ahead + 1);
    const std::optional<SyncState::Register> now = SyncState(db()).reg(name);
    QVERIFY(now);
    QCOMPARE(now->changedMs, ahead + 1);
    QCOMPARE(now->deviceId, device);
    QVERIFY(now->journaled);
}

void TestLocalChanges::settings_defaultsAreNoChange_butAChosenValueIs()
{
    FollowedSettings settings = defaultFollowedSettings();
    QCOMPARE(settings.value(QStringLiteral("desiredRetention")), QStringLiteral("0.9"));
    QVERIFY(settings.contains(QStringLiteral("interviewDate")));
    bool retentionChanged = true;
    QVERIFY(run(day0, true, settings, nullptr, &retentionChanged).isEmpty()); // a new installation overrides nothing
    QVERIFY(!retentionChanged);

    settings[QStringLiteral("desiredRetention")] = QStringLiteral("0.85");
    QList<QJsonObject> events = run(day0 + 1000, true, settings, nullptr, &retentionChanged);
    QVERIFY(retentionChanged);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].value(QStringLiteral("key")).toArray(),
             (QJsonArray{QStringLiteral("setting"), QStringLiteral("desiredRetention")}));
    QCOMPARE(events[0].value(QStringLiteral("val")).toString(), QStringLiteral("0.85"));
    QCOMPARE(qint64(events[0].value(QStringLiteral("at")).toDouble()), day0 + 1000);
    QVERIFY(run(day0 + 2000, true, settings, nullptr, &retentionChanged).isEmpty());
    QVERIFY(!retentionChanged);

    settings[QStringLiteral("interviewDate")] = QStringLiteral("2026-03-02");
    events = run(day0 + 3000, true, settings, nullptr, &retentionChanged);
    QVERIFY(!retentionChanged); // the schedule does not depend on it
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].value(QStringLiteral("val")).toString(), QStringLiteral("2026-03-02"));

    // Back to the defaults, once they were synced, is a choice too.
    events = run(day0 + 4000, true, defaultFollowedSettings(), nullptr, &retentionChanged);
    QVERIFY(retentionChanged);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events[0].value(QStringLiteral("val")).toString(), QStringLiteral("0.9"));
    QCOMPARE(events[1].value(QStringLiteral("val")).toString(), QString());
}

void TestLocalChanges::notes_sendEachVersion_withItsParents()
{
    QString error;
    QVERIFY(m_data->data.notes.save({deck, QStringLiteral("gil"), QStringLiteral("one"), day0 + 100}, &error));
    QList<QJsonObject> events = run(day0 + 1000);
    QCOMPARE(types(events), QStringList{QStringLiteral("note")});
    const QString first = events[0].value(QStringLiteral("id")).toString();
    QVERIFY(!first.isEmpty());
    QCOMPARE(events[0].value(QStringLiteral("deck")).toString(), deck);
    QCOMPARE(events[0].value(QStringLiteral("topic")).toString(), QStringLiteral("gil"));
    QCOMPARE(events[0].value(QStringLiteral("par")).toArray(), QJsonArray());
    QCOMPARE(events[0].value(QStringLiteral("body")).toString(), QStringLiteral("one"));
    QCOMPARE(qint64(events[0].value(QStringLiteral("at")).toDouble()), day0 + 100);
    QCOMPARE(events[0].value(QStringLiteral("dev")).toString(), device);
    QVERIFY(run(day0 + 2000).isEmpty());

    QVERIFY(m_data->data.notes.save({deck, QStringLiteral("gil"), QStringLiteral("two"), day0 + 3000}, &error));
    events = run(day0 + 4000);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].value(QStringLiteral("par")).toArray(), QJsonArray{first});
    QCOMPARE(events[0].value(QStringLiteral("body")).toString(), QStringLiteral("two"));
}

void TestLocalChanges::pending_leavesOutWhatCameFromOtherDevices()
{
    // What the merge took in from another device's journal is not this device's to send.
    JournalRead read;
    read.file = QStringLiteral("dev-b.jsonl");
    read.deviceId = QStringLiteral("dev-b");
    read.events = {{2,
                    {{QStringLiteral("t"), QStringLiteral("ans")},
                     {QStringLiteral("id"), QStringLiteral("b-answer")},
                     {QStringLiteral("dev"), QStringLiteral("dev-b")},
                     {QStringLiteral("deck"), deck},
                     {QStringLiteral("card"), QStringLiteral("c9")},
                     {QStringLiteral("topic"), QStringLiteral("t9")},
                     {QStringLiteral("at"), double(day0)},
                     {QStringLiteral("g"), 3},
                     {QStringLiteral("ok"), true},
                     {QStringLiteral("rms"), 900}}},
                   {3,
                    {{QStringLiteral("t"), QStringLiteral("reg")},
                     {QStringLiteral("key"),
                      QJsonArray{QStringLiteral("bookmark"), deck, QStringLiteral("topic"), QStringLiteral("t9")}},
                     {QStringLiteral("val"), QStringLiteral(R"({"created":1,"label":"","on":true})")},
                     {QStringLiteral("at"), double(day0)},
                     {QStringLiteral("dev"), QStringLiteral("dev-b")}}},
                   {4,
                    {{QStringLiteral("t"), QStringLiteral("note")},
                     {QStringLiteral("id"), QStringLiteral("b-note")},
                     {QStringLiteral("deck"), deck},
                     {QStringLiteral("topic"), QStringLiteral("t9")},
                     {QStringLiteral("par"), QJsonArray()},
                     {QStringLiteral("body"), QStringLiteral("theirs")},
                     {QStringLiteral("at"), double(day0)},
                     {QStringLiteral("dev"), QStringLiteral("dev-b")}}}};
    SyncMerge merge(db());
    QStringList problems;
    QString error;
    QVERIFY2(merge.apply(read, &problems, &error), qPrintable(error));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY2(merge.finish(m_fsrs, true, {}, &error), qPrintable(error));
    QCOMPARE(m_data->data.reviews.reviewCount(), 1);
    QVERIFY(m_data->data.bookmarks.contains(deck, Bookmark::Topic, QStringLiteral("t9")));

    QSet<QString> answered;
    QVERIFY(run(day0 + 1000, true, defaultFollowedSettings(), &answered).isEmpty());
    QVERIFY(answered.isEmpty());
    QSqlQuery q(db().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT origin FROM review_log WHERE uid = 'b-answer'")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("dev-b")); // not claimed by this device
}

void TestLocalChanges::snapshot_holdsWhatThisDeviceContributed_thatStillCounts()
{
    QString error;
    // This device: two answers, the second undone after it was sent; a bookmark; a note saved twice.
    QVERIFY(answer(QStringLiteral("c1"), 3, day0));
    QVERIFY(answer(QStringLiteral("c2"), 2, day0 + 100));
    QVERIFY(m_data->data.bookmarks.set({deck, Bookmark::Topic, QStringLiteral("gil"), QString(), day0}, &error));
    QVERIFY(m_data->data.notes.save({deck, QStringLiteral("gil"), QStringLiteral("draft"), day0}, &error));
    run(day0 + 1000);
    const QStringList ids = uids();
    QVERIFY(m_data->data.reviews.undoLastAnswer(deck, QStringLiteral("c2"), day0 + 100, &error));
    QVERIFY(m_data->data.notes.save({deck, QStringLiteral("gil"), QStringLiteral("final"), day0 + 2000}, &error));
    // Another device's register, taken in by a merge.
    const QString theirs =
        LocalChanges::registerName({QStringLiteral("bookmark"), deck, QStringLiteral("topic"), QStringLiteral("x")});
    QVERIFY(SyncState(db()).saveRegister(
        {theirs, QStringLiteral(R"({"on":false})"), day0, QStringLiteral("dev-b"), true}, &error));
    run(day0 + 3000);

    LocalChanges local(db(), device, day0 + 4000);
    QList<QJsonObject> events;
    QVERIFY2(local.snapshot(&events, &error), qPrintable(error));
    QCOMPARE(types(events), (QStringList{QStringLiteral("ans"), QStringLiteral("undo"), QStringLiteral("reg"),
                                         QStringLiteral("note"), QStringLiteral("note")}));
    QCOMPARE(events[0].value(QStringLiteral("id")).toString(), ids[0]);
    QCOMPARE(events[1].value(QStringLiteral("id")).toString(), ids[1]);
    QCOMPARE(events[2].value(QStringLiteral("key")).toArray().last().toString(), QStringLiteral("gil"));
    // The note's history: the superseded version by its id alone, the head with its text.
    QCOMPARE(events[3].value(QStringLiteral("par")).toArray(), QJsonArray());
    QVERIFY(!events[3].contains(QStringLiteral("body")));
    QCOMPARE(events[4].value(QStringLiteral("par")).toArray(), QJsonArray{events[3].value(QStringLiteral("id"))});
    QCOMPARE(events[4].value(QStringLiteral("body")).toString(), QStringLiteral("final"));
    // Taking a snapshot sends nothing by itself: pending is still empty.
    QList<QJsonObject> pending;
    QVERIFY(local.pending(&pending, &error));
    QVERIFY(pending.isEmpty());
}

void TestLocalChanges::busyDatabase_failsWithTheReason_andLosesNothing()
{
    // The window holds the write lock past the busy timeout: this run fails, the next one sends the answer.
    Database::setBusyTimeout(100);
    const auto restore = qScopeGuard([] { Database::setBusyTimeout(5000); });
    m_recorder.reset();
    m_data.reset();
    m_data = std::make_unique<TempUserData>();
    m_recorder = std::make_unique<StudyRecorder>(m_data->data.reviews, m_fsrs);
    QVERIFY(answer(QStringLiteral("c1"), 3, day0));
    QString error;
    {
        QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        holder.setDatabaseName(db().file());
        QVERIFY(holder.open());
        QSqlQuery lock(holder);
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        LocalChanges local(db(), device, day0 + 1000);
        QVERIFY(!local.capture({}, &error));
        QVERIFY2(error.contains(QLatin1String("busy")), qPrintable(error));
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        lock = QSqlQuery();
        holder.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    QSet<QString> answered;
    const QList<QJsonObject> events = run(day0 + 2000, true, {}, &answered);
    QCOMPARE(types(events), QStringList{QStringLiteral("ans")});
    QCOMPARE(answered, QSet<QString>{QStringLiteral("python/c1")});
}

QTEST_GUILESS_MAIN(TestLocalChanges)
#include "tst_localchanges.moc"
