#pragma once

#include "mainwindow.h"
#include "tempuserdata.h"

#include <memory>

namespace DeepDive::Test {

// The real main window on the sample deck, with its own data folder, shown, with every lazily made panel made (so
// that tests walking the widgets see them all).
struct TestWindow
{
    TempUserData userData;
    std::unique_ptr<MainWindow> window;

    TestWindow();
};

} // namespace DeepDive::Test
