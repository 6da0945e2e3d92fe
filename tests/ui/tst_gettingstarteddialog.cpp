#include "actionregistry.h"
#include "gettingstarteddialog.h"
#include "translations.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>

using namespace DeepDive;

// Help > Getting Started: one page on the window and a first evening with it, naming menu items as the registry it
// is given registers them (in the learner's language, without mnemonic or ellipsis) with their first key; in English
// and German within a 1280x800 screen, closed with Escape or its Close button.
class TestGettingStartedDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup();
    void text_namesTheMenusAsTheyAre_withTheirKeys();
    void text_followsTheRegistry_keysChangedOrRemoved();
    void text_registeredNames_notWhatTheWindowPutInAnAction();
    void text_tellsTheStudyFlow_inSections();
    void page_fitsA1280x800Screen_data();
    void page_fitsA1280x800Screen();

private:
    void useLanguage(const QLocale &locale);
};

namespace {
// Every action the page names.
const char *const namedActions[] = {
    "codeRun", "studyDue", "studyNewCardsPerDay", "studyUndoAnswer", "studyToggleBookmark", "studyBookmarkWithLabel",
    "viewBookmarks", "studyStatistics", "studyInterviewDate", "studyPlan", "editSearch", "editFindInTopic",
    "fileExportPdf", "fileExportProgress", "fileImportProgress", "helpShortcuts",
};

// "Study Due (Ctrl+Shift+S)", or the name alone for an action without a key.
QString named(const QAction *action)
{
    QString text = ActionRegistry::plainName(action);
    if (!action->shortcut().isEmpty())
        text += QStringLiteral(" (") + action->shortcut().toString(QKeySequence::NativeText) + QLatin1Char(')');
    return text;
}
} // namespace

void TestGettingStartedDialog::useLanguage(const QLocale &locale)
{
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    Translations::install(qApp, locale);
}

void TestGettingStartedDialog::cleanup()
{
    useLanguage(QLocale(QLocale::English));
}

void TestGettingStartedDialog::text_namesTheMenusAsTheyAre_withTheirKeys()
{
    ActionRegistry registry;
    const GettingStartedDialog dialog(registry);
    QCOMPARE(dialog.objectName(), QStringLiteral("gettingStartedDialog"));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Getting Started"));
    QVERIFY(dialog.findChild<QTextBrowser *>(QStringLiteral("gettingStartedText")));
    const QString text = dialog.text();
    int withKeys = 0;
    for (const char *id : namedActions) {
        const QAction *action = registry.action(QString::fromLatin1(id));
        QVERIFY2(action, id);
        QVERIFY2(text.contains(named(action)), qPrintable(named(action)));
        withKeys += action->shortcut().isEmpty() ? 0 : 1;
    }
    QVERIFY(withKeys >= 5);
    QVERIFY(text.contains(QStringLiteral("Study Due (")));
    QVERIFY(text.contains(QStringLiteral("Undo Answer (Ctrl+Z) takes the last answer back")));
    // No mnemonic, no ellipsis, no empty key.
    QVERIFY(!text.contains(QLatin1Char('&')));
    QVERIFY(!text.contains(QStringLiteral("...")));
    QVERIFY(!text.contains(QStringLiteral("…")));
    QVERIFY(!text.contains(QStringLiteral("()")));
    QVERIFY(!text.contains(QStringLiteral(" )")));
}

void TestGettingStartedDialog::text_followsTheRegistry_keysChangedOrRemoved()
{
    ActionRegistry registry;
    registry.action(QStringLiteral("studyDue"))->setShortcuts({QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_D), QKeySequence(Qt::Key_F7)});
    QAction *run = registry.action(QStringLiteral("codeRun"));
    QVERIFY(!run->shortcut().isEmpty());
    run->setShortcuts({});
    QAction *plan = registry.action(QStringLiteral("studyPlan"));
    QVERIFY(plan->shortcut().isEmpty());
    plan->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    const QString text = GettingStartedDialog(registry).text();
    QVERIFY2(text.contains(QStringLiteral("Study Due (Ctrl+Alt+D) gathers")), qPrintable(text)); // the first key alone
    QVERIFY(!text.contains(QStringLiteral("F7")));
    QVERIFY(text.contains(QStringLiteral("Run Snippet shows what a snippet prints")));
    QVERIFY(text.contains(QStringLiteral("Plan to Interview (Ctrl+Shift+P)")));
}

void TestGettingStartedDialog::text_registeredNames_notWhatTheWindowPutInAnAction()
{
    ActionRegistry registry;
    registry.action(QStringLiteral("studyUndoAnswer"))->setText(QStringLiteral("U&ndo Answer to “<i>Loops</i> & more”"));
    const QString text = GettingStartedDialog(registry).text();
    QVERIFY(text.contains(QStringLiteral("Undo Answer (Ctrl+Z) takes the last answer back")));
    QVERIFY(!text.contains(QStringLiteral("Loops")));
}

void TestGettingStartedDialog::text_tellsTheStudyFlow_inSections()
{
    ActionRegistry registry;
    const QString text = GettingStartedDialog(registry).text();
    const QStringList lines = text.split(QLatin1Char('\n'));
    qsizetype previous = -1;
    for (const QString &heading : {QStringLiteral("The window"), QStringLiteral("A first evening"), QStringLiteral("Keeping track"),
                                   QStringLiteral("Finding"), QStringLiteral("Taking it with you")}) {
        const qsizetype at = lines.indexOf(heading); // a heading: a line of its own
        QVERIFY2(at > previous, qPrintable(heading));
        QVERIFY(at + 1 < lines.size() && lines[at + 1].size() > 40); // and a paragraph under it
        previous = at;
    }
    QVERIFY(text.contains(QStringLiteral("a card you get wrong comes back later in the same session")));
    QVERIFY(text.trimmed().endsWith(QStringLiteral("lists every key of the window and the quiz.")));
    // No placeholder left unfilled.
    QVERIFY(!text.contains(QRegularExpression(QStringLiteral("%\\d"))));
}

void TestGettingStartedDialog::page_fitsA1280x800Screen_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("firstHeading");
    QTest::newRow("English") << QLocale(QLocale::English) << QStringLiteral("Getting Started") << QStringLiteral("The window");
    QTest::newRow("German") << QLocale(QLocale::German) << QStringLiteral("Erste Schritte") << QStringLiteral("Das Fenster");
}

void TestGettingStartedDialog::page_fitsA1280x800Screen()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, title);
    QFETCH(QString, firstHeading);
    useLanguage(locale);
    ActionRegistry registry; // its names in the language, as the window makes it
    GettingStartedDialog dialog(registry);
    QCOMPARE(dialog.windowTitle(), title);
    const QString text = dialog.text();
    QVERIFY2(text.startsWith(firstHeading), qPrintable(text.left(40)));
    for (const char *id : namedActions)
        QVERIFY2(text.contains(named(registry.action(QString::fromLatin1(id)))), qPrintable(named(registry.action(QString::fromLatin1(id)))));
    QVERIFY(!text.contains(QRegularExpression(QStringLiteral("%\\d"))));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Within a 1280x800 screen with room for a panel, and the whole page on it: no scrolling either way.
    QVERIFY2(dialog.frameGeometry().width() <= 1280 && dialog.frameGeometry().height() <= 800 - 48,
             qPrintable(QStringLiteral("%1x%2").arg(dialog.frameGeometry().width()).arg(dialog.frameGeometry().height())));
    auto *view = dialog.findChild<QTextBrowser *>(QStringLiteral("gettingStartedText"));
    QTRY_COMPARE(view->horizontalScrollBar()->maximum(), 0);
    QVERIFY2(view->verticalScrollBar()->maximum() == 0,
             qPrintable(QStringLiteral("%1 px of text in %2 px").arg(view->document()->size().height()).arg(view->viewport()->height())));
    QPushButton *close = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close);
    QVERIFY(close->isVisible());
    QVERIFY(close->width() >= close->sizeHint().width());
    QVERIFY(dialog.rect().contains(QRect(close->mapTo(&dialog, QPoint()), close->size())));
}

QTEST_MAIN(TestGettingStartedDialog)
#include "tst_gettingstarteddialog.moc"
