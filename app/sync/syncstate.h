#pragma once

#include "journalreader.h"

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <optional>

namespace DeepDive {

class Database;

// Runs `sql` with `values` bound in order; false with `error` set (SQLite's message, described) when it fails.
bool runSql(QSqlQuery &q, const QString &sql, const QVariantList &values, QString *error);

// What the sync engine remembers between runs, in the learner's database (schema 3): this device's id and name, how
// far every journal was read, and the last-writer-wins registers.
class SyncState
{
public:
    explicit SyncState(Database &db);

    QString meta(const QString &key) const;
    bool setMeta(const QString &key, const QString &value, QString *error);

    struct KnownJournal
    {
        QString file; // the name in the sync folder
        QString deviceId;
        QString deviceName;
        JournalPosition position;
        qint64 lastEventMs = 0;
        QString problem;
    };
    KnownJournal journal(const QString &file) const;
    QList<KnownJournal> journals() const;
    bool saveJournal(const KnownJournal &journal, QString *error);

    // A last-writer-wins value: bookmarks ("bookmark" + deck, kind, item) and settings ("setting" + name).
    struct Register
    {
        QString name; // a compact JSON array, e.g. ["bookmark","python","topic","gil"]
        QString value;
        qint64 changedMs = 0;
        QString deviceId;
        bool journaled = false;

        // Whether a change made at (ms, device) comes after this one.
        bool isOlderThan(qint64 ms, const QString &device) const
        {
            return changedMs != ms ? changedMs < ms : deviceId < device;
        }
    };
    std::optional<Register> reg(const QString &name) const;
    QList<Register> registers(const QString &kind) const; // names starting with ["kind",
    bool saveRegister(const Register &r, QString *error);

private:
    Database &m_db;
};

} // namespace DeepDive
