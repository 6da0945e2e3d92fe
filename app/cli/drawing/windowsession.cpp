#include "windowsession.h"

#include "background.h"
#include "clock.h"
#include "startuptrace.h"

#include <QDir>
#include <QTextStream>
#include <QThread>

namespace DeepDive {

WindowSession::WindowSession(const CommandContext &context, const QString &claimNotice)
    : m_context(context)
    , m_dataDir(context.dataDir())
    , m_library(context.deckFolders(), m_dataDir.cacheDir())
    , m_decksLoading(std::async(std::launch::async,
                                [this] {
                                    QList<Diagnostic> diagnostics;
                                    QList<Deck> decks = m_library.initial(&diagnostics);
                                    StartupTrace::mark("worker: decks read");
                                    QMetaObject::invokeMethod(&m_decksRead, [this] { listDecksNow(); });
                                    return std::pair{std::move(decks), std::move(diagnostics)};
                                }))
    , m_settings(m_dataDir.settingsFile())
    // Opened in a worker where Qt can hand the connection back to this thread, else when it is waited for.
    , m_databaseOpening(std::async(Database::canMoveToThread ? std::launch::async : std::launch::deferred,
                                   [this, uiThread = QThread::currentThread()] {
                                       // Why the database is not writable, or else what was repaired on the
                                       // way (if anything): shown either way.
                                       QString notice;
                                       m_userData.database.setCheckDeferrable(true); // checkInBackground()
                                       if (m_userData.open(m_dataDir.databaseFile(), m_dataDir.backupDir(), &notice))
                                           notice = m_userData.database.notice();
                                       m_userData.database.moveToThread(uiThread);
                                       return notice;
                                   }))
    , m_window(&m_settings, &m_userData)
{
    StartupTrace::mark("main window");
    const QString databaseNotice = m_databaseOpening.get();
    StartupTrace::mark("database");
    m_window.setNotesRecoveryDir(m_dataDir.unsavedNotesDir());
    // Ten thousand topics' index takes the worker longer than the window takes to build (faulting in 10 MB of fresh
    // memory): the window is not held up for it.
    if (m_decksLoading.wait_for(std::chrono::seconds(0)) == std::future_status::ready)
        listDecksNow();
    QTextStream &err = context.err;
    QStringList notices{databaseNotice, claimNotice};
    notices.removeAll(QString());
    m_window.showNotice(notices.join(QStringLiteral("\n\n")));
    for (const QString &notice : std::as_const(notices))
        context.printError(notice);
    err.flush();
    // Decks without an index yet, and indexed ones whose files changed, arrive from the library's worker.
    QObject::connect(&m_library, &DeckLibrary::decksChanged, &m_window, &MainWindow::updateDecks);
    QObject::connect(&m_library, &DeckLibrary::problemsFound, &m_window, [&err](const QList<Diagnostic> &problems) {
        for (const Diagnostic &d : problems)
            err << d.toString() << '\n';
        err.flush();
    });
    // Decks being written: their problems in the window until fixed, and new deck folders read and watched.
    QObject::connect(&m_library, &DeckLibrary::problemsChanged, &m_window, &MainWindow::showDeckProblems);
    QObject::connect(&m_window, &MainWindow::deckFolderAdded, &m_library, &DeckLibrary::addFolder);
    m_window.setDecksDir(m_dataDir.decksDir());
}

void WindowSession::listDecksNow()
{
    if (m_decksListed)
        return;
    m_decksListed = true;
    auto [decks, diagnostics] = m_decksLoading.get();
    StartupTrace::mark("decks read");
    for (const Diagnostic &d : std::as_const(diagnostics))
        m_context.err << d.toString() << '\n';
    m_context.err.flush();
    m_window.setDecks(std::move(decks), true);
    StartupTrace::mark("decks");
    for (const std::function<void()> &then : std::exchange(m_afterDecks, {}))
        then();
}

void WindowSession::whenDecksListed(std::function<void()> then)
{
    if (m_decksListed)
        then();
    else
        m_afterDecks.append(std::move(then));
}

void WindowSession::openSearch()
{
    QString error;
    if (m_search.open(QDir(m_dataDir.cacheDir()).filePath(QStringLiteral("search.db")), &error))
        m_window.setSearchIndex(&m_search);
    else
        m_context.printError(tr("search is not available: %1").arg(error));
}

void WindowSession::checkInBackground()
{
    if (!m_userData.database.isCheckDeferred())
        return;
    const QString file = m_userData.database.file();
    runInBackground(
        &m_window,
        [file] {
            QString result;
            const bool ran = Database::checkFile(file, &result);
            return std::pair{ran, result};
        },
        [this, file](const std::pair<bool, QString> &checked) {
            const auto &[ran, result] = checked;
            const bool passed = ran && result == QLatin1String("ok");
            m_userData.database.deferredCheckDone(passed);
            if (passed)
                return;
            if (!ran) { // busy or unreadable
                m_context.printError(tr("the progress database could not be checked: %1").arg(result));
                return;
            }
            const QString notice =
                tr("The check of your progress database %1 found damage (%2). Quit Deep Dive and start it again: the "
                   "damaged file will be kept aside, not deleted, and a new one started; File > Restore Backup then "
                   "brings back an earlier state.")
                    .arg(file, Database::checkSummary(result));
            m_window.showNotice(notice);
            m_context.printError(notice);
        });
}

void WindowSession::backUpInBackground()
{
    if (m_userData.database.mode() != Database::Mode::Normal)
        return;
    runInBackground(
        &m_window,
        [file = m_userData.database.file(), backupDir = m_userData.database.backupDir(), now = m_context.clock.now()] {
            QString error;
            Database::rotateBackupsOf(file, backupDir, now, 7, &error);
            return error;
        },
        [this](const QString &error) {
            if (!error.isEmpty())
                m_window.showNotice(tr("Today's backup could not be made: %1").arg(error));
        });
}

} // namespace DeepDive
