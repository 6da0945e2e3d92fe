#include "exportpdfcommand.h"

#include "clock.h"
#include "fsrs.h"
#include "progressindex.h"
#include "summaryexport.h"
#include "userdata.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

namespace DeepDive {

namespace {

const QString pdfOption = QStringLiteral("export-pdf");
const QString scopeOption = QStringLiteral("scope");
const QString quizOption = QStringLiteral("with-quiz");
const QString answersOption = QStringLiteral("answers");
const QString notesOption = QStringLiteral("with-notes");
const QString pageSizeOption = QStringLiteral("page-size");

} // namespace

QList<QCommandLineOption> ExportPdfCommand::options() const
{
    return {
        QCommandLineOption(pdfOption, tr("Print topic summaries to the PDF <file> and exit."), QStringLiteral("file")),
        QCommandLineOption(
            scopeOption,
            tr("With --export-pdf: all, bookmarked, weak, deck:ID, section:ID or topics:ID,ID (default all)."),
            QStringLiteral("scope"), QStringLiteral("all")),
        QCommandLineOption(quizOption, tr("With --export-pdf: add each topic's questions and answers.")),
        QCommandLineOption(answersOption,
                           tr("With --with-quiz: put the answers under each question (inline, the default), "
                              "at the end of each topic (topic) or at the end of the document (end)."),
                           QStringLiteral("where")),
        QCommandLineOption(notesOption, tr("With --export-pdf: add your own notes on each topic.")),
        QCommandLineOption(pageSizeOption, tr("With --export-pdf: A4 or Letter (default: the locale's)."),
                           QStringLiteral("size")),
    };
}

int ExportPdfCommand::run(const CommandContext &context)
{
    const QCommandLineParser &parser = context.parser;
    const QString databaseFile = context.dataDir().databaseFile();
    QString error;
    // Printing only reads the progress (and prints without it when there is none yet).
    UserData data;
    if (!QFileInfo::exists(databaseFile)) {
        data.database.openEmpty();
    } else if (!data.database.openForReading(databaseFile, &error)) {
        context.printError(tr("nothing was printed: %1").arg(error));
        return 1;
    }
    const QList<Deck> decks = context.loadDecks();
    const Fsrs fsrs;
    const auto stats = ProgressIndex(data, fsrs).compute(decks, context.clock.nowMs());
    SummaryOptions options;
    options.withQuiz = parser.isSet(quizOption);
    options.withNotes = parser.isSet(notesOption);
    if (parser.isSet(answersOption)) {
        const auto placement = SummaryOptions::answerPlacement(parser.value(answersOption));
        if (!placement) {
            context.printError(tr("--answers takes inline, topic or end, not %1").arg(parser.value(answersOption)));
            return 1;
        }
        if (!options.withQuiz) {
            context.printError(tr("--answers needs --with-quiz"));
            return 1;
        }
        options.answers = *placement;
    }
    options.date = context.clock.now();
    options.pageSize = SummaryOptions::localePageSize();
    if (parser.isSet(pageSizeOption)) {
        const QString size = parser.value(pageSizeOption).toLower();
        if (size != QLatin1String("a4") && size != QLatin1String("letter")) {
            context.printError(tr("--page-size takes A4 or Letter, not %1").arg(parser.value(pageSizeOption)));
            return 1;
        }
        options.pageSize = QPageSize(size == QLatin1String("a4") ? QPageSize::A4 : QPageSize::Letter);
    }
    QStringList titles;
    for (const Deck &deck : decks)
        titles.append(deck.title);
    options.deckTitle = titles.join(QStringLiteral(", "));
    const QList<SummaryTopic> topics =
        summaryTopics(decks, stats, data, parser.value(scopeOption), &options.scope, &error);
    if (!error.isEmpty()) {
        context.printError(error);
        return 1;
    }
    const QString file = parser.value(pdfOption);
    if (!SummaryPrinter(topics, options).exportPdf(file, &error)) {
        context.printError(error);
        return 1;
    }
    context.out << tr("wrote %n topic(s) to %1", nullptr, int(topics.size())).arg(file) << '\n';
    return 0;
}

} // namespace DeepDive
