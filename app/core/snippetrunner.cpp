#include "snippetrunner.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

namespace DeepDive {

SnippetRunner::SnippetRunner(QObject *parent)
    : QObject(parent)
{
}

SnippetRunner::~SnippetRunner()
{
    stop();
}

QString SnippetRunner::python()
{
    return QStandardPaths::findExecutable(QStringLiteral("python3"));
}

bool SnippetRunner::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

bool SnippetRunner::run(const QString &code)
{
    stop();
    const QString interpreter = python();
    m_dir = std::make_unique<QTemporaryDir>();
    QFile script(m_dir->filePath(QStringLiteral("snippet.py")));
    if (interpreter.isEmpty() || !m_dir->isValid() || !script.open(QIODevice::WriteOnly)) {
        Result result;
        result.failedToStart = true;
        result.err = interpreter.isEmpty() ? tr("python3 was not found on PATH.") : tr("Cannot write a temporary file.");
        Q_EMIT finished(result);
        return false;
    }
    script.write(code.toUtf8());
    script.close();

    m_process = std::make_unique<QProcess>();
    m_process->setWorkingDirectory(m_dir->path());
    m_process->setStandardInputFile(QProcess::nullDevice());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
    env.insert(QStringLiteral("PYTHONIOENCODING"), QStringLiteral("utf-8"));
    m_process->setProcessEnvironment(env);
    const rlim_t bytes = rlim_t(m_memoryLimitMb) * 1024 * 1024;
    // RLIMIT_NPROC counts every process of the user, so the cap is what runs now plus a margin for the snippet.
    const rlim_t processes = rlim_t(QDir(QStringLiteral("/proc")).entryList(QDir::Dirs).size() + extraProcessLimit);
    m_process->setChildProcessModifier([bytes, processes] {
        // In the child, before exec: a session (and process group) of its own, and caps on its address space, its
        // CPU time and the processes it may start.
        setsid();
        const rlimit memory{bytes, bytes};
        setrlimit(RLIMIT_AS, &memory);
        const rlimit cpu{60, 60};
        setrlimit(RLIMIT_CPU, &cpu);
        const rlimit nproc{processes, processes};
        setrlimit(RLIMIT_NPROC, &nproc);
    });
    m_out.clear();
    m_err.clear();
    m_truncated = false;
    connect(m_process.get(), &QProcess::readyReadStandardOutput, this, &SnippetRunner::readOutput);
    connect(m_process.get(), &QProcess::readyReadStandardError, this, &SnippetRunner::readOutput);
    connect(m_process.get(), &QProcess::started, this, [this] { m_group = m_process->processId(); });
    connect(m_process.get(), &QProcess::finished, this, [this] { done(false); });
    connect(m_process.get(), &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            done(false);
    });
    m_timedOut = false;
    QTimer::singleShot(m_timeoutMs, m_process.get(), [this] {
        if (isRunning()) {
            m_timedOut = true;
            killGroup();
        }
    });
    m_clock.start();
    m_process->start(interpreter, {QStringLiteral("-I"), QStringLiteral("snippet.py")});
    return true;
}

void SnippetRunner::killGroup()
{
    if (m_group > 0)
        ::kill(-pid_t(m_group), SIGKILL); // the snippet and every process it started
    if (isRunning())
        m_process->kill();
}

void SnippetRunner::readOutput()
{
    // Read as it comes, keep at most outputLimitBytes of each stream: endless output stops the snippet instead of
    // filling the app's memory.
    const auto take = [this](QByteArray &kept, QByteArray chunk) {
        if (kept.size() + chunk.size() > outputLimitBytes) {
            chunk.truncate(outputLimitBytes - kept.size());
            if (!m_truncated) {
                m_truncated = true;
                killGroup();
            }
        }
        kept += chunk;
    };
    take(m_out, m_process->readAllStandardOutput());
    take(m_err, m_process->readAllStandardError());
}

void SnippetRunner::stop()
{
    if (!m_process)
        return;
    m_process->disconnect(this);
    killGroup();
    if (isRunning())
        m_process->waitForFinished(2000);
    m_group = 0;
    m_process.reset();
}

void SnippetRunner::done(bool)
{
    if (!m_process)
        return;
    readOutput();
    killGroup(); // children the snippet left behind (started in the background, then it exited) go too
    m_group = 0;
    Result result;
    result.out = QString::fromUtf8(m_out);
    result.err = QString::fromUtf8(m_err);
    result.outputTruncated = m_truncated;
    result.elapsedMs = m_clock.elapsed();
    result.timedOut = m_timedOut;
    result.failedToStart = m_process->error() == QProcess::FailedToStart;
    result.exitCode = m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
    if (result.failedToStart)
        result.err = m_process->errorString();
    m_process->disconnect(this);
    m_process.release()->deleteLater();
    Q_EMIT finished(result);
}

} // namespace DeepDive
