#include "dialogs.h"
#include "settings.h"
#include "viewmenus.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QTemporaryDir>
#include <QTest>

using namespace DeepDive;

// The View menu's kept choices: each submenu checks what the settings hold and saves what the learner picks.
class TestViewMenus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { Dialogs::setHeadless(true); }
    void appearance_checksTheCurrent_savesAndAppliesAPick();
    void highlightingTheme_automaticByDefault_savesAPick();
    void language_savesThePick_andSaysWhenItTakesEffect();

private:
    static QAction *named(QMenu &menu, const QString &name) { return menu.findChild<QAction *>(name); }
    QTemporaryDir m_dir;
};

void TestViewMenus::appearance_checksTheCurrent_savesAndAppliesAPick()
{
    Settings settings(m_dir.filePath(QStringLiteral("appearance.ini")));
    settings.setColorScheme(QStringLiteral("light"));
    QMenu menu;
    int applied = 0;
    ViewMenus::addAppearance(&menu, &settings, [&applied] { ++applied; });
    QVERIFY(named(menu, QStringLiteral("appearance_light"))->isChecked());
    QVERIFY(!named(menu, QStringLiteral("appearance_dark"))->isChecked());
    named(menu, QStringLiteral("appearance_dark"))->trigger();
    QCOMPARE(settings.colorScheme(), QStringLiteral("dark"));
    QCOMPARE(applied, 1);
    QVERIFY(!named(menu, QStringLiteral("appearance_light"))->isChecked()); // one choice at a time
    named(menu, QStringLiteral("appearance_system"))->trigger();
    QCOMPARE(settings.colorScheme(), QStringLiteral("system"));
}

void TestViewMenus::highlightingTheme_automaticByDefault_savesAPick()
{
    Settings settings(m_dir.filePath(QStringLiteral("theme.ini")));
    settings.setHighlightingTheme(QStringLiteral("Breeze Dark"));
    QMenu menu;
    int applied = 0;
    ViewMenus::addHighlightingTheme(&menu, &settings, [&applied] { ++applied; });
    QAction *automatic = named(menu, QStringLiteral("themeAutomatic"));
    QVERIFY(!automatic->isChecked());
    automatic->trigger();
    QCOMPARE(settings.highlightingTheme(), QString());
    QCOMPARE(applied, 1);
}

void TestViewMenus::language_savesThePick_andSaysWhenItTakesEffect()
{
    Settings settings(m_dir.filePath(QStringLiteral("language.ini")));
    QMenu menu;
    QWidget parent;
    ViewMenus::addLanguage(&menu, &settings, &parent);
    QVERIFY(named(menu, QStringLiteral("language_system"))->isChecked());
    QAction *german = named(menu, QStringLiteral("language_de"));
    QVERIFY(german);
    QCOMPARE(german->text(), QStringLiteral("Deutsch")); // under its own name
    german->trigger();
    QCOMPARE(settings.language(), QStringLiteral("de"));
    const QList<QAction *> actions = menu.actions();
    QVERIFY(std::any_of(actions.cbegin(), actions.cend(), [](const QAction *a) {
        return !a->isEnabled() && a->text().contains(QStringLiteral("starts again"));
    }));
}

QTEST_MAIN(TestViewMenus)
#include "tst_viewmenus.moc"
