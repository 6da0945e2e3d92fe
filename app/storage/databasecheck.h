#pragma once

#include <QString>

class QTextStream;

namespace DeepDive {

// `deepdive --check-database`: opens the database read-only (changing nothing, moving nothing), prints its integrity,
// schema version and row counts. Returns the exit code: 0 when healthy, 1 on any problem.
int checkDatabase(const QString &file, QTextStream &out);

} // namespace DeepDive
