#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QThread>

#include <cerrno>
#include <cstring>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace DeepDive {

namespace {

constexpr char activate[] = "activate\n";

QString canonical(const QString &dir)
{
    const QString path = QFileInfo(dir).canonicalFilePath();
    return path.isEmpty() ? QFileInfo(dir).absoluteFilePath() : path;
}

// The socket lives in the user's runtime folder (private to them), else in the temporary folder.
QString socketFolder()
{
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    return runtime.isEmpty() ? QDir::tempPath() : runtime;
}

bool address(const QString &path, sockaddr_un *addr)
{
    const QByteArray name = QFile::encodeName(path);
    if (name.size() >= qsizetype(sizeof(addr->sun_path)))
        return false;
    std::memset(addr, 0, sizeof(*addr));
    addr->sun_family = AF_UNIX;
    std::memcpy(addr->sun_path, name.constData(), size_t(name.size()));
    return true;
}

// Waits for `fd` to become ready for `events` (POLLIN or POLLOUT); false on timeout.
bool waitFor(int fd, short events, int ms)
{
    pollfd p{fd, events, 0};
    int r;
    do {
        r = ::poll(&p, 1, ms);
    } while (r < 0 && errno == EINTR);
    return r > 0;
}

} // namespace

SingleInstance::SingleInstance(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_socketPath(QDir(socketFolder())
                       .filePath(QStringLiteral("deepdive-")
                                 + QString::fromLatin1(QCryptographicHash::hash(canonical(dataDir).toUtf8(),
                                                                                QCryptographicHash::Sha1)
                                                           .toHex()
                                                           .left(16))
                                 + QStringLiteral(".socket")))
    , m_lock(QDir(dataDir).filePath(QStringLiteral("deepdive.lock")))
{
    m_lock.setStaleLockTime(0); // a lock left by a crashed instance is detected by its process id, not by age
}

SingleInstance::~SingleInstance()
{
    if (m_listener >= 0) {
        delete m_notifier;
        ::close(m_listener);
        ::unlink(QFile::encodeName(m_socketPath).constData());
    }
}

bool SingleInstance::claim()
{
    const bool locked = m_lock.tryLock(0);
    // A folder we cannot write has no lock file: then the socket alone decides (an instance that answers owns it).
    const bool unlockable = !locked && m_lock.error() != QLockFile::LockFailedError;
    if (unlockable && notifyPrimary(500))
        return false;
    if (locked || unlockable) {
        listen();
        return true;
    }
    notifyPrimary(3000);
    return false;
}

bool SingleInstance::listen()
{
    sockaddr_un addr;
    if (!address(m_socketPath, &addr))
        return false;
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0)
        return false;
    // We own the folder, so a socket left by a crashed instance can be removed safely.
    ::unlink(addr.sun_path);
    const mode_t oldMask = ::umask(0077); // only this user may connect
    const bool bound = ::bind(fd, reinterpret_cast<const sockaddr *>(&addr), sizeof(addr)) == 0;
    ::umask(oldMask);
    if (!bound || ::listen(fd, 8) != 0) {
        ::close(fd);
        return false;
    }
    m_listener = fd;
    m_notifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SingleInstance::acceptConnections);
    return true;
}

void SingleInstance::acceptConnections()
{
    for (;;) {
        const int client = ::accept4(m_listener, nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK);
        if (client < 0)
            return; // EAGAIN: no more pending
        // The message is a few bytes sent right after connecting; a client that sends nothing is dropped.
        QByteArray message;
        char buffer[64];
        while (!message.contains('\n') && waitFor(client, POLLIN, 1000)) {
            const ssize_t n = ::read(client, buffer, sizeof(buffer));
            if (n <= 0)
                break;
            message.append(buffer, n);
        }
        ::close(client);
        if (message.contains("activate"))
            Q_EMIT activationRequested();
    }
}

bool SingleInstance::notifyPrimary(int waitMs) const
{
    sockaddr_un addr;
    if (!address(m_socketPath, &addr))
        return false;
    // The other instance may still be starting: give it a moment to listen.
    const QDeadlineTimer deadline(waitMs);
    while (!deadline.hasExpired()) {
        const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (fd < 0)
            return false;
        if (::connect(fd, reinterpret_cast<const sockaddr *>(&addr), sizeof(addr)) == 0) {
            const bool sent = ::write(fd, activate, sizeof(activate) - 1) == ssize_t(sizeof(activate) - 1);
            // Wait until the primary has read it and closed its end.
            char byte;
            if (sent && waitFor(fd, POLLIN, 1000))
                (void)::read(fd, &byte, 1);
            ::close(fd);
            return sent;
        }
        ::close(fd);
        QThread::msleep(50);
    }
    return false;
}

} // namespace DeepDive
