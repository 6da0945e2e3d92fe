#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace DeepDive {

// How far a journal was read: the bytes and lines taken, and the SHA-256 of those bytes.
struct JournalPosition
{
    qint64 bytes = 0;
    int lines = 0;
    QByteArray prefixSha256;
};

struct JournalEvent
{
    int line = 0; // 1-based, for messages
    QJsonObject event;
};

// What one read of a journal found past its position.
struct JournalRead
{
    QString file;
    QString deviceId;   // from the header
    QString deviceName; // from the header
    QList<JournalEvent> events;
    JournalPosition position; // where the next read starts
    bool restarted = false;   // the file was not what was read before (rewritten, truncated): read from the start
    bool refused = false;     // not a journal this version can read (a newer format): nothing taken, position kept
    QString error;            // why it could not be read or was refused; the file is left as it is
    QStringList problems;     // lines that were skipped, as "file:line: what"
};

// Reads journals from where the last read stopped. Only complete lines (ending in a newline) are taken: a line
// still being synced stays for the next read. A line whose checksum fails is skipped and named.
class JournalReader
{
    Q_DECLARE_TR_FUNCTIONS(DeepDive::JournalReader)

public:
    static constexpr qint64 maxJournalBytes = 512LL * 1024 * 1024;

    static JournalRead read(const QString &file, const JournalPosition &from);
};

} // namespace DeepDive
