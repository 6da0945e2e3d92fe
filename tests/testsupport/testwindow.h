#pragma once

#include "mainwindow.h"
#include "settings.h"
#include "userdata.h"

#include <QTemporaryDir>

#include <memory>

namespace DeepDive::Test {

// The real main window on the sample deck, with its own data folder, shown, with every lazily made panel made (so
// that tests walking the widgets see them all).
struct TestWindow
{
    QTemporaryDir dir;
    UserData data;
    std::unique_ptr<Settings> settings;
    std::unique_ptr<MainWindow> window;

    TestWindow();
};

} // namespace DeepDive::Test
