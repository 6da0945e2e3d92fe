#include "snippetrunner.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/resource.h>

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
    m_process->setChildProcessModifier([bytes] {
        // In the child, before exec: cap its address space and its CPU time.
        const rlimit memory{bytes, bytes};
        setrlimit(RLIMIT_AS, &memory);
        const rlimit cpu{60, 60};
        setrlimit(RLIMIT_CPU, &cpu);
    });
    connect(m_process.get(), &QProcess::finished, this, [this] { done(false); });
    connect(m_process.get(), &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            done(false);
    });
    m_timedOut = false;
    QTimer::singleShot(m_timeoutMs, m_process.get(), [this] {
        if (isRunning()) {
            m_timedOut = true;
            m_process->kill();
        }
    });
    m_clock.start();
    m_process->start(interpreter, {QStringLiteral("-I"), QStringLiteral("snippet.py")});
    return true;
}

void SnippetRunner::stop()
{
    if (!m_process)
        return;
    m_process->disconnect(this);
    if (isRunning()) {
        m_process->kill();
        m_process->waitForFinished(2000);
    }
    m_process.reset();
}

void SnippetRunner::done(bool)
{
    if (!m_process)
        return;
    Result result;
    result.out = QString::fromUtf8(m_process->readAllStandardOutput());
    result.err = QString::fromUtf8(m_process->readAllStandardError());
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
