// Deep Dive: wiring only. The command line, the data folder, the decks and the main window.
#include "background.h"
#include "contentcheck.h"
#include "databasecheck.h"
#include "datadir.h"
#include "highlighting.h"
#include "decklibrary.h"
#include "deckloader.h"
#include "mainwindow.h"
#include "progressexchange.h"
#include "progressindex.h"
#include "summaryexport.h"
#include "searchindex.h"
#include "settings.h"
#include "singleinstance.h"
#include "startuptrace.h"
#include "translations.h"
#include "userdata.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QPixmap>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <future>
#include <cstring>

using namespace DeepDive;

namespace {

bool hasDisplay()
{
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
        || qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
}

// Commands that never show a window work without a display: they run on the offscreen platform.
bool isHeadlessCommand(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"--version", "-v", "--help", "-h", "--help-all", "--screenshot", "--check-content",
                                   "--check-database", "--export-progress", "--import-progress", "--export-pdf"}) {
            const size_t n = std::strlen(option);
            if (std::strncmp(argv[i], option, n) == 0 && (argv[i][n] == '\0' || argv[i][n] == '='))
                return true;
        }
    }
    return false;
}

// The UI in the system's language, or in the one chosen in View > Language (kept in the data folder's settings,
// read here before anything is shown).
QLocale uiLocale(int argc, char **argv)
{
    QString dataDir;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--data-dir") == 0 && i + 1 < argc)
            dataDir = QString::fromLocal8Bit(argv[i + 1]);
        else if (std::strncmp(argv[i], "--data-dir=", 11) == 0)
            dataDir = QString::fromLocal8Bit(argv[i] + 11);
    }
    const QString language = Settings(DataDir(dataDir).settingsFile()).language();
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

} // namespace

int main(int argc, char *argv[])
{
    if (!hasDisplay()) {
        if (!isHeadlessCommand(argc, argv)) {
            // No QApplication without a display: a bare one says it in the UI language.
            QCoreApplication core(argc, argv);
            Translations::install(&core, uiLocale(argc, argv));
            QTextStream(stderr) << "deepdive: "
                                << QCoreApplication::translate(
                                       "main", "no display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the "
                                               "window cannot open.\n  Run it under Xvfb:        xvfb-run -a deepdive\n"
                                               "  Or take a screenshot:     deepdive --screenshot shot.png\n"
                                               "  (from a checkout: packaging/devenv xvfb-run -a packaging/devenv run)")
                                << '\n';
            return 2;
        }
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }

    QApplication app(argc, argv);
    StartupTrace::mark("QApplication");
    QApplication::setApplicationName(QStringLiteral("deepdive"));
    QApplication::setApplicationDisplayName(QStringLiteral("Deep Dive"));
    QApplication::setApplicationVersion(QStringLiteral(DEEPDIVE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(DEEPDIVE_APP_ID));
    const QLocale locale = uiLocale(argc, argv);
    QLocale::setDefault(locale);
    Translations::install(&app, locale);
    StartupTrace::mark("translators");

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Study technical theory for interviews."));
    parser.addHelpOption();
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                           QApplication::translate("main", "Print the version and exit."));
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"), QApplication::translate("main", "Keep all user data and settings in <dir>."),
        QStringLiteral("dir"));
    const QCommandLineOption contentOption(
        QStringLiteral("content"), QApplication::translate("main", "Load the deck in <dir> beside the bundled one."),
        QStringLiteral("dir"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Show the window at 1280x800, save it as a PNG <file> and exit."),
        QStringLiteral("file"));
    const QCommandLineOption checkContentOption(
        QStringLiteral("check-content"),
        QApplication::translate("main", "Check the deck in <dir>, print every problem and exit (1 on problems)."),
        QStringLiteral("dir"));
    const QCommandLineOption checkDatabaseOption(
        QStringLiteral("check-database"),
        QApplication::translate("main", "Check the progress database (integrity, schema, rows) and exit (1 on problems)."));
    const QCommandLineOption exportOption(
        QStringLiteral("export-progress"),
        QApplication::translate("main", "Write your answers, bookmarks and notes to <file> (JSON) and exit."),
        QStringLiteral("file"));
    const QCommandLineOption importOption(
        QStringLiteral("import-progress"),
        QApplication::translate("main", "Merge the progress in <file> into yours and exit."), QStringLiteral("file"));
    const QCommandLineOption pdfOption(
        QStringLiteral("export-pdf"), QApplication::translate("main", "Print topic summaries to the PDF <file> and exit."),
        QStringLiteral("file"));
    const QCommandLineOption scopeOption(
        QStringLiteral("scope"),
        QApplication::translate("main", "With --export-pdf: all, bookmarked, weak, deck:ID, section:ID or topics:ID,ID (default all)."),
        QStringLiteral("scope"), QStringLiteral("all"));
    const QCommandLineOption quizOption(QStringLiteral("with-quiz"),
                                        QApplication::translate("main", "With --export-pdf: add each topic's questions and answers."));
    const QCommandLineOption answersOption(
        QStringLiteral("answers"),
        QApplication::translate("main", "With --with-quiz: put the answers under each question (inline, the default), "
                                        "at the end of each topic (topic) or at the end of the document (end)."),
        QStringLiteral("where"));
    const QCommandLineOption notesOption(QStringLiteral("with-notes"),
                                         QApplication::translate("main", "With --export-pdf: add your own notes on each topic."));
    const QCommandLineOption pageSizeOption(
        QStringLiteral("page-size"), QApplication::translate("main", "With --export-pdf: A4 or Letter (default: the locale's)."),
        QStringLiteral("size"));
    // For profiling start-up (see tests/benchmarks): quit as soon as the first frame is painted.
    QCommandLineOption quitAfterFirstFrameOption(QStringLiteral("quit-after-first-frame"));
    quitAfterFirstFrameOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({quitAfterFirstFrameOption, versionOption, dataDirOption, contentOption, screenshotOption, checkContentOption,
                       checkDatabaseOption, exportOption, importOption, pdfOption, scopeOption, quizOption, answersOption, notesOption,
                       pageSizeOption});
    parser.process(app);
    StartupTrace::mark("command line");

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (parser.isSet(versionOption)) {
        out << "Deep Dive " << QApplication::applicationVersion() << '\n';
        return 0;
    }
    if (parser.isSet(checkContentOption))
        return checkContent(parser.value(checkContentOption), out);

    const DataDir dataDir(parser.value(dataDirOption));
    QStringList folders{QStringLiteral(":/content/python")};
    folders += DeckLoader::deckFolders(dataDir.decksDir());
    if (parser.isSet(contentOption))
        folders.append(QDir(parser.value(contentOption)).absolutePath());
    const auto loadDecks = [&] {
        QList<Diagnostic> diagnostics;
        QList<Deck> decks = DeckLoader::loadAll(folders, &diagnostics);
        for (const Diagnostic &d : std::as_const(diagnostics))
            err << d.toString() << '\n';
        err.flush();
        return decks;
    };

    if (parser.isSet(checkDatabaseOption)) {
        const int status = checkDatabase(dataDir.databaseFile(), out);
        UserData data;
        QString error;
        if (status == 0 && data.database.openForReading(dataDir.databaseFile(), &error)) {
            const QStringList orphans = data.orphans(loadDecks());
            out << QApplication::translate("main", "orphaned (kept until their content comes back): %1").arg(orphans.size())
                << '\n';
            for (const QString &key : orphans)
                out << "  " << key << '\n';
        }
        return status;
    }

    QString error;
    if (parser.isSet(exportOption) || parser.isSet(importOption)) {
        const bool exporting = parser.isSet(exportOption);
        UserData data;
        if (exporting) {
            // Exporting only reads: the database is opened read-only, never migrated or moved aside.
            if (!data.database.openForReading(dataDir.databaseFile(), &error)) {
                err << "deepdive: " << QApplication::translate("main", "nothing was exported: %1").arg(error) << '\n';
                return 1;
            }
        } else {
            if (!dataDir.ensureWritable(&error)) {
                err << "deepdive: " << error << '\n';
                return 1;
            }
            data.open(dataDir.databaseFile(), dataDir.backupDir());
            if (!data.database.notice().isEmpty())
                err << "deepdive: " << data.database.notice() << '\n';
            // A database that could not be used is an empty one in memory: importing into it would store nothing,
            // "successfully".
            if (data.database.mode() != Database::Mode::Normal) {
                err << "deepdive: "
                    << QApplication::translate("main", "nothing was imported: your progress database %1 cannot be written (see above)")
                           .arg(QDir::toNativeSeparators(dataDir.databaseFile()))
                    << '\n';
                return 1;
            }
        }
        ProgressExchange exchange(data.database);
        ProgressExchange::Counts counts;
        const QString file = parser.value(exporting ? exportOption : importOption);
        const bool ok = exporting ? exchange.exportTo(file, QDateTime::currentMSecsSinceEpoch(), &error, &counts)
                                  : exchange.importFrom(file, &error, &counts);
        if (!ok) {
            err << "deepdive: " << error << '\n';
            return 1;
        }
        out << (exporting ? QApplication::translate("main", "exported %1") : QApplication::translate("main", "imported %1"))
                   .arg(counts.toString())
            << '\n';
        return 0;
    }

    if (parser.isSet(pdfOption)) {
        // Printing only reads the progress (and prints without it when there is none yet).
        UserData data;
        if (!QFileInfo::exists(dataDir.databaseFile())) {
            data.database.openEmpty();
        } else if (!data.database.openForReading(dataDir.databaseFile(), &error)) {
            err << "deepdive: " << QApplication::translate("main", "nothing was printed: %1").arg(error) << '\n';
            return 1;
        }
        const QList<Deck> decks = loadDecks();
        const Fsrs fsrs;
        const auto stats = ProgressIndex(data, fsrs).compute(decks, QDateTime::currentMSecsSinceEpoch());
        SummaryOptions options;
        options.withQuiz = parser.isSet(quizOption);
        options.withNotes = parser.isSet(notesOption);
        if (parser.isSet(answersOption)) {
            const auto placement = SummaryOptions::answerPlacement(parser.value(answersOption));
            if (!placement) {
                err << "deepdive: "
                    << QApplication::translate("main", "--answers takes inline, topic or end, not %1").arg(parser.value(answersOption))
                    << '\n';
                return 1;
            }
            if (!options.withQuiz) {
                err << "deepdive: " << QApplication::translate("main", "--answers needs --with-quiz") << '\n';
                return 1;
            }
            options.answers = *placement;
        }
        options.date = QDateTime::currentDateTime();
        options.pageSize = SummaryOptions::localePageSize();
        if (parser.isSet(pageSizeOption)) {
            const QString size = parser.value(pageSizeOption).toLower();
            if (size != QLatin1String("a4") && size != QLatin1String("letter")) {
                err << "deepdive: "
                    << QApplication::translate("main", "--page-size takes A4 or Letter, not %1").arg(parser.value(pageSizeOption))
                    << '\n';
                return 1;
            }
            options.pageSize = QPageSize(size == QLatin1String("a4") ? QPageSize::A4 : QPageSize::Letter);
        }
        QStringList titles;
        for (const Deck &deck : decks)
            titles.append(deck.title);
        options.deckTitle = titles.join(QStringLiteral(", "));
        QList<SummaryTopic> topics = summaryTopics(decks, stats, data, parser.value(scopeOption), &options.scope, &error);
        if (!error.isEmpty()) {
            err << "deepdive: " << error << '\n';
            return 1;
        }
        const QString file = parser.value(pdfOption);
        if (!SummaryPrinter(topics, options).exportPdf(file, &error)) {
            err << "deepdive: " << error << '\n';
            return 1;
        }
        out << QApplication::translate("main", "wrote %n topic(s) to %1", nullptr, int(topics.size())).arg(file) << '\n';
        return 0;
    }

    if (!dataDir.ensureWritable(&error))
        err << "deepdive: " << error << '\n';
    const bool screenshot = parser.isSet(screenshotOption);
    SingleInstance instance(dataDir.path());
    const SingleInstance::Claim claim = screenshot ? SingleInstance::Claim{} : instance.claim();
    if (claim.outcome == SingleInstance::Outcome::Forwarded) {
        out << QApplication::translate("main", "Deep Dive is already running with the data folder %1; its window was "
                                               "brought forward.")
                   .arg(QDir::toNativeSeparators(dataDir.path()))
            << '\n';
        return 0;
    }
    if (claim.outcome == SingleInstance::Outcome::OwnerNotAnswering) {
        err << "deepdive: " << claim.message << '\n';
        return 1;
    }

    // The decks load in a worker, from their indexes in the cache, while the database opens and the window is built.
    DeckLibrary library(folders, dataDir.cacheDir());
    auto decksLoading = std::async(std::launch::async, [&library] {
        QList<Diagnostic> diagnostics;
        QList<Deck> decks = library.initial(&diagnostics);
        StartupTrace::mark("worker: decks read");
        return std::pair{std::move(decks), std::move(diagnostics)};
    });
    Settings settings(dataDir.settingsFile());
    UserData userData;
    // The database opens (on a first start: is created) in a worker too, where Qt can hand the connection back.
    QThread *uiThread = QThread::currentThread();
    auto databaseOpening = std::async(Database::canMoveToThread ? std::launch::async : std::launch::deferred, [&] {
        userData.open(dataDir.databaseFile(), dataDir.backupDir());
        userData.database.moveToThread(uiThread);
    });

    SearchIndex search; // outlives the window, which searches it
    MainWindow window(&settings, &userData); // touches no data until its decks are set
    StartupTrace::mark("main window");
    databaseOpening.get();
    StartupTrace::mark("database");
    window.setNotesRecoveryDir(dataDir.unsavedNotesDir());
    auto [decks, diagnostics] = decksLoading.get();
    StartupTrace::mark("decks read");
    for (const Diagnostic &d : std::as_const(diagnostics))
        err << d.toString() << '\n';
    window.setDecks(std::move(decks), true);
    StartupTrace::mark("decks");
    QStringList notices{userData.database.notice(), claim.message};
    notices.removeAll(QString());
    window.showNotice(notices.join(QStringLiteral("\n\n")));
    for (const QString &notice : std::as_const(notices))
        err << "deepdive: " << notice << '\n';
    err.flush();
    QObject::connect(&instance, &SingleInstance::activationRequested, &window, &MainWindow::bringToFront);
    // Decks without an index yet, and indexed ones whose files changed, arrive from the library's worker.
    QObject::connect(&library, &DeckLibrary::decksChanged, &window, &MainWindow::updateDecks);
    QObject::connect(&library, &DeckLibrary::problemsFound, &window, [&err](const QList<Diagnostic> &problems) {
        for (const Diagnostic &d : problems)
            err << d.toString() << '\n';
        err.flush();
    });
    // Search: the index is opened, and brought up to date in a worker, once the window is on screen.
    const auto openSearch = [&] {
        QString searchError;
        if (search.open(QDir(dataDir.cacheDir()).filePath(QStringLiteral("search.db")), &searchError))
            window.setSearchIndex(&search);
        else
            err << "deepdive: " << QApplication::translate("main", "search is not available: %1").arg(searchError) << '\n';
    };
    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        window.setDecks(loadDecks()); // every deck, read now: a picture shows what a session would
        window.resize(1280, 800);
        window.show();
        window.selectFirstTopic();
        Highlighting::load(); // a picture shows the code highlighted, as the window has it a moment after start
        QApplication::processEvents();
        QApplication::processEvents(); // and the notes filled in after the first frame
        if (!window.grab().save(file, "PNG")) {
            err << "deepdive: "
                << QApplication::translate("main", "cannot write the screenshot to %1; check that the folder exists and is "
                                                   "writable").arg(file)
                << '\n';
            return 1;
        }
        return 0;
    }
    window.restoreLayout();
    window.show();
    StartupTrace::mark("shown");
    // The last topic is filled in once the window has its size, so that its notes are laid out once.
    window.restoreTopic();
    StartupTrace::mark("topic shown");
    QObject::connect(&window, &MainWindow::firstFrameShown, &window, [&] {
        StartupTrace::mark("first frame");
        if (parser.isSet(quitAfterFirstFrameOption)) {
            QApplication::exit(0);
            return;
        }
        openSearch();
        library.refresh();
        // Today's backup (kept for a week), made in a worker through a connection of its own.
        if (userData.database.mode() == Database::Mode::Normal) {
            runInBackground(
                &window,
                [file = userData.database.file(), backupDir = userData.database.backupDir()] {
                    QString backupError;
                    Database::rotateBackupsOf(file, backupDir, QDateTime::currentDateTime(), 7, &backupError);
                    return backupError;
                },
                [&window](const QString &backupError) {
                    if (!backupError.isEmpty())
                        window.showNotice(QApplication::translate("main", "Today's backup could not be made: %1").arg(backupError));
                });
        }
    });
    return QApplication::exec();
}
