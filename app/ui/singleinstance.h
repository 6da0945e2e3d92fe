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
    explicit SingleInstance(const QString &dataDir, QObject *parent = nullptr);
    ~SingleInstance() override;

    // True when this process is the folder's instance (it then listens); false when another one has it, in which
    // case that one has been asked to come forward.
    bool claim();
    QString socketPath() const { return m_socketPath; }

Q_SIGNALS:
    void activationRequested();

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
