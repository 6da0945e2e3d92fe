#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QThread>

namespace DeepDive {

namespace {
QString canonical(const QString &dir)
{
    const QString path = QFileInfo(dir).canonicalFilePath();
    return path.isEmpty() ? QFileInfo(dir).absoluteFilePath() : path;
}
} // namespace

SingleInstance::SingleInstance(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_serverName(QStringLiteral("deepdive-")
                   + QString::fromLatin1(QCryptographicHash::hash(canonical(dataDir).toUtf8(), QCryptographicHash::Sha1)
                                             .toHex()
                                             .left(16)))
    , m_lock(QDir(dataDir).filePath(QStringLiteral("deepdive.lock")))
{
    m_lock.setStaleLockTime(0); // a lock left by a crashed instance is detected by its process id, not by age
}

SingleInstance::~SingleInstance()
{
    if (m_server)
        m_server->close();
}

bool SingleInstance::claim()
{
    const bool locked = m_lock.tryLock(0);
    // A folder we cannot write has no lock file: then the socket alone decides (an instance that answers owns it).
    const bool unlockable = !locked && m_lock.error() != QLockFile::LockFailedError;
    if (unlockable && notifyPrimary(500))
        return false;
    if (locked || unlockable) {
        // We own the folder, so a socket left by a crashed instance can be removed safely.
        QLocalServer::removeServer(m_serverName);
        m_server = new QLocalServer(this);
        m_server->setSocketOptions(QLocalServer::UserAccessOption);
        connect(m_server, &QLocalServer::newConnection, this, [this] {
            while (QLocalSocket *socket = m_server->nextPendingConnection()) {
                connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                    if (socket->readAll().contains("activate"))
                        Q_EMIT activationRequested();
                    socket->disconnectFromServer();
                });
                connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        m_server->listen(m_serverName);
        return true;
    }
    notifyPrimary(3000);
    return false;
}

bool SingleInstance::notifyPrimary(int waitMs) const
{
    // The other instance may still be starting: give it a moment to listen.
    const QDeadlineTimer deadline(waitMs);
    while (!deadline.hasExpired()) {
        QLocalSocket socket;
        socket.connectToServer(m_serverName);
        if (socket.waitForConnected(200)) {
            socket.write("activate\n");
            socket.waitForBytesWritten(1000);
            socket.waitForDisconnected(1000);
            return true;
        }
        QThread::msleep(50);
    }
    return false;
}

} // namespace DeepDive
