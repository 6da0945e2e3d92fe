#include "actionregistry.h"
#include "shortcutsdialog.h"
#include "translations.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>

#include <algorithm>

using namespace DeepDive;

// Help > Keyboard Shortcuts: every action of the registry it is given that has keys, by its registered name and with
// all its keys, sorted by name, then the keys of the quiz; in English and German within a 1280x800 screen, closed
// with Escape or its Close button.
class TestShortcutsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup();
    void text_listsEveryActionWithKeys_nextToItsKeys();
    void text_leavesOutActionsWithoutKeys();
    void text_isTheRegistryAsItIsNow_underTheRegisteredNames();
    void text_sortedByName_thenTheQuizKeys();
    void page_fitsA1280x800Screen_data();
    void page_fitsA1280x800Screen();

private:
    void useLanguage(const QLocale &locale);
};

namespace {
// The page's lines: QTextBrowser gives each table cell a line of its own.
QStringList lines(const ShortcutsDialog &dialog)
{
    QStringList result;
    for (const QString &line : dialog.text().split(QLatin1Char('\n')))
        result.append(line.trimmed());
    return result;
}
QString keysOf(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &key : action->shortcuts())
        keys.append(key.toString(QKeySequence::NativeText));
    return keys.join(QStringLiteral(", "));
}
} // namespace

void TestShortcutsDialog::useLanguage(const QLocale &locale)
{
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    Translations::install(qApp, locale);
}

void TestShortcutsDialog::cleanup()
{
    useLanguage(QLocale(QLocale::English));
}

void TestShortcutsDialog::text_listsEveryActionWithKeys_nextToItsKeys()
{
    ActionRegistry registry;
    ShortcutsDialog dialog(registry);
    QCOMPARE(dialog.objectName(), QStringLiteral("shortcutsDialog"));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Keyboard Shortcuts"));
    QVERIFY(dialog.findChild<QTextBrowser *>(QStringLiteral("shortcutsText")));
    const QStringList page = lines(dialog);
    int listed = 0;
    for (QAction *action : registry.actions()) {
        if (action->shortcuts().isEmpty())
            continue;
        const QString name = ActionRegistry::plainName(action);
        const qsizetype at = page.indexOf(name);
        QVERIFY2(at > 0, qPrintable(name));
        QCOMPARE(page[at - 1], keysOf(action)); // its keys, in the cell before its name
        ++listed;
    }
    QVERIFY(listed >= 20); // the registry gives most actions a key
    // Standard keys in this platform's words, all of them where the platform has several.
    QVERIFY(page.contains(QKeySequence(QKeySequence::Print).toString(QKeySequence::NativeText)));
}

void TestShortcutsDialog::text_leavesOutActionsWithoutKeys()
{
    ActionRegistry registry;
    const QStringList page = lines(ShortcutsDialog(registry));
    int without = 0;
    for (QAction *action : registry.actions()) {
        if (!action->shortcuts().isEmpty())
            continue;
        QVERIFY2(!page.contains(ActionRegistry::plainName(action)), qPrintable(ActionRegistry::plainName(action)));
        ++without;
    }
    QVERIFY(without > 0);
}

// The dialog is made from the registry it is given: keys the window changed, added or removed since are as they
// are now, and names are the registered words, not what the window has put in an action's text.
void TestShortcutsDialog::text_isTheRegistryAsItIsNow_underTheRegisteredNames()
{
    ActionRegistry registry;
    QAction *exportAnki = registry.action(QStringLiteral("fileExportAnki"));
    QVERIFY(exportAnki->shortcuts().isEmpty());
    exportAnki->setShortcuts({QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_A), QKeySequence(Qt::Key_F9)});
    QAction *bookmarks = registry.action(QStringLiteral("viewBookmarks"));
    QVERIFY(!bookmarks->shortcuts().isEmpty());
    bookmarks->setShortcuts({});
    QAction *undo = registry.action(QStringLiteral("studyUndoAnswer"));
    undo->setText(QStringLiteral("U&ndo Answer to “Loops & <b>”")); // as after an answer
    const ShortcutsDialog dialog(registry);
    const QStringList page = lines(dialog);
    const qsizetype anki = page.indexOf(QStringLiteral("Export for Anki"));
    QVERIFY(anki > 0);
    QCOMPARE(page[anki - 1], QStringLiteral("Ctrl+Alt+A, F9"));
    QVERIFY(!page.contains(QStringLiteral("Bookmarks")));
    QVERIFY(page.contains(QStringLiteral("Undo Answer")));
    QVERIFY(!dialog.text().contains(QStringLiteral("Loops")));
}

void TestShortcutsDialog::text_sortedByName_thenTheQuizKeys()
{
    ActionRegistry registry;
    const ShortcutsDialog dialog(registry);
    const QStringList page = lines(dialog);
    QStringList names;
    for (QAction *action : registry.actions()) {
        if (!action->shortcuts().isEmpty())
            names.append(ActionRegistry::plainName(action));
    }
    std::sort(names.begin(), names.end());
    for (qsizetype i = 1; i < names.size(); ++i)
        QVERIFY2(page.indexOf(names[i - 1]) < page.indexOf(names[i]), qPrintable(names[i - 1] + QStringLiteral(" / ") + names[i]));
    const qsizetype menus = page.indexOf(QStringLiteral("Menus and the window"));
    const qsizetype quiz = page.indexOf(QStringLiteral("In the quiz"));
    QCOMPARE(menus, 0);
    QVERIFY(quiz > page.indexOf(names.last()));
    for (const QString &quizLine : {QStringLiteral("Show the answer of a recall card"),
                                    QStringLiteral("Spot the bug: move through the lines of the code; pick the line"),
                                    QStringLiteral("Next card, after the feedback")})
        QVERIFY2(page.indexOf(quizLine) > quiz, qPrintable(quizLine));
    QCOMPARE(page[page.indexOf(QStringLiteral("Show the answer of a recall card")) - 1], QStringLiteral("Space"));
}

void TestShortcutsDialog::page_fitsA1280x800Screen_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("quizHeading");
    QTest::newRow("English") << QLocale(QLocale::English) << QStringLiteral("Keyboard Shortcuts") << QStringLiteral("In the quiz");
    QTest::newRow("German") << QLocale(QLocale::German) << QStringLiteral("Tastenkürzel") << QStringLiteral("Im Quiz");
}

void TestShortcutsDialog::page_fitsA1280x800Screen()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, title);
    QFETCH(QString, quizHeading);
    useLanguage(locale);
    ActionRegistry registry; // its names in the language, as the window makes it
    ShortcutsDialog dialog(registry);
    QCOMPARE(dialog.windowTitle(), title);
    const QStringList page = lines(dialog);
    QVERIFY(page.contains(quizHeading));
    QVERIFY(page.contains(ActionRegistry::plainName(registry.action(QStringLiteral("studyDue")))));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Within a 1280x800 screen with room for a panel; wide enough that nothing needs a horizontal scroll bar.
    QVERIFY2(dialog.frameGeometry().width() <= 1280 && dialog.frameGeometry().height() <= 800 - 48,
             qPrintable(QStringLiteral("%1x%2").arg(dialog.frameGeometry().width()).arg(dialog.frameGeometry().height())));
    auto *view = dialog.findChild<QTextBrowser *>(QStringLiteral("shortcutsText"));
    QTRY_COMPARE(view->horizontalScrollBar()->maximum(), 0);
    QVERIFY(view->document()->idealWidth() <= view->viewport()->width());
    QVERIFY(view->height() > dialog.height() / 2); // the page, not the button row, takes the room
    // The Close button whole, inside the dialog.
    QPushButton *close = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close);
    QVERIFY(close->isVisible());
    QVERIFY(close->width() >= close->sizeHint().width());
    QVERIFY(dialog.rect().contains(QRect(close->mapTo(&dialog, QPoint()), close->size())));
}

QTEST_MAIN(TestShortcutsDialog)
#include "tst_shortcutsdialog.moc"
