#include "checkpointer.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcCheckpoint, "deepdive.storage.checkpoint", QtWarningMsg)

namespace DeepDive {

namespace {
std::atomic_int instances{0};
}

Checkpointer::Checkpointer(QString file)
    : m_file(std::move(file))
{
}

Checkpointer::~Checkpointer()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_one();
    if (m_thread.joinable())
        m_thread.join();
}

void Checkpointer::request()
{
    {
        const std::lock_guard lock(m_mutex);
        m_pending = true;
        if (!m_thread.joinable())
            m_thread = std::thread([this] { run(); });
    }
    m_wake.notify_one();
}

void Checkpointer::run()
{
    const QString name = QStringLiteral("deepdive-checkpoint-%1").arg(++instances);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_file);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=1000"));
        if (!db.open())
            qCWarning(lcCheckpoint) << "cannot open" << m_file << "for checkpoints:" << db.lastError().text();
        for (;;) {
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return m_pending || m_stop; });
                if (!m_pending)
                    break; // stopping, nothing asked for
                m_pending = false;
            }
            // PASSIVE: copies what it can without waiting for the writer; the next one takes the rest.
            QSqlQuery q(db);
            if (db.isOpen() && q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")))
                ++m_completed;
            else
                qCWarning(lcCheckpoint) << "checkpoint of" << m_file << "failed:" << q.lastError().text();
            const std::lock_guard lock(m_mutex);
            if (m_stop)
                break;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace DeepDive
