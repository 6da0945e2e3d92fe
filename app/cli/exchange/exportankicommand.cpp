#include "exportankicommand.h"

#include "ankicommands.h"
#include "clock.h"
#include "fsrs.h"
#include "highlighting.h"
#include "progressindex.h"
#include "userdata.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

namespace DeepDive {

namespace {
const QString ankiOption = QStringLiteral("export-anki");
const QString scheduleOption = QStringLiteral("with-schedule");
const QString scopeOption = QStringLiteral("scope"); // declared by --export-pdf, read by both
} // namespace

QList<QCommandLineOption> ExportAnkiCommand::options() const
{
    return {QCommandLineOption(ankiOption, tr("Write the decks (or --scope's topics) to the Anki package <file> and exit."),
                               QStringLiteral("file")),
            QCommandLineOption(scheduleOption, tr("With --export-anki: each card's schedule and FSRS memory go with it."))};
}

int ExportAnkiCommand::run(const CommandContext &context)
{
    const QString databaseFile = context.dataDir().databaseFile();
    QString error;
    UserData data; // only read: for the scope's bookmarks and weak topics, and the schedule
    if (!QFileInfo::exists(databaseFile)) {
        data.database.openEmpty();
    } else if (!data.database.openForReading(databaseFile, &error)) {
        context.printError(tr("nothing was exported: %1").arg(error));
        return 1;
    }
    AnkiCommands::Export request;
    request.file = context.parser.value(ankiOption);
    request.scope = context.parser.isSet(scopeOption) ? context.parser.value(scopeOption) : QStringLiteral("all");
    request.withSchedule = context.parser.isSet(scheduleOption);
    request.decks = context.loadDecks();
    const Fsrs fsrs;
    request.stats = ProgressIndex(data, fsrs).compute(request.decks, context.clock.nowMs());
    request.states = data.reviews.cardStates();
    request.now = context.clock.now();
    request.engine = Highlighting::load(&error);
    if (!request.engine)
        context.printError(tr("warning: code goes without highlighting: %1").arg(error));
    return AnkiCommands::exportAnki(request, context.out, context.err);
}

} // namespace DeepDive
