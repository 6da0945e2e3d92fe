#include "actionregistry.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTest>
#include <QToolBar>

using namespace DeepDive;

// The one place the window's actions are declared: their menus, the toolbar, and the names help pages use.
class TestActionRegistry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void menuBar_holdsEveryActionOnce_inItsMenu();
    void toolBar_holdsTheStudyActions_withIcons();
    void menus_loadTheirIconsWhenFirstShown();
    void plainName_isTheRegisteredWords();
    void toolTips_nameTheShortcut();
};

void TestActionRegistry::menuBar_holdsEveryActionOnce_inItsMenu()
{
    ActionRegistry registry;
    QMenuBar bar;
    const QHash<QString, QMenu *> menus = registry.fillMenuBar(&bar);
    QCOMPARE(menus.keys().size(), 5);
    QCOMPARE(bar.actions().size(), 5);
    QHash<QAction *, QString> menuOf;
    for (auto it = menus.cbegin(); it != menus.cend(); ++it) {
        for (QAction *a : it.value()->actions()) {
            if (a->isSeparator())
                continue;
            QVERIFY2(!menuOf.contains(a), qPrintable(a->objectName() + QStringLiteral(" is in two menus")));
            menuOf.insert(a, it.key());
        }
    }
    for (QAction *a : registry.actions()) {
        QVERIFY2(menuOf.contains(a), qPrintable(a->objectName() + QStringLiteral(" is in no menu")));
        // Each action sits in the menu its name starts with (code and study actions are both in Study).
        const QString name = a->objectName();
        const QString expected = name.startsWith(QLatin1String("code")) ? QStringLiteral("menuStudy")
                                                                      : QStringLiteral("menu") + name.left(1).toUpper()
                + name.mid(1, name.indexOf(QRegularExpression(QStringLiteral("[A-Z]"))) - 1);
        QCOMPARE(menuOf.value(a), expected);
    }
}

void TestActionRegistry::toolBar_holdsTheStudyActions_withIcons()
{
    ActionRegistry registry;
    QToolBar toolbar;
    registry.fillToolBar(&toolbar);
    QStringList names;
    for (QAction *a : toolbar.actions()) {
        names.append(a->objectName());
        QVERIFY2(!a->icon().isNull(), qPrintable(a->objectName()));
    }
    QCOMPARE(names, (QStringList{QStringLiteral("studyDue"), QStringLiteral("editSearch"), QStringLiteral("codeRun"),
                                 QStringLiteral("studyToggleBookmark"), QStringLiteral("viewBookmarks")}));
    QVERIFY(registry.action(QStringLiteral("fileExportPdf"))->icon().isNull()); // not shown yet: not looked up yet
}

void TestActionRegistry::menus_loadTheirIconsWhenFirstShown()
{
    ActionRegistry registry;
    QMenuBar bar;
    QMenu *study = registry.fillMenuBar(&bar).value(QStringLiteral("menuStudy"));
    QAction *due = registry.action(QStringLiteral("studyDue")); // an icon of the theme, or the app's own
    QVERIFY(due->icon().isNull());
    Q_EMIT study->aboutToShow();
    QVERIFY(!due->icon().isNull());
}

void TestActionRegistry::plainName_isTheRegisteredWords()
{
    ActionRegistry registry;
    QAction *sync = registry.action(QStringLiteral("fileSyncFolder"));
    QCOMPARE(ActionRegistry::plainName(sync), QStringLiteral("Sync Folder"));
    QAction *undo = registry.action(QStringLiteral("studyUndoAnswer"));
    const QString registered = ActionRegistry::plainName(undo);
    undo->setText(QStringLiteral("&Undo Answer to “What is the GIL?”")); // what the window shows after an answer
    QCOMPARE(ActionRegistry::plainName(undo), registered);
    QVERIFY(!registered.contains(QLatin1Char('&')));
    QAction loose(QStringLiteral("&Loose Action…"));
    QCOMPARE(ActionRegistry::plainName(&loose), QStringLiteral("Loose Action"));
}

void TestActionRegistry::toolTips_nameTheShortcut()
{
    ActionRegistry registry;
    QAction *pdf = registry.action(QStringLiteral("fileExportPdf"));
    QVERIFY2(pdf->toolTip().endsWith(QStringLiteral(" (") + pdf->shortcut().toString(QKeySequence::NativeText) + QLatin1Char(')')),
             qPrintable(pdf->toolTip()));
    QAction *exportProgress = registry.action(QStringLiteral("fileExportProgress")); // no shortcut: no parentheses
    QVERIFY(!exportProgress->toolTip().contains(QLatin1Char('(')));
}

QTEST_MAIN(TestActionRegistry)
#include "tst_actionregistry.moc"
