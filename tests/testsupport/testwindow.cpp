#include "testwindow.h"

#include "testsupport.h"

namespace DeepDive::Test {

TestWindow::TestWindow()
    : window(std::make_unique<MainWindow>(&userData.settings, &userData.data))
{
    window->setDecks(sampleDecks());
    window->restoreLayoutAndTopic();
    window->quizPanel(); // made when its tab is first shown: here it is checked too
    window->show();
}

} // namespace DeepDive::Test
