#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace DeepDive {

class Database;

// Moving a learner's data between machines: a JSON file with the review log, card states, bookmarks, notes (with
// their versions) and topic visits. Importing merges, so importing the same file twice changes nothing the second time.
class ProgressExchange
{
    Q_DECLARE_TR_FUNCTIONS(DeepDive::ProgressExchange)

public:
    struct Counts
    {
        int reviews = 0;
        int cardStates = 0;
        int bookmarks = 0;
        int notes = 0;
        int visits = 0;

        // "12 answers, 10 card states, 2 bookmarks, 1 note and 3 topic visits", translated with plural forms.
        QString toString() const;
    };

    explicit ProgressExchange(Database &db);

    bool exportTo(const QString &file, qint64 nowMs, QString *error, Counts *counts = nullptr) const;
    // All or nothing: on any error the database is left as it was.
    bool importFrom(const QString &file, QString *error, Counts *counts = nullptr);
    // Called during importFrom() every few hundred answers and card states with how many are merged of how many;
    // returning false stops the import, which then changes nothing (wasCancelled()). May be called from a worker.
    void setProgress(std::function<bool(int done, int total)> progress) { m_progress = std::move(progress); }
    bool wasCancelled() const { return m_cancelled; }

    static constexpr const char *formatName = "deepdive-progress";
    static constexpr int formatVersion = 1;

private:
    Database &m_db;
    std::function<bool(int, int)> m_progress;
    bool m_cancelled = false;
};

} // namespace DeepDive
