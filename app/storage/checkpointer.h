#pragma once

#include <QString>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace DeepDive {

// Copies the write-ahead log back into the database file (PRAGMA wal_checkpoint) in a thread of its own, with its
// own connection, so that a commit on the UI thread never waits for a checkpoint and the fsync it ends with. The
// database's own connection turns SQLite's automatic checkpoints off and asks for one every so many commits.
class Checkpointer
{
public:
    explicit Checkpointer(QString file);
    ~Checkpointer(); // finishes the checkpoint under way, if any
    Checkpointer(const Checkpointer &) = delete;
    Checkpointer &operator=(const Checkpointer &) = delete;

    // Asks for a checkpoint; requests while one is pending or running make one more at most. Thread-safe.
    void request();
    // Checkpoints done so far (for tests and diagnostics).
    int completed() const { return m_completed; }

private:
    void run();

    QString m_file;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_pending = false;
    bool m_stop = false;
    std::atomic<int> m_completed{0};
    std::thread m_thread; // started on the first request
};

} // namespace DeepDive
