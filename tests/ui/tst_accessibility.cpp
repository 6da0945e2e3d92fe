#include "deckloader.h"
#include "mainwindow.h"
#include "settings.h"
#include "testsupport.h"
#include "userdata.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QTest>

using namespace DeepDive;

// Every widget that takes the keyboard focus has a name a screen reader can say, and every action in the menus has
// a keyboard shortcut or a mnemonic.
class TestAccessibility : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void focusableWidgets_haveAccessibleNames();
    void menus_areReachableFromTheKeyboard();
};

namespace {
struct Window
{
    QTemporaryDir dir;
    UserData data;
    std::unique_ptr<Settings> settings;
    std::unique_ptr<MainWindow> window;

    Window()
    {
        data.open(dir.filePath(QStringLiteral("d.db")), dir.filePath(QStringLiteral("b")));
        settings = std::make_unique<Settings>(dir.filePath(QStringLiteral("s.ini")));
        window = std::make_unique<MainWindow>(settings.get(), &data);
        QList<Diagnostic> diagnostics;
        window->setDecks(DeckLoader::loadAll({Test::dataPath(QStringLiteral("decks/sample"))}, &diagnostics));
        window->restoreSession();
        window->quizPanel(); // made when its tab is first shown: here it is checked too
        window->show();
    }
};
} // namespace

void TestAccessibility::focusableWidgets_haveAccessibleNames()
{
    Window w;
    QStringList unnamed;
    for (QWidget *widget : w.window->findChildren<QWidget *>()) {
        if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(w.window.get()))
            continue;
        if (widget->inherits("QScrollBar") || widget->objectName().startsWith(QLatin1String("qt_")))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
        const QString name = iface ? iface->text(QAccessible::Name) : QString();
        if (name.trimmed().isEmpty())
            unnamed.append(QStringLiteral("%1 (%2)").arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName()));
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

void TestAccessibility::menus_areReachableFromTheKeyboard()
{
    Window w;
    QStringList unreachable;
    for (QAction *menu : w.window->menuBar()->actions()) {
        if (!menu->text().contains(QLatin1Char('&')))
            unreachable.append(menu->text());
        for (QAction *action : menu->menu()->actions()) {
            if (action->isSeparator() || action->menu())
                continue;
            if (action->shortcut().isEmpty() && !action->text().contains(QLatin1Char('&')))
                unreachable.append(action->text());
        }
    }
    QVERIFY2(unreachable.isEmpty(), qPrintable(unreachable.join(QStringLiteral(", "))));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
