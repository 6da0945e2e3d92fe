#pragma once

#include <QLockFile>
#include <QObject>

class QLocalServer;

namespace DeepDive {

// One Deep Dive per data folder. The first instance holds a lock file in the folder and listens on a local socket
// named after it; a second launch on the same folder asks the first to bring its window forward and quits, so the
// database is never opened twice. Another folder runs separately.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(const QString &dataDir, QObject *parent = nullptr);
    ~SingleInstance() override;

    // True when this process is the folder's instance (it then listens); false when another one has it, in which
    // case that one has been asked to come forward.
    bool claim();
    QString serverName() const { return m_serverName; }

Q_SIGNALS:
    void activationRequested();

private:
    bool notifyPrimary(int waitMs) const;

    QString m_serverName;
    QLockFile m_lock;
    QLocalServer *m_server = nullptr;
};

} // namespace DeepDive
