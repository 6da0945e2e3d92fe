#include "syncengine.h"

#include "database.h"
#include "fsrs.h"
#include "journalformat.h"
#include "journalreader.h"
#include "localchanges.h"
#include "notehistory.h"
#include "ownjournal.h"
#include "settings.h"
#include "syncstate.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QSysInfo>
#include <QUuid>

Q_LOGGING_CATEGORY(lcSync, "deepdive.sync", QtWarningMsg)

namespace DeepDive {

namespace {

const QString deviceIdKey = QStringLiteral("device_id");
const QString deviceNameKey = QStringLiteral("device_name");
const QString ownBytesKey = QStringLiteral("own_journal_bytes");
const QString ownShaKey = QStringLiteral("own_journal_sha256");
const QString segmentKey = QStringLiteral("own_journal_segment");
const QString snapshotBytesKey = QStringLiteral("own_journal_snapshot_bytes");

QString newDeviceId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

FollowedSettings readSettings(const QString &file)
{
    if (file.isEmpty())
        return {};
    const Settings settings(file);
    const QDate interview = settings.interviewDate();
    return {{QStringLiteral("desiredRetention"), QString::number(settings.desiredRetention(), 'g', 6)},
            {QStringLiteral("interviewDate"), interview.isValid() ? interview.toString(Qt::ISODate) : QString()}};
}

void writeSettings(const QString &file, const FollowedSettings &changed)
{
    if (file.isEmpty() || changed.isEmpty())
        return;
    Settings settings(file);
    if (changed.contains(QStringLiteral("desiredRetention")))
        settings.setDesiredRetention(changed.value(QStringLiteral("desiredRetention")).toDouble());
    if (changed.contains(QStringLiteral("interviewDate")))
        settings.setInterviewDate(QDate::fromString(changed.value(QStringLiteral("interviewDate")), Qt::ISODate));
    settings.sync();
}

} // namespace

QString SyncReport::summary() const
{
    if (status != Status::Synced)
        return message;
    QStringList parts;
    if (received.answers)
        parts.append(tr("%n answer(s)", nullptr, received.answers));
    if (received.undone)
        parts.append(tr("%n undone answer(s)", nullptr, received.undone));
    if (received.bookmarks)
        parts.append(tr("%n bookmark change(s)", nullptr, received.bookmarks));
    if (received.notes)
        parts.append(tr("%n note(s)", nullptr, received.notes));
    if (received.settings)
        parts.append(tr("%n setting(s)", nullptr, received.settings));
    const QString with = devices.isEmpty() ? tr("No other device has written to the sync folder yet.")
                                           : tr("Synced with %1.").arg(QLocale().createSeparatedList(devices));
    QStringList lines{with};
    lines.append(parts.isEmpty() ? tr("Nothing new came in.") : tr("Came in: %1.").arg(QLocale().createSeparatedList(parts)));
    if (received.conflicts)
        lines.append(tr("%n note(s) were changed on two devices: yours is kept, and the other version waits for you "
                        "to keep yours, take it or keep both.", nullptr, received.conflicts));
    if (sendFailed)
        lines.append(tr("Your changes could not be written to the sync folder (%1); they go with the next sync.").arg(message));
    else
        lines.append(tr("%n change(s) sent.", nullptr, sent));
    if (compacted)
        lines.append(tr("This device's journal was compacted."));
    return lines.join(QLatin1Char('\n'));
}

SyncEngine::SyncEngine(SyncOptions options)
    : m_options(std::move(options))
{
}

bool SyncEngine::sendLocalChanges(Database &db, const FollowedSettings &localSettings, qint64 now, SyncReport *report,
                                  Sent *sent, QString *error)
{
    SyncState state(db);
    const QDir journalDir(QDir(m_options.syncFolder).filePath(Journal::folderName));
    QString deviceId = state.meta(deviceIdKey);
    // The others know this device by the name in its journal's header: a new name is sent by writing the journal
    // anew (as compaction does).
    const bool renamed = !m_options.deviceName.isEmpty() && m_options.deviceName != state.meta(deviceNameKey);
    if (renamed && !state.setMeta(deviceNameKey, m_options.deviceName, error))
        return false;
    const QString deviceName = state.meta(deviceNameKey);
    OwnJournal own(journalDir.filePath(Journal::fileName(deviceId)), state.meta(ownBytesKey).toLongLong(),
                   state.meta(ownShaKey).toLatin1());
    QString problem;
    OwnJournal::State ownState = own.check(&problem);
    int segment = std::max(1, state.meta(segmentKey).toInt());
    if (ownState == OwnJournal::State::Changed) {
        // Another writer (a copy of this data folder on another computer, say): this one goes on as a new device
        // and the old file is read like any other journal from the next run on.
        report->problems.append(tr("%1 was changed by someone else (is a copy of this data folder in use on another "
                                   "computer?); this device goes on with a journal of its own.%2")
                                    .arg(own.file(), problem.isEmpty() ? QString() : QStringLiteral(" ") + problem));
        deviceId = newDeviceId();
        segment = 1;
        if (!state.setMeta(deviceIdKey, deviceId, error) || !state.setMeta(snapshotBytesKey, QStringLiteral("0"), error))
            return false;
        own = OwnJournal(journalDir.filePath(Journal::fileName(deviceId)), 0, {});
        ownState = OwnJournal::State::Absent;
    }
    report->deviceId = deviceId;
    LocalChanges local(db, deviceId, now);
    if (!local.capture(localSettings, error))
        return false;
    const qint64 compactAt = std::max(m_options.compactBytes, 2 * state.meta(snapshotBytesKey).toLongLong());
    const bool whole = ownState == OwnJournal::State::Missing || own.bytes() > compactAt
        || (renamed && ownState == OwnJournal::State::Intact);
    QList<QJsonObject> events;
    if (!(whole ? local.snapshot(&events, error) : local.pending(&events, error)))
        return false;
    if (whole)
        ++segment;
    const QJsonObject header = Journal::header(deviceId, deviceName, segment);
    QString writeError;
    // A device with nothing to send yet still writes its journal's header, so that the others know it by name.
    const bool written = whole ? own.rewrite(header, events, &writeError)
                               : (events.isEmpty() && ownState != OwnJournal::State::Absent)
            || own.append(header, events, &writeError);
    if (written) {
        if (!local.markJournaled(error) || !state.setMeta(ownBytesKey, QString::number(own.bytes()), error)
            || !state.setMeta(ownShaKey, QString::fromLatin1(own.sha256()), error)
            || !state.setMeta(segmentKey, QString::number(segment), error)
            || (whole && !state.setMeta(snapshotBytesKey, QString::number(own.bytes()), error)))
            return false;
        report->sent = int(events.size());
        report->compacted = whole && ownState != OwnJournal::State::Missing;
    } else if (!events.isEmpty() || whole) {
        report->sendFailed = true;
        report->message = writeError;
        qCWarning(lcSync).noquote() << writeError;
    }
    sent->ownFile = QFileInfo(own.file()).fileName();
    sent->answeredCards = local.answeredCards();
    sent->retentionChanged = local.retentionChanged();
    return true;
}

bool SyncEngine::mergeJournals(Database &db, const QList<JournalRead> &reads, const QString &ownFile, SyncMerge *merge,
                               SyncReport *report, QString *error)
{
    SyncState state(db);
    for (const JournalRead &read : std::as_const(reads)) {
        const QString name = QFileInfo(read.file).fileName();
        if (name == ownFile)
            continue;
        SyncState::KnownJournal known = state.journal(name);
        report->problems.append(read.problems);
        if (!read.error.isEmpty()) {
            report->problems.append(read.error);
            known.problem = read.error;
            if (!state.saveJournal(known, error))
                return false;
            continue;
        }
        if (!merge->apply(read, &report->problems, error))
            return false;
        known.deviceId = read.deviceId;
        known.deviceName = read.deviceName;
        known.position = read.position;
        known.problem = read.problems.isEmpty() ? QString() : read.problems.constLast();
        for (const JournalEvent &e : read.events)
            known.lastEventMs = std::max(known.lastEventMs, qint64(e.event.value(QStringLiteral("at")).toDouble()));
        if (!state.saveJournal(known, error))
            return false;
        if (read.deviceId != report->deviceId && !read.deviceName.isEmpty() && !report->devices.contains(read.deviceName))
            report->devices.append(read.deviceName);
    }
    return true;
}

SyncReport SyncEngine::run()
{
    SyncReport report;
    if (m_options.syncFolder.isEmpty() || !QFileInfo(m_options.syncFolder).isDir()) {
        report.status = SyncReport::Status::FolderUnavailable;
        report.message = tr("The sync folder %1 is not available (not mounted, or offline?). Nothing was synced; "
                            "studying goes on, and the next sync catches up.").arg(m_options.syncFolder);
        return report;
    }
    const QDir journalDir(QDir(m_options.syncFolder).filePath(Journal::folderName));
    QDir().mkpath(journalDir.path()); // a read-only folder: there is only reading then

    Database db;
    if (!db.open(m_options.databaseFile, m_options.backupDir)) {
        report.message = tr("Sync needs to write your progress database %1, and it cannot: %2")
                             .arg(m_options.databaseFile, db.notice());
        return report;
    }
    SyncState state(db);
    QString error;
    bool firstRun = false;
    const bool haveId = db.transaction([&] {
        if (!state.meta(deviceIdKey).isEmpty())
            return true;
        firstRun = true; // the schedule was made without sync: replayed whole once
        const QString name = m_options.deviceName.isEmpty() ? QSysInfo::machineHostName() : m_options.deviceName;
        return state.setMeta(deviceIdKey, newDeviceId(), &error) && state.setMeta(deviceNameKey, name, &error);
    }, &error);
    if (!haveId) {
        report.message = tr("Sync could not store this device's id in %1: %2").arg(m_options.databaseFile, error);
        return report;
    }

    // (2) The other journals, read before the write lock is taken: the window goes on saving meanwhile.
    const QString ownName = Journal::fileName(state.meta(deviceIdKey));
    QList<JournalRead> reads;
    for (const QString &name : journalDir.entryList(QDir::Files, QDir::Name)) {
        if (!Journal::isJournalName(name) || name == ownName)
            continue;
        reads.append(JournalReader::read(journalDir.filePath(name), state.journal(name).position));
    }
    if (m_options.afterReading)
        m_options.afterReading();

    const qint64 now = m_options.clock->nowMs();
    const FollowedSettings localSettings = readSettings(m_options.settingsFile);
    SyncMerge merge(db);
    const bool ok = db.transaction([&] {
        // (1) Local changes to this device's journal, (3) what the other devices wrote.
        Sent sent;
        if (!sendLocalChanges(db, localSettings, now, &report, &sent, &error)
            || !mergeJournals(db, reads, sent.ownFile, &merge, &report, &error))
            return false;
        const std::optional<SyncState::Register> retention
            = state.reg(LocalChanges::registerName({QStringLiteral("setting"), QStringLiteral("desiredRetention")}));
        const double desired = retention ? retention->value.toDouble()
                                         : localSettings.value(QStringLiteral("desiredRetention"), QStringLiteral("0.9")).toDouble();
        return merge.finish(Fsrs(desired), firstRun || sent.retentionChanged, sent.answeredCards, &error);
    }, &error);
    if (!ok) {
        report.message = tr("Sync could not merge into %1 (nothing was changed): %2").arg(m_options.databaseFile, error);
        return report;
    }
    writeSettings(m_options.settingsFile, merge.changedSettings());
    report.received = merge.counts();
    report.openConflicts = int(NoteHistory(db).conflicts().size());
    report.status = SyncReport::Status::Synced;
    for (const QString &p : std::as_const(report.problems))
        qCWarning(lcSync).noquote() << p;
    return report;
}

} // namespace DeepDive
