#include "codeeditor.h"
#include "codepane.h"
#include "deckloader.h"
#include "mainwindow.h"
#include "settings.h"
#include "studypanel.h"
#include "testsupport.h"

#include <QAction>
#include <QSplitter>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

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

private:
    QList<Deck> m_decks;
    std::unique_ptr<QTemporaryDir> m_dataDir;
};

void TestMainWindow::initTestCase()
{
    QList<Diagnostic> diagnostics;
    m_decks = DeckLoader::loadAll({Test::dataPath(QStringLiteral("decks/sample"))}, &diagnostics);
    QVERIFY(diagnostics.isEmpty());
}

void TestMainWindow::init()
{
    m_dataDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dataDir->isValid());
}

namespace {
QString notesText(const MainWindow &window)
{
    return window.studyPanel()->notesView()->toPlainText();
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
    Settings settings(m_dataDir->filePath(QStringLiteral("settings.ini")));
    MainWindow window(&settings);
    window.setDecks(m_decks);
    window.restoreSession();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

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
    QVERIFY(window.windowTitle().endsWith(QStringLiteral("Loops")));

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
    Settings settings(m_dataDir->filePath(QStringLiteral("settings.ini")));
    MainWindow window(&settings);
    window.setDecks(m_decks);
    window.restoreSession();
    window.show();
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
    const QString file = m_dataDir->filePath(QStringLiteral("settings.ini"));
    QList<int> sizes;
    {
        Settings settings(file);
        MainWindow window(&settings);
        window.setDecks(m_decks);
        window.restoreSession();
        window.resize(760, 560); // inside the offscreen platform's 800x600 screen
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.selectTopic(QStringLiteral("loops")));
        auto *splitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        splitter->setSizes({200, 350, 200});
        sizes = splitter->sizes();
        QVERIFY(window.close());
    }
    QVERIFY(QFile::exists(file));
    Settings settings(file);
    MainWindow window(&settings);
    window.setDecks(m_decks);
    window.restoreSession();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.currentTopic()->id, QStringLiteral("loops"));
    QCOMPARE(window.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);
    QCOMPARE(window.size(), QSize(760, 560));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
