// The property test of the sync engine (SyncEngine, SyncMerge, NoteHistory together): simulated devices with their
// own data folders and their own copies of the synced folder, a seeded random interleaving of answers, undos,
// bookmarks and note edits, journals copied between the devices in random order and at random partial lengths (and
// as conflict copies), clocks minutes apart. After a full exchange every device must hold the same answers, card
// states, bookmarks and notes, and no note text written may be lost.

#include "notehistory.h"
#include "settings.h"
#include "syncdevice.h"

#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace DeepDive;
using namespace DeepDive::Test;

namespace {

const QStringList cards = {QStringLiteral("c0"), QStringLiteral("c1"), QStringLiteral("c2"),
                           QStringLiteral("c3"), QStringLiteral("c4"), QStringLiteral("c5")};
const QStringList topics = {QStringLiteral("t0"), QStringLiteral("t1"), QStringLiteral("t2"), QStringLiteral("t3")};

// Everything a device holds that sync must make equal, as text for readable comparisons.
QStringList reviewRows(SyncDevice &d)
{
    QStringList rows;
    QSqlQuery q(d.data().database.connection());
    q.exec(QStringLiteral("SELECT uid, deck_id, card_id, topic_id, reviewed_ms, grade, correct, state_before, "
                          "state_after, stability_after, difficulty_after, due_after_ms FROM review_log ORDER BY uid"));
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < 12; ++i)
            fields.append(q.value(i).toString());
        rows.append(fields.join(QLatin1Char('|')));
    }
    return rows;
}

// The answers themselves, without ids: (deck, card, time, grade).
QSet<QString> answerKeys(SyncDevice &d)
{
    QSet<QString> keys;
    for (const Review &r : d.data().reviews.reviews())
        keys.insert(QStringLiteral("%1/%2@%3:%4").arg(r.deckId, r.cardId).arg(r.reviewedMs).arg(r.grade));
    return keys;
}

QStringList noteHeads(SyncDevice &d, const QString &topic)
{
    QStringList heads;
    for (const NoteVersion &v : NoteHistory(d.data().database).heads(SyncDevice::deck(), topic))
        heads.append(v.vid + QLatin1Char('=') + v.body.value_or(QStringLiteral("<no text>")));
    heads.sort();
    return heads;
}

struct World
{
    explicit World(quint32 seed, int deviceCount)
        : random(seed)
        , compactBytes(seed % 3 == 0 ? 2500 : 4 * 1024 * 1024) // a third of the histories compact their journals often
    {
        for (int i = 0; i < deviceCount; ++i) {
            const qint64 skew = qint64(random.bounded(-300, 301)) * 1000 + random.bounded(1000); // minutes apart
            devices.push_back(std::make_unique<SyncDevice>(dir.path(), QStringLiteral("device%1").arg(i), skew));
            devices.back()->setWorldTime(now);
        }
    }

    void tick()
    {
        // Minutes to hours: with clocks minutes apart, the devices' answers interleave out of order too.
        now += qint64(random.bounded(1, random.bounded(2) ? 900 : 6 * 3600)) * 1000 + random.bounded(1000);
        for (auto &d : devices)
            d->setWorldTime(now);
    }

    SyncDevice &pick() { return *devices[random.bounded(int(devices.size()))]; }

    QTemporaryDir dir;
    QRandomGenerator random;
    qint64 compactBytes;
    int compactions = 0;
    std::vector<std::unique_ptr<SyncDevice>> devices;
    qint64 now = 1'767'225'600'000; // 2026-01-01
    QSet<QString> liveAnswers;      // what every device must end with: answered and not undone
    QSet<QString> writtenNotes;     // "topic\nbody" of every note text saved
    QSet<QString> supersededNotes;  // texts the learner replaced, having seen them
    int noteCounter = 0;
};

} // namespace

class TestSyncMerge : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void randomHistories_converge_data();
    void randomHistories_converge();

private:
    bool exchangeUntilQuiet(World &world);
};

bool TestSyncMerge::exchangeUntilQuiet(World &world)
{
    for (int round = 0; round < 8; ++round) {
        bool quiet = true;
        for (auto &d : world.devices) {
            const SyncReport report = d->sync(world.compactBytes);
            if (report.status != SyncReport::Status::Synced) {
                qWarning("%s: %s", qPrintable(d->name()), qPrintable(report.message));
                return false;
            }
            quiet = quiet && report.sent == 0 && report.received.isEmpty();
            world.compactions += report.compacted ? 1 : 0;
        }
        for (auto &from : world.devices) {
            for (auto &to : world.devices) {
                if (from != to)
                    copyJournal(*from, *to); // false for a device that has written nothing yet
            }
        }
        if (quiet && round > 0)
            return true;
    }
    return false;
}

void TestSyncMerge::randomHistories_converge_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("devices");
    const int seeds = qEnvironmentVariableIntValue("DEEPDIVE_SYNC_SEEDS") > 0 ? qEnvironmentVariableIntValue("DEEPDIVE_SYNC_SEEDS") : 20;
    const quint32 base = qEnvironmentVariableIntValue("DEEPDIVE_SYNC_SEED") > 0 ? quint32(qEnvironmentVariableIntValue("DEEPDIVE_SYNC_SEED")) : 20261203;
    for (int i = 0; i < seeds; ++i)
        QTest::addRow("seed %u", base + quint32(i)) << base + quint32(i) << (i % 2 == 0 ? 3 : 2);
}

void TestSyncMerge::randomHistories_converge()
{
    QFETCH(quint32, seed);
    QFETCH(int, devices);
    World world(seed, devices);
    QString error;
    for (int step = 0; step < 120; ++step) {
        world.tick();
        SyncDevice &d = world.pick();
        const int action = int(world.random.bounded(100));
        if (action < 35) {
            const QString card = cards[world.random.bounded(int(cards.size()))];
            const int grade = int(world.random.bounded(1, 5));
            QVERIFY2(d.answer(card, grade, &error), qPrintable(error));
            world.liveAnswers.insert(QStringLiteral("%1/%2@%3:%4").arg(SyncDevice::deck(), card).arg(d.clock().nowMs()).arg(grade));
        } else if (action < 42) {
            const std::optional<Review> last = d.data().reviews.lastReview(0, &error);
            if (last && d.undoLast())
                world.liveAnswers.remove(QStringLiteral("%1/%2@%3:%4").arg(last->deckId, last->cardId).arg(last->reviewedMs).arg(last->grade));
        } else if (action < 52) {
            const QString item = topics[world.random.bounded(int(topics.size()))];
            if (world.random.bounded(3) == 0)
                QVERIFY(d.data().bookmarks.remove(SyncDevice::deck(), Bookmark::Topic, item, &error));
            else
                QVERIFY(d.data().bookmarks.set({SyncDevice::deck(), Bookmark::Topic, item,
                                                world.random.bounded(2) ? QStringLiteral("weak") : QString(), d.clock().nowMs()},
                                               &error));
        } else if (action < 65) {
            const QString topic = topics[world.random.bounded(int(topics.size()))];
            const QString before = d.note(topic);
            const QString body = QStringLiteral("note %1 from %2").arg(++world.noteCounter).arg(d.name());
            QVERIFY2(d.writeNote(topic, body, &error), qPrintable(error));
            if (!before.isEmpty())
                world.supersededNotes.insert(topic + QLatin1Char('\n') + before);
            world.writtenNotes.insert(topic + QLatin1Char('\n') + body);
        } else if (action < 67) {
            const double retentions[] = {0.85, 0.9, 0.93};
            Settings(d.settingsFile()).setDesiredRetention(retentions[world.random.bounded(3)]);
        } else if (action < 82) {
            const SyncReport report = d.sync(world.compactBytes);
            QVERIFY2(report.status == SyncReport::Status::Synced, qPrintable(report.message));
            world.compactions += report.compacted ? 1 : 0;
        } else {
            // The sync tool moves one journal, maybe only part of it, maybe as a conflict copy.
            SyncDevice &from = world.pick();
            SyncDevice &to = world.pick();
            if (&from == &to)
                continue;
            const QString file = ownJournalFile(from);
            const qint64 size = QFileInfo(file).size();
            if (size == 0)
                continue;
            const int how = int(world.random.bounded(10));
            const qint64 bytes = how < 5 ? -1 : world.random.bounded(size + 1);
            const QString conflict = how == 9 ? QFileInfo(file).completeBaseName()
                    + QStringLiteral(".sync-conflict-20260101-%1-ABCDEFG.jsonl").arg(world.random.bounded(1000000))
                                              : QString();
            QVERIFY(copyJournal(from, to, bytes, conflict));
        }
    }
    QVERIFY2(exchangeUntilQuiet(world), "the devices did not stop exchanging changes");

    QVERIFY(world.compactBytes > 100'000 || world.compactions > 0); // the compacting histories did compact
    SyncDevice &first = *world.devices.front();
    const QStringList reviews = reviewRows(first);
    QCOMPARE(answerKeys(first), world.liveAnswers);
    for (auto &d : world.devices) {
        QCOMPARE(reviewRows(*d), reviews);
        QCOMPARE(d->data().reviews.cardStates(), first.data().reviews.cardStates());
        QCOMPARE(d->data().bookmarks.all(), first.data().bookmarks.all());
        for (const QString &topic : topics)
            QCOMPARE(noteHeads(*d, topic), noteHeads(first, topic));
    }
    // The schedule is what FSRS gives for the merged log, with the desired retention every device ended with.
    const double retention = Settings(first.settingsFile()).desiredRetention();
    for (auto &d : world.devices)
        QCOMPARE(Settings(d->settingsFile()).desiredRetention(), retention);
    const QHash<QString, CardState> replayed = StudyRecorder::replay(first.data().reviews, Fsrs(retention));
    QCOMPARE(qsizetype(replayed.size()), first.data().reviews.cardStates().size());
    for (const CardState &s : first.data().reviews.cardStates())
        QCOMPARE(replayed.value(s.deckId + QLatin1Char('/') + s.cardId), s);
    // No note text was lost: each one nobody replaced is the note or one of its open conflicts, on every device.
    for (const QString &written : std::as_const(world.writtenNotes)) {
        if (world.supersededNotes.contains(written))
            continue;
        const QString topic = written.section(QLatin1Char('\n'), 0, 0);
        const QString body = written.section(QLatin1Char('\n'), 1);
        for (auto &d : world.devices) {
            QStringList visible{d->note(topic)};
            for (const NoteConflict &c : NoteHistory(d->data().database).conflicts(SyncDevice::deck(), topic))
                visible.append(*c.theirs.body);
            QVERIFY2(visible.contains(body), qPrintable(QStringLiteral("%1 lost \"%2\" on %3").arg(d->name(), body, topic)));
        }
    }

    // Resolving every conflict on one device ends them everywhere, and then the notes are the same text everywhere.
    SyncDevice &resolver = world.pick();
    NoteHistory history(resolver.data().database);
    for (const NoteConflict &c : history.conflicts()) {
        const auto how = NoteHistory::Resolution(world.random.bounded(3));
        QVERIFY2(history.resolve(c.deckId, c.topicId, c.theirs.vid, how, resolver.clock().nowMs(), &error)
                     || error.contains(QLatin1String("no longer")),
                 qPrintable(error));
    }
    QVERIFY(history.conflicts().isEmpty());
    QVERIFY2(exchangeUntilQuiet(world), "the devices did not stop exchanging after the conflicts were resolved");
    for (auto &d : world.devices) {
        QVERIFY(NoteHistory(d->data().database).conflicts().isEmpty());
        for (const QString &topic : topics)
            QCOMPARE(d->note(topic), first.note(topic));
    }
}

QTEST_GUILESS_MAIN(TestSyncMerge)
#include "tst_syncmerge.moc"
