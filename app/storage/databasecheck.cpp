#include "databasecheck.h"

#include "database.h"

#include <QSqlQuery>
#include <QTextStream>

namespace DeepDive {

int checkDatabase(const QString &file, QTextStream &out)
{
    out << "database: " << file << '\n';
    Database database;
    QString error;
    if (!database.openForInspection(file, &error)) {
        out << "problem: " << error << '\n';
        out.flush();
        return 1;
    }
    int status = 0;
    const QString integrity = database.integrityCheck().replace(QLatin1Char('\n'), QStringLiteral("; "));
    out << "integrity: " << integrity << '\n';
    if (integrity != QLatin1String("ok"))
        status = 1;
    const int version = database.schemaVersion();
    out << "schema version: " << version << " (this Deep Dive: " << Database::latestSchemaVersion() << ")\n";
    if (version > Database::latestSchemaVersion()) {
        out << "problem: written by a newer Deep Dive\n";
        status = 1;
    }
    for (const char *table : {"card_state", "review_log", "bookmark", "note", "note_version", "topic_visit",
                              "study_session"}) {
        QSqlQuery count(database.connection());
        if (count.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1StringView(table))) && count.next())
            out << table << ": " << count.value(0).toLongLong() << " rows\n";
        else if (status == 0 && version >= Database::latestSchemaVersion()) {
            out << "problem: table " << table << " is missing\n";
            status = 1;
        }
    }
    out.flush();
    return status;
}

} // namespace DeepDive
