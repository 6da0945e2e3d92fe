#pragma once

#include <QCoreApplication>
#include <QString>

namespace DeepDive {

class Database;

// How a command that only reads (--export-progress, --export-pdf, --check-database) opens the learner's database:
// read-only, never writing, migrating or moving anything in its folder. A busy database is waited for and then
// reported as busy, never as damaged; an older schema is read through an upgraded copy in a temporary folder.
// Database::openForReading and Database::openForInspection say what each step promises.
class ReadOnlyOpening
{
    // The messages keep the context they always had, and their translations with it.
    Q_DECLARE_TR_FUNCTIONS(DeepDive::Database)

public:
    static bool inspect(Database &db, const QString &file, QString *error);
    static bool read(Database &db, const QString &file, QString *error);

private:
    // What a command that only reads says when the file stays locked.
    static QString busyError(const QString &file);
};

} // namespace DeepDive
