#pragma once

#include <QHash>
#include <QKeySequence>
#include <QObject>

class QAction;
class QMenu;
class QMenuBar;
class QToolBar;

namespace DeepDive {

// Every QAction of the main window, created in one place with a stable objectName (tests trigger actions by name),
// a standard shortcut where one exists, a theme icon and a tooltip.
class ActionRegistry : public QObject
{
    Q_OBJECT
public:
    explicit ActionRegistry(QObject *parent = nullptr);

    QAction *action(const QString &name) const;
    // An action as help pages name it: its menu text as registered (not what a window put in it since, such as
    // "Undo Answer to “…”"), without mnemonic or ellipsis.
    static QString plainName(const QAction *action);
    QList<QAction *> actions() const { return m_actions.values(); }

    // The menu bar, from the one table of which action goes in which menu, in what order: fills `bar` and returns its
    // menus by object name ("menuFile", "menuView", ...) for the window to add its own submenus. Each menu loads its
    // icons when it first opens.
    QHash<QString, QMenu *> fillMenuBar(QMenuBar *bar);
    // The main toolbar's actions (Study Due, Search, Run, Bookmark, Bookmarks), with their icons loaded at once.
    void fillToolBar(QToolBar *toolbar);

    // Gives `actions` their icons, once: looking icons up in the theme costs a frame at start-up, so the window does
    // it for its toolbar before it is shown and for each menu when the menu first opens.
    void loadIcons(const QList<QAction *> &actions);

private:
    QAction *add(const QString &name, const QString &text, const QString &icon, const QList<QKeySequence> &keys,
                 const QString &toolTip = {}, const QString &fallbackIcon = {});

    QHash<QString, QAction *> m_actions;
    QHash<QAction *, std::pair<QString, QString>> m_pendingIcons; // theme name, fallback
};

} // namespace DeepDive
