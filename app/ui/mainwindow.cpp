#include "mainwindow.h"
#include "topicsidebar.h"

#include "actionregistry.h"
#include "bookmarklabels.h"
#include "bookmarksview.h"
#include "progressindex.h"
#include "findbar.h"
#include "searchdialog.h"
#include "searchindex.h"
#include "searchindexkeeper.h"
#include "topicdelegate.h"
#include "topicfiltermodel.h"
#include "clock.h"
#include "codeeditor.h"
#include "codepane.h"
#include "colorscheme.h"
#include "deckproblemsview.h"
#include "dialogs.h"
#include "emptyfilterhint.h"
#include "gettingstarteddialog.h"
#include "shortcutsdialog.h"
#include "highlighting.h"
#include "noteseditor.h"
#include "noticebar.h"
#include "quizpanel.h"
#include "quizsession.h"
#include "studyrecorder.h"
#include "settings.h"
#include "studycontroller.h"
#include "studypanel.h"
#include "topicmodel.h"
#include "translations.h"
#include "userdata.h"
#include "viewmenus.h"
#include "windowsync.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMessageBox>
#include <QTextBrowser>
#include <QLineEdit>
#include <QCloseEvent>
#include <QDir>
#include <QComboBox>
#include <QActionGroup>
#include <QFontDatabase>
#include <QHeaderView>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStatusBar>
#include <QTreeView>
#include <QVBoxLayout>
#include <QLoggingCategory>

#include <functional>

Q_LOGGING_CATEGORY(lcSearchWindow, "deepdive.ui.search", QtWarningMsg)

namespace DeepDive {

MainWindow::MainWindow(Settings *settings, UserData *userData, Clock *clock, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_userData(userData)
    , m_clock(clock ? clock : &Clock::system())
    , m_actions(new ActionRegistry(this))
    , m_notice(new NoticeBar(this))
    , m_model(new TopicModel(this))
    , m_progress(std::make_unique<ProgressIndex>(*userData, m_fsrs))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_sidebar(new TopicSidebar(m_model, settings, m_splitter))
    , m_tree(m_sidebar->tree())
    , m_codePane(new CodePane(m_splitter))
    , m_studyPanel(new StudyPanel(m_splitter))
    , m_fsrs(settings->desiredRetention())
    , m_recorder(std::make_unique<StudyRecorder>(userData->reviews, m_fsrs))
    , m_quiz(new QuizSession(*m_clock, [this](const Answer &answer, QString *error) {
        if (!m_userData->database.isWritable()) {
            *error = tr("the progress database is read-only");
            return false;
        }
        return m_recorder->record(answer, error);
    }, this))
    , m_study(new StudyController(userData->sessions, *m_quiz, *m_clock, this))
    , m_quizTab(new QWidget(m_studyPanel))
    , m_notes(new NotesEditor(userData->notes, userData->database, *m_clock, m_studyPanel))
{
    m_quizTab->setObjectName(QStringLiteral("quizTab"));
    m_quiz->setSchedulePreview([this](const QuizSession::Item &item) {
        const CardState state = m_userData->reviews.cardState(item.deckId, item.card->id)
                                    .value_or(CardState{item.deckId, item.card->id, item.topic->id});
        const qint64 now = m_clock->nowMs();
        const auto next = m_fsrs.preview(state, now);
        return std::array<qint64, 4>{next[0].dueMs - now, next[1].dueMs - now, next[2].dueMs - now, next[3].dueMs - now};
    });
    new QVBoxLayout(m_quizTab);
    m_quizTab->layout()->setContentsMargins(0, 0, 0, 0);
    m_studyPanel->addTab(m_quizTab, tr("&Quiz"));
    m_studyPanel->addTab(m_notes, tr("&My Notes"));
    connect(m_studyPanel, &QTabWidget::currentChanged, this, [this](int tab) {
        if (tab == StudyPanel::QuizTab)
            quizPanel();
        applyQuizFocus();
    });
    connect(m_codePane, &CodePane::linePicked, m_quiz, &QuizSession::pickLine);
    connect(m_quiz, &QuizSession::answered, this, [this](const Answer &answer) {
        statusBar()->showMessage(tr("Answer saved."), 3000);
        refreshTopicProgress(answer.deckId, answer.topicId);
    });
    connect(m_study, &StudyController::placeNotSaved, this, [this](const QString &error) {
        statusBar()->showMessage(tr("Where you are in the session was not saved: %1").arg(error), 6000);
    });
    connect(m_quiz, &QuizSession::changed, this, [this] {
        if (!m_study->isRunning())
            return;
        if (m_quiz->phase() == QuizSession::Phase::Finished)
            finishSession();
        else
            followSessionCard();
    });
    connect(this, &MainWindow::userDataChanged, this, &MainWindow::reloadUserData);
    // The note that was saved, under its own topic: a topic switch saves the previous topic's note.
    connect(m_notes, &NotesEditor::saved, this, [this](const QString &deckId, const QString &topicId, const QString &body) {
        if (m_searchKeeper)
            m_searchKeeper->noteSaved(deckId, topicId, body);
    });
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QStringLiteral("Deep Dive"));
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_codePane);
    m_splitter->addWidget(m_studyPanel);
    m_splitter->setStretchFactor(0, 1); // a wider window gives the tree room too (at 1920 wide it stayed 300 px)
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setSizes({300, 540, 440});
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_notice);
    m_deckProblems = new DeckProblemsView(this);
    layout->addWidget(m_deckProblems);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showTopic(current); });
    createMenus();
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    if (m_settings->colorScheme() != QLatin1String("system"))
        ColorScheme::apply(m_settings->colorScheme());
    applyHighlightingTheme();
    connect(Highlighting::instance(), &Highlighting::loaded, this, &MainWindow::applyHighlightingTheme);
    if (m_settings->codeFontSize() > 0) {
        m_codePane->setCodeFontSize(m_settings->codeFontSize());
        scaleReadingText();
    }
}

MainWindow::~MainWindow()
{
}

void MainWindow::createMenus()
{
    const QHash<QString, QMenu *> menus = m_actions->fillMenuBar(menuBar());
    QMenu *view = menus.value(QStringLiteral("menuView"));
    ViewMenus::addAppearance(view->addMenu(tr("&Appearance")), m_settings, [this] { applyHighlightingTheme(); });
    ViewMenus::addHighlightingTheme(view->addMenu(tr("&Highlighting Theme")), m_settings, [this] { applyHighlightingTheme(); });
    ViewMenus::addLanguage(view->addMenu(tr("&Language")), m_settings, this);

    connect(m_actions->action(QStringLiteral("fileQuit")), &QAction::triggered, this, &QWidget::close);
    connect(m_actions->action(QStringLiteral("fileExportProgress")), &QAction::triggered, this, &MainWindow::exportProgress);
    connect(m_actions->action(QStringLiteral("fileExportPdf")), &QAction::triggered, this, &MainWindow::exportPdf);
    connect(m_actions->action(QStringLiteral("filePrint")), &QAction::triggered, this, &MainWindow::print);
    connect(m_actions->action(QStringLiteral("fileExportAnki")), &QAction::triggered, this, &MainWindow::exportForAnki);
    connect(m_actions->action(QStringLiteral("fileImportAnki")), &QAction::triggered, this, &MainWindow::importAnkiDeck);
    connect(m_actions->action(QStringLiteral("fileNewDeck")), &QAction::triggered, this, &MainWindow::newDeck);
    connect(m_actions->action(QStringLiteral("fileCopyDeck")), &QAction::triggered, this, &MainWindow::copyDeck);
    connect(m_actions->action(QStringLiteral("fileImportProgress")), &QAction::triggered, this, &MainWindow::importProgress);
    connect(m_actions->action(QStringLiteral("fileRestoreBackup")), &QAction::triggered, this, &MainWindow::restoreBackup);
    connect(m_actions->action(QStringLiteral("viewFocusTopics")), &QAction::triggered, this,
            [this] { m_tree->setFocus(Qt::ShortcutFocusReason); });
    const auto showTab = [this](int tab, QWidget *focus) {
        m_studyPanel->setCurrentIndex(tab);
        focus->setFocus(Qt::ShortcutFocusReason);
    };
    connect(m_actions->action(QStringLiteral("viewTopicTab")), &QAction::triggered, this,
            [=, this] { showTab(StudyPanel::TopicTab, m_studyPanel->summaryView()); });
    connect(m_actions->action(QStringLiteral("viewQuizTab")), &QAction::triggered, this,
            [=, this] { showTab(StudyPanel::QuizTab, quizPanel()); });
    connect(m_actions->action(QStringLiteral("viewMyNotesTab")), &QAction::triggered, this,
            [=, this] { showTab(StudyPanel::MyNotesTab, m_notes->editor()); });
    connect(m_actions->action(QStringLiteral("viewNextTopic")), &QAction::triggered, this, [this] { moveTopic(1); });
    connect(m_actions->action(QStringLiteral("viewPreviousTopic")), &QAction::triggered, this, [this] { moveTopic(-1); });
    connect(m_actions->action(QStringLiteral("viewNextSnippet")), &QAction::triggered, this, [this] { moveSnippet(1); });
    connect(m_actions->action(QStringLiteral("viewPreviousSnippet")), &QAction::triggered, this,
            [this] { moveSnippet(-1); });
    connect(m_actions->action(QStringLiteral("helpAbout")), &QAction::triggered, this, &MainWindow::about);
    connect(m_actions->action(QStringLiteral("helpGettingStarted")), &QAction::triggered, this, [this] {
        auto *dialog = new GettingStartedDialog(*m_actions, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_actions->action(QStringLiteral("helpShortcuts")), &QAction::triggered, this, [this] {
        auto *dialog = new ShortcutsDialog(*m_actions, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_actions->action(QStringLiteral("editFindInTopic")), &QAction::triggered, this, [this] {
        m_studyPanel->setCurrentIndex(StudyPanel::TopicTab);
        m_studyPanel->findBar()->openBar();
    });
    connect(m_actions->action(QStringLiteral("editSearch")), &QAction::triggered, this, [this] {
        SearchDialog *dialog = searchDialog();
        if (!dialog) {
            statusBar()->showMessage(tr("Search is not available."), 4000);
            return;
        }
        dialog->field()->selectAll();
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
        dialog->field()->setFocus();
    });
    connect(m_actions->action(QStringLiteral("codeRun")), &QAction::triggered, m_codePane, &CodePane::runCurrent);
    connect(m_actions->action(QStringLiteral("studyDue")), &QAction::triggered, this, &MainWindow::studyDue);
    setUpUndoAnswer();
    connect(m_actions->action(QStringLiteral("studyStatistics")), &QAction::triggered, this, &MainWindow::showStatistics);
    connect(m_actions->action(QStringLiteral("studyInterviewDate")), &QAction::triggered, this, &MainWindow::setInterviewDate);
    connect(m_actions->action(QStringLiteral("studyRetention")), &QAction::triggered, this, &MainWindow::setDesiredRetention);
    connect(m_actions->action(QStringLiteral("studyPlan")), &QAction::triggered, this, &MainWindow::showInterviewPlan);
    connect(m_actions->action(QStringLiteral("studyNewCardsPerDay")), &QAction::triggered, this, &MainWindow::setNewCardsPerDay);
    connect(m_actions->action(QStringLiteral("viewZoomIn")), &QAction::triggered, this, [this] { zoom(1); });
    connect(m_actions->action(QStringLiteral("viewZoomOut")), &QAction::triggered, this, [this] { zoom(-1); });
    connect(m_actions->action(QStringLiteral("viewZoomReset")), &QAction::triggered, this, [this] { zoom(0); });
    connect(m_actions->action(QStringLiteral("editCopySnippet")), &QAction::triggered, this, [this] {
        if (!m_codePane->editor()->toPlainText().isEmpty())
            QApplication::clipboard()->setText(m_codePane->editor()->toPlainText());
    });
    connect(m_actions->action(QStringLiteral("studyToggleBookmark")), &QAction::triggered, this, [this] { toggleBookmark(false); });
    connect(m_actions->action(QStringLiteral("studyBookmarkWithLabel")), &QAction::triggered, this, [this] { toggleBookmark(true); });
    QAction *bookmarksAction = m_actions->action(QStringLiteral("viewBookmarks"));
    connect(bookmarksAction, &QAction::toggled, m_sidebar, &TopicSidebar::setBookmarksVisible);
    connect(m_sidebar, &TopicSidebar::bookmarksCloseRequested, bookmarksAction, [bookmarksAction] { bookmarksAction->setChecked(false); });

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_actions->action(QStringLiteral("studyDue")));
    toolbar->addAction(m_actions->action(QStringLiteral("editSearch")));
    toolbar->addAction(m_actions->action(QStringLiteral("codeRun")));
    toolbar->addAction(m_actions->action(QStringLiteral("studyToggleBookmark")));
    toolbar->addAction(bookmarksAction);
    m_actions->loadIcons(toolbar->actions());
    connect(m_actions->action(QStringLiteral("helpAboutQt")), &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::setDecks(QList<Deck> decks, bool progressAfterFirstFrame)
{
    m_model->setDecks(std::move(decks));
    m_tree->expandAll();
    if (progressAfterFirstFrame && !m_firstFrameShown) {
        m_progressPending = true; // ten thousand topics take a frame or so: they get their progress a moment later
        m_sidebar->updateFilterCounts();
    } else {
        refreshProgress();
    }
}

void MainWindow::updateDecks(QList<Deck> decks)
{
    // The quiz and a study session point into the old decks: they start again on the topic, which stays selected.
    const QString key = m_model->topicKeyAt(m_sidebar->currentSourceIndex());
    if (m_study->isRunning()) {
        m_study->pause();
        statusBar()->showMessage(tr("The decks changed on disk: Study > Study Due resumes the session."), 6000);
    }
    m_quiz->start({});
    recordVisit();
    setDecks(std::move(decks));
    m_sidebar->selectTopicOrFirst(key);
    if (m_searchKeeper)
        m_searchKeeper->setDecks(m_model->decks());
}

// The quiz panel is made when its tab is first shown: its card views cost a millisecond at start-up. Until then the
// quiz runs without it (QuizSession holds the state; the panel renders it when it comes).
QuizPanel *MainWindow::quizPanel()
{
    if (!m_quizPanel) {
        m_quizPanel = new QuizPanel(m_quiz, m_quizTab);
        m_quizTab->layout()->addWidget(m_quizPanel);
        m_quizPanel->show(); // shown with its tab (a child added to a visible widget starts hidden)
        connect(m_quizPanel, &QuizPanel::snippetFocusRequested, this, [this] { applyQuizFocus(); });
        connect(m_quizPanel, &QuizPanel::retryMissedRequested, this, [this] { m_quiz->start(m_quiz->missedItems()); });
        connect(m_quizPanel, &QuizPanel::nextTopicRequested, this, [this] { moveTopic(1); });
        connect(m_quizPanel, &QuizPanel::nextWeakTopicRequested, this, [this] { moveTopic(1, true); });
    }
    return m_quizPanel;
}

BookmarksView *MainWindow::bookmarksView()
{
    return m_sidebar->bookmarks();
}

TopicFilterModel *MainWindow::topicFilter() const
{
    return m_sidebar->filter();
}

QComboBox *MainWindow::filterBox() const
{
    return m_sidebar->filterBox();
}

QTreeView *MainWindow::topicTree() const
{
    return m_tree;
}

void MainWindow::refreshProgress()
{
    m_model->setStats(m_progress->compute(m_model->decks(), m_clock->nowMs()));
    m_sidebar->updateFilterCounts();
    if (BookmarksView *bookmarks = m_sidebar->existingBookmarks())
        bookmarks->refresh();
    updateStatusSummary();
    if (currentTopic())
        m_actions->action(QStringLiteral("studyToggleBookmark"))->setChecked(m_model->stats(m_sidebar->currentSourceIndex()).bookmarked);
}

void MainWindow::applyHighlightingTheme()
{
    m_codePane->setTheme(Highlighting::theme(m_settings->highlightingTheme(), palette()));
}

void MainWindow::zoom(qreal steps)
{
    if (m_systemCodeFontSize <= 0)
        m_systemCodeFontSize = QFontDatabase::systemFont(QFontDatabase::FixedFont).pointSizeF();
    const qreal size = steps == 0 ? m_systemCodeFontSize : m_codePane->codeFontSize() + steps;
    m_codePane->setCodeFontSize(size);
    m_settings->setCodeFontSize(steps == 0 ? 0 : m_codePane->codeFontSize());
    scaleReadingText();
}

// Zoom is for reading: the notes, the quiz and My Notes grow with the code, in proportion.
void MainWindow::scaleReadingText()
{
    if (m_systemCodeFontSize <= 0)
        m_systemCodeFontSize = QFontDatabase::systemFont(QFontDatabase::FixedFont).pointSizeF();
    QFont font = QApplication::font();
    font.setPointSizeF(font.pointSizeF() * m_codePane->codeFontSize() / m_systemCodeFontSize);
    m_studyPanel->setFont(font);
}

void MainWindow::setSearchIndex(SearchIndex *index)
{
    delete m_searchKeeper;
    m_searchKeeper = new SearchIndexKeeper(index, m_userData->notes, this);
    connect(m_searchKeeper, &SearchIndexKeeper::ready, this, [this] {
        if (m_searchDialog)
            m_searchDialog->setReady(true);
        Q_EMIT searchReady();
    });
    m_searchKeeper->setDecks(m_model->decks());
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
    refreshProgress();
}

SearchDialog *MainWindow::searchDialog()
{
    if (!m_searchKeeper)
        return nullptr;
    if (!m_searchDialog) {
        m_searchDialog = new SearchDialog(m_searchKeeper->index(), this);
        m_searchDialog->setReady(m_searchKeeper->isReady());
        connect(m_searchDialog, &SearchDialog::hitActivated, this, &MainWindow::openSearchHit);
    }
    return m_searchDialog;
}

void MainWindow::openSearchHit(const SearchHit &hit)
{
    if (!selectTopic({hit.deckId, hit.topicId}))
        return;
    const Topic *topic = currentTopic();
    m_studyPanel->findBar()->setTerms(hit.terms); // the matched words, highlighted in the topic's notes
    switch (hit.kind) {
    case SearchHit::TopicHit:
        m_studyPanel->setCurrentIndex(StudyPanel::TopicTab);
        break;
    case SearchHit::SnippetHit: {
        // A fix is shown beside its pitfall: open the pitfall.
        QString id = hit.itemId;
        for (const Snippet &s : topic->snippets) {
            if (s.fixId == hit.itemId)
                id = s.id;
        }
        m_codePane->showSnippet(id);
        m_codePane->editor()->setFocus();
        break;
    }
    case SearchHit::CardHit: {
        QList<QuizSession::Item> items;
        for (const Card &card : topic->cards) {
            if (card.id == hit.itemId)
                items.prepend({currentDeckId(), topic, &card});
            else
                items.append({currentDeckId(), topic, &card});
        }
        m_quiz->start(items);
        m_studyPanel->setCurrentIndex(StudyPanel::QuizTab);
        quizPanel()->setFocus();
        break;
    }
    case SearchHit::NoteHit:
        m_studyPanel->setCurrentIndex(StudyPanel::MyNotesTab);
        m_notes->editor()->setFocus();
        break;
    }
}

void MainWindow::refreshTopicProgress(const QString &deckId, const QString &topicId)
{
    const QModelIndex index = m_model->findTopic({deckId, topicId});
    if (const Topic *topic = m_model->topic(index))
        m_model->setTopicStats(topicKey(deckId, topicId), m_progress->computeTopic(deckId, *topic, m_clock->nowMs()));
    m_sidebar->updateFilterCounts();
    updateStatusSummary();
}

void MainWindow::updateStatusSummary()
{
    int cards = 0;
    int mastered = 0;
    int due = 0;
    for (const TopicStats &s : m_model->allStats()) {
        cards += s.cards;
        mastered += s.mastered;
        due += s.due;
    }
    const int streak = m_progress->streakDays(m_clock->nowMs());
    m_actions->action(QStringLiteral("studyDue"))->setText(due > 0 ? tr("Study %n Due", nullptr, due) : tr("Study Due"));
    statusBar()->showMessage(tr("%1 of %n card(s) mastered", nullptr, cards).arg(mastered) + QStringLiteral(" · ")
                             + tr("%1 due").arg(due) + QStringLiteral(" · ") + tr("days in a row: %1").arg(streak));
}

void MainWindow::toggleBookmark(bool withLabel)
{
    const Topic *topic = currentTopic();
    QAction *action = m_actions->action(QStringLiteral("studyToggleBookmark"));
    if (!topic) {
        action->setChecked(false);
        return;
    }
    const QString deckId = currentDeckId();
    const bool bookmarked = m_userData->bookmarks.contains(deckId, Bookmark::Topic, topic->id);
    QString error;
    bool ok = true;
    if (withLabel) {
        QStringList choices;
        for (const QString &suggested : BookmarkLabels::suggested())
            choices.append(BookmarkLabels::display(suggested));
        const QString label = BookmarkLabels::toStored(
            Dialogs::item(this, tr("Bookmark with Label"), tr("Label for “%1”:").arg(plainTitle(topic->title)), choices, true));
        if (label.isEmpty()) {
            action->setChecked(bookmarked);
            return;
        }
        ok = m_userData->bookmarks.set({deckId, Bookmark::Topic, topic->id, label, m_clock->nowMs()}, &error);
    } else if (bookmarked) {
        ok = m_userData->bookmarks.remove(deckId, Bookmark::Topic, topic->id, &error);
    } else {
        ok = m_userData->bookmarks.set({deckId, Bookmark::Topic, topic->id, QString(), m_clock->nowMs()}, &error);
    }
    if (!ok) {
        Dialogs::warning(this, tr("Bookmark"), tr("The bookmark was not saved: %1").arg(error));
    }
    refreshTopicProgress(deckId, topic->id);
    if (BookmarksView *bookmarks = m_sidebar->existingBookmarks())
        bookmarks->refresh();
    action->setChecked(m_userData->bookmarks.contains(deckId, Bookmark::Topic, topic->id));
}

void MainWindow::restoreLayoutAndTopic()
{
    restoreLayout();
    restoreTopic();
}

void MainWindow::restoreLayout()
{
    if (!restoreGeometry(m_settings->windowGeometry())) {
        // First start: a comfortable size that fits the screen.
        const QSize available = screen() ? screen()->availableSize() : QSize(1280, 800);
        resize(QSize(1280, 800).boundedTo(available * 0.9));
    }
    restoreState(m_settings->windowState());
    if (m_settings->bookmarksVisible())
        bookmarksView()->show();
    // Splitter sizes only hold once the window has its real size, so they are applied when it is shown.
    m_pendingSplitterState = m_settings->splitterState(QStringLiteral("main"));
    if (isVisible())
        applyPendingSplitterState();
}

void MainWindow::restoreTopic()
{
    const TopicRef last = TopicRef::fromKey(m_settings->lastTopic());
    if (!last.isValid() || !selectTopic(last))
        m_sidebar->selectFirstTopic();
}

void MainWindow::selectFirstTopic()
{
    m_sidebar->selectFirstTopic();
}

bool MainWindow::selectTopic(const TopicRef &topic)
{
    return m_sidebar->selectTopic(topic);
}

const Topic *MainWindow::currentTopic() const
{
    return m_model->topic(m_sidebar->currentSourceIndex());
}

QString MainWindow::currentDeckId() const
{
    return m_model->data(m_sidebar->currentSourceIndex(), TopicModel::DeckIdRole).toString();
}

void MainWindow::setNotesRecoveryDir(const QString &dir)
{
    m_notes->setRecoveryDir(dir);
}

// Sync starts once the window is up and its database open: the first run looks at once for what the other
// computers wrote. A database that cannot be written cannot take their changes: sync stays off, and says why.
void MainWindow::startSync()
{
    if (m_sync)
        return;
    const Database &db = m_userData->database;
    const bool writable = db.isWritable() && db.mode() == Database::Mode::Normal;
    m_actions->action(QStringLiteral("fileSyncFolder"))->setEnabled(writable);
    m_actions->action(QStringLiteral("fileSyncNow"))->setEnabled(writable);
    m_actions->action(QStringLiteral("fileSyncDevices"))->setEnabled(writable);
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
        refreshProgress();
        updateUndoAction();
    });
    connect(m_actions->action(QStringLiteral("fileSyncFolder")), &QAction::triggered, m_sync, &WindowSync::chooseFolder);
    connect(m_actions->action(QStringLiteral("fileSyncNow")), &QAction::triggered, m_sync, &WindowSync::syncNow);
    const auto showDevices = [this] {
        m_notes->saveNow(); // "mine" is the note as typed
        m_sync->showDevices([this](const QString &deck, const QString &topic) {
            const QModelIndex index = m_model->findTopic({deck, topic});
            return index.isValid() ? index.data().toString() : deck + QLatin1Char('/') + topic;
        });
    };
    connect(m_actions->action(QStringLiteral("fileSyncDevices")), &QAction::triggered, this, showDevices);
    connect(m_sync, &WindowSync::conflictsRequested, this, showDevices);
    if (!m_settings->syncFolder().isEmpty())
        m_sync->scheduler().syncNow();
}

void MainWindow::showDeckProblems(const QList<Diagnostic> &problems)
{
    m_deckProblems->setProblems(problems);
}

void MainWindow::showNotice(const QString &text)
{
    m_notice->showNotice(text);
}

void MainWindow::bringToFront()
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
}

void MainWindow::recordVisit()
{
    if (m_visitTopic.isEmpty() || !m_userData->database.isWritable())
        return;
    QString error;
    if (!m_userData->visits.record(m_visitDeck, m_visitTopic, m_visitOpenedMs, m_visitTimer.elapsed() / 1000, &error))
        statusBar()->showMessage(tr("Could not save the time spent on this topic: %1").arg(error));
    m_visitTopic.clear();
}

void MainWindow::showTopic(const QModelIndex &viewIndex)
{
    const QModelIndex index = m_sidebar->sourceIndex(viewIndex);
    const Topic *topic = m_model->loadedTopic(index);
    if (!topic && index.isValid())
        return; // a section or deck: keep showing the last topic
    recordVisit();
    m_codePane->setTopic(topic);
    // Before the first frame only a screenful of the summary is laid out; the rest follows right after it.
    m_studyPanel->setTopic(topic, !m_firstFrameShown);
    m_summaryPending = !m_firstFrameShown;
    m_notes->setTopic(topic ? m_model->data(index, TopicModel::DeckIdRole).toString() : QString(),
                      topic ? topic->id : QString());
    if (!m_followingSession) {
        if (m_study->isRunning()) {
            // The learner went elsewhere: the session waits (its position is saved) until Study > Study Due.
            m_study->pause();
            statusBar()->showMessage(tr("Study session paused: Study > Study Due resumes it."), 6000);
        }
        startQuiz(topic);
    }
    if (topic) {
        m_visitDeck = m_model->data(index, TopicModel::DeckIdRole).toString();
        m_visitTopic = topic->id;
        m_visitOpenedMs = m_clock->nowMs();
        m_visitTimer.start();
        // "Topic — Deep Dive": ending with the application's display name, so that Qt does not add it again.
        setWindowTitle(plainTitle(topic->title) + QStringLiteral(" — Deep Dive"));
        m_settings->setLastTopic(m_model->data(index, TopicModel::DeckIdRole).toString() + QLatin1Char('/') + topic->id);
        m_actions->action(QStringLiteral("studyToggleBookmark"))->setChecked(m_model->stats(index).bookmarked);
    }
}

void MainWindow::moveTopic(int step, bool weakOnly)
{
    if (!m_sidebar->moveTopic(step, weakOnly) && weakOnly)
        statusBar()->showMessage(tr("No other topic is weak."), 5000);
}

void MainWindow::moveSnippet(int step)
{
    QComboBox *switcher = m_codePane->switcher();
    if (switcher->count() == 0 || !switcher->isEnabled()) // none, or a quiz card is asked
        return;
    switcher->setCurrentIndex((switcher->currentIndex() + step + switcher->count()) % switcher->count());
}

void MainWindow::saveLayout()
{
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_sidebar->saveTo(m_settings);
    m_settings->setSplitterState(QStringLiteral("main"), m_splitter->saveState());
    m_settings->sync();
}

void MainWindow::applyPendingSplitterState()
{
    if (!m_pendingSplitterState.isEmpty())
        m_splitter->restoreState(m_pendingSplitterState);
    m_pendingSplitterState.clear();
}

bool MainWindow::event(QEvent *event)
{
    const bool handled = QMainWindow::event(event);
    // The first UpdateRequest paints the first frame; what the window can do without comes after it.
    if (event->type() == QEvent::UpdateRequest && !m_firstFrameShown) {
        m_firstFrameShown = true;
        Q_EMIT firstFrameShown();
        if (m_summaryPending) {
            m_summaryPending = false;
            QTimer::singleShot(0, this, [this] { m_studyPanel->setTopic(currentTopic()); });
        }
        if (m_progressPending) {
            m_progressPending = false;
            QTimer::singleShot(0, this, &MainWindow::refreshProgress);
        }
        QTimer::singleShot(0, this, &MainWindow::startSync);
        QTimer::singleShot(0, this, [this] {
            QString error;
            if (!Highlighting::load(&error))
                statusBar()->showMessage(tr("Code is shown without highlighting: %1").arg(error));
        });
    }
    return handled;
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    applyPendingSplitterState();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_notes->saveNow();
    if (const int unsaved = m_notes->unsavedNoteCount()) {
        const QString where = m_notes->unsavedNotesAreInRecoveryFiles()
            ? tr("They are kept in %1 and will be saved the next time Deep Dive starts.")
                  .arg(QDir::toNativeSeparators(m_notes->recoveryDir()))
            : tr("They could not be written to a recovery file either: closing now loses them. Copy them somewhere "
                 "else first.");
        const auto answer = Dialogs::question(
            this, tr("Unsaved Notes"),
            tr("Your notes on %n topic(s) could not be saved: %1.", nullptr, unsaved).arg(m_notes->lastError())
                + QLatin1Char(' ') + where + QLatin1Char(' ') + tr("Close Deep Dive anyway?"),
            QMessageBox::Close | QMessageBox::Cancel);
        if (answer != QMessageBox::Close) {
            event->ignore();
            return;
        }
    }
    recordVisit();
    if (m_sync)
        m_sync->finish(); // this computer's last changes go to the others
    saveLayout();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyHighlightingTheme();
    if (event->type() == QEvent::ActivationChange && isActiveWindow() && m_sync)
        m_sync->activated(); // back at this computer: what did the others write?
    QMainWindow::changeEvent(event);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Deep Dive"),
                       tr("<h3>Deep Dive %1</h3><p>Study technical theory for interviews: topics, highlighted "
                          "pitfalls and quizzes, offline.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::startQuiz(const Topic *topic)
{
    QList<QuizSession::Item> items;
    if (topic) {
        const QString deckId = currentDeckId();
        for (const Card &card : topic->cards)
            items.append({deckId, topic, &card});
    }
    m_quiz->start(items);
}

// The code pane follows the quiz only while the quiz is on screen; otherwise it shows snippets plainly. A spot-bug
// card takes the keyboard to its code, where the arrow keys and Enter pick the line.
void MainWindow::applyQuizFocus()
{
    const QuizSession::Item *item = m_studyPanel->currentIndex() == StudyPanel::QuizTab ? m_quiz->current() : nullptr;
    const bool answered = m_quiz->phase() == QuizSession::Phase::Answered || m_quiz->phase() == QuizSession::Phase::Revealed;
    m_codePane->setExposure(CodeExposure::forCard(item ? item->card : nullptr, item ? item->topic : nullptr, answered,
                                                  m_quiz->pickedLine()));
    const bool pick = m_codePane->exposure().pickLine;
    if (m_quizPanel) // also when the quiz is given the focus after this (a study session, Ctrl+3)
        m_quizPanel->setFocusProxy(pick ? m_codePane->editor() : nullptr);
    if (pick)
        m_codePane->editor()->setFocus();
}

} // namespace DeepDive
