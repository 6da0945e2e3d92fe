#include "databasecheck.h"

#include "database.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

namespace DeepDive {

int checkDatabase(const QString &file, QTextStream &out)
{
    out << "database: " << file << '\n';
    if (!QFileInfo::exists(file)) {
        out << "problem: the file does not exist (Deep Dive creates it on first start)\n";
        return 1;
    }
    const QString name = QStringLiteral("deepdive-check");
    int status = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        QSqlQuery q(db);
        if (!db.open() || !q.exec(QStringLiteral("PRAGMA integrity_check"))) {
            out << "problem: cannot read it as a SQLite database: "
                << (db.isOpen() ? q.lastError().text() : db.lastError().text()) << '\n';
            status = 1;
        } else {
            QStringList result;
            while (q.next())
                result.append(q.value(0).toString());
            const QString integrity = result.join(QStringLiteral("; "));
            out << "integrity: " << integrity << '\n';
            if (integrity != QLatin1String("ok"))
                status = 1;
            q.exec(QStringLiteral("PRAGMA user_version"));
            const int version = q.next() ? q.value(0).toInt() : -1;
            out << "schema version: " << version << " (this Deep Dive: " << Database::latestSchemaVersion() << ")\n";
            if (version > Database::latestSchemaVersion()) {
                out << "problem: written by a newer Deep Dive\n";
                status = 1;
            }
            for (const char *table : {"card_state", "review_log", "bookmark", "note", "note_version", "topic_visit",
                                      "study_session"}) {
                QSqlQuery count(db);
                if (count.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1StringView(table))) && count.next())
                    out << table << ": " << count.value(0).toLongLong() << " rows\n";
                else if (status == 0 && version >= Database::latestSchemaVersion()) {
                    out << "problem: table " << table << " is missing\n";
                    status = 1;
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    out.flush();
    return status;
}

} // namespace DeepDive
