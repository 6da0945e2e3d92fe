#pragma once

#include <QString>

class QTextStream;

namespace DeepDive {

// `deepdive --sync [--sync-folder DIR]`: one sync run for the data folder `dataDir` (its deepdive.db, backups/ and
// settings.ini) through `syncFolder`, or the folder its settings name when that is empty. Prints what came in and
// what was sent on `out`, and every journal or line that was skipped on `err` ("warning: file:line: what"). Returns
// the exit status: 0 when it synced, 1 when no folder is set, the folder is not available or the database cannot be
// written ("error: ..." on `err`).
int runSyncCommand(const QString &dataDir, const QString &syncFolder, QTextStream &out, QTextStream &err);

} // namespace DeepDive
