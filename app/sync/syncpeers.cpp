#include "syncpeers.h"

#include "syncstate.h"

#include <QHash>

#include <algorithm>

namespace DeepDive {

SyncPeers::SyncPeers(Database &db)
    : m_db(db)
{
}

QString SyncPeers::thisDeviceId() const
{
    return SyncState(m_db).meta(QStringLiteral("device_id"));
}

QString SyncPeers::thisDeviceName() const
{
    return SyncState(m_db).meta(QStringLiteral("device_name"));
}

QList<SyncPeers::Peer> SyncPeers::peers() const
{
    const QString self = thisDeviceId();
    QList<Peer> result;
    QHash<QString, qsizetype> byId;
    for (const SyncState::KnownJournal &j : SyncState(m_db).journals()) {
        // A journal whose header was never read has no id yet: it stands for itself, under its file name.
        const QString id = j.deviceId.isEmpty() ? j.file : j.deviceId;
        if (!self.isEmpty() && id == self)
            continue;
        qsizetype at = byId.value(id, -1);
        if (at < 0) {
            at = result.size();
            byId.insert(id, at);
            result.append(Peer{j.deviceId, j.deviceName, 0, {}, {}});
        }
        Peer &peer = result[at];
        peer.files.append(j.file);
        if (peer.name.isEmpty())
            peer.name = j.deviceName;
        if (j.lastEventMs >= peer.lastActivityMs) {
            peer.lastActivityMs = j.lastEventMs;
            if (!j.deviceName.isEmpty())
                peer.name = j.deviceName; // the name in its newest journal
        }
        if (!j.problem.isEmpty())
            peer.problem = j.problem;
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const Peer &a, const Peer &b) { return a.lastActivityMs > b.lastActivityMs; });
    return result;
}

} // namespace DeepDive
