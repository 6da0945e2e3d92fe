#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace DeepDive {

// This device's own journal file: the only file in the sync folder it writes. Appends whole lines and flushes them
// to the disk; a compaction replaces the file at once (QSaveFile), never leaving half a file behind.
class OwnJournal
{
    Q_DECLARE_TR_FUNCTIONS(DeepDive::OwnJournal)

public:
    enum class State {
        Absent,  // no file and none written before
        Intact,  // exactly as this device left it
        Missing, // written before, now gone (deleted, or the folder was emptied): to be written again whole
        Changed, // not what this device wrote (a copy of this installation writes it too, or a sync tool replaced it)
    };

    OwnJournal(const QString &file, qint64 writtenBytes, const QByteArray &writtenSha256);

    State check(QString *error);
    bool append(const QJsonObject &header, const QList<QJsonObject> &events, QString *error);
    bool rewrite(const QJsonObject &header, const QList<QJsonObject> &events, QString *error);

    QString file() const { return m_file; }
    qint64 bytes() const { return m_bytes; }
    QByteArray sha256() const { return m_sha256; }

private:
    bool rehash(QString *error);
    QString m_file;
    qint64 m_bytes;
    QByteArray m_sha256;
};

} // namespace DeepDive
