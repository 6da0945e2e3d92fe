#pragma once

#include <QLockFile>
#include <QObject>

class QSocketNotifier;

namespace DeepDive {

// One Deep Dive per data folder. The first instance holds a lock file in the folder and listens on a Unix socket
// named after it; a second launch on the same folder asks the first to bring its window forward and quits, so the
// database is never opened twice. Another folder runs separately. Plain POSIX sockets: QtNetwork (and the proxy and
// TLS libraries it loads) would cost every start several milliseconds.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    enum class Outcome {
        Primary,            // this process is the folder's instance: it holds the lock and listens
        PrimaryWithoutLock, // it runs as the folder's instance, but a stale lock file could not be replaced
        Forwarded,          // another instance has the folder and was asked to bring its window forward
        OwnerNotAnswering,  // another instance holds the lock but did not answer
    };
    struct Claim
    {
        Outcome outcome = Outcome::Primary;
        QString message; // for PrimaryWithoutLock and OwnerNotAnswering: what happened and what to do
        bool runsHere() const { return outcome == Outcome::Primary || outcome == Outcome::PrimaryWithoutLock; }
    };

    explicit SingleInstance(const QString &dataDir, QObject *parent = nullptr);
    ~SingleInstance() override;

    // Takes the folder for this process (it then listens) or asks the instance that has it to come forward.
    Claim claim();
    QString socketPath() const { return m_socketPath; }
    QString lockFile() const { return m_lock.fileName(); }

Q_SIGNALS:
    void activationRequested();

protected:
    // Tries once to take the lock file, replacing a stale one; tests override it to simulate a full disk.
    virtual QLockFile::LockError tryLock();

private:
    bool listen();
    void acceptConnections();
    bool notifyPrimary(int waitMs) const;

    QString m_socketPath;
    QLockFile m_lock;
    int m_listener = -1;
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace DeepDive
