#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QProcess>

#include <memory>

class QTemporaryDir;

namespace DeepDive {

// Runs a Python snippet with the learner's python3: a temporary working folder, no standard input, a time limit,
// a memory limit, a cap on its processes and on its output, so that a snippet cannot hang the app or eat the
// machine. The snippet runs in a session of its own; stopping it kills the whole process group, so children it
// started (a fork loop, a pool of workers) go with it.
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
        bool outputTruncated = false; // it printed more than outputLimitBytes and was stopped
        qint64 elapsedMs = 0;
    };

    static constexpr qint64 outputLimitBytes = 1024 * 1024; // per stream
    static constexpr int extraProcessLimit = 64;             // processes a snippet may start

    explicit SnippetRunner(QObject *parent = nullptr);
    ~SnippetRunner() override;

    // The python3 found on PATH (empty when there is none).
    static QString python();
    bool isRunning() const;
    // What the running snippet has printed on standard output so far.
    QString partialOutput() const { return QString::fromUtf8(m_out); }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setMemoryLimitMb(int mb) { m_memoryLimitMb = mb; }
    int timeoutMs() const { return m_timeoutMs; }

    // Starts the snippet; `finished` reports the result. A run already going is stopped first.
    bool run(const QString &code);
    void stop();

Q_SIGNALS:
    void finished(const DeepDive::SnippetRunner::Result &result);

private:
    void done(bool timedOut);
    void readOutput();
    void killGroup();

    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<QTemporaryDir> m_dir;
    QElapsedTimer m_clock;
    int m_timeoutMs = 10000;
    int m_memoryLimitMb = 512;
    bool m_timedOut = false;
    bool m_truncated = false;
    qint64 m_group = 0; // the snippet's process group (its pid), while it may have members
    QByteArray m_out, m_err;
};

} // namespace DeepDive

Q_DECLARE_METATYPE(DeepDive::SnippetRunner::Result)
