// SyncEngine end to end on the file system (the sync tool simulated by copying journals): what travels, what is sent
// once, and the faults: damaged and half-synced lines, deleted journals, a read-only or vanishing sync folder, a
// journal from a newer Deep Dive, a data folder copied to a second computer, compaction.

#include "background.h"
#include "journalformat.h"
#include "notehistory.h"
#include "settings.h"
#include "syncdevice.h"
#include "syncstate.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

#include <unistd.h>

using namespace DeepDive;
using namespace DeepDive::Test;

namespace {
const qint64 day0 = 1'767'225'600'000; // 2026-01-01

QByteArray contents(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &file, const QByteArray &data)
{
    QFile f(file);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

int childMain()
{
    // Run by readOnlySyncFolder: one sync as another user, who may read the sync folder but not write to it.
    SyncOptions o;
    o.databaseFile = qEnvironmentVariable("DEEPDIVE_CHILD_SYNC");
    o.backupDir = qEnvironmentVariable("DEEPDIVE_CHILD_BACKUPS");
    o.syncFolder = qEnvironmentVariable("DEEPDIVE_CHILD_FOLDER");
    const SyncReport report = SyncEngine(o).run();
    QTextStream(stdout) << "status=" << int(report.status) << " answers=" << report.received.answers
                        << " sendFailed=" << report.sendFailed << "\n" << report.summary() << "\n";
    return 0;
}
} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void firstRun_writesAHeaderAndEachChangeOnce();
    void answersNotesAndBookmarks_travel();
    void deviceWithNothingYet_isKnownByName();
    void undo_travelsAndTheScheduleFollows();
    void sameCardInTheSameMillisecond_onTwoDevices_keepsTheSameOneOnBoth();
    void settings_followTheLearner_butDefaultsDoNotOverride();
    void conflictCopy_isReadAndCountsNothingTwice();
    void halfSyncedAndGarbageLines_areSkippedUntilComplete();
    void deletedOwnJournal_isWrittenAgainWhole();
    void deletedForeignJournal_losesNothing();
    void readOnlySyncFolder_stillMerges();
    void folderVanishingMidMerge_keepsWhatCameIn_andSendsLater();
    void missingFolder_isANotice();
    void newerJournal_isRefusedClearly_andNeverRewritten();
    void eventWithoutItsFields_isSkippedAndNamed();
    void copiedDataFolder_goesOnAsANewDevice();
    void compaction_rewritesOnlyTheOwnJournal_andReadersStartOver();
    void renamedDevice_isKnownByItsNewName_andNothingCountsTwice();
    void runsInAWorker_whileTheWindowRecordsAnswers();
    void aYearOfDailyStudy_staysSmall();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SyncDevice> m_a;
    std::unique_ptr<SyncDevice> m_b;
};

void TestSyncEngine::init()
{
    m_b.reset();
    m_a.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_a = std::make_unique<SyncDevice>(m_dir->path(), QStringLiteral("laptop"));
    m_b = std::make_unique<SyncDevice>(m_dir->path(), QStringLiteral("desktop"), 90'000);
    m_a->setWorldTime(day0);
    m_b->setWorldTime(day0);
}

void TestSyncEngine::firstRun_writesAHeaderAndEachChangeOnce()
{
    QString error;
    QVERIFY(m_a->answer(QStringLiteral("c1"), 3, &error));
    QVERIFY(m_a->writeNote(QStringLiteral("t1"), QStringLiteral("GIL: one thread at a time"), &error));
    const SyncReport first = m_a->sync();
    QCOMPARE(first.status, SyncReport::Status::Synced);
    QCOMPARE(first.sent, 2);
    const QString file = ownJournalFile(*m_a);
    QCOMPARE(QFileInfo(file).fileName(), first.deviceId + QStringLiteral(".jsonl"));
    const QList<QByteArray> lines = contents(file).split('\n');
    QCOMPARE(lines.size(), 4); // header, answer, note, and the empty rest after the last newline
    QJsonObject header;
    QString problem;
    QVERIFY(Journal::decodeLine(lines[0], &header, &problem));
    QCOMPARE(header.value(QStringLiteral("dev")).toString(), first.deviceId);
    QCOMPARE(header.value(QStringLiteral("name")).toString(), QStringLiteral("laptop"));

    const QByteArray before = contents(file);
    const SyncReport second = m_a->sync();
    QCOMPARE(second.sent, 0);
    QVERIFY(second.received.isEmpty());
    QCOMPARE(contents(file), before);
    QVERIFY2(second.summary().contains(QLatin1String("No other device")), qPrintable(second.summary()));
}

void TestSyncEngine::answersNotesAndBookmarks_travel()
{
    QString error;
    QVERIFY(m_a->answer(QStringLiteral("c1"), 3, &error));
    m_a->clock().advanceDays(2);
    QVERIFY(m_a->answer(QStringLiteral("c1"), 1, &error));
    QVERIFY(m_a->writeNote(QStringLiteral("t1"), QStringLiteral("mine"), &error));
    QVERIFY(m_a->data().bookmarks.set({SyncDevice::deck(), Bookmark::Topic, QStringLiteral("t1"), QStringLiteral("weak"), day0}, &error));
    QVERIFY(m_a->sync().sent > 0);
    QVERIFY(copyJournal(*m_a, *m_b));
    const SyncReport in = m_b->sync();
    QCOMPARE(in.status, SyncReport::Status::Synced);
    QCOMPARE(in.received.answers, 2);
    QCOMPARE(in.received.notes, 1);
    QCOMPARE(in.received.bookmarks, 1);
    QCOMPARE(in.devices, QStringList{QStringLiteral("laptop")});
    QVERIFY2(in.summary().contains(QLatin1String("Synced with laptop")), qPrintable(in.summary()));
    QVERIFY2(in.summary().contains(QLatin1String("2 answer")), qPrintable(in.summary()));
    QCOMPARE(m_b->note(QStringLiteral("t1")), QStringLiteral("mine"));
    QCOMPARE(m_b->data().bookmarks.all(), m_a->data().bookmarks.all());
    QCOMPARE(m_b->data().reviews.cardStates(), m_a->data().reviews.cardStates());
    // What the Sync dialog lists: the devices, and their last activity.
    const QList<SyncState::KnownJournal> journals = SyncState(m_b->data().database).journals();
    QCOMPARE(journals.size(), 1);
    QCOMPARE(journals[0].deviceName, QStringLiteral("laptop"));
    QCOMPARE(journals[0].deviceId + QStringLiteral(".jsonl"), QFileInfo(ownJournalFile(*m_a)).fileName());
    QCOMPARE(journals[0].lastEventMs, day0 + 2 * 86'400'000);
    QVERIFY(journals[0].problem.isEmpty());

    // The same journal again (the sync tool delivered it twice): nothing more.
    QVERIFY(QFile::remove(QDir(m_b->journalDir()).filePath(QFileInfo(ownJournalFile(*m_a)).fileName())));
    QVERIFY(copyJournal(*m_a, *m_b));
    const SyncReport again = m_b->sync();
    QVERIFY(again.received.isEmpty());
    QCOMPARE(m_b->data().reviews.reviewCount(), 2);
}

void TestSyncEngine::deviceWithNothingYet_isKnownByName()
{
    const SyncReport empty = m_b->sync();
    QCOMPARE(empty.sent, 0);
    QVERIFY(!empty.sendFailed);
    QVERIFY(QFile::exists(ownJournalFile(*m_b))); // its header only
    QVERIFY(copyJournal(*m_b, *m_a));
    const SyncReport report = m_a->sync();
    QCOMPARE(report.devices, QStringList{QStringLiteral("desktop")});
    QVERIFY(report.received.isEmpty());
    QVERIFY(report.problems.isEmpty());
}

void TestSyncEngine::undo_travelsAndTheScheduleFollows()
{
    QString error;
    QVERIFY(m_a->answer(QStringLiteral("c2"), 3, &error));
    m_a->clock().advanceDays(3);
    QVERIFY(m_a->answer(QStringLiteral("c2"), 4, &error));
    m_a->sync();
    copyJournal(*m_a, *m_b);
    m_b->sync();
    QCOMPARE(m_b->data().reviews.reviewCount(), 2);
    QVERIFY(m_a->undoLast());
    QCOMPARE(m_a->sync().sent, 1);
    copyJournal(*m_a, *m_b);
    const SyncReport in = m_b->sync();
    QCOMPARE(in.received.undone, 1);
    QCOMPARE(m_b->data().reviews.reviewCount(), 1);
    QCOMPARE(m_b->data().reviews.cardStates(), m_a->data().reviews.cardStates());
    // Undoing the last answer left on the other device leaves the card new there and here.
    QVERIFY(m_b->undoLast());
    m_b->sync();
    copyJournal(*m_b, *m_a);
    m_a->sync();
    QCOMPARE(m_a->data().reviews.reviewCount(), 0);
    QVERIFY(m_a->data().reviews.cardStates().isEmpty());
}

void TestSyncEngine::sameCardInTheSameMillisecond_onTwoDevices_keepsTheSameOneOnBoth()
{
    // The review log holds one answer per card and millisecond: both devices keep the one with the smaller id.
    m_b->setWorldTime(day0 - 90'000);
    QString error;
    QVERIFY(m_a->answer(QStringLiteral("c1"), 1, &error));
    QVERIFY(m_b->answer(QStringLiteral("c1"), 4, &error));
    m_a->sync();
    m_b->sync();
    copyJournal(*m_a, *m_b);
    copyJournal(*m_b, *m_a);
    m_a->sync();
    m_b->sync();
    QCOMPARE(m_a->data().reviews.reviewCount(), 1);
    QCOMPARE(m_a->data().reviews.reviews(), m_b->data().reviews.reviews());
    QCOMPARE(m_a->data().reviews.cardStates(), m_b->data().reviews.cardStates());
    QVERIFY(m_a->sync().received.isEmpty() && m_b->sync().received.isEmpty());
}

void TestSyncEngine::settings_followTheLearner_butDefaultsDoNotOverride()
{
    {
        Settings a(m_a->settingsFile());
        a.setDesiredRetention(0.85);
        a.setInterviewDate(QDate(2026, 3, 2));
    }
    m_a->sync();
    m_b->sync(); // the desktop never changed its settings: its defaults are not a choice
    copyJournal(*m_b, *m_a);
    copyJournal(*m_a, *m_b);
    m_a->sync();
    const SyncReport in = m_b->sync();
    QCOMPARE(in.received.settings, 2);
    QCOMPARE(Settings(m_b->settingsFile()).desiredRetention(), 0.85);
    QCOMPARE(Settings(m_b->settingsFile()).interviewDate(), QDate(2026, 3, 2));
    QCOMPARE(Settings(m_a->settingsFile()).desiredRetention(), 0.85);
    // A later change on the desktop wins on both.
    m_b->clock().advanceDays(1);
    Settings(m_b->settingsFile()).setDesiredRetention(0.92);
    m_b->sync();
    copyJournal(*m_b, *m_a);
    m_a->sync();
    QCOMPARE(Settings(m_a->settingsFile()).desiredRetention(), 0.92);
}

void TestSyncEngine::conflictCopy_isReadAndCountsNothingTwice()
{
    QString error;
    QVERIFY(m_a->answer(QStringLiteral("c1"), 3, &error));
    m_a->sync();
    const QString base = QFileInfo(ownJournalFile(*m_a)).completeBaseName();
    QVERIFY(copyJournal(*m_a, *m_b, -1, base + QStringLiteral(".sync-conflict-20260101-120000-ABCDEFG.jsonl")));
    QCOMPARE(m_b->sync().received.answers, 1);
    m_a->clock().advanceDays(1);
    QVERIFY(m_a->answer(QStringLiteral("c3"), 2, &error));
    m_a->sync();
    QVERIFY(copyJournal(*m_a, *m_b, -1, base + QStringLiteral(" (conflicted copy 2026-01-02).jsonl")));
    QVERIFY(copyJournal(*m_a, *m_b));
    QCOMPARE(m_b->sync().received.answers, 1);
    QCOMPARE(m_b->data().reviews.reviewCount(), 2);
}

void TestSyncEngine::halfSyncedAndGarbageLines_areSkippedUntilComplete()
{
    QString error;
    for (const QString &card : {QStringLiteral("c1"), QStringLiteral("c2"), QStringLiteral("c3")}) {
        QVERIFY(m_a->answer(card, 3, &error));
        m_a->clock().advanceMs(60'000);
    }
    m_a->sync();
    const QByteArray full = contents(ownJournalFile(*m_a));
    QVERIFY(copyJournal(*m_a, *m_b, full.size() - 10));
    QCOMPARE(m_b->sync().received.answers, 2);
    // The tool finishes the file, then the disk mangles a line that was read before: read from the start again.
    const QString copy = QDir(m_b->journalDir()).filePath(QFileInfo(ownJournalFile(*m_a)).fileName());
    QList<QByteArray> lines = full.split('\n');
    lines[1] = "\x00\x00\x00 garbage";
    QVERIFY(writeFile(copy, lines.join('\n')));
    const SyncReport damaged = m_b->sync();
    QCOMPARE(damaged.received.answers, 1);
    QCOMPARE(damaged.problems.size(), 1);
    QVERIFY2(damaged.problems[0].startsWith(copy + QStringLiteral(":2: ")), qPrintable(damaged.problems[0]));
    QCOMPARE(m_b->data().reviews.reviewCount(), 3);
    // Whole again: nothing is counted twice.
    QVERIFY(copyJournal(*m_a, *m_b));
    const SyncReport whole = m_b->sync();
    QVERIFY(whole.received.isEmpty());
    QVERIFY(whole.problems.isEmpty());
}

void TestSyncEngine::deletedOwnJournal_isWrittenAgainWhole()
{
    QString error;
    QVERIFY(m_a->answer(QStringLiteral("c1"), 3, &error));
    QVERIFY(m_a->writeNote(QStringLiteral("t1"), QStringLiteral("kept"), &error));
    m_a->sync();
    QVERIFY(QFile::remove(ownJournalFile(*m_a)));
    const SyncReport rewritten = m_a->sync();
    QCOMPARE(rewritten.status, SyncReport::Status::Synced);
    QCOMPARE(rewritten.sent, 2);
    QVERIFY(QFile::exists(ownJournalFile(*m_a)));
    QVERIFY(copyJournal(*m_a, *m_b));
    const SyncReport in = m_b->sync();
    QCOMPARE(in.received.answers, 1);
    QCOMPARE(m_b->note(QStringLiteral("t1")), QStringLiteral("kept"));
}

void TestSyncEngine::deletedForeignJournal_losesNothing()
{
    QString error;
    QVERIFY(m_a->answer(QStringLiteral("c1"), 3, &error));
    m_a->sync();
    copyJournal(*m_a, *m_b);
    m_b->sync();
    QVERIFY(QFile::remove(QDir(m_b->journalDir()).filePath(QFileInfo(ownJournalFile(*m_a)).fileName())));
    const SyncReport after = m_b->sync();
    QCOMPARE(after.status, SyncReport::Status::Synced);
    QVERIFY(after.problems.isEmpty());
    QCOMPARE(m_b->data().reviews.reviewCount(), 1);
    // It comes back later: read again from the start, nothing counted twice.
    copyJournal(*m_a, *m_b);
    QVERIFY(m_b->sync().received.isEmpty());
}

void TestSyncEngine::readOnlySyncFolder_stillMerges()
{
    QString error;
    QVERIFY(m_a->answer(QStringLiteral("c1"), 3, &error));
    m_a->sync();
    copyJournal(*m_a, *m_b);
    QVERIFY(m_b->answer(QStringLiteral("c2"), 3, &error));
    // The desktop's sync runs as a user who may read the sync folder but not write to it (as root, as nobody).
    const QString dataDir = m_b->dataDir();
    m_b.reset();
    const QFileDevice::Permissions readable = QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther
        | QFile::ReadGroup | QFile::ExeGroup;
    const QString synced = QDir(dataDir).filePath(QStringLiteral("../synced"));
    QStringList args;
    QString program = QCoreApplication::applicationFilePath();
    QFile::setPermissions(m_dir->path(), readable | QFile::WriteOwner);
    QFile::setPermissions(QDir(dataDir).filePath(QStringLiteral("..")), readable | QFile::WriteOwner);
    if (::geteuid() == 0) {
        args = {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"), program};
        program = QStringLiteral("setpriv");
        QVERIFY(QProcess::execute(QStringLiteral("chown"), {QStringLiteral("-R"), QStringLiteral("65534:65534"), dataDir}) == 0);
    }
    QVERIFY(QFile::setPermissions(synced + QStringLiteral("/deepdive-sync"), readable));
    QVERIFY(QFile::setPermissions(synced, readable));
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DEEPDIVE_CHILD_SYNC"), QDir(dataDir).filePath(QStringLiteral("deepdive.db")));
    env.insert(QStringLiteral("DEEPDIVE_CHILD_BACKUPS"), QDir(dataDir).filePath(QStringLiteral("backups")));
    env.insert(QStringLiteral("DEEPDIVE_CHILD_FOLDER"), synced);
    child.setProcessEnvironment(env);
    child.start(program, args);
    QVERIFY(child.waitForFinished(30000));
    QFile::setPermissions(synced, readable | QFile::WriteOwner);
    QFile::setPermissions(synced + QStringLiteral("/deepdive-sync"), readable | QFile::WriteOwner);
    const QString output = QString::fromUtf8(child.readAllStandardOutput()) + QString::fromUtf8(child.readAllStandardError());
    QVERIFY2(output.contains(QLatin1String("status=0 answers=1 sendFailed=1")), qPrintable(output));
    QVERIFY2(output.contains(QLatin1String("go with the next sync")), qPrintable(output));
    QCOMPARE(QDir(synced + QStringLiteral("/deepdive-sync")).entryList(QDir::Files).size(), 1); // nothing written
}

void TestSyncEngine::folderVanishingMidMerge_keepsWhatCameIn_andSendsLater()
{
    QString error;
    QVERIFY(m_a->answer(QStringLiteral("c1"), 3, &error));
    m_a->sync();
    copyJournal(*m_a, *m_b);
    QVERIFY(m_b->answer(QStringLiteral("c2"), 3, &error));
    SyncOptions o = m_b->options();
    const QString away = m_b->syncFolder() + QStringLiteral(".unmounted");
    o.afterReading = [&] { QVERIFY(QDir().rename(m_b->syncFolder(), away)); };
    const SyncReport report = SyncEngine(o).run();
    QCOMPARE(report.status, SyncReport::Status::Synced);
    QCOMPARE(report.received.answers, 1);
    QVERIFY(report.sendFailed);
    QVERIFY2(report.summary().contains(QLatin1String("go with the next sync")), qPrintable(report.summary()));
    QVERIFY(!QFile::exists(m_b->syncFolder())); // nothing made in its place
    QVERIFY(QDir().rename(away, m_b->syncFolder()));
    const SyncReport later = m_b->sync();
    QCOMPARE(later.sent, 1);
    QVERIFY(later.received.isEmpty());
    copyJournal(*m_b, *m_a);
    QCOMPARE(m_a->sync().received.answers, 1);
}

void TestSyncEngine::missingFolder_isANotice()
{
    SyncOptions o = m_a->options();
    o.syncFolder = m_dir->filePath(QStringLiteral("not-mounted"));
    const SyncReport report = SyncEngine(o).run();
    QCOMPARE(report.status, SyncReport::Status::FolderUnavailable);
    QVERIFY2(report.message.contains(o.syncFolder) && report.message.contains(QLatin1String("not available")),
             qPrintable(report.message));
    QVERIFY(!QFile::exists(o.syncFolder));
}

void TestSyncEngine::newerJournal_isRefusedClearly_andNeverRewritten()
{
    QJsonObject header = Journal::header(QStringLiteral("future-device"), QStringLiteral("tablet"), 1);
    header.insert(QStringLiteral("v"), Journal::formatVersion + 1);
    const QByteArray data = Journal::encodeLine(header)
        + Journal::encodeLine({{QStringLiteral("t"), QStringLiteral("ans")}, {QStringLiteral("id"), QStringLiteral("x")},
                               {QStringLiteral("deck"), SyncDevice::deck()}, {QStringLiteral("card"), QStringLiteral("c1")},
                               {QStringLiteral("at"), double(day0)}, {QStringLiteral("g"), 3}});
    QDir().mkpath(m_a->journalDir());
    const QString file = QDir(m_a->journalDir()).filePath(QStringLiteral("future-device.jsonl"));
    QVERIFY(writeFile(file, data));
    const SyncReport report = m_a->sync();
    QCOMPARE(report.status, SyncReport::Status::Synced);
    QCOMPARE(report.received.answers, 0);
    QCOMPARE(report.problems.size(), 1);
    QVERIFY2(report.problems[0].contains(file) && report.problems[0].contains(QLatin1String("newer Deep Dive")),
             qPrintable(report.problems[0]));
    QCOMPARE(contents(file), data);
    QCOMPARE(m_a->sync().problems.size(), 1); // still refused, still untouched
    QCOMPARE(contents(file), data);
}

void TestSyncEngine::eventWithoutItsFields_isSkippedAndNamed()
{
    const auto answer = [](const QString &id, const QString &topic) {
        QJsonObject e{{QStringLiteral("t"), QStringLiteral("ans")}, {QStringLiteral("id"), id},
                      {QStringLiteral("deck"), SyncDevice::deck()}, {QStringLiteral("card"), QStringLiteral("c1")},
                      {QStringLiteral("at"), double(day0 + id.size())}, {QStringLiteral("g"), 3}};
        if (!topic.isEmpty())
            e.insert(QStringLiteral("topic"), topic);
        return Journal::encodeLine(e);
    };
    QDir().mkpath(m_a->journalDir());
    const QString file = QDir(m_a->journalDir()).filePath(QStringLiteral("other.jsonl"));
    QVERIFY(writeFile(file, Journal::encodeLine(Journal::header(QStringLiteral("other"), QStringLiteral("tablet"), 1))
                                + answer(QStringLiteral("a"), {}) + answer(QStringLiteral("bb"), QStringLiteral("t1"))
                                + Journal::encodeLine({{QStringLiteral("t"), QStringLiteral("teleport")}})
                                + Journal::encodeLine({{QStringLiteral("t"), QStringLiteral("reg")},
                                                       {QStringLiteral("key"), QJsonArray{QStringLiteral("setting"), QStringLiteral("desiredRetention")}},
                                                       {QStringLiteral("val"), QStringLiteral("0.2")},
                                                       {QStringLiteral("at"), double(day0)},
                                                       {QStringLiteral("dev"), QStringLiteral("other")}})));
    const SyncReport report = m_a->sync();
    QCOMPARE(report.status, SyncReport::Status::Synced);
    QCOMPARE(report.received.answers, 1);
    QCOMPARE(report.problems.size(), 3);
    QVERIFY2(report.problems[0].startsWith(file + QStringLiteral(":2: ")) && report.problems[0].contains(QLatin1String("topic")),
             qPrintable(report.problems[0]));
    QVERIFY2(report.problems[1].startsWith(file + QStringLiteral(":4: ")) && report.problems[1].contains(QLatin1String("teleport")),
             qPrintable(report.problems[1]));
    QVERIFY2(report.problems[2].startsWith(file + QStringLiteral(":5: ")) && report.problems[2].contains(QLatin1String("desiredRetention")),
             qPrintable(report.problems[2]));
    QCOMPARE(Settings(m_a->settingsFile()).desiredRetention(), 0.9);
}

void TestSyncEngine::copiedDataFolder_goesOnAsANewDevice()
{
    QString error;
    QVERIFY(m_a->answer(QStringLiteral("c1"), 3, &error));
    const SyncReport first = m_a->sync();
    // Another copy of this data folder appended to the same journal.
    const QString file = ownJournalFile(*m_a);
    QVERIFY(writeFile(file, contents(file)
                                + Journal::encodeLine({{QStringLiteral("t"), QStringLiteral("ans")},
                                                       {QStringLiteral("id"), QStringLiteral("from-the-copy")},
                                                       {QStringLiteral("dev"), first.deviceId},
                                                       {QStringLiteral("deck"), SyncDevice::deck()},
                                                       {QStringLiteral("card"), QStringLiteral("c4")},
                                                       {QStringLiteral("topic"), QStringLiteral("t4")},
                                                       {QStringLiteral("at"), double(day0 + 5000)},
                                                       {QStringLiteral("g"), 3}})));
    const QByteArray theirs = contents(file);
    QVERIFY(m_a->answer(QStringLiteral("c2"), 3, &error));
    const SyncReport second = m_a->sync();
    QVERIFY(second.deviceId != first.deviceId);
    QCOMPARE(second.problems.size(), 1);
    QVERIFY2(second.problems[0].contains(QLatin1String("copy of this data folder")), qPrintable(second.problems[0]));
    QCOMPARE(contents(file), theirs); // never rewritten
    QCOMPARE(second.sent, 1);
    // The old journal is read like another device's: the copy's answer comes in.
    const SyncReport third = m_a->sync();
    QVERIFY2(third.problems.isEmpty(), qPrintable(third.problems.join(QLatin1Char('\n'))));
    QCOMPARE(third.received.answers, 1);
    QCOMPARE(m_a->data().reviews.reviewCount(), 3);
}

void TestSyncEngine::compaction_rewritesOnlyTheOwnJournal_andReadersStartOver()
{
    QString error;
    const qint64 small = 2000;
    for (int i = 0; i < 12; ++i) {
        m_a->clock().advanceMs(3'600'000);
        QVERIFY(m_a->answer(QStringLiteral("c%1").arg(i % 6), 3, &error));
        if (i == 5)
            QVERIFY(m_a->undoLast());
    }
    QVERIFY(m_a->writeNote(QStringLiteral("t1"), QStringLiteral("first"), &error));
    m_a->sync(small);
    copyJournal(*m_a, *m_b);
    QCOMPARE(m_b->sync().received.answers, 11);
    QVERIFY(m_a->writeNote(QStringLiteral("t1"), QStringLiteral("second"), &error));
    copyJournal(*m_b, *m_a); // b's journal sits in a's folder: a must not touch it
    const QString bInA = QDir(m_a->journalDir()).filePath(QFileInfo(ownJournalFile(*m_b)).fileName());
    const QByteArray bJournal = contents(bInA);
    const QByteArray before = contents(ownJournalFile(*m_a));
    const SyncReport compacted = m_a->sync(small);
    QVERIFY(compacted.compacted);
    const QByteArray after = contents(ownJournalFile(*m_a));
    QVERIFY(!after.startsWith(before)); // rewritten
    QCOMPARE(contents(bInA), bJournal);
    QVERIFY(after.contains("\"seg\":2"));
    copyJournal(*m_a, *m_b);
    const SyncReport in = m_b->sync();
    QVERIFY2(in.problems.isEmpty(), qPrintable(in.problems.join(QLatin1Char('\n'))));
    QCOMPARE(in.received.answers, 0); // read from the start again, nothing twice
    QCOMPARE(m_b->data().reviews.reviewCount(), 11);
    QCOMPARE(m_b->note(QStringLiteral("t1")), QStringLiteral("second"));
    // A device that never read the old journal gets everything from the compacted one.
    SyncDevice c(m_dir->path(), QStringLiteral("tablet"));
    copyJournal(*m_a, c);
    c.sync();
    QCOMPARE(c.data().reviews.reviewCount(), 11);
    QCOMPARE(c.data().reviews.cardStates(), m_a->data().reviews.cardStates());
    QCOMPARE(c.note(QStringLiteral("t1")), QStringLiteral("second"));
}

void TestSyncEngine::renamedDevice_isKnownByItsNewName_andNothingCountsTwice()
{
    QString error;
    QVERIFY(m_a->answer(QStringLiteral("c1"), 3, &error));
    QVERIFY(m_a->sync().sent > 0);
    copyJournal(*m_a, *m_b);
    QCOMPARE(m_b->sync().devices, QStringList{QStringLiteral("laptop")});
    // The learner names the laptop in the Sync dialog; nothing else changed.
    SyncOptions renamed = m_a->options();
    renamed.deviceName = QStringLiteral("work laptop");
    QCOMPARE(SyncEngine(renamed).run().status, SyncReport::Status::Synced);
    QVERIFY(contents(ownJournalFile(*m_a)).contains("\"name\":\"work laptop\""));
    copyJournal(*m_a, *m_b);
    const SyncReport in = m_b->sync();
    QCOMPARE(in.devices, QStringList{QStringLiteral("work laptop")});
    QCOMPARE(in.received.answers, 0);
    QCOMPARE(m_b->data().reviews.reviewCount(), 1);
    // The same name again writes nothing new.
    const QByteArray before = contents(ownJournalFile(*m_a));
    QCOMPARE(SyncEngine(renamed).run().sent, 0);
    QCOMPARE(contents(ownJournalFile(*m_a)), before);
}

void TestSyncEngine::runsInAWorker_whileTheWindowRecordsAnswers()
{
    QString error;
    for (int i = 0; i < 200; ++i) {
        m_a->clock().advanceMs(60'000);
        QVERIFY(m_a->answer(QStringLiteral("c%1").arg(i % 6), 1 + i % 4, &error));
    }
    m_a->sync();
    copyJournal(*m_a, *m_b);
    // The desktop's sync runs in a thread of its own with its own connection; this thread goes on answering.
    const SyncOptions o = m_b->options();
    QThread *const mainThread = QThread::currentThread();
    std::optional<SyncReport> done;
    bool ranElsewhere = false;
    runInBackground(this,
                    [o, mainThread, &ranElsewhere] {
                        ranElsewhere = QThread::currentThread() != mainThread;
                        return SyncEngine(o).run();
                    },
                    [&](const SyncReport &report) { done = report; });
    int answeredMeanwhile = 0;
    qint64 longestWait = 0;
    while (!done) {
        m_b->clock().advanceMs(1000);
        QElapsedTimer wait;
        wait.start();
        QVERIFY2(m_b->answer(QStringLiteral("c9"), 3, &error), qPrintable(error));
        longestWait = std::max(longestWait, wait.elapsed());
        ++answeredMeanwhile;
        QCoreApplication::processEvents();
    }
    qInfo("%d answers recorded during the sync run; the longest waited %lld ms for its lock", answeredMeanwhile, longestWait);
    QVERIFY(ranElsewhere);
    QCOMPARE(done->status, SyncReport::Status::Synced);
    QCOMPARE(done->received.answers, 200);
    QCOMPARE(m_b->data().reviews.reviewCount(), 200 + answeredMeanwhile);
    // What was answered meanwhile went with that run (answered before it took the lock) or goes with the next, and
    // the schedule is the replay of everything.
    QCOMPARE(done->sent + m_b->sync().sent, answeredMeanwhile);
    QCOMPARE(StudyRecorder::replay(m_b->data().reviews, Fsrs()).size(), m_b->data().reviews.cardStates().size());
    for (const CardState &s : m_b->data().reviews.cardStates())
        QCOMPARE(StudyRecorder::replay(m_b->data().reviews, Fsrs()).value(s.deckId + QLatin1Char('/') + s.cardId), s);
}

void TestSyncEngine::aYearOfDailyStudy_staysSmall()
{
    // 40 answers a day for a year, synced every other week: the journal holds about 210 bytes an answer.
    QString error;
    QElapsedTimer timer;
    qint64 longestRun = 0;
    for (int day = 0; day < 365; ++day) {
        QVERIFY(m_a->data().database.transaction([&] {
            for (int i = 0; i < 40; ++i) {
                m_a->clock().advanceMs(60'000);
                if (!m_a->answer(QStringLiteral("c%1-%2").arg(i).arg(day % 30), 1 + (i + day) % 4, &error))
                    return false;
            }
            return true;
        }, &error));
        m_a->clock().advanceDays(1);
        if (day % 14 != 13 && day != 364)
            continue;
        timer.start();
        QVERIFY(m_a->sync().sent > 0);
        longestRun = std::max(longestRun, timer.elapsed());
    }
    const qint64 size = QFileInfo(ownJournalFile(*m_a)).size();
    qInfo("a year: %d answers, a journal of %lld bytes, the longest sync %lld ms", m_a->data().reviews.reviewCount(),
          size, longestRun);
    QVERIFY(size < 365 * 40 * 300);
    timer.start();
    copyJournal(*m_a, *m_b);
    QCOMPARE(m_b->sync().received.answers, 365 * 40);
    qInfo("the whole year into a new device: %lld ms", timer.elapsed());
    QCOMPARE(m_b->data().reviews.cardStates(), m_a->data().reviews.cardStates());
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("DEEPDIVE_CHILD_SYNC"))
        return childMain();
    TestSyncEngine test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_syncengine.moc"
