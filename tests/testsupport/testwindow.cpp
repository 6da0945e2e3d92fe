#include "testwindow.h"

#include "deckloader.h"
#include "testsupport.h"

namespace DeepDive::Test {

TestWindow::TestWindow()
{
    data.open(dir.filePath(QStringLiteral("d.db")), dir.filePath(QStringLiteral("b")));
    settings = std::make_unique<Settings>(dir.filePath(QStringLiteral("s.ini")));
    window = std::make_unique<MainWindow>(settings.get(), &data);
    QList<Diagnostic> diagnostics;
    window->setDecks(DeckLoader::loadAll({dataPath(QStringLiteral("decks/sample"))}, &diagnostics));
    window->restoreSession();
    window->quizPanel(); // made when its tab is first shown: here it is checked too
    window->show();
}

} // namespace DeepDive::Test
