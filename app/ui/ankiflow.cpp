#include "ankiflow.h"

#include "ankiexportdialog.h"
#include "ankiexporter.h"
#include "ankiimporter.h"
#include "background.h"
#include "dialogs.h"
#include "highlighting.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QPointer>
#include <QProgressDialog>

#include <atomic>
#include <memory>

namespace DeepDive {

std::function<void(int, int)> AnkiFlow::s_importObserver;

void AnkiFlow::setImportObserver(std::function<void(int done, int total)> observer)
{
    s_importObserver = std::move(observer);
}

QString AnkiFlow::exportDeck(QWidget *parent, const ExportInput &input)
{
    const QString title = tr("Export for Anki");
    const auto choice = AnkiExportDialog::ask(input.context, parent);
    if (!choice)
        return {};
    QList<AnkiExportTopic> topics;
    QString label, error;
    if (!AnkiExporter::topicsInScope(input.decks, input.stats, choice->scope, &topics, &label, &error)) {
        Dialogs::warning(parent, title, tr("Nothing was exported: %1").arg(error));
        return {};
    }
    if (topics.isEmpty()) {
        Dialogs::warning(parent, title, tr("There are no topics to export in “%1”.").arg(label));
        return {};
    }
    const QString name = QStringLiteral("deepdive-%1.apkg").arg(input.now.date().toString(Qt::ISODate));
    const QString file = Dialogs::saveFileName(parent, title, QDir(input.folder).filePath(name), tr("Anki deck packages (*.apkg)"));
    if (file.isEmpty())
        return {};
    AnkiExportOptions options;
    options.withSchedule = choice->withSchedule;
    options.now = input.now;
    for (const CardState &state : input.states)
        options.states.insert(AnkiExportOptions::cardStateKey(state.deckId, state.cardId), state);
    // Highlighting runs on this thread (the engine is the window's), so the progress dialog is driven from here.
    AnkiExporter exporter(Highlighting::load());
    QProgressDialog progress(tr("Exporting %1…").arg(label), tr("Cancel"), 0, int(topics.size()), parent);
    progress.setObjectName(QStringLiteral("ankiExportProgress"));
    progress.setWindowTitle(title);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(1000);
    exporter.setProgress([&](int done, int) {
        progress.setValue(done);
        return !progress.wasCanceled();
    });
    AnkiExportSummary summary;
    const bool ok = exporter.write(file, topics, options, &summary, &error);
    progress.reset();
    if (!ok) {
        if (!progress.wasCanceled())
            Dialogs::warning(parent, title, tr("Nothing was exported: %1").arg(error));
        return {};
    }
    QString text = tr("Wrote %1 (%2) to %3. In Anki, choose File > Import and pick the file.")
                       .arg(tr("%n note(s)", nullptr, summary.notes), tr("%n topic(s)", nullptr, int(topics.size())),
                            QDir::toNativeSeparators(file));
    if (options.withSchedule)
        text += QLatin1Char(' ') + tr("%n card(s) carry their schedule.", nullptr, summary.scheduled);
    Dialogs::information(parent, title, text);
    return file;
}

QString AnkiFlow::importDeck(QWidget *parent, const QString &decksFolder)
{
    const QString title = tr("Import Anki Deck");
    const QString file = Dialogs::openFileName(parent, title, tr("Anki deck packages (*.apkg)"));
    if (file.isEmpty())
        return {};
    // Unpacking and converting a large deck takes a while: in a worker, with a progress dialog whose Cancel stops it
    // before the next card (a stopped import, like a failed one, leaves nothing).
    QProgressDialog progress(tr("Importing %1…").arg(QFileInfo(file).fileName()), tr("Cancel"), 0, 0, parent);
    progress.setObjectName(QStringLiteral("ankiImportProgress"));
    progress.setWindowTitle(title);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(1000);
    progress.setAutoReset(false); // the last card is not the end: the deck is still checked and moved into place
    auto stop = std::make_shared<std::atomic<bool>>(false);
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [stop] { *stop = true; });
    const QPointer<QWidget> window(parent);
    QEventLoop loop;
    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        AnkiImportReport report;
        QString error;
    };
    Result result;
    QObject context;
    // `progress` outlives the worker: the loop below returns only once the worker has finished.
    QProgressDialog *dialog = &progress;
    runInBackground(
        &context,
        [file, decksFolder, stop, dialog, observer = s_importObserver] {
            Result r;
            AnkiImporter importer;
            importer.setProgress([&](int done, int total) {
                QMetaObject::invokeMethod(dialog, [dialog, done, total] {
                    dialog->setMaximum(total);
                    dialog->setValue(done);
                }, Qt::QueuedConnection);
                if (observer)
                    observer(done, total);
                return !stop->load();
            });
            r.ok = importer.importPackage(file, decksFolder, &r.report, &r.error);
            r.cancelled = importer.wasCancelled();
            return r;
        },
        [&](Result r) {
            result = std::move(r);
            loop.quit();
        });
    loop.exec();
    progress.reset();
    if (!window) // the window was closed meanwhile
        return result.ok ? result.report.folder : QString();
    if (result.cancelled) // as asked: nothing to say
        return {};
    if (!result.ok) {
        Dialogs::warning(parent, title, tr("Nothing was imported: %1").arg(result.error));
        return {};
    }
    const AnkiImportReport &report = result.report;
    QString text = tr("Imported “%1”: %2 in %3, into %4. It appears in the topic tree in a moment.")
                       .arg(report.title, tr("%n card(s)", nullptr, report.cards), tr("%n topic(s)", nullptr, report.topics),
                            QDir::toNativeSeparators(report.folder));
    if (!report.skipped.isEmpty()) {
        constexpr int shown = 20;
        text += QStringLiteral("\n\n") + tr("Left out:") + QStringLiteral("\n- ")
            + report.skipped.mid(0, shown).join(QStringLiteral("\n- "));
        if (report.skipped.size() > shown)
            text += QStringLiteral("\n") + tr("…and %n more.", nullptr, int(report.skipped.size() - shown));
    }
    Dialogs::information(parent, title, text);
    return report.folder;
}

} // namespace DeepDive
