#include "checkdatabasecommand.h"

#include "databasecheck.h"
#include "userdata.h"

#include <QTextStream>

namespace DeepDive {

QList<QCommandLineOption> CheckDatabaseCommand::options() const
{
    return {QCommandLineOption(QStringLiteral("check-database"),
                               tr("Check the progress database (integrity, schema, rows) and exit (1 on problems)."))};
}

int CheckDatabaseCommand::run(const CommandContext &context)
{
    const QString file = context.dataDir().databaseFile();
    const int status = checkDatabase(file, context.out);
    UserData data;
    QString error;
    if (status == 0 && data.database.openForReading(file, &error)) {
        const QStringList orphans = data.orphans(context.loadDecks());
        context.out << tr("orphaned (kept until their content comes back): %1").arg(orphans.size()) << '\n';
        for (const QString &key : orphans)
            context.out << "  " << key << '\n';
    }
    return status;
}

} // namespace DeepDive
