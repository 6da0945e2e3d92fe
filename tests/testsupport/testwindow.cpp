#include "testwindow.h"

#include "deckloader.h"
#include "testsupport.h"

#include <QTest>

namespace DeepDive::Test {

TestWindow::TestWindow()
{
    // A constructor cannot QVERIFY: the test that made this window fails here, and goes on to fail its own checks.
    if (QString error; !data.open(dir.filePath(QStringLiteral("d.db")), dir.filePath(QStringLiteral("b")), &error))
        QTest::qFail(qPrintable(QStringLiteral("the test window's database cannot be written: ") + error), __FILE__, __LINE__);
    settings = std::make_unique<Settings>(dir.filePath(QStringLiteral("s.ini")));
    window = std::make_unique<MainWindow>(settings.get(), &data);
    QList<Diagnostic> diagnostics;
    window->setDecks(DeckLoader::loadAll({dataPath(QStringLiteral("decks/sample"))}, &diagnostics));
    window->restoreSession();
    window->quizPanel(); // made when its tab is first shown: here it is checked too
    window->show();
}

} // namespace DeepDive::Test
