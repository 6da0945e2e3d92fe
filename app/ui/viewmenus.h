#pragma once

#include <QCoreApplication>

#include <functional>

class QMenu;
class QWidget;

namespace DeepDive {

class Settings;

// The View menu's choices that are kept in the settings: the appearance (system, light or dark colours), the code's
// highlighting theme and the language. Each fills its submenu, checks the current choice and saves a new one;
// `applied` runs after a change the window must show at once. The strings keep the window's translation context.
class ViewMenus
{
    Q_DECLARE_TR_FUNCTIONS(DeepDive::MainWindow)

public:
    static void addAppearance(QMenu *menu, Settings *settings, const std::function<void()> &applied);
    static void addHighlightingTheme(QMenu *menu, Settings *settings, const std::function<void()> &applied);
    // The language takes effect at the next start; the menu says so where the choice is made.
    static void addLanguage(QMenu *menu, Settings *settings, QWidget *dialogParent);
};

} // namespace DeepDive
