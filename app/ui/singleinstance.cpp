#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryFile>
#include <QThread>

#include <cerrno>
#include <cstring>
#include <poll.h>
#include <signal.h>
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

// Whether the lock's owner has exited: only a process on this host can be asked, and only "no such process" says so.
bool ownerIsGone(qint64 pid, const QString &host)
{
    if (pid <= 0 || (!host.isEmpty() && host != QSysInfo::machineHostName()))
        return false;
    return ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
}

// Why a file cannot be written in `folder`, found by writing one; the likeliest reason when that works after all.
QString whyNotWritable(const QString &folder)
{
    QTemporaryFile probe(QDir(folder).filePath(QStringLiteral(".deepdive-write-test-XXXXXX")));
    if (!probe.open())
        return probe.errorString();
    if (probe.write(QByteArray(4096, '\0')) < 0 || !probe.flush())
        return probe.errorString();
    return SingleInstance::tr("the disk may be full");
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

QLockFile::LockError SingleInstance::tryLock()
{
    return m_lock.tryLock(0) ? QLockFile::NoError : m_lock.error();
}

SingleInstance::Claim SingleInstance::claim()
{
    const QLockFile::LockError lockError = tryLock();
    const bool locked = lockError == QLockFile::NoError;
    // A folder we cannot write has no lock file: then the socket alone decides (an instance that answers owns it).
    const bool unlockable = !locked && lockError != QLockFile::LockFailedError;
    if (unlockable && notifyPrimary(500))
        return {Outcome::Forwarded, {}};
    if (locked || unlockable) {
        listen();
        return {Outcome::Primary, {}};
    }
    // The lock is held, or it is stale and QLockFile could not replace it (a full disk cannot take the new one).
    qint64 pid = 0;
    QString host;
    QString app;
    const bool known = m_lock.getLockInfo(&pid, &host, &app);
    const bool ownerGone = known && ownerIsGone(pid, host);
    if (notifyPrimary(ownerGone ? 500 : 3000)) // an instance that answers has the folder, whatever the file says
        return {Outcome::Forwarded, {}};
    if (ownerGone) {
        listen();
        return {Outcome::PrimaryWithoutLock,
                tr("The lock file %1 was left by a Deep Dive that is no longer running (process %2), and it could not "
                   "be replaced (%3). Deep Dive runs anyway; free some disk space so that the next start can lock its "
                   "data folder again.")
                    .arg(QDir::toNativeSeparators(m_lock.fileName()), QString::number(pid),
                         whyNotWritable(QFileInfo(m_lock.fileName()).absolutePath()))};
    }
    return {Outcome::OwnerNotAnswering,
            tr("Deep Dive is already running with the data folder %1 (process %2, according to %3), but it does not "
               "answer. Close that Deep Dive, or end process %2 if it hangs, then start again.")
                .arg(QDir::toNativeSeparators(QFileInfo(m_lock.fileName()).absolutePath()),
                     known ? QString::number(pid) : QStringLiteral("?"),
                     QDir::toNativeSeparators(m_lock.fileName()))};
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
