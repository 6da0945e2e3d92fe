#include "deckloader.h"
#include "mainwindow.h"
#include "settings.h"
#include "testsupport.h"
#include "testwindow.h"
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
using Window = Test::TestWindow;
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
