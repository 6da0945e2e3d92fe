#include "ownjournal.h"

#include "journalformat.h"

#include <QFile>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace DeepDive {

OwnJournal::OwnJournal(const QString &file, qint64 writtenBytes, const QByteArray &writtenSha256)
    : m_file(file)
    , m_bytes(writtenBytes)
    , m_sha256(writtenSha256)
{
}

OwnJournal::State OwnJournal::check(QString *error)
{
    QFile f(m_file);
    if (!f.exists())
        return m_bytes > 0 ? State::Missing : State::Absent;
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("%1 cannot be read: %2").arg(m_file, f.errorString());
        return State::Changed;
    }
    const QByteArray data = f.readAll();
    f.close();
    // Anything else than what this device last wrote, even lines added after it, may come from another writer (a
    // copy of this data folder on another computer appends to the same journal): the file is left as it is. Lines of
    // an append whose run could not commit look the same; going on as a new device costs nothing then either.
    if (data.size() != m_bytes || Journal::sha256Hex(data) != m_sha256)
        return State::Changed;
    return State::Intact;
}

static bool flushToDisk(QFileDevice &f)
{
    if (!f.flush())
        return false;
#ifdef Q_OS_UNIX
    return ::fsync(f.handle()) == 0;
#else
    return true;
#endif
}

bool OwnJournal::append(const QJsonObject &header, const QList<QJsonObject> &events, QString *error)
{
    QByteArray lines;
    if (m_bytes == 0)
        lines += Journal::encodeLine(header);
    for (const QJsonObject &event : events)
        lines += Journal::encodeLine(event);
    if (lines.isEmpty())
        return true; // nothing new, and the header is there
    QFile f(m_file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Append) || f.write(lines) != lines.size() || !flushToDisk(f)) {
        *error = tr("cannot write %1: %2").arg(m_file, f.errorString());
        return false;
    }
    f.close();
    return rehash(error);
}

bool OwnJournal::rewrite(const QJsonObject &header, const QList<QJsonObject> &events, QString *error)
{
    QSaveFile f(m_file);
    bool ok = f.open(QIODevice::WriteOnly) && f.write(Journal::encodeLine(header)) >= 0;
    for (qsizetype i = 0; ok && i < events.size(); ++i)
        ok = f.write(Journal::encodeLine(events[i])) >= 0;
    if (!ok || !f.commit()) {
        *error = tr("cannot write %1: %2").arg(m_file, f.errorString());
        return false;
    }
    return rehash(error);
}

bool OwnJournal::rehash(QString *error)
{
    QFile f(m_file);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("%1 cannot be read back: %2").arg(m_file, f.errorString());
        return false;
    }
    const QByteArray data = f.readAll();
    m_bytes = data.size();
    m_sha256 = Journal::sha256Hex(data);
    return true;
}

} // namespace DeepDive
