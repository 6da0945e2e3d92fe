#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QProcess>

#include <memory>

class QTemporaryDir;

namespace DeepDive {

// Runs a Python snippet with the learner's python3: a temporary working folder, no standard input, a time limit
// and a memory limit, so that a snippet cannot hang the app or eat the machine.
class SnippetRunner : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        QString out;
        QString err;
        int exitCode = -1;
        bool timedOut = false;
        bool failedToStart = false;
        qint64 elapsedMs = 0;
    };

    explicit SnippetRunner(QObject *parent = nullptr);
    ~SnippetRunner() override;

    // The python3 found on PATH (empty when there is none).
    static QString python();
    bool isRunning() const;
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setMemoryLimitMb(int mb) { m_memoryLimitMb = mb; }

    // Starts the snippet; `finished` reports the result. A run already going is stopped first.
    bool run(const QString &code);
    void stop();

Q_SIGNALS:
    void finished(const DeepDive::SnippetRunner::Result &result);

private:
    void done(bool timedOut);

    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<QTemporaryDir> m_dir;
    QElapsedTimer m_clock;
    int m_timeoutMs = 10000;
    int m_memoryLimitMb = 512;
    bool m_timedOut = false;
};

} // namespace DeepDive

Q_DECLARE_METATYPE(DeepDive::SnippetRunner::Result)
