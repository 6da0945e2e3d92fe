#include "windowcommand.h"

#include "singleinstance.h"
#include "startuptrace.h"
#include "windowsession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

namespace DeepDive {

namespace {
const QString quitAfterFirstFrameOption = QStringLiteral("quit-after-first-frame");
}

QList<QCommandLineOption> WindowCommand::options() const
{
    QCommandLineOption quitAfterFirstFrame(quitAfterFirstFrameOption);
    quitAfterFirstFrame.setFlags(QCommandLineOption::HiddenFromHelp);
    return {quitAfterFirstFrame};
}

int WindowCommand::run(const CommandContext &context)
{
    const DataDir dataDir = context.dataDir();
    QString error;
    if (!dataDir.ensureWritable(&error))
        context.printError(error);
    SingleInstance instance(dataDir.path());
    const SingleInstance::Claim claim = instance.claim();
    if (claim.outcome == SingleInstance::Outcome::Forwarded) {
        context.out << tr("Deep Dive is already running with the data folder %1; its window was brought forward.")
                           .arg(QDir::toNativeSeparators(dataDir.path()))
                    << '\n';
        return 0;
    }
    if (claim.outcome == SingleInstance::Outcome::OwnerNotAnswering) {
        context.printError(claim.message);
        return 1;
    }

    WindowSession session(context, claim.message);
    MainWindow &window = session.window();
    QObject::connect(&instance, &SingleInstance::activationRequested, &window, &MainWindow::bringToFront);
    window.restoreLayout();
    window.show();
    StartupTrace::mark("shown");
    // The last topic is filled in once the window has its size, so that its notes are laid out once.
    session.whenDecksListed([&window] {
        window.restoreTopic();
        StartupTrace::mark("topic shown");
    });
    const bool quitAfterFirstFrame = context.parser.isSet(quitAfterFirstFrameOption);
    QObject::connect(&window, &MainWindow::firstFrameShown, &window, [&session, quitAfterFirstFrame] {
        StartupTrace::mark("first frame");
        if (quitAfterFirstFrame) {
            QApplication::exit(0);
            return;
        }
        session.checkInBackground();
        session.backUpInBackground();
        session.whenDecksListed([&session] {
            session.openSearch();
            session.library().refresh(); // after DeckLibrary::initial(), which the decks come from
            session.library().watch();   // a deck being written is read again as it is saved
        });
    });
    return QApplication::exec();
}

QString WindowCommand::noDisplayMessage()
{
    return tr("no display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the "
              "window cannot open.\n  Run it under Xvfb:        xvfb-run -a deepdive\n"
              "  Or take a screenshot:     deepdive --screenshot shot.png\n"
              "  (from a checkout: packaging/devenv xvfb-run -a packaging/devenv run)");
}

} // namespace DeepDive
