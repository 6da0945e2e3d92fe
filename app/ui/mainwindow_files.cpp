// MainWindow: the File menu's PDF export, printing, progress export and import, backups and sync, and the views
// reloading what an import, a restore or a sync replaced.
#include "mainwindow.h"
#include "topicsidebar.h"
#include "noteseditor.h"

#include "actionregistry.h"
#include "ankiflow.h"
#include "background.h"
#include "clock.h"
#include "datadir.h"
#include "decktemplate.h"
#include "dialogs.h"
#include "exportdialog.h"
#include "progressexchange.h"
#include "settings.h"
#include "quizsession.h"
#include "windowsync.h"
#include "studycontroller.h"
#include "searchindexkeeper.h"
#include "progressservice.h"
#include "summaryexport.h"
#include "topicmodel.h"
#include "userdata.h"
#include "workprogress.h"

#include <QDir>
#include <QLabel>
#include <QFileInfo>
#include <QProgressDialog>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTreeView>

#include <memory>

namespace DeepDive {

ExportDialog::Context MainWindow::exportContext()
{
    ExportDialog::Context context;
    if (const Topic *topic = currentTopic()) {
        context.currentTopicId = topic->id;
        context.currentSectionId = topic->sectionId;
    }
    for (const QModelIndex &index : m_tree->selectionModel()->selectedRows()) {
        if (const Topic *topic = m_model->topic(m_sidebar->sourceIndex(index)))
            context.selectedTopicIds.append(topic->id);
    }
    return context;
}

QString MainWindow::exportFolder() const
{
    // The folder of the last export, or else the documents folder, or else home: never wherever the app was
    // started from (a file dialog shown a folder that does not exist falls back to the working directory).
    QString folder = m_settings->lastExportFolder();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    return folder;
}

bool MainWindow::prepareSummary(const QString &title, QList<SummaryTopic> *topics, SummaryOptions *options)
{
    const auto choice = ExportDialog::ask(exportContext(), title, this);
    if (!choice)
        return false;
    options->withQuiz = choice->withQuiz;
    options->answers = choice->answers;
    options->withNotes = choice->withNotes;
    options->pageSize = choice->pageSize;
    options->date = m_clock->now();
    QStringList titles;
    for (const Deck &deck : m_model->decks())
        titles.append(deck.title);
    options->deckTitle = titles.join(QStringLiteral(", "));
    QString error;
    *topics = summaryTopics(m_model->decks(), m_model->allStats(), *m_userData, choice->scope, &options->scope, &error,
                            [this](int deck, int topic) { return m_model->loadedTopic(deck, topic); });
    if (!error.isEmpty() || topics->isEmpty()) {
        Dialogs::warning(this, title, error.isEmpty() ? tr("There are no topics to print in “%1”.").arg(options->scope) : error);
        return false;
    }
    return true;
}

void MainWindow::exportPdf()
{
    QList<SummaryTopic> topics;
    SummaryOptions options;
    if (!prepareSummary(tr("Export PDF"), &topics, &options))
        return;
    const QString folder = exportFolder();
    const QString name = QStringLiteral("deepdive-summaries-%1.pdf").arg(m_clock->now().date().toString(Qt::ISODate));
    const QString suggested = QDir(folder).filePath(name);
    const QString file = Dialogs::saveFileName(this, tr("Export PDF"), suggested, tr("PDF documents (*.pdf)"));
    if (file.isEmpty())
        return;
    // Laying out and drawing a hundred topics takes seconds: a worker does it, with a progress dialog whose Cancel
    // stops it (no file is written). The snippets are highlighted here first (the highlighting repository belongs to
    // this thread), a few at a time between the window's events, and the worker prints its own copies of the topics
    // (the decks may change on disk meanwhile).
    auto owned = std::make_shared<QList<Topic>>();
    owned->reserve(topics.size());
    for (const SummaryTopic &t : std::as_const(topics))
        owned->append(*t.topic);
    for (qsizetype i = 0; i < topics.size(); ++i)
        topics[i].topic = &owned->at(i);
    auto printer = std::make_shared<SummaryPrinter>(topics, options);
    const auto shared = std::make_shared<WorkProgress>();
    printer->setProgress([shared](int done, int total) { return shared->report(done, total); });
    QProgressDialog *progress = WorkProgress::dialog(this, shared, tr("Export PDF"),
                                                     tr("Writing %1…").arg(QFileInfo(file).fileName()), QStringLiteral("pdfProgress"));
    QAction *action = m_actions->action(QStringLiteral("fileExportPdf"));
    action->setEnabled(false);
    const auto code = std::make_shared<const QList<std::pair<QString, QString>>>(printer->codeToHighlight());
    const auto write = [this, printer, owned, progress, action, file, count = int(topics.size())] {
        runInBackground(
            this,
            [printer, owned, file] {
                QString error;
                const bool ok = printer->exportPdf(file, &error);
                return std::pair{ok, error};
            },
            [this, printer, progress, action, file, count](const std::pair<bool, QString> &written) {
                WorkProgress::dismiss(progress);
                action->setEnabled(true);
                if (printer->wasCancelled())
                    return;
                if (!written.first) {
                    Dialogs::warning(this, tr("Export PDF"), tr("The PDF was not written: %1").arg(written.second));
                    return;
                }
                m_settings->setLastExportFolder(QFileInfo(file).absolutePath());
                Dialogs::informationWithOpen(this, tr("Export PDF"),
                                             tr("Wrote %1 (%2) to %3.")
                                                 .arg(tr("%n topic(s)", nullptr, count), tr("%n page(s)", nullptr, printer->pageCount()),
                                                      QDir::toNativeSeparators(file)),
                                             file);
            });
    };
    runInSlices(
        this, code->size(), [printer, code](qsizetype i) { printer->highlight({code->at(i)}); },
        [shared] { return shared->stop.load(); },
        [progress, action, write](bool highlighted) {
            if (highlighted) {
                write();
                return;
            }
            WorkProgress::dismiss(progress); // cancelled before the worker started: nothing was written
            action->setEnabled(true);
        });
}

void MainWindow::exportForAnki()
{
    AnkiFlow::ExportInput input;
    input.decks = m_model->decks();
    input.stats = m_model->allStats();
    input.states = m_userData->reviews.cardStates();
    input.context = exportContext();
    input.folder = exportFolder();
    input.now = m_clock->now();
    const QString file = AnkiFlow::exportDeck(this, input);
    if (!file.isEmpty())
        m_settings->setLastExportFolder(QFileInfo(file).absolutePath());
}

void MainWindow::importAnkiDeck()
{
    const QString folder = AnkiFlow::importDeck(this, decksDir());
    if (!folder.isEmpty())
        Q_EMIT deckFolderAdded(folder);
}

void MainWindow::newDeck()
{
    const QString title = Dialogs::item(this, tr("New Deck"), tr("Title of the new deck:"), {tr("My deck")}, true);
    if (title.isEmpty())
        return;
    QString error;
    const QString folder = DeckTemplate::createDeck(decksDir(), title, &error);
    if (folder.isEmpty()) {
        Dialogs::warning(this, tr("New Deck"), tr("No deck was made: %1").arg(error));
        return;
    }
    Q_EMIT deckFolderAdded(folder);
    Dialogs::informationWithOpen(this, tr("New Deck"),
                                 tr("The deck “%1” is in %2, with an example topic of every card type. Edit its files in "
                                    "any editor: the window shows each change as you save it.")
                                     .arg(title, QDir::toNativeSeparators(folder)),
                                 folder);
}

void MainWindow::copyDeck()
{
    // The deck of the open topic (the first deck when none is open).
    const QList<Deck> &decks = m_model->decks();
    if (decks.isEmpty())
        return;
    const auto open = std::find_if(decks.cbegin(), decks.cend(), [this](const Deck &d) { return d.id == currentDeckId(); });
    const Deck &source = open != decks.cend() ? *open : decks.first();
    QString error;
    const QString folder = DeckTemplate::copyDeck(source.path, decksDir(), &error);
    if (folder.isEmpty()) {
        Dialogs::warning(this, tr("Copy Deck to Edit"), tr("The deck was not copied: %1").arg(error));
        return;
    }
    Q_EMIT deckFolderAdded(folder);
    Dialogs::informationWithOpen(this, tr("Copy Deck to Edit"),
                                 tr("“%1” is copied to %2 and takes the place of the original, with your progress. Edit "
                                    "its files in any editor: the window shows each change as you save it.")
                                     .arg(plainTitle(source.title), QDir::toNativeSeparators(folder)),
                                 folder);
}

QString MainWindow::decksDir() const
{
    return m_decksDir.isEmpty() ? DataDir().decksDir() : m_decksDir;
}

void MainWindow::print()
{
    QList<SummaryTopic> topics;
    SummaryOptions options;
    if (!prepareSummary(tr("Print"), &topics, &options))
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(options.deckTitle);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print Preview"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter *target) {
        QString error;
        if (!SummaryPrinter(topics, options).paint(target, &error))
            statusBar()->showMessage(tr("Printing failed: %1").arg(error));
    });
    preview.exec();
}

void MainWindow::exportProgress()
{
    const QString suggested = QStringLiteral("deepdive-progress-%1.json").arg(m_clock->now().date().toString(Qt::ISODate));
    const QString file = Dialogs::saveFileName(this, tr("Export Progress"), suggested, tr("Deep Dive progress (*.json)"));
    if (file.isEmpty())
        return;
    QString error;
    ProgressExchange::Counts counts;
    if (!ProgressExchange(m_userData->database).exportTo(file, m_clock->nowMs(), &error, &counts)) {
        Dialogs::warning(this, tr("Export Progress"), tr("Nothing was exported: %1").arg(error));
        return;
    }
    Dialogs::information(this, tr("Export Progress"),
                         tr("Exported %1 to %2.").arg(counts.toString(), file));
}

// A year of answers from another computer takes seconds to merge: a worker does it through a connection of its own,
// while a progress dialog (window-modal: nothing else writes meanwhile) shows how far it is and can stop it, which
// leaves the progress as it was. The worker only counts; the dialog reads the counts.
void MainWindow::importProgress()
{
    const QString file = Dialogs::openFileName(this, tr("Import Progress"), tr("Deep Dive progress (*.json)"));
    if (file.isEmpty())
        return;
    m_notes->saveNow(); // what is being typed is stored first; the import merges by time
    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        QString error;
        ProgressExchange::Counts counts;
    };
    const auto finish = [this, file](const Result &r) {
        if (r.cancelled) {
            statusBar()->showMessage(tr("Import Progress stopped: nothing was imported."), 6000);
            return;
        }
        if (!r.ok) {
            Dialogs::warning(this, tr("Import Progress"), tr("Nothing was imported: %1").arg(r.error));
            return;
        }
        Q_EMIT userDataChanged();
        Dialogs::information(this, tr("Import Progress"), tr("Merged %1 from %2 into your progress.").arg(r.counts.toString(), file));
    };
    const Database &db = m_userData->database;
    if (!db.isPersistent()) { // in memory (or read-only): no file another thread could write
        Result r;
        r.ok = ProgressExchange(m_userData->database).importFrom(file, &r.error, &r.counts);
        finish(r);
        return;
    }
    const auto shared = std::make_shared<WorkProgress>();
    QProgressDialog *progress = WorkProgress::dialog(this, shared, tr("Import Progress"),
                                                     tr("Merging %1…").arg(QFileInfo(file).fileName()),
                                                     QStringLiteral("importProgressDialog"));
    QAction *action = m_actions->action(QStringLiteral("fileImportProgress"));
    action->setEnabled(false);
    runInBackground(
        this,
        [file, dbFile = db.file(), backupDir = db.backupDir(), shared] {
            Result r;
            Database worker;
            if (!worker.open(dbFile, backupDir, &r.error))
                return r;
            ProgressExchange exchange(worker);
            exchange.setProgress([&shared](int done, int total) { return shared->report(done, total); });
            r.ok = exchange.importFrom(file, &r.error, &r.counts);
            r.cancelled = exchange.wasCancelled();
            return r;
        },
        [progress, action, finish](const Result &r) {
            WorkProgress::dismiss(progress);
            action->setEnabled(true);
            finish(r);
        });
}

void MainWindow::restoreBackup()
{
    Database &db = m_userData->database;
    const QStringList backups = db.backups();
    if (backups.isEmpty()) {
        Dialogs::information(this, tr("Restore Backup"),
                             tr("There is no backup yet. Deep Dive makes one each day you study, in %1.")
                                 .arg(QDir::toNativeSeparators(db.backupDir())));
        return;
    }
    QStringList names;
    for (const QString &backup : backups)
        names.append(QFileInfo(backup).fileName());
    const QString chosen = Dialogs::item(this, tr("Restore Backup"), tr("Bring back your progress as it was in:"), names);
    if (chosen.isEmpty())
        return;
    if (Dialogs::question(this, tr("Restore Backup"),
                          tr("Replace your current progress with the backup %1? Your current database is kept beside "
                             "it, renamed, so nothing is lost.").arg(chosen),
                          QMessageBox::Yes | QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    // Copying and checking the backup (an integrity check over all of it) runs in a worker, with a progress dialog
    // that can cancel it; only swapping the checked copy in happens here.
    const QString backup = backups.at(names.indexOf(chosen));
    const QString staging = db.restoreStagingFile();
    auto *progress = new QProgressDialog(tr("Checking the backup %1…").arg(chosen), tr("Cancel"), 0, 0, this);
    progress->setObjectName(QStringLiteral("restoreProgress"));
    progress->setWindowTitle(tr("Restore Backup"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    m_actions->action(QStringLiteral("fileRestoreBackup"))->setEnabled(false);
    runInBackground(
        this,
        [backup, staging] {
            QString error;
            const bool ok = Database::prepareRestore(backup, staging, &error);
            return std::pair{ok, error};
        },
        [this, progress, backup, staging, chosen](const std::pair<bool, QString> &prepared) {
            const bool cancelled = progress->wasCanceled();
            WorkProgress::dismiss(progress);
            m_actions->action(QStringLiteral("fileRestoreBackup"))->setEnabled(true);
            if (cancelled) {
                Database::discardRestore(staging);
                return;
            }
            QString error = prepared.second;
            if (!prepared.first || !finishRestore(backup, &error)) {
                Dialogs::warning(this, tr("Restore Backup"), tr("The backup was not restored: %1").arg(error));
                return;
            }
            Dialogs::information(this, tr("Restore Backup"), tr("Your progress is back as it was in %1.").arg(chosen));
        });
}

bool MainWindow::finishRestore(const QString &backup, QString *error)
{
    m_notes->saveNow(); // so the text being typed is in the database that is kept aside
    recordVisit();
    if (!m_userData->database.restorePrepared(backup, error))
        return false;
    Q_EMIT userDataChanged();
    return true;
}

void MainWindow::reloadUserData()
{
    // Import Progress or Restore Backup replaced what the views show: each of them reads it again.
    m_notes->reload();
    if (m_study->isRunning()) {
        m_study->pause();
        statusBar()->showMessage(tr("Your progress was replaced: Study > Study Due starts a new session."), 6000);
    }
    startQuiz(currentTopic());
    if (m_searchKeeper)
        m_searchKeeper->notesReplaced();
    m_progress->refreshAllInBackground(); // a year of answers imported: read in a worker
}

// Sync starts once the window is up and its database open: the first run looks at once for what the other
// computers wrote. A database that cannot be written cannot take their changes: sync stays off, and says why.
void MainWindow::startSync()
{
    if (m_sync)
        return;
    const Database &db = m_userData->database;
    const bool writable = db.isWritable() && db.mode() == Database::Mode::Normal;
    for (const char *name : {"fileSyncFolder", "fileSyncNow", "fileSyncDevices"})
        m_actions->action(QLatin1String(name))->setEnabled(writable);
    if (!writable)
        return;
    m_sync = new WindowSync(m_settings, {db.file(), db.backupDir(), m_settings->file()}, m_userData->database, *m_clock, this);
    statusBar()->addPermanentWidget(m_sync->statusLabel());
    connect(m_sync, &WindowSync::aboutToSync, m_notes, &NotesEditor::saveNow);
    connect(m_sync, &WindowSync::cameIn, this, [this](bool notes, bool settings) {
        if (settings) {
            m_settings->sync(); // written by the sync run's own QSettings
            m_fsrs = Fsrs(m_settings->desiredRetention());
        }
        if (notes) {
            m_notes->reload();
            if (m_searchKeeper)
                m_searchKeeper->notesReplaced();
        }
        m_progress->refreshAllInBackground(); // what came in can be a year of answers: read in a worker
        updateUndoAction();
    });
    m_sync->connectActions(*m_actions, [this](const QString &deck, const QString &topic) {
        const QModelIndex index = m_model->findTopic({deck, topic});
        return index.isValid() ? index.data().toString() : deck + QLatin1Char('/') + topic;
    });
    if (!m_settings->syncFolder().isEmpty())
        m_sync->scheduler().syncNow();
}

} // namespace DeepDive
