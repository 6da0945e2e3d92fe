// Deep Dive: wiring only. The command line, the data folder, the decks and the main window.
#include "contentcheck.h"
#include "datadir.h"
#include "deckloader.h"
#include "mainwindow.h"
#include "settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QPixmap>
#include <QTextStream>

#include <cstdio>
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
        for (const char *option : {"--version", "-v", "--help", "-h", "--help-all", "--screenshot", "--check-content"}) {
            if (std::strcmp(argv[i], option) == 0 || std::strncmp(argv[i], "--screenshot=", 13) == 0
                || std::strncmp(argv[i], "--check-content=", 16) == 0)
                return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (!hasDisplay()) {
        if (!isHeadlessCommand(argc, argv)) {
            std::fputs("deepdive: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the window cannot "
                       "open.\n  Run it under Xvfb:        xvfb-run -a deepdive\n  Or take a screenshot:     "
                       "deepdive --screenshot shot.png\n  (from a checkout: packaging/devenv xvfb-run -a "
                       "packaging/devenv run)\n",
                       stderr);
            return 2;
        }
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("deepdive"));
    QApplication::setApplicationDisplayName(QStringLiteral("Deep Dive"));
    QApplication::setApplicationVersion(QStringLiteral(DEEPDIVE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(DEEPDIVE_APP_ID));

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
    parser.addOptions({versionOption, dataDirOption, contentOption, screenshotOption, checkContentOption});
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (parser.isSet(versionOption)) {
        out << "Deep Dive " << QApplication::applicationVersion() << '\n';
        return 0;
    }
    if (parser.isSet(checkContentOption))
        return checkContent(parser.value(checkContentOption), out);

    const DataDir dataDir(parser.value(dataDirOption));
    QString error;
    if (!dataDir.ensureWritable(&error)) {
        err << "deepdive: " << error << '\n';
        return 1;
    }
    Settings settings(dataDir.settingsFile());

    QStringList folders{QStringLiteral(":/content/python")};
    folders += DeckLoader::deckFolders(dataDir.decksDir());
    if (parser.isSet(contentOption))
        folders.append(QDir(parser.value(contentOption)).absolutePath());
    QList<Diagnostic> diagnostics;
    QList<Deck> decks = DeckLoader::loadAll(folders, &diagnostics);
    for (const Diagnostic &d : std::as_const(diagnostics))
        err << d.toString() << '\n';
    err.flush();

    MainWindow window(&settings);
    window.setDecks(std::move(decks));
    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        window.resize(1280, 800);
        window.show();
        window.selectFirstTopic();
        QApplication::processEvents();
        if (!window.grab().save(file, "PNG")) {
            err << "deepdive: cannot write the screenshot to " << file << "; check the folder exists and is writable\n";
            return 1;
        }
        return 0;
    }
    window.restoreSession();
    window.show();
    return QApplication::exec();
}
