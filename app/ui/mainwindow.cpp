#include "mainwindow.h"

#include "actionregistry.h"
#include "codepane.h"
#include "highlighting.h"
#include "settings.h"
#include "studypanel.h"
#include "topicmodel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTreeView>

#include <functional>

namespace DeepDive {

MainWindow::MainWindow(Settings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_actions(new ActionRegistry(this))
    , m_model(new TopicModel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_tree(new QTreeView(m_splitter))
    , m_codePane(new CodePane(m_splitter))
    , m_studyPanel(new StudyPanel(m_splitter))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QStringLiteral("Deep Dive"));
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_tree->setObjectName(QStringLiteral("topicTree"));
    m_tree->setAccessibleName(tr("Topics"));
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setMinimumWidth(180);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setSizes({260, 560, 460});
    setCentralWidget(m_splitter);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showTopic(current); });
    createMenus();
    statusBar()->setObjectName(QStringLiteral("statusBar"));
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    file->addAction(m_actions->action(QStringLiteral("fileQuit")));
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("menuView"));
    for (const char *name : {"viewFocusTopics", "viewPreviousTopic", "viewNextTopic", "viewPreviousSnippet",
                             "viewNextSnippet"})
        view->addAction(m_actions->action(QLatin1StringView(name)));
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    help->addAction(m_actions->action(QStringLiteral("helpAbout")));
    help->addAction(m_actions->action(QStringLiteral("helpAboutQt")));

    connect(m_actions->action(QStringLiteral("fileQuit")), &QAction::triggered, this, &QWidget::close);
    connect(m_actions->action(QStringLiteral("viewFocusTopics")), &QAction::triggered, this,
            [this] { m_tree->setFocus(Qt::ShortcutFocusReason); });
    connect(m_actions->action(QStringLiteral("viewNextTopic")), &QAction::triggered, this, [this] { moveTopic(1); });
    connect(m_actions->action(QStringLiteral("viewPreviousTopic")), &QAction::triggered, this, [this] { moveTopic(-1); });
    connect(m_actions->action(QStringLiteral("viewNextSnippet")), &QAction::triggered, this, [this] { moveSnippet(1); });
    connect(m_actions->action(QStringLiteral("viewPreviousSnippet")), &QAction::triggered, this,
            [this] { moveSnippet(-1); });
    connect(m_actions->action(QStringLiteral("helpAbout")), &QAction::triggered, this, &MainWindow::about);
    connect(m_actions->action(QStringLiteral("helpAboutQt")), &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::setDecks(QList<Deck> decks)
{
    m_model->setDecks(std::move(decks));
    m_tree->expandAll();
    statusBar()->showMessage(tr("Topics: %1").arg(m_model->topicCount()));
}

void MainWindow::restoreSession()
{
    if (!restoreGeometry(m_settings->windowGeometry())) {
        // First start: a comfortable size that fits the screen.
        const QSize available = screen() ? screen()->availableSize() : QSize(1280, 800);
        resize(QSize(1280, 800).boundedTo(available * 0.9));
    }
    restoreState(m_settings->windowState());
    // Splitter sizes only hold once the window has its real size, so they are applied when it is shown.
    m_pendingSplitterState = m_settings->splitterState(QStringLiteral("main"));
    if (isVisible())
        applyPendingSplitterState();
    const QString last = m_settings->lastTopic();
    const qsizetype slash = last.indexOf(QLatin1Char('/'));
    if (slash <= 0 || !selectTopic(last.mid(slash + 1)))
        selectFirstTopic();
}

void MainWindow::selectFirstTopic()
{
    const QModelIndex first = m_model->firstTopic();
    if (first.isValid())
        m_tree->setCurrentIndex(first);
}

bool MainWindow::selectTopic(const QString &topicId)
{
    const QModelIndex index = m_model->findTopic(topicId);
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

const Topic *MainWindow::currentTopic() const
{
    return m_model->topic(m_tree->currentIndex());
}

void MainWindow::showTopic(const QModelIndex &index)
{
    const Topic *topic = m_model->topic(index);
    if (!topic && index.isValid())
        return; // a section or deck: keep showing the last topic
    m_codePane->setTopic(topic);
    m_studyPanel->setTopic(topic);
    if (topic) {
        setWindowTitle(QStringLiteral("Deep Dive — ") + topic->title);
        m_settings->setLastTopic(m_model->data(index, TopicModel::DeckIdRole).toString() + QLatin1Char('/') + topic->id);
    }
}

void MainWindow::moveTopic(int step)
{
    QList<QModelIndex> topics; // in display order
    const std::function<void(const QModelIndex &)> collect = [&](const QModelIndex &parent) {
        for (int row = 0, n = m_model->rowCount(parent); row < n; ++row) {
            const QModelIndex child = m_model->index(row, 0, parent);
            if (m_model->topic(child))
                topics.append(child);
            else
                collect(child);
        }
    };
    collect({});
    if (topics.isEmpty())
        return;
    const qsizetype at = topics.indexOf(m_tree->currentIndex());
    const qsizetype next = at < 0 ? 0 : std::clamp<qsizetype>(at + step, 0, topics.size() - 1);
    m_tree->setCurrentIndex(topics[next]);
}

void MainWindow::moveSnippet(int step)
{
    QComboBox *switcher = m_codePane->switcher();
    if (switcher->count() == 0)
        return;
    switcher->setCurrentIndex((switcher->currentIndex() + step + switcher->count()) % switcher->count());
}

void MainWindow::saveSession()
{
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->setSplitterState(QStringLiteral("main"), m_splitter->saveState());
    m_settings->sync();
}

void MainWindow::applyPendingSplitterState()
{
    if (!m_pendingSplitterState.isEmpty())
        m_splitter->restoreState(m_pendingSplitterState);
    m_pendingSplitterState.clear();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    applyPendingSplitterState();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSession();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        m_codePane->setTheme(Highlighting::themeFor(palette()));
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
