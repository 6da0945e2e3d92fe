#include "codeeditor.h"
#include "codepane.h"
#include "deckindex.h"
#include "deckloader.h"
#include "mainwindow.h"
#include "quizsession.h"
#include "settings.h"
#include "colorscheme.h"
#include "quizpanel.h"
#include "gettingstarteddialog.h"
#include "shortcutsdialog.h"
#include "studypanel.h"
#include "tempuserdata.h"
#include "testsupport.h"
#include "translations.h"
#include "userdata.h"
#include "mockclock.h"

#include <QAction>
#include "dialogs.h"
#include "noticebar.h"
#include <QToolButton>
#include <QPointer>
#include <QProgressDialog>
#include <QSignalSpy>
#include <QSplitter>
#include <QMenu>
#include "codeeditor.h"
#include <QComboBox>
#include <QListWidget>
#include "bookmarksview.h"
#include "exportdialog.h"
#include "topicfiltermodel.h"
#include "topicmodel.h"
#include "noteseditor.h"
#include <QPlainTextEdit>
#include <QSqlQuery>
#include "searchindex.h"
#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QUrl>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QLabel>
#include <QApplication>

using namespace DeepDive;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void keyboard_selectingTopicsUpdatesCodeAndNotes();
    void actions_nextAndPreviousTopicAndSnippet();
    void session_restoresLastTopicAndSplitter();
    void visits_recordTimeSpentPerTopic();
    void fileMenu_exportThenImportProgress();
    void fileMenu_restoreBackup();
    void emptyFilter_saysWhyAndWhatToDo();
    void wideWindow_givesTheTreeRoomToo();
    void help_keyboardShortcuts_listsEveryShortcutAndTheQuizKeys();
    void help_gettingStarted_namesTheMenusAsTheyAreWithTheirKeys();
    void appearance_darkSwitchesTheWholeWindow_andIsKept();
    void restoreBackup_showsTheRestoredNote_andTypingDoesNotOverwriteIt();
    void notes_aSaveThatFails_asksBeforeClosing();
    void notice_isShownAndDismissable();
    void bookmarks_toggleLabelFilterAndJump();
    void twoDecksWithClashingIds_everyReferenceOpensItsOwnDecksTopic();
    void view_zoomAndHighlightingTheme_arePersisted();
    void fileMenu_exportPdfOfTheSelectedTopics();
    void fileMenu_exportPdf_cancelledWhileHighlighting_writesNothing();
    void undoAnswer_atStart_namesTodaysLastAnswer_readOnceTheDataIsThere();
    void indexedDecks_openTopicsFromTheirFiles_andKeepTheTopicWhenUpdated();
    void updatedDecks_keepTheirProgress_whileTheNewIsComputedInAWorker();
    void updatedDecks_withoutTopics_leaveNothingOfTheOldOnScreen();
    void quiz_codePaneGivesNoAnswerAwayBeforeTheCardIsAnswered_data();
    void quiz_codePaneGivesNoAnswerAwayBeforeTheCardIsAnswered();
    void quiz_spotBug_codeTakesTheKeyboard_arrowsAndEnterPickTheLine();

private:
    // How a test wants its window: on which decks, at what size, whether its saved layout and topic are restored and
    // whether it is shown (and exposed).
    struct SetUp
    {
        QList<Deck> decks = {}; // the sample deck when empty
        QSize size = {};        // the default size when empty
        bool restore = true;
        bool show = true;
        Clock *clock = nullptr;
    };
    // The window on this test's data folder, set up so; null when it was to be shown and was not.
    std::unique_ptr<MainWindow> makeWindow(const SetUp &setUp);
    std::unique_ptr<MainWindow> shownWindow() { return makeWindow({}); }
    QList<Deck> m_decks;
    std::unique_ptr<Test::TempUserData> m_user;
};

void TestMainWindow::initTestCase()
{
    Dialogs::setHeadless(true);
    Translations::install(qApp, QLocale(QLocale::English)); // the English plural forms, as the app has them
    m_decks = Test::sampleDecks();
}

void TestMainWindow::init()
{
    m_user = std::make_unique<Test::TempUserData>();
}

std::unique_ptr<MainWindow> TestMainWindow::makeWindow(const SetUp &setUp)
{
    auto window = std::make_unique<MainWindow>(&m_user->settings, &m_user->data, setUp.clock);
    window->setDecks(setUp.decks.isEmpty() ? m_decks : setUp.decks);
    if (setUp.size.isValid())
        window->resize(setUp.size);
    if (setUp.restore)
        window->restoreLayoutAndTopic();
    if (setUp.show) {
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return nullptr;
    }
    return window;
}

namespace {
QString notesText(const MainWindow &window)
{
    return window.studyPanel()->summaryView()->toPlainText();
}
// Every text the code pane holds besides its main editor's code: titles, expected outputs, the explanation, the fix
// pane and the switcher's entry. Hidden widgets count too: nothing should wait there either.
QString codePaneTexts(const CodePane *pane)
{
    QStringList texts;
    for (const QLabel *label : pane->findChildren<QLabel *>())
        texts << label->text();
    for (const QPlainTextEdit *edit : pane->findChildren<QPlainTextEdit *>()) {
        if (edit != pane->editor())
            texts << edit->toPlainText();
    }
    texts << pane->switcher()->currentText();
    if (pane->switcher()->currentIndex() < 0)
        texts << pane->switcher()->placeholderText();
    return texts.join(QLatin1Char('\n'));
}
// What would answer a card of `topic`: its snippets' titles, expected outputs, explanations and fixes' code.
QStringList giveaways(const Topic &topic)
{
    QStringList found;
    for (const Snippet &s : topic.snippets) {
        found << s.title << s.expectedOutput.trimmed() << s.expectedRaises << s.explanation;
        if (s.kind == SnippetKind::Fix)
            found << s.code.trimmed();
    }
    found.removeAll(QString());
    return found;
}
QAction *action(const MainWindow &window, const char *name)
{
    auto *a = window.findChild<QAction *>(QLatin1StringView(name));
    if (!a)
        qFatal("no action %s", name);
    return a;
}
} // namespace

void TestMainWindow::keyboard_selectingTopicsUpdatesCodeAndNotes()
{
    const std::unique_ptr<MainWindow> shown = shownWindow();
    QVERIFY(shown);
    MainWindow &window = *shown;

    QCOMPARE(window.currentTopic()->id, QStringLiteral("identity"));
    QVERIFY(notesText(window).startsWith(QStringLiteral("Identity and equality")));
    QVERIFY(notesText(window).contains(QStringLiteral("compares identity")));
    QVERIFY(notesText(window).contains(QStringLiteral("Key points")));
    QVERIFY(window.codePane()->editor()->toPlainText().contains(QStringLiteral("a is b")));

    window.topicTree()->setFocus();
    QTest::keyClick(window.topicTree(), Qt::Key_Down);
    QCOMPARE(window.currentTopic()->id, QStringLiteral("loops"));
    QVERIFY(notesText(window).startsWith(QStringLiteral("Loops")));
    QVERIFY(window.codePane()->editor()->toPlainText().startsWith(QStringLiteral("for i in range(3)")));
    // The topic, then the application's name once (Qt appends the display name to a title that does not end with it).
    QCOMPARE(window.windowTitle(), QStringLiteral("Loops — Deep Dive"));

    // A section row is not a topic: the panes keep the last topic.
    QTest::keyClick(window.topicTree(), Qt::Key_Down);
    QVERIFY(!window.currentTopic());
    QVERIFY(notesText(window).startsWith(QStringLiteral("Loops")));

    QTest::keyClick(window.topicTree(), Qt::Key_Down);
    QCOMPARE(window.currentTopic()->id, QStringLiteral("no-snippets"));
    QVERIFY(notesText(window).contains(QStringLiteral("Just notes.")));
    QVERIFY(window.codePane()->editor()->toPlainText().isEmpty());

    QTest::keyClick(window.topicTree(), Qt::Key_Home);
    QTest::keyClick(window.topicTree(), Qt::Key_Down);
    QCOMPARE(window.currentTopic()->id, QStringLiteral("identity"));
}

void TestMainWindow::actions_nextAndPreviousTopicAndSnippet()
{
    const auto made = makeWindow({});
    QVERIFY(made);
    MainWindow &window = *made;
    action(window, "viewNextTopic")->trigger();
    QCOMPARE(window.currentTopic()->id, QStringLiteral("loops"));
    action(window, "viewNextTopic")->trigger(); // skips the section row
    QCOMPARE(window.currentTopic()->id, QStringLiteral("no-snippets"));
    action(window, "viewNextTopic")->trigger(); // stays on the last topic
    QCOMPARE(window.currentTopic()->id, QStringLiteral("no-snippets"));
    action(window, "viewPreviousTopic")->trigger();
    action(window, "viewPreviousTopic")->trigger();
    QCOMPARE(window.currentTopic()->id, QStringLiteral("identity"));

    QCOMPARE(window.codePane()->currentSnippetId(), QStringLiteral("identity-pitfall"));
    action(window, "viewNextSnippet")->trigger();
    QCOMPARE(window.codePane()->currentSnippetId(), QStringLiteral("identity-raises"));
    action(window, "viewNextSnippet")->trigger(); // wraps around
    QCOMPARE(window.codePane()->currentSnippetId(), QStringLiteral("identity-pitfall"));
    action(window, "viewPreviousSnippet")->trigger();
    QCOMPARE(window.codePane()->currentSnippetId(), QStringLiteral("identity-raises"));
}

void TestMainWindow::session_restoresLastTopicAndSplitter()
{
    const QString file = m_user->settingsFile();
    QList<int> sizes;
    {
        Settings settings(file);
        MainWindow window(&settings, &m_user->data);
        window.setDecks(m_decks);
        window.restoreLayoutAndTopic();
        window.resize(760, 560); // inside the offscreen platform's 800x600 screen
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.selectTopic({QStringLiteral("sample"), QStringLiteral("loops")}));
        auto *splitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        splitter->setSizes({200, 350, 200});
        sizes = splitter->sizes();
        QVERIFY(window.close());
    }
    QVERIFY(QFile::exists(file));
    Settings settings(file);
    const std::unique_ptr<MainWindow> shown = shownWindow();
    QVERIFY(shown);
    MainWindow &window = *shown;
    QCOMPARE(window.currentTopic()->id, QStringLiteral("loops"));
    QCOMPARE(window.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);
    QCOMPARE(window.size(), QSize(760, 560));
}

void TestMainWindow::visits_recordTimeSpentPerTopic()
{
    Settings &settings = m_user->settings;
    MockClock clock(1'000'000);
    {
        MainWindow window(&settings, &m_user->data, &clock);
        window.setDecks(m_decks);
        window.restoreLayoutAndTopic();
        window.show();
        clock.advanceMs(5000);
        action(window, "viewNextTopic")->trigger();
        QVERIFY(window.close());
    }
    const QList<TopicVisit> visits = m_user->data.visits.all();
    QCOMPARE(visits.size(), 2);
    QCOMPARE(visits[0].topicId, QStringLiteral("identity"));
    QCOMPARE(visits[0].lastOpenedMs, 1'000'000);
    QCOMPARE(visits[1].topicId, QStringLiteral("loops"));
    QCOMPARE(visits[1].lastOpenedMs, 1'005'000);
}

void TestMainWindow::fileMenu_exportThenImportProgress()
{
    const auto made = makeWindow({.show = false});
    MainWindow &window = *made;
    QString error;
    QVERIFY(m_user->data.bookmarks.set({QStringLiteral("sample"), Bookmark::Topic, QStringLiteral("loops"), QStringLiteral("weak"), 5}, &error));
    QVERIFY(m_user->data.notes.save({QStringLiteral("sample"), QStringLiteral("loops"), QStringLiteral("remember range"), 6}, &error));

    const QString file = m_user->filePath(QStringLiteral("export.json"));
    Dialogs::setNextFileName(file);
    action(window, "fileExportProgress")->trigger();
    QVERIFY2(Dialogs::lastMessage().startsWith(QStringLiteral("Exported 0 answers, 0 card states, 1 bookmark, 1 note and 0 topic visits to ")),
             qPrintable(Dialogs::lastMessage()));
    QVERIFY(QFile::exists(file));

    // On "another laptop": an empty database, then File > Import Progress.
    Test::TempUserData other;
    UserData &otherData = other.data;
    Settings &otherSettings = other.settings;
    MainWindow otherWindow(&otherSettings, &otherData);
    otherWindow.setDecks(m_decks);
    QSignalSpy changed(&otherWindow, &MainWindow::userDataChanged);
    Dialogs::setNextFileName(file);
    action(otherWindow, "fileImportProgress")->trigger();
    QVERIFY(!action(otherWindow, "fileImportProgress")->isEnabled()); // merged in a worker, one import at a time
    QTRY_COMPARE(changed.count(), 1);
    QVERIFY(action(otherWindow, "fileImportProgress")->isEnabled());
    QVERIFY(Dialogs::lastMessage().startsWith(QStringLiteral("Merged 0 answers, 0 card states, 1 bookmark, 1 note and 0 topic visits from ")));
    QCOMPARE(otherData.bookmarks.all().value(0).itemId, QStringLiteral("loops"));
    QCOMPARE(otherData.notes.note(QStringLiteral("sample"), QStringLiteral("loops"))->body, QStringLiteral("remember range"));

    // A cancelled dialog does nothing; a broken file is reported and changes nothing.
    Dialogs::setNextFileName(QString());
    action(otherWindow, "fileImportProgress")->trigger();
    QCOMPARE(changed.count(), 1);
    QVERIFY(Test::writeFiles(other.dir, {{QStringLiteral("broken.json"), "{"}}));
    Dialogs::setNextFileName(other.filePath(QStringLiteral("broken.json")));
    action(otherWindow, "fileImportProgress")->trigger();
    QTRY_VERIFY(action(otherWindow, "fileImportProgress")->isEnabled());
    QVERIFY2(Dialogs::lastMessage().startsWith(QStringLiteral("Nothing was imported")), qPrintable(Dialogs::lastMessage()));
    QCOMPARE(changed.count(), 1);
}

void TestMainWindow::wideWindow_givesTheTreeRoomToo()
{
    const auto made = makeWindow({.size = {1280, 800}, .restore = false});
    QVERIFY(made);
    MainWindow &window = *made;
    const int narrow = window.topicTree()->width();
    window.resize(1920, 1080);
    QTRY_VERIFY2(window.topicTree()->width() >= narrow + 80,
                 qPrintable(QStringLiteral("%1 px at 1280, %2 px at 1920").arg(narrow).arg(window.topicTree()->width())));
}

// The Due filter on a first evening showed an empty tree and nothing else.
void TestMainWindow::emptyFilter_saysWhyAndWhatToDo()
{
    const auto made = makeWindow({.size = {1280, 800}, .restore = false});
    QVERIFY(made);
    MainWindow &window = *made;
    auto *hint = window.topicTree()->viewport()->findChild<QLabel *>(QStringLiteral("emptyFilterHint"));
    QVERIFY(hint);
    QVERIFY(!hint->isVisible()); // all topics are listed
    window.filterBox()->setCurrentIndex(TopicFilterModel::Due);
    QCOMPARE(window.topicTree()->model()->rowCount(), 0);
    QVERIFY(hint->isVisible());
    QVERIFY2(hint->text().startsWith(QStringLiteral("Nothing is due today.")), qPrintable(hint->text()));
    QCOMPARE(hint->geometry(), window.topicTree()->viewport()->rect()); // over the tree, where the learner looks
    window.filterBox()->setCurrentIndex(TopicFilterModel::Weak); // from one empty filter to another: its own words
    QVERIFY2(hint->text().startsWith(QStringLiteral("No weak topics")), qPrintable(hint->text()));
    window.filterBox()->setCurrentIndex(TopicFilterModel::New);
    QVERIFY(window.topicTree()->model()->rowCount() > 0);
    QVERIFY(!hint->isVisible());
}

void TestMainWindow::help_keyboardShortcuts_listsEveryShortcutAndTheQuizKeys()
{
    const auto made = makeWindow({.restore = false, .show = false});
    MainWindow &window = *made;
    action(window, "helpShortcuts")->trigger();
    auto *dialog = window.findChild<ShortcutsDialog *>(QStringLiteral("shortcutsDialog"));
    QVERIFY(dialog);
    const QString text = dialog->text();
    // Every action that has a key is listed with it, from the one registry.
    for (QAction *a : window.findChildren<QAction *>()) {
        if (a->shortcut().isEmpty() || a->objectName().isEmpty())
            continue;
        const QString name = QString(a->text()).remove(QLatin1Char('&')).remove(QStringLiteral("...")).remove(QStringLiteral("…"));
        QVERIFY2(text.contains(name), qPrintable(name));
        QVERIFY2(text.contains(a->shortcut().toString(QKeySequence::NativeText)), qPrintable(a->shortcut().toString()));
    }
    QVERIFY(text.contains(QStringLiteral("Show the answer of a recall card")));
    QVERIFY(text.contains(QStringLiteral("Spot the bug")));
    QVERIFY(dialog->isVisible());
}

// Help had only About: a first evening needs a page on the window and the study flow, naming the real menu items.
void TestMainWindow::help_gettingStarted_namesTheMenusAsTheyAreWithTheirKeys()
{
    const auto made = makeWindow({.restore = false, .show = false});
    MainWindow &window = *made;
    QMenu *help = window.findChild<QMenu *>(QStringLiteral("menuHelp"));
    QVERIFY(help->actions().contains(action(window, "helpGettingStarted")));
    action(window, "studyUndoAnswer")->setText(QStringLiteral("U&ndo Answer to “Loops”")); // as after an answer
    action(window, "helpGettingStarted")->trigger();
    auto *dialog = window.findChild<GettingStartedDialog *>(QStringLiteral("gettingStartedDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    const QString text = dialog->text();
    for (const char *id : {"studyDue", "codeRun", "editSearch", "studyToggleBookmark", "fileExportPdf", "helpShortcuts", "studyNewCardsPerDay"}) {
        QAction *a = action(window, id);
        QString name = QString(a->text()).remove(QLatin1Char('&')).remove(QStringLiteral("...")).remove(QStringLiteral("…")).trimmed();
        if (!a->shortcut().isEmpty())
            name += QStringLiteral(" (") + a->shortcut().toString(QKeySequence::NativeText) + QLatin1Char(')');
        QVERIFY2(text.contains(name), qPrintable(name));
    }
    QVERIFY(text.contains(QStringLiteral("a card you get wrong comes back later in the same session")));
    QVERIFY(text.contains(QStringLiteral("Undo Answer (Ctrl+Z) takes the last answer back")));
    QVERIFY(!text.contains(QStringLiteral(" )")));
}

// A dark code theme gave a dark code pane in a light window with a white output box: a dark scheme is the window's.
void TestMainWindow::appearance_darkSwitchesTheWholeWindow_andIsKept()
{
    const auto lightness = [](const QWidget *w, QPalette::ColorRole role) { return w->palette().color(role).lightness(); };
    {
        Settings settings(m_user->settingsFile());
        MainWindow window(&settings, &m_user->data);
        window.setDecks(m_decks);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(lightness(&window, QPalette::Window) > 128);
        action(window, "appearance_dark")->trigger();
        QTRY_VERIFY(lightness(&window, QPalette::Window) < 100);
        auto *output = window.codePane()->findChild<QPlainTextEdit *>(QStringLiteral("snippetOutput"));
        QVERIFY(output);
        QVERIFY2(lightness(output, QPalette::Base) < 100, "the output box is dark too");
        QVERIFY(lightness(window.quizPanel()->promptView(), QPalette::Base) < 100);
        QVERIFY(lightness(window.notesEditor()->editor(), QPalette::Base) < 100);
        // The automatic code theme follows: a dark background under the code.
        QVERIFY(window.codePane()->editor()->theme().isDark());
        QCOMPARE(settings.colorScheme(), QStringLiteral("dark"));
    }
    {
        // Kept for the next start; and back to the system's colours.
        ColorScheme::apply(QStringLiteral("system"));
        Settings settings(m_user->settingsFile());
        MainWindow window(&settings, &m_user->data);
        window.setDecks(m_decks);
        QVERIFY(ColorScheme::isDark());
        QVERIFY(action(window, "appearance_dark")->isChecked());
        action(window, "appearance_system")->trigger();
        QVERIFY(!ColorScheme::isDark());
        QCOMPARE(settings.colorScheme(), QStringLiteral("system"));
    }
}

void TestMainWindow::fileMenu_restoreBackup()
{
    const auto made = makeWindow({.restore = false, .show = false});
    MainWindow &window = *made;
    action(window, "fileRestoreBackup")->trigger();
    QVERIFY(Dialogs::lastMessage().startsWith(QStringLiteral("There is no backup yet")));

    QString error;
    QVERIFY(m_user->data.notes.save({QStringLiteral("sample"), QStringLiteral("loops"), QStringLiteral("old"), 1}, &error));
    QVERIFY(m_user->data.database.rotateBackups(QDateTime(QDate(2026, 5, 1), QTime(8, 0)), 7, &error));
    QVERIFY(m_user->data.notes.save({QStringLiteral("sample"), QStringLiteral("loops"), QStringLiteral("new"), 2}, &error));

    Dialogs::setNextItem(QStringLiteral("deepdive-2026-05-01.db"));
    Dialogs::setNextAnswer(QMessageBox::Cancel);
    action(window, "fileRestoreBackup")->trigger();
    QCOMPARE(m_user->data.notes.note(QStringLiteral("sample"), QStringLiteral("loops"))->body, QStringLiteral("new"));

    // The backup is checked in a worker, with a progress dialog whose Cancel leaves everything as it was.
    QSignalSpy changed(&window, &MainWindow::userDataChanged);
    Dialogs::setNextItem(QStringLiteral("deepdive-2026-05-01.db"));
    Dialogs::setNextAnswer(QMessageBox::Yes);
    action(window, "fileRestoreBackup")->trigger();
    QPointer<QProgressDialog> progress = window.findChild<QProgressDialog *>(QStringLiteral("restoreProgress"));
    QVERIFY(progress);
    QVERIFY(!action(window, "fileRestoreBackup")->isEnabled()); // one restore at a time
    progress->cancel();
    QTRY_VERIFY(!progress);
    QVERIFY(action(window, "fileRestoreBackup")->isEnabled());
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_user->data.notes.note(QStringLiteral("sample"), QStringLiteral("loops"))->body, QStringLiteral("new"));
    QVERIFY(!QFile::exists(m_user->data.database.restoreStagingFile()));

    Dialogs::setNextItem(QStringLiteral("deepdive-2026-05-01.db"));
    Dialogs::setNextAnswer(QMessageBox::Yes);
    action(window, "fileRestoreBackup")->trigger();
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(m_user->data.notes.note(QStringLiteral("sample"), QStringLiteral("loops"))->body, QStringLiteral("old"));
    QVERIFY(Dialogs::lastMessage().startsWith(QStringLiteral("Your progress is back")));
}

void TestMainWindow::restoreBackup_showsTheRestoredNote_andTypingDoesNotOverwriteIt()
{
    const std::unique_ptr<MainWindow> shown = shownWindow();
    QVERIFY(shown);
    MainWindow &window = *shown;
    QPlainTextEdit *editor = window.notesEditor()->editor();
    const QString topic = window.currentTopic()->id;
    editor->setPlainText(QStringLiteral("BACKUP VERSION"));
    QVERIFY(window.notesEditor()->saveNow());
    QString error;
    QVERIFY(m_user->data.database.rotateBackups(QDateTime(QDate(2026, 5, 1), QTime(8, 0)), 7, &error));
    editor->setPlainText(QStringLiteral("CURRENT VERSION"));

    Dialogs::setNextItem(QStringLiteral("deepdive-2026-05-01.db"));
    Dialogs::setNextAnswer(QMessageBox::Yes);
    QSignalSpy changed(&window, &MainWindow::userDataChanged);
    action(window, "fileRestoreBackup")->trigger();
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(m_user->data.notes.note(QStringLiteral("sample"), topic)->body, QStringLiteral("BACKUP VERSION"));
    QCOMPARE(editor->toPlainText(), QStringLiteral("BACKUP VERSION"));
    QVERIFY(!window.notesEditor()->hasUnsavedChanges());

    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(editor, QStringLiteral("x"));
    QVERIFY(window.notesEditor()->saveNow());
    QCOMPARE(m_user->data.notes.note(QStringLiteral("sample"), topic)->body, QStringLiteral("BACKUP VERSIONx"));
}

void TestMainWindow::notes_aSaveThatFails_asksBeforeClosing()
{
    const auto made = makeWindow({.restore = false, .show = false});
    MainWindow &window = *made;
    window.setNotesRecoveryDir(m_user->filePath(QStringLiteral("unsaved-notes")));
    window.restoreLayoutAndTopic();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSqlQuery q(m_user->data.database.connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA query_only = ON"))); // as a full disk: writes fail
    window.notesEditor()->editor()->setPlainText(QStringLiteral("typed on a full disk"));

    Dialogs::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!window.close());
    QVERIFY(window.isVisible());
    QCOMPARE(window.notesEditor()->editor()->toPlainText(), QStringLiteral("typed on a full disk"));

    Dialogs::setNextAnswer(QMessageBox::Close);
    QVERIFY(window.close());
    const QString kept = m_user->filePath(QStringLiteral("unsaved-notes/sample/") + window.currentTopic()->id
                                             + QStringLiteral(".md"));
    QFile file(kept);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(kept));
    QCOMPARE(file.readAll(), QByteArray("typed on a full disk"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA query_only = OFF")));
}

void TestMainWindow::notice_isShownAndDismissable()
{
    const auto made = makeWindow({.restore = false});
    QVERIFY(made);
    MainWindow &window = *made;
    QVERIFY(!window.noticeBar()->isVisible());
    window.showNotice(QStringLiteral("Your progress database could not be used."));
    QVERIFY(window.noticeBar()->isVisible());
    QCOMPARE(window.noticeBar()->text(), QStringLiteral("Your progress database could not be used."));
    QTest::mouseClick(window.noticeBar()->findChild<QToolButton *>(QStringLiteral("noticeClose")), Qt::LeftButton);
    QVERIFY(!window.noticeBar()->isVisible());
}

// A second deck that reuses the sample deck's topic ids (as a copy of a deck being edited does): bookmarks, search
// hits, the restored last topic and study-session cards must each open their own deck's topic.
void TestMainWindow::twoDecksWithClashingIds_everyReferenceOpensItsOwnDecksTopic()
{
    QTemporaryDir copy;
    QVERIFY(QDir().mkpath(copy.filePath(QStringLiteral("01-basics"))));
    const QDir sample(Test::dataPath(QStringLiteral("decks/sample")));
    QDirIterator it(sample.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString from = it.next();
        const QString to = copy.filePath(sample.relativeFilePath(from));
        QVERIFY(QDir().mkpath(QFileInfo(to).absolutePath()));
        QVERIFY(QFile::copy(from, to));
    }
    QFile manifest(copy.filePath(QStringLiteral("deck.md")));
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    QByteArray text = manifest.readAll();
    manifest.close();
    text.replace("id: sample", "id: sample2").replace("title: Sample deck", "title: Second deck");
    QVERIFY(manifest.open(QIODevice::WriteOnly | QIODevice::Truncate));
    manifest.write(text);
    manifest.close();
    QList<Diagnostic> diagnostics;
    const QList<Deck> decks = DeckLoader::loadAll({Test::dataPath(QStringLiteral("decks/sample")), copy.path()}, &diagnostics);
    QVERIFY(diagnostics.isEmpty());
    QCOMPARE(decks.size(), 2);
    QCOMPARE(decks[1].id, QStringLiteral("sample2"));

    Settings &settings = m_user->settings;
    settings.setLastTopic(QStringLiteral("sample2/loops"));
    QString error;
    QVERIFY(m_user->data.bookmarks.set({QStringLiteral("sample2"), Bookmark::Topic, QStringLiteral("no-snippets"), QString(), 5}, &error));
    const auto made = makeWindow({.decks = decks});
    QVERIFY(made);
    MainWindow &window = *made;
    const auto current = [&window] { return TopicRef{window.currentDeckId(), window.currentTopic()->id}; };

    // The restored last topic.
    QCOMPARE(current(), (TopicRef{QStringLiteral("sample2"), QStringLiteral("loops")}));

    // A bookmark, from the Bookmarks dock.
    QVERIFY(window.selectTopic({QStringLiteral("sample"), QStringLiteral("identity")}));
    action(window, "viewBookmarks")->trigger();
    QListWidget *list = window.bookmarksView()->list();
    QCOMPARE(list->count(), 1);
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(current(), (TopicRef{QStringLiteral("sample2"), QStringLiteral("no-snippets")}));

    // Search hits: a topic hit and a note hit in the second deck.
    QVERIFY(window.selectTopic({QStringLiteral("sample"), QStringLiteral("identity")}));
    window.openSearchHit({SearchHit::TopicHit, QStringLiteral("sample2"), QStringLiteral("identity"), {}, {}, {}, {}, {}});
    QCOMPARE(current(), (TopicRef{QStringLiteral("sample2"), QStringLiteral("identity")}));
    window.openSearchHit({SearchHit::NoteHit, QStringLiteral("sample"), QStringLiteral("loops"), {}, {}, {}, {}, {}});
    QCOMPARE(current(), (TopicRef{QStringLiteral("sample"), QStringLiteral("loops")}));

    // A study session whose card is in the second deck follows it there.
    QVERIFY(m_user->data.sessions.start(QStringLiteral("all"), {QStringLiteral("sample2/loops-recall")}, 1000, &error));
    QVERIFY(window.resumeSession());
    QTRY_VERIFY(window.isInSession());
    QCOMPARE(window.quizSession()->current()->deckId, QStringLiteral("sample2"));
    QCOMPARE(current(), (TopicRef{QStringLiteral("sample2"), QStringLiteral("loops")}));
}

void TestMainWindow::bookmarks_toggleLabelFilterAndJump()
{
    const auto made = makeWindow({});
    QVERIFY(made);
    MainWindow &window = *made;
    QAction *toggle = action(window, "studyToggleBookmark");
    QVERIFY(!toggle->isChecked());
    toggle->trigger();
    QVERIFY(m_user->data.bookmarks.contains(QStringLiteral("sample"), Bookmark::Topic, QStringLiteral("identity")));
    QVERIFY(toggle->isChecked());
    QVERIFY(window.topicTree()->currentIndex().data(TopicModel::BookmarkedRole).toBool());

    // Bookmark the next topic with a label, through the label dialog.
    action(window, "viewNextTopic")->trigger();
    QVERIFY(!toggle->isChecked());
    Dialogs::setNextItem(QStringLiteral("before the interview"));
    action(window, "studyBookmarkWithLabel")->trigger();
    const QList<Bookmark> all = m_user->data.bookmarks.all();
    const auto loops = std::find_if(all.cbegin(), all.cend(), [](const Bookmark &b) { return b.itemId == QLatin1String("loops"); });
    QVERIFY(loops != all.cend());
    QCOMPARE(loops->label, QStringLiteral("before the interview"));

    // The filter row counts and filters them.
    QComboBox *filter = window.filterBox();
    QCOMPARE(filter->itemText(TopicFilterModel::Bookmarked), QStringLiteral("Bookmarked (2)"));
    filter->setCurrentIndex(TopicFilterModel::Bookmarked);
    QCOMPARE(window.topicFilter()->count(TopicFilterModel::Bookmarked), 2);
    QCOMPARE(window.topicTree()->model()->rowCount(), 1); // the "More" section has no bookmark

    // Removing a bookmark (Ctrl+D again) updates the filter at once.
    QVERIFY(window.selectTopic({QStringLiteral("sample"), QStringLiteral("identity")}));
    toggle->trigger();
    QVERIFY(!m_user->data.bookmarks.contains(QStringLiteral("sample"), Bookmark::Topic, QStringLiteral("identity")));
    QCOMPARE(filter->itemText(TopicFilterModel::Bookmarked), QStringLiteral("Bookmarked (1)"));

    // The Bookmarks view lists what is left and opens it. It sits under the tree and takes none of the code pane's or
    // the quiz's width (as a dock beside the tree it squeezed all three panes at 1280 wide).
    filter->setCurrentIndex(TopicFilterModel::All);
    window.resize(1280, 800);
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const int codeWidth = window.codePane()->width();
    const int panelWidth = window.studyPanel()->width();
    action(window, "viewBookmarks")->trigger();
    QVERIFY(window.bookmarksView()->isVisible());
    QTRY_VERIFY(window.bookmarksView()->mapTo(&window, QPoint()).y() > window.topicTree()->mapTo(&window, QPoint()).y() + window.topicTree()->height() - 1);
    QCOMPARE(window.codePane()->width(), codeWidth);
    QCOMPARE(window.studyPanel()->width(), panelWidth);
    QVERIFY(window.topicTree()->height() > window.bookmarksView()->height());
    auto *close = window.bookmarksView()->findChild<QToolButton *>(QStringLiteral("bookmarksClose"));
    QVERIFY(close->isVisible());
    const int sidebar = window.topicTree()->height() + window.bookmarksView()->height();
    QTRY_VERIFY2(std::abs(window.bookmarksView()->height() - sidebar / 3) < 40, // a third: room for a few, and the tree keeps most
                 qPrintable(QStringLiteral("%1 of %2").arg(window.bookmarksView()->height()).arg(sidebar)));
    QVERIFY(action(window, "viewBookmarks")->isChecked());
    QTest::mouseClick(close, Qt::LeftButton);
    QVERIFY(!window.bookmarksView()->isVisible());
    QVERIFY(!action(window, "viewBookmarks")->isChecked());
    action(window, "viewBookmarks")->trigger();
    QVERIFY(window.bookmarksView()->isVisible());
    QListWidget *list = window.bookmarksView()->list();
    QCOMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().contains(QStringLiteral("Loops — before the interview")));
    QVERIFY(window.selectTopic({QStringLiteral("sample"), QStringLiteral("no-snippets")}));
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(window.currentTopic()->id, QStringLiteral("loops"));
}

void TestMainWindow::view_zoomAndHighlightingTheme_arePersisted()
{
    const QString file = m_user->settingsFile();
    qreal zoomed = 0;
    QString themeName;
    {
        Settings settings(file);
        MainWindow window(&settings, &m_user->data);
        window.setDecks(m_decks);
        const qreal before = window.codePane()->codeFontSize();
        action(window, "viewZoomIn")->trigger();
        action(window, "viewZoomIn")->trigger();
        zoomed = window.codePane()->codeFontSize();
        QCOMPARE(zoomed, before + 2);
        // The reading text grows with the code (it was only the code): notes, quiz, My Notes.
        const qreal reading = window.studyPanel()->font().pointSizeF();
        QVERIFY2(std::abs(reading - QApplication::font().pointSizeF() * zoomed / before) < 0.01,
                 qPrintable(QStringLiteral("%1 for code %2 from %3").arg(reading).arg(zoomed).arg(before)));
        QCOMPARE(window.quizPanel()->promptView()->font().pointSizeF(), reading);
        QCOMPARE(window.quizPanel()->findChild<QLabel *>(QStringLiteral("quizHeader"))->font().pointSizeF(), reading);
        auto *menu = window.findChild<QMenu *>(QStringLiteral("menuHighlightingTheme"));
        window.show(); // the highlighting engine, and with it the themes, loads after the first frame
        QTRY_VERIFY(menu->actions().size() > 10); // automatic, a separator and every KSyntaxHighlighting theme
        QAction *solarized = nullptr;
        for (QAction *a : menu->actions()) {
            if (a->data().toString() == QLatin1String("Solarized Light"))
                solarized = a;
        }
        QVERIFY(solarized);
        solarized->trigger();
        themeName = window.codePane()->editor()->theme().name;
        QCOMPARE(themeName, QStringLiteral("Solarized Light"));
        QVERIFY(window.close());
    }
    Settings settings(file);
    MainWindow window(&settings, &m_user->data);
    QCOMPARE(window.codePane()->codeFontSize(), zoomed);
    QCOMPARE(window.codePane()->editor()->theme().name, themeName);
    action(window, "viewZoomReset")->trigger();
    QCOMPARE(settings.codeFontSize(), 0.0);
}

void TestMainWindow::fileMenu_exportPdfOfTheSelectedTopics()
{
    Settings &settings = m_user->settings;
    const auto made = makeWindow({});
    QVERIFY(made);
    MainWindow &window = *made;
    // Select two topics with the keyboard (Ctrl+Space toggles, Shift extends).
    window.topicTree()->setFocus();
    QTest::keyClick(window.topicTree(), Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(window.topicTree()->selectionModel()->selectedRows().size(), 2);
    // The documents folder as the desktop names it (xdg-user-dirs); it does not exist yet.
    const QString documents = m_user->filePath(QStringLiteral("Documents"));
    QFile userDirs(m_user->filePath(QStringLiteral("user-dirs.dirs")));
    QVERIFY(userDirs.open(QIODevice::WriteOnly));
    userDirs.write("XDG_DOCUMENTS_DIR=\"" + documents.toUtf8() + "\"\n");
    userDirs.close();
    const QByteArray configHome = qgetenv("XDG_CONFIG_HOME");
    qputenv("XDG_CONFIG_HOME", m_user->dir.path().toUtf8());
    const auto restoreConfigHome = qScopeGuard([configHome] { qputenv("XDG_CONFIG_HOME", configHome); });
    QCOMPARE(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), documents);

    QString error;
    QVERIFY(m_user->data.notes.save({QStringLiteral("sample"), QStringLiteral("loops"), QStringLiteral("remember **range**"), 6}, &error));
    ExportDialog::Choice choice;
    choice.scope = QStringLiteral("topics:identity,loops");
    choice.withQuiz = true;
    choice.answers = AnswerPlacement::EndOfDocument;
    choice.withNotes = true;
    choice.pageSize = QPageSize(QPageSize::A4);
    // With no documents folder, the save dialog starts at home (not in the working directory).
    ExportDialog::setNextChoice(choice);
    Dialogs::setNextFileName(QString()); // cancelled
    action(window, "fileExportPdf")->trigger();
    QCOMPARE(QFileInfo(Dialogs::lastSuggestedFileName()).absolutePath(), QDir::homePath());
    QVERIFY(QDir().mkpath(documents));

    ExportDialog::setNextChoice(choice);
    const QString file = m_user->filePath(QStringLiteral("handout.pdf"));
    Dialogs::setNextFileName(file);
    Dialogs::setNextAnswer(QMessageBox::Open); // the learner opens the PDF from the message
    QUrl opened;
    Dialogs::setUrlOpener([&opened](const QUrl &url) {
        opened = url;
        return true;
    });
    const auto restoreOpener = qScopeGuard([] { Dialogs::setUrlOpener({}); });
    action(window, "fileExportPdf")->trigger();
    // Written in a worker, one export at a time; the window goes on meanwhile.
    QVERIFY(!action(window, "fileExportPdf")->isEnabled());
    QVERIFY(window.findChild<QProgressDialog *>(QStringLiteral("pdfProgress")));
    QTRY_VERIFY(action(window, "fileExportPdf")->isEnabled());
    QVERIFY2(Dialogs::lastMessage().startsWith(QStringLiteral("Wrote 2 topics (")), qPrintable(Dialogs::lastMessage()));
    QVERIFY(QFileInfo(file).size() > 1000);
    QCOMPARE(Dialogs::lastOfferedFile(), file);
    QCOMPARE(opened, QUrl::fromLocalFile(file));
    // The save dialog started in the documents folder, with the suggested name.
    const QFileInfo suggested(Dialogs::lastSuggestedFileName());
    QCOMPARE(suggested.absolutePath(), documents);
    QVERIFY2(QRegularExpression(QStringLiteral("^deepdive-summaries-\\d{4}-\\d{2}-\\d{2}\\.pdf$")).match(suggested.fileName()).hasMatch(),
             qPrintable(suggested.fileName()));
    // The dialog's options reached the printer: answers at the end, the learner's notes.
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {file, QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(30000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    QVERIFY2(text.indexOf(QStringLiteral("Answers — Identity and equality")) > text.indexOf(QStringLiteral("Loops repeat work.")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("My notes")));
    QVERIFY(text.contains(QStringLiteral("remember range")));

    // The next export starts in the folder of the last one.
    QCOMPARE(settings.lastExportFolder(), QFileInfo(file).absolutePath());
    ExportDialog::setNextChoice(choice);
    Dialogs::setNextFileName(QString()); // cancelled
    action(window, "fileExportPdf")->trigger();
    QCOMPARE(QFileInfo(Dialogs::lastSuggestedFileName()).absolutePath(), QFileInfo(file).absolutePath());
    // Cancelling the scope dialog writes nothing.
    ExportDialog::setNextChoice(std::nullopt);
    action(window, "fileExportPdf")->trigger();
    QVERIFY(QFile::remove(file));
    QVERIFY(!QFile::exists(file));
}

// Cancel pressed before the snippets are all highlighted (they are, a few at a time between the window's events):
// no worker starts, no file is written, and Export PDF can be chosen again.
void TestMainWindow::fileMenu_exportPdf_cancelledWhileHighlighting_writesNothing()
{
    const auto made = makeWindow({});
    QVERIFY(made);
    MainWindow &window = *made;
    ExportDialog::Choice choice;
    choice.scope = QStringLiteral("deck:sample");
    choice.pageSize = QPageSize(QPageSize::A4);
    ExportDialog::setNextChoice(choice);
    const QString file = m_user->filePath(QStringLiteral("cancelled.pdf"));
    Dialogs::setNextFileName(file);
    const QString before = Dialogs::lastMessage();
    action(window, "fileExportPdf")->trigger();
    QVERIFY(!action(window, "fileExportPdf")->isEnabled());
    auto *progress = window.findChild<QProgressDialog *>(QStringLiteral("pdfProgress"));
    QVERIFY(progress);
    Q_EMIT progress->canceled(); // what its Cancel button does
    QTRY_VERIFY(action(window, "fileExportPdf")->isEnabled());
    QTest::qWait(50);
    QVERIFY(!QFile::exists(file));
    QCOMPARE(Dialogs::lastMessage(), before); // neither "Wrote" nor a warning
    QTRY_VERIFY(!window.findChild<QProgressDialog *>(QStringLiteral("pdfProgress")));
}

// Undo Answer at start: the window is built while the database is opened in a worker (WindowSession), so it reads
// today's last answer only once it has data and decks (setDecks), and names that answer's topic. It once read it in
// its constructor: from a connection still being opened in the worker ("does not belong to the calling thread"), and
// without a topic to name.
void TestMainWindow::undoAnswer_atStart_namesTodaysLastAnswer_readOnceTheDataIsThere()
{
    QVERIFY(m_user->answer(QStringLiteral("loops"), QStringLiteral("loops-recall"), 3, QDateTime::currentMSecsSinceEpoch()));
    UserData opening; // not open yet, as while the worker opens it
    QTest::failOnWarning(QRegularExpression(QStringLiteral("Undo Answer")));
    {
        MainWindow window(&m_user->settings, &opening);
        QVERIFY(opening.open(m_user->databaseFile(), m_user->backupDir()));
        window.setDecks(m_decks);
        QAction *undo = action(window, "studyUndoAnswer");
        QVERIFY(undo->isEnabled());
        QCOMPARE(undo->text(), QStringLiteral("U&ndo Answer to “Loops”"));
    }
}

// The window starts on decks read from their indexes; a topic's notes, code and quiz come from its file when it is
// opened. New decks (read in the background, or changed on disk) replace them without losing the topic on screen.
void TestMainWindow::indexedDecks_openTopicsFromTheirFiles_andKeepTheTopicWhenUpdated()
{
    Settings &settings = m_user->settings;
    MainWindow window(&settings, &m_user->data);
    window.setDecks({DeckIndex::skeleton(m_decks[0])});
    window.restoreLayoutAndTopic();
    window.show();
    QVERIFY(window.selectTopic({QStringLiteral("sample"), QStringLiteral("loops")}));
    QVERIFY(window.currentTopic()->loaded);
    QVERIFY(notesText(window).contains(QStringLiteral("Loops repeat work.")));
    QVERIFY(!window.codePane()->editor()->toPlainText().isEmpty());
    QVERIFY(window.quizSession()->count() > 0);
    QVERIFY(window.quizSession()->current()->card->prompt.size() > 0);

    const QString code = window.codePane()->editor()->toPlainText();
    const int snippets = window.codePane()->switcher()->count();
    QVERIFY(snippets > 0);

    // A section renamed (its file edited): the same rows, which stay as they were, the topic selected.
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("topicTree"));
    QVERIFY(tree);
    const QModelIndex more = tree->model()->index(1, 0);
    tree->collapse(more);
    Deck renamed = m_decks[0];
    renamed.sections[0].title = QStringLiteral("Renamed basics");
    window.updateDecks({DeckIndex::skeleton(renamed)});
    // The tree first; until it has painted, the code pane keeps the topic it showed, whose copy the window keeps.
    QCOMPARE(window.topicModel()->index(0, 0).data().toString(), QStringLiteral("Renamed basics"));
    QVERIFY(!tree->isExpanded(tree->model()->index(1, 0))); // as the learner left it
    QCOMPARE(window.currentTopic()->id, QStringLiteral("loops"));
    QVERIFY(!window.currentTopic()->loaded); // not read again yet
    QCOMPARE(window.codePane()->topic()->id, QStringLiteral("loops"));
    QCOMPARE(window.codePane()->topic()->snippets.size(), snippets);
    QCOMPARE(window.codePane()->editor()->toPlainText(), code);
    QTRY_VERIFY(window.currentTopic()->loaded); // opened again from its file
    QCOMPARE(window.currentTopic()->id, QStringLiteral("loops"));
    QCOMPARE(window.codePane()->topic(), window.currentTopic());
    QVERIFY(window.quizSession()->count() > 0); // the quiz started again on the new decks
    QVERIFY(notesText(window).contains(QStringLiteral("Loops repeat work.")));

    // Topics in another order: listed anew, and the topic selected again after the tree has painted.
    Deck reordered = renamed;
    std::reverse(reordered.topics.begin(), reordered.topics.end());
    for (Section &section : reordered.sections) {
        for (int &t : section.topics)
            t = int(reordered.topics.size()) - 1 - t;
    }
    window.updateDecks({DeckIndex::skeleton(reordered)});
    QVERIFY(!window.currentTopic());
    QCOMPARE(window.codePane()->topic()->id, QStringLiteral("loops"));
    QCOMPARE(window.codePane()->editor()->toPlainText(), code);
    QTRY_VERIFY(window.currentTopic());
    QCOMPARE(window.currentTopic()->id, QStringLiteral("loops"));
    QVERIFY(window.currentTopic()->loaded);
    QCOMPARE(window.codePane()->topic(), window.currentTopic());

    // Listed twice before the topic shows again: it is the one from before both.
    window.updateDecks({DeckIndex::skeleton(m_decks[0])});
    window.updateDecks({DeckIndex::skeleton(renamed)});
    QCOMPARE(window.codePane()->topic()->id, QStringLiteral("loops"));
    QTRY_VERIFY(window.currentTopic() && window.currentTopic()->loaded);
    QCOMPARE(window.currentTopic()->id, QStringLiteral("loops"));
    QCOMPARE(window.codePane()->topic(), window.currentTopic());

    // Another topic picked between two listings that keep the rows: the second does not free what the code pane shows
    // (the topic picked, read from its file), and after the frame the topic picked is shown from the newest decks.
    window.updateDecks({DeckIndex::skeleton(m_decks[0])});
    QVERIFY(window.selectTopic({QStringLiteral("sample"), QStringLiteral("identity")}));
    const Topic *picked = window.codePane()->topic();
    QCOMPARE(picked->id, QStringLiteral("identity"));
    window.updateDecks({DeckIndex::skeleton(renamed)});
    QCOMPARE(window.codePane()->topic(), picked);
    QCOMPARE(window.codePane()->topic()->id, QStringLiteral("identity")); // still there to be read
    QTRY_VERIFY(window.codePane()->topic() != picked);
    QCOMPARE(window.codePane()->topic(), window.currentTopic());
    QCOMPARE(window.currentTopic()->id, QStringLiteral("identity"));
    QVERIFY(window.currentTopic()->loaded);
}

// A deck folder emptied on disk: the code pane, the notes and the quiz leave the topic that is gone (the code pane
// kept its snippets, pointing into the old decks).
void TestMainWindow::updatedDecks_withoutTopics_leaveNothingOfTheOldOnScreen()
{
    MainWindow window(&m_user->settings, &m_user->data);
    window.setDecks({DeckIndex::skeleton(m_decks[0])});
    window.show();
    QVERIFY(window.selectTopic({QStringLiteral("sample"), QStringLiteral("loops")}));
    QVERIFY(window.codePane()->switcher()->count() > 0);
    window.updateDecks({});
    QTRY_VERIFY(!window.codePane()->topic());
    QCOMPARE(window.codePane()->switcher()->count(), 0);
    QVERIFY(window.codePane()->editor()->toPlainText().isEmpty());
    QVERIFY(!notesText(window).contains(QStringLiteral("Loops repeat work.")));
    QCOMPARE(window.quizSession()->count(), 0);
    QCOMPARE(window.topicModel()->rowCount(), 0);
}

// Decks changed on disk: over ten thousand topics and a year of answers their progress would hold the window a tenth
// of a second, so it is computed in a worker; meanwhile the tree keeps what it showed.
void TestMainWindow::updatedDecks_keepTheirProgress_whileTheNewIsComputedInAWorker()
{
    QString error;
    QVERIFY(m_user->data.database.isOnDisk());
    QVERIFY(m_user->data.bookmarks.set({QStringLiteral("sample"), Bookmark::Topic, QStringLiteral("loops"), QString(), 5}, &error));
    MainWindow window(&m_user->settings, &m_user->data);
    window.setDecks(m_decks);
    const auto bookmarked = [&window](const char *topic) {
        const QModelIndex index = window.topicModel()->findTopic({QStringLiteral("sample"), QString::fromLatin1(topic)});
        return window.topicModel()->stats(index).bookmarked;
    };
    QVERIFY(bookmarked("loops"));
    QVERIFY(!bookmarked("identity"));

    // Bookmarked elsewhere (a sync), then the decks change.
    QVERIFY(m_user->data.bookmarks.set({QStringLiteral("sample"), Bookmark::Topic, QStringLiteral("identity"), QString(), 6}, &error));
    Deck renamed = m_decks[0];
    renamed.sections[0].title = QStringLiteral("Renamed basics");
    window.updateDecks({renamed});
    QCOMPARE(window.topicModel()->index(0, 0).data().toString(), QStringLiteral("Renamed basics"));
    QVERIFY(bookmarked("loops"));     // kept
    QVERIFY(!bookmarked("identity")); // not computed on this thread
    QTRY_VERIFY(bookmarked("identity"));
    QVERIFY(bookmarked("loops"));
}

void TestMainWindow::quiz_codePaneGivesNoAnswerAwayBeforeTheCardIsAnswered_data()
{
    QTest::addColumn<QString>("show");
    QTest::newRow("recall, choice and pair without show=") << QString();
    QTest::newRow("recall, choice and pair with show=") << QStringLiteral("identity-pitfall");
}

// The quiz on the sample deck's first topic, one card of each type: while a card is asked, the code pane shows no
// snippet title, expected output, explanation or fix, and only the code the card needs; once answered, all of it
// comes back.
void TestMainWindow::quiz_codePaneGivesNoAnswerAwayBeforeTheCardIsAnswered()
{
    QFETCH(QString, show);
    QList<Deck> decks = m_decks;
    Topic &identity = decks[0].topics[0];
    QCOMPARE(identity.id, QStringLiteral("identity"));
    for (Card &card : identity.cards) {
        if (card.type == CardType::Recall || card.type == CardType::Choice || card.type == CardType::Pair)
            card.showId = show;
    }
    const auto made = makeWindow({.decks = decks, .size = {1200, 700}});
    QVERIFY(made);
    MainWindow &window = *made;
    CodePane *pane = window.codePane();
    const QStringList secrets = giveaways(identity);
    const QString pitfallTitle = identity.snippets[0].title;
    QVERIFY(pitfallTitle.startsWith(QStringLiteral("Comparing with")));
    QVERIFY(secrets.contains(pitfallTitle) && secrets.contains(QStringLiteral("False")));
    const QString pitfallCode = QStringLiteral("a = [1, 2]\nb = [1, 2]\nprint(a is b)");
    // On the Topic tab the code pane is the learner's: everything shows.
    QCOMPARE(window.studyPanel()->currentIndex(), int(StudyPanel::TopicTab));
    for (const QString &secret : {pitfallTitle, QStringLiteral("False"),
                                  QStringLiteral("Two lists with equal contents"), QStringLiteral("print(a == b)")})
        QVERIFY2(codePaneTexts(pane).contains(secret), qPrintable(secret));

    action(window, "viewQuizTab")->trigger();
    QuizSession *quiz = window.quizSession();
    QSet<int> seen;
    while (quiz->current()) {
        const Card &card = *quiz->current()->card;
        seen.insert(int(card.type));
        const QByteArray id = card.id.toUtf8();
        const char *where = id.constData();
        QCOMPARE(quiz->phase(), QuizSession::Phase::Asking);
        const QString texts = codePaneTexts(pane);
        for (const QString &secret : secrets)
            QVERIFY2(!texts.contains(secret), qPrintable(card.id + QStringLiteral(" shows: ") + secret));
        const bool ownCode = card.type == CardType::Predict || card.type == CardType::SpotBug || !show.isEmpty();
        QCOMPARE(pane->editor()->toPlainText(), ownCode ? pitfallCode : QString());
        QVERIFY2(pane->editor()->isVisible() == ownCode, where);
        auto *placeholder = pane->findChild<QLabel *>(QStringLiteral("codePlaceholder"));
        QVERIFY2(placeholder->isVisible() == !ownCode, where);
        if (!ownCode)
            QVERIFY(placeholder->text().contains(QStringLiteral("answered without code")));
        QVERIFY2(!pane->switcher()->isEnabled(), where);
        QVERIFY2(!pane->runButton()->isEnabled(), where);
        QVERIFY2(!pane->isFixVisible(), where);
        QCOMPARE(pane->editor()->isPickingLine(), card.type == CardType::SpotBug);

        switch (card.type) {
        case CardType::Recall:
            QVERIFY(quiz->reveal()); // the answer is on screen: so may the code be
            break;
        case CardType::Choice:
            QVERIFY(quiz->choose(0));
            break;
        case CardType::Predict:
            QVERIFY(quiz->submitPrediction(QStringLiteral("False")));
            break;
        case CardType::SpotBug:
            QVERIFY(quiz->pickLine(3));
            break;
        case CardType::Pair:
            QVERIFY(quiz->assign(0, 0) && quiz->assign(1, 1) && quiz->submitPairs());
            break;
        }
        // Answered: the pitfall comes back whole (the card's snippet, the one it showed, or the first of the topic).
        const QString after = codePaneTexts(pane);
        for (const QString &secret : {pitfallTitle, QStringLiteral("False"),
                                      QStringLiteral("Two lists with equal contents"), QStringLiteral("print(a == b)")})
            QVERIFY2(after.contains(secret), qPrintable(card.id + QStringLiteral(" still hides: ") + secret));
        QCOMPARE(pane->switcher()->currentText(), QStringLiteral("Pitfall: ") + pitfallTitle);
        QVERIFY2(pane->switcher()->isEnabled(), where);
        QVERIFY2(pane->isFixVisible(), where);
        QCOMPARE(pane->editor()->toPlainText(), pitfallCode);
        QVERIFY(!pane->editor()->isPickingLine());
        if (card.type == CardType::Recall) {
            QVERIFY(quiz->grade(3));
        }
        if (!quiz->next())
            break;
    }
    QCOMPARE(seen.size(), 5);

    // Another topic, chosen while the quiz is on screen: its first card hides that topic's code.
    QVERIFY(window.selectTopic({QStringLiteral("sample"), QStringLiteral("loops")}));
    QCOMPARE(quiz->current()->card->id, QStringLiteral("loops-recall"));
    QVERIFY(!codePaneTexts(pane).contains(QStringLiteral("A for loop")));
    QVERIFY(!codePaneTexts(pane).contains(QStringLiteral("0\n1\n2")));
    QVERIFY(pane->editor()->toPlainText().isEmpty());
    // The Topic tab gives the code back while the card waits; the Quiz tab hides it again.
    action(window, "viewTopicTab")->trigger();
    QVERIFY(codePaneTexts(pane).contains(QStringLiteral("A for loop")));
    QVERIFY(pane->switcher()->isEnabled());
    action(window, "viewQuizTab")->trigger();
    QVERIFY(!codePaneTexts(pane).contains(QStringLiteral("A for loop")));
    QVERIFY(!pane->switcher()->isEnabled());
    action(window, "viewNextSnippet")->trigger(); // no way round it by keyboard either
    QVERIFY(pane->editor()->toPlainText().isEmpty());
}

// A spot-the-bug card takes the keyboard to its code, in line-picking mode: Down, Down, Enter picks line 3.
void TestMainWindow::quiz_spotBug_codeTakesTheKeyboard_arrowsAndEnterPickTheLine()
{
    const auto made = makeWindow({.size = {1200, 700}});
    QVERIFY(made);
    MainWindow &window = *made;
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier); // View > Quiz
    QCOMPARE(window.studyPanel()->currentIndex(), int(StudyPanel::QuizTab));
    QuizSession *quiz = window.quizSession();
    while (quiz->current() && quiz->current()->card->type != CardType::SpotBug) {
        if (quiz->current()->card->type == CardType::Recall) {
            quiz->reveal();
            quiz->grade(3);
        } else if (quiz->current()->card->type == CardType::Choice) {
            quiz->choose(0);
        } else if (quiz->current()->card->type == CardType::Predict) {
            quiz->submitPrediction(QStringLiteral("False"));
        }
        QVERIFY(quiz->phase() == QuizSession::Phase::Answered);
        quiz->next();
    }
    QVERIFY(quiz->current());
    CodeEditor *editor = window.codePane()->editor();
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(editor));
    QVERIFY(editor->isPickingLine());
    QCOMPARE(editor->textCursor().blockNumber(), 0);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QCOMPARE(quiz->phase(), QuizSession::Phase::Asking); // moving is not picking
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(quiz->phase(), QuizSession::Phase::Answered);
    QCOMPARE(quiz->pickedLine(), 3);
    QVERIFY(quiz->lastCorrect());
    QVERIFY(!editor->isPickingLine());
    QCOMPARE(editor->markedLines(), QList<int>{3});

    // Undo asks it again: the code takes the keyboard again, even when the quiz panel is given the focus after it.
    quiz->undo();
    QCOMPARE(quiz->phase(), QuizSession::Phase::Asking);
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(editor));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(quiz->pickedLine(), 1);
    QVERIFY(!quiz->lastCorrect());
    QCOMPARE(editor->markedLines(), (QList<int>{3, -1}));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
