// Deep Dive: the application object, the UI's language, and the command line, parsed and handed to its command
// (app/cli). With no command, the command is the window.
#include "allcommands.h"
#include "background.h"
#include "clock.h"
#include "commandregistry.h"
#include "datadir.h"
#include "settings.h"
#include "startuptrace.h"
#include "translations.h"
#include "windowcommand.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

using namespace DeepDive;

namespace {

bool hasDisplay()
{
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
        || qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
}

// The UI in the system's language, or in the one chosen in View > Language (kept in the data folder's settings,
// read here before anything is shown).
QLocale uiLocale(const QStringList &arguments)
{
    const QString language = Settings(DataDir(CommandRegistry::dataDirArgument(arguments)).settingsFile()).language();
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

} // namespace

int main(int argc, char *argv[])
{
    CommandRegistry commands;
    registerAllCommands(commands);
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (!hasDisplay()) {
        if (!commands.runsHeadless(arguments)) {
            // No QApplication without a display: a bare one says it in the UI language.
            QCoreApplication core(argc, argv);
            Translations::install(&core, uiLocale(arguments));
            QTextStream(stderr) << "deepdive: " << WindowCommand::noDisplayMessage() << '\n';
            return 2;
        }
        // Commands that never show a window work without a display: they run on the offscreen platform.
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }

    QApplication app(argc, argv);
    StartupTrace::mark("QApplication");
    QApplication::setApplicationName(QStringLiteral("deepdive"));
    QApplication::setApplicationDisplayName(QStringLiteral("Deep Dive"));
    QApplication::setApplicationVersion(QStringLiteral(DEEPDIVE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(DEEPDIVE_APP_ID));
    const QLocale locale = uiLocale(arguments);
    QLocale::setDefault(locale);
    Translations::install(&app, locale);
    StartupTrace::mark("translators");

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Study technical theory for interviews."));
    parser.addHelpOption();
    commands.addOptionsTo(parser);
    parser.process(app);
    StartupTrace::mark("command line");

    QTextStream out(stdout);
    QTextStream err(stderr);
    const int exitCode = commands.run(CommandContext(parser, out, err, Clock::system()));
    Background::waitForAll(); // no worker outlives `app`
    return exitCode;
}
