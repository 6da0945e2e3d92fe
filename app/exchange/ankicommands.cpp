#include "ankicommands.h"

#include "ankiexporter.h"
#include "ankiimporter.h"

#include <QDir>
#include <QTextStream>

namespace DeepDive {

int AnkiCommands::exportAnki(const Export &request, QTextStream &out, QTextStream &err)
{
    QList<AnkiExportTopic> topics;
    QString label, error;
    if (!AnkiExporter::topicsInScope(request.decks, request.stats, request.scope, &topics, &label, &error)) {
        err << "deepdive: " << tr("nothing was exported: %1").arg(error) << '\n';
        return 1;
    }
    if (topics.isEmpty()) {
        err << "deepdive: " << tr("nothing was exported: there are no topics in \"%1\"").arg(label) << '\n';
        return 1;
    }
    AnkiExportOptions options;
    options.withSchedule = request.withSchedule;
    options.now = request.now.isValid() ? request.now : QDateTime::currentDateTime();
    for (const CardState &state : request.states)
        options.states.insert(AnkiExportOptions::cardStateKey(state.deckId, state.cardId), state);
    AnkiExportSummary summary;
    if (!AnkiExporter(request.engine).write(request.file, topics, options, &summary, &error)) {
        err << "deepdive: " << tr("nothing was exported: %1").arg(error) << '\n';
        return 1;
    }
    out << tr("wrote %n note(s)", nullptr, summary.notes) << ' ' << tr("(%n topic(s))", nullptr, int(topics.size())) << ' '
        << tr("to %1").arg(QDir::toNativeSeparators(request.file)) << '\n';
    if (request.withSchedule)
        out << tr("%n card(s) carry their schedule", nullptr, summary.scheduled) << '\n';
    return 0;
}

int AnkiCommands::importAnki(const QString &file, const QString &decksFolder, QTextStream &out, QTextStream &err)
{
    AnkiImportReport report;
    QString error;
    if (!AnkiImporter().importPackage(file, decksFolder, &report, &error)) {
        err << "deepdive: " << tr("nothing was imported: %1").arg(error) << '\n';
        return 1;
    }
    out << tr("imported %1:").arg(report.title) << ' ' << tr("%n card(s)", nullptr, report.cards) << ' '
        << tr("in %n topic(s)", nullptr, report.topics) << ' ' << tr("into %1").arg(QDir::toNativeSeparators(report.folder))
        << '\n';
    if (!report.skipped.isEmpty())
        out << tr("left out:") << '\n';
    for (const QString &what : std::as_const(report.skipped))
        out << "  " << what << '\n';
    return 0;
}

} // namespace DeepDive
