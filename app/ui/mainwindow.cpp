#include "mainwindow.h"
#include "topicsidebar.h"

#include "actionregistry.h"
#include "bookmarksview.h"
#include "progressservice.h"
#include "findbar.h"
#include "searchdialog.h"
#include "searchindexkeeper.h"
#include "topicfiltermodel.h"
#include "clock.h"
#include "codeeditor.h"
#include "codepane.h"
#include "colorscheme.h"
#include "deckproblemsview.h"
#include "dialogs.h"
#include "gettingstarteddialog.h"
#include "shortcutsdialog.h"
#include "highlighting.h"
#include "noteseditor.h"
#include "nextframe.h"
#include "noticebar.h"
#include "quizpanel.h"
#include "quiztab.h"
#include "quizsession.h"
#include "studyrecorder.h"
#include "settings.h"
#include "studycontroller.h"
#include "studypanel.h"
#include "topicmodel.h"
#include "userdata.h"
#include "viewmenus.h"
#include "visittracker.h"
#include "windowsync.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QTextBrowser>
#include <QMessageBox>
#include <QCloseEvent>
#include <QFontDatabase>
#include <QTimer>
#include <QToolBar>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStatusBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <functional>

namespace DeepDive {

MainWindow::MainWindow(Settings *settings, UserData *userData, Clock *clock, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_userData(userData)
    , m_clock(clock ? clock : &Clock::system())
    , m_actions(new ActionRegistry(this))
    , m_notice(new NoticeBar(this))
    , m_model(new TopicModel(this))
    , m_progress(new ProgressService(*userData, m_fsrs, *m_model, *m_clock, this))
    , m_nextFrame(new NextFrame(this))
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
    , m_quizTab(new QuizTab(m_quiz, m_codePane, m_studyPanel))
    , m_notes(new NotesEditor(userData->notes, userData->database, *m_clock, m_studyPanel))
    , m_visits(std::make_unique<VisitTracker>(userData->visits, userData->database, *m_clock))
{
    m_quiz->setSchedulePreview([this](const QuizSession::Item &item) {
        const CardState state = m_userData->reviews.cardState(item.deckId, item.card->id)
                                    .value_or(CardState{item.deckId, item.card->id, item.topic->id});
        const qint64 now = m_clock->nowMs();
        const auto next = m_fsrs.preview(state, now);
        return std::array<qint64, 4>{next[0].dueMs - now, next[1].dueMs - now, next[2].dueMs - now, next[3].dueMs - now};
    });
    m_studyPanel->addTab(m_quizTab, tr("&Quiz"));
    m_studyPanel->addTab(m_notes, tr("&My Notes"));
    connect(m_studyPanel, &QTabWidget::currentChanged, this, [this](int tab) {
        if (tab == StudyPanel::QuizTab)
            quizPanel();
        applyQuizFocus();
    });
    connect(m_codePane, &CodePane::linePicked, m_quiz, &QuizSession::pickLine);
    connect(m_quizTab, &QuizTab::snippetFocusRequested, this, &MainWindow::applyQuizFocus);
    connect(m_quizTab, &QuizTab::nextTopicRequested, this, [this](bool weakOnly) { moveTopic(1, weakOnly); });
    connect(m_quiz, &QuizSession::answered, this, [this](const Answer &answer) {
        statusBar()->showMessage(tr("Answer saved."), 3000);
        // The verdict is painted first; the topic's progress (the tree, the filters' counts, the status bar) follows.
        if (m_answeredTopics.isEmpty())
            m_nextFrame->then([this] { refreshAnsweredTopics(); });
        m_answeredTopics.append({answer.deckId, answer.topicId});
    });
    connect(m_progress, &ProgressService::refreshed, this, &MainWindow::showProgress);
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
    m_actions->fillToolBar(toolbar);
    connect(m_actions->action(QStringLiteral("helpAboutQt")), &QAction::triggered, qApp, &QApplication::aboutQt);
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

void MainWindow::setNotesRecoveryDir(const QString &dir)
{
    m_notes->setRecoveryDir(dir);
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
            QTimer::singleShot(0, m_progress, &ProgressService::refreshAllInBackground);
        }
        QTimer::singleShot(0, this, &MainWindow::startSync);
        Highlighting::loadInBackground(this, [this](const QString &error) {
            if (!error.isEmpty())
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
    if (!m_notes->saveBeforeClosing()) {
        event->ignore();
        return;
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

} // namespace DeepDive
