#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace DeepDive {

class Database;

// The other computers that sync with this one, as the journals read so far know them: one entry per device id
// (a device's journal and the conflict copies a sync tool made of it are one device), the newest activity first.
class SyncPeers
{
public:
    struct Peer
    {
        QString deviceId;
        QString name;             // from its journal's header; empty until a header was read
        qint64 lastActivityMs = 0; // the newest event read from it; 0 when none yet
        QStringList files;        // its journals in the sync folder
        QString problem;          // what was wrong the last time one of them was read; empty when nothing
    };

    explicit SyncPeers(Database &db);

    QString thisDeviceId() const;
    QString thisDeviceName() const;
    QList<Peer> peers() const;

private:
    Database &m_db;
};

} // namespace DeepDive
