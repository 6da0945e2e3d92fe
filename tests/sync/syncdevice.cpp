#include "syncdevice.h"

#include "journalformat.h"

#include <QFile>
#include <QTest>
#include <QSaveFile>
#include <QSqlQuery>

namespace DeepDive::Test {

SyncDevice::SyncDevice(const QString &root, const QString &name, qint64 skewMs)
    : m_name(name)
    , m_dataDir(QDir(root).filePath(name + QStringLiteral("/data")))
    , m_syncFolder(QDir(root).filePath(name + QStringLiteral("/synced")))
    , m_skewMs(skewMs)
{
    QDir().mkpath(m_dataDir);
    QDir().mkpath(m_syncFolder);
    QString error;
    if (!m_data.open(QDir(m_dataDir).filePath(QStringLiteral("deepdive.db")), QDir(m_dataDir).filePath(QStringLiteral("backups")), &error))
        QTest::qFail(qPrintable(QStringLiteral("device %1: the database cannot be written: %2").arg(name, error)), __FILE__, __LINE__);
}

SyncDevice::~SyncDevice() = default;

bool SyncDevice::answer(const QString &card, int grade, QString *error)
{
    return m_recorder.record({deck(), topicOf(card), card, grade, grade > 1, m_clock.nowMs(), 1000 + grade}, error);
}

bool SyncDevice::undoLast()
{
    QString error;
    const std::optional<Review> last = m_data.reviews.lastReview(0, &error);
    return last && m_data.reviews.undoLastAnswer(last->deckId, last->cardId, last->reviewedMs, &error);
}

bool SyncDevice::writeNote(const QString &topic, const QString &body, QString *error)
{
    return m_data.notes.save({deck(), topic, body, m_clock.nowMs()}, error);
}

QString SyncDevice::note(const QString &topic) const
{
    return m_data.notes.note(deck(), topic).value_or(Note{}).body;
}

SyncOptions SyncDevice::options() const
{
    SyncOptions o;
    o.databaseFile = QDir(m_dataDir).filePath(QStringLiteral("deepdive.db"));
    o.backupDir = QDir(m_dataDir).filePath(QStringLiteral("backups"));
    o.settingsFile = settingsFile();
    o.syncFolder = m_syncFolder;
    o.deviceName = m_name;
    o.clock = &m_clock;
    return o;
}

SyncReport SyncDevice::sync(qint64 compactBytes)
{
    SyncOptions o = options();
    o.compactBytes = compactBytes;
    return SyncEngine(o).run();
}

QString ownJournalFile(SyncDevice &device)
{
    QSqlQuery q(device.data().database.connection());
    if (!q.exec(QStringLiteral("SELECT value FROM sync_meta WHERE key = 'device_id'")) || !q.next())
        return {};
    return QDir(device.journalDir()).filePath(Journal::fileName(q.value(0).toString()));
}

bool copyJournal(SyncDevice &from, SyncDevice &to, qint64 bytes, const QString &conflictCopy)
{
    const QString source = ownJournalFile(from);
    QFile in(source);
    if (source.isEmpty() || !in.open(QIODevice::ReadOnly))
        return false;
    QByteArray data = in.readAll();
    if (bytes >= 0)
        data.truncate(bytes);
    QDir().mkpath(to.journalDir());
    const QString name = conflictCopy.isEmpty() ? QFileInfo(source).fileName() : conflictCopy;
    QSaveFile out(QDir(to.journalDir()).filePath(name));
    return out.open(QIODevice::WriteOnly) && out.write(data) == data.size() && out.commit();
}

} // namespace DeepDive::Test
