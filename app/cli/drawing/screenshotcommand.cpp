#include "screenshotcommand.h"

#include "highlighting.h"
#include "windowsession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QPixmap>

namespace DeepDive {

namespace {
const QString screenshotOption = QStringLiteral("screenshot");
}

QList<QCommandLineOption> ScreenshotCommand::options() const
{
    return {QCommandLineOption(screenshotOption, tr("Show the window at 1280x800, save it as a PNG <file> and exit."),
                               QStringLiteral("file"))};
}

int ScreenshotCommand::run(const CommandContext &context)
{
    QString error;
    if (!context.dataDir().ensureWritable(&error))
        context.printError(error);
    WindowSession session(context, {});
    session.listDecksNow(); // before these, not over them
    MainWindow &window = session.window();
    window.setDecks(context.loadDecks()); // every deck, read now: a picture shows what a session would
    window.resize(1280, 800);
    window.show();
    window.selectFirstTopic();
    Highlighting::load(); // a picture shows the code highlighted, as the window has it a moment after start
    QApplication::processEvents();
    QApplication::processEvents(); // and the notes filled in after the first frame
    const QString file = context.parser.value(screenshotOption);
    if (!window.grab().save(file, "PNG")) {
        context.printError(
            tr("cannot write the screenshot to %1; check that the folder exists and is writable").arg(file));
        return 1;
    }
    return 0;
}

} // namespace DeepDive
