#include "codepane.h"
#include "findbar.h"
#include "mainwindow.h"
#include "noteseditor.h"
#include "quizsession.h"
#include "searchdialog.h"
#include "searchindex.h"
#include "settings.h"
#include "studypanel.h"
#include "tempuserdata.h"
#include "testsupport.h"
#include "userdata.h"

#include <QAction>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QLabel>
#include <QTest>
#include <QTextBrowser>

using namespace DeepDive;

// Ctrl+K through the real window: type, see ranked hits, Enter opens the match.
class TestSearchDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void typing_showsRankedHitsWithTheMatchInBold();
    void enterOnASnippet_opensItInTheCodePane();
    void enterOnACard_opensTheQuizOnThatCard();
    void savedNotes_areSearchable();
    void markedToHtml_escapesAndBolds();
    void oneLetter_asksForAnother();
    void cardAndNoteHits_nameTheirTopic();
    void results_arePlainText();
    void typo_showsTheNearestWordsMatches_andTheLinkTakesIt();
    void openingAHit_highlightsTheMatchedWordsInTheNotes();
    void ctrlF_findsInTheTopic_escCloses();
    void ctrlF_andCtrlK_eachBelongToOneAction();

private:
    SearchDialog *openSearch();
    QList<Deck> m_decks;
    std::unique_ptr<Test::TempUserData> m_user;
    std::unique_ptr<SearchIndex> m_index;
    std::unique_ptr<MainWindow> m_window;
};

void TestSearchDialog::initTestCase()
{
    m_decks = Test::sampleDecks();
}

void TestSearchDialog::init()
{
    m_user = std::make_unique<Test::TempUserData>();
    m_index = std::make_unique<SearchIndex>();
    QString error;
    QVERIFY(m_index->open(m_user->filePath(QStringLiteral("cache/search.db")), &error));
    m_window = std::make_unique<MainWindow>(&m_user->settings, &m_user->data);
    m_window->setDecks(m_decks);
    m_window->restoreLayoutAndTopic();
    m_window->show();
    QSignalSpy ready(m_window.get(), &MainWindow::searchReady);
    m_window->setSearchIndex(m_index.get());
    QTRY_VERIFY(ready.count() == 1);
}

void TestSearchDialog::cleanup()
{
    // In reverse order of creation: the window writes settings as it closes, into a folder that must still exist.
    m_window.reset();
    m_index.reset();
    m_user.reset();
}

SearchDialog *TestSearchDialog::openSearch()
{
    m_window->findChild<QAction *>(QStringLiteral("editSearch"))->trigger();
    SearchDialog *dialog = m_window->searchDialog();
    if (dialog && dialog->isVisible())
        return dialog;
    return nullptr;
}

void TestSearchDialog::typing_showsRankedHitsWithTheMatchInBold()
{
    SearchDialog *dialog = openSearch();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->field(), QStringLiteral("equal"));
    QVERIFY(dialog->results()->count() >= 1);
    QCOMPARE(dialog->hits().first().topicId, QStringLiteral("identity"));
    QVERIFY(dialog->results()->item(0)->text().contains(QStringLiteral("<b>equality</b>")));
    // Enter opens the topic.
    QVERIFY(m_window->selectTopic({QStringLiteral("sample"), QStringLiteral("loops")}));
    QTest::keyClick(dialog->field(), Qt::Key_Return);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(m_window->currentTopic()->id, QStringLiteral("identity"));
    QCOMPARE(m_window->studyPanel()->currentIndex(), int(StudyPanel::TopicTab));
}

void TestSearchDialog::enterOnASnippet_opensItInTheCodePane()
{
    SearchDialog *dialog = openSearch();
    QTest::keyClicks(dialog->field(), QStringLiteral("zerodivision"));
    QVERIFY2(!dialog->hits().isEmpty(), "no hits");
    QCOMPARE(dialog->hits().value(0).kind, SearchHit::SnippetHit);
    QTest::keyClick(dialog->field(), Qt::Key_Return);
    QCOMPARE(m_window->currentTopic()->id, QStringLiteral("identity"));
    QCOMPARE(m_window->codePane()->currentSnippetId(), QStringLiteral("identity-raises"));
}

void TestSearchDialog::enterOnACard_opensTheQuizOnThatCard()
{
    SearchDialog *dialog = openSearch();
    QTest::keyClicks(dialog->field(), QStringLiteral("singleton"));
    QTest::keyClick(dialog->field(), Qt::Key_Return);
    QCOMPARE(m_window->studyPanel()->currentIndex(), int(StudyPanel::QuizTab));
    QCOMPARE(m_window->quizSession()->current()->card->id, QStringLiteral("identity-choice"));
}

void TestSearchDialog::savedNotes_areSearchable()
{
    QVERIFY(m_window->selectTopic({QStringLiteral("sample"), QStringLiteral("loops")}));
    m_window->findChild<QAction *>(QStringLiteral("viewMyNotesTab"))->trigger();
    QTest::keyClicks(m_window->notesEditor()->editor(), QStringLiteral("walrus operator"));
    QVERIFY(m_window->notesEditor()->saveNow());
    SearchDialog *dialog = openSearch();
    QTest::keyClicks(dialog->field(), QStringLiteral("walrus"));
    QCOMPARE(dialog->hits().size(), 1);
    QCOMPARE(dialog->hits()[0].kind, SearchHit::NoteHit);
    QVERIFY(m_window->selectTopic({QStringLiteral("sample"), QStringLiteral("identity")}));
    QTest::keyClick(dialog->field(), Qt::Key_Return);
    QCOMPARE(m_window->currentTopic()->id, QStringLiteral("loops"));
    QCOMPARE(m_window->studyPanel()->currentIndex(), int(StudyPanel::MyNotesTab));
}

void TestSearchDialog::markedToHtml_escapesAndBolds()
{
    QCOMPARE(SearchDialog::markedToHtml(QStringLiteral("a < \x01" "b\x02")), QStringLiteral("a &lt; <b>b</b>"));
}

void TestSearchDialog::oneLetter_asksForAnother()
{
    SearchDialog *dialog = openSearch();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->field(), QStringLiteral("e"));
    QCOMPARE(dialog->results()->count(), 0);
    QVERIFY2(dialog->findChild<QLabel *>(QStringLiteral("searchStatus"))->text().contains(QStringLiteral("one more letter")),
             qPrintable(dialog->findChild<QLabel *>(QStringLiteral("searchStatus"))->text()));
    QTest::keyClicks(dialog->field(), QStringLiteral("q"));
    QVERIFY(dialog->results()->count() >= 1);
}

void TestSearchDialog::cardAndNoteHits_nameTheirTopic()
{
    QVERIFY(m_window->selectTopic({QStringLiteral("sample"), QStringLiteral("loops")}));
    m_window->findChild<QAction *>(QStringLiteral("viewMyNotesTab"))->trigger();
    QTest::keyClicks(m_window->notesEditor()->editor(), QStringLiteral("walrus operator"));
    QVERIFY(m_window->notesEditor()->saveNow());
    SearchDialog *dialog = openSearch();
    QTest::keyClicks(dialog->field(), QStringLiteral("singleton"));
    QCOMPARE(dialog->hits().value(0).kind, SearchHit::CardHit);
    QVERIFY2(dialog->results()->item(0)->text().contains(QStringLiteral("Card · Identity and equality")),
             qPrintable(dialog->results()->item(0)->text()));
    dialog->field()->setText(QStringLiteral("walrus"));
    QVERIFY2(dialog->results()->item(0)->text().contains(QStringLiteral("My note · Loops")),
             qPrintable(dialog->results()->item(0)->text()));
}

// The sample's notes say "`is` compares **identity**".
void TestSearchDialog::results_arePlainText()
{
    SearchDialog *dialog = openSearch();
    QTest::keyClicks(dialog->field(), QStringLiteral("compares"));
    QVERIFY(dialog->results()->count() >= 1);
    for (int i = 0; i < dialog->results()->count(); ++i) {
        const QString text = dialog->results()->item(i)->text();
        if (dialog->hits()[i].kind == SearchHit::SnippetHit)
            continue; // code as written
        QVERIFY2(!text.contains(QLatin1Char('`')) && !text.contains(QStringLiteral("**")), qPrintable(text));
    }
    QVERIFY(dialog->results()->item(0)->text().contains(QStringLiteral("is <b>compares</b> identity")));
}

void TestSearchDialog::typo_showsTheNearestWordsMatches_andTheLinkTakesIt()
{
    SearchDialog *dialog = openSearch();
    QTest::keyClicks(dialog->field(), QStringLiteral("identiy"));
    QCOMPARE(dialog->suggestion(), QStringLiteral("identity"));
    QVERIFY(!dialog->hits().isEmpty());
    QCOMPARE(dialog->hits()[0].topicId, QStringLiteral("identity"));
    QVERIFY2(dialog->status()->text().contains(QStringLiteral("Did you mean")), qPrintable(dialog->status()->text()));
    Q_EMIT dialog->status()->linkActivated(QStringLiteral("suggestion"));
    QCOMPARE(dialog->field()->text(), QStringLiteral("identity"));
    QVERIFY(dialog->suggestion().isEmpty());
    // Enter on a suggestion's matches opens the first, as any other.
    dialog->field()->setText(QStringLiteral("identiy"));
    QTest::keyClick(dialog->field(), Qt::Key_Return);
    QCOMPARE(m_window->currentTopic()->id, QStringLiteral("identity"));
}

void TestSearchDialog::openingAHit_highlightsTheMatchedWordsInTheNotes()
{
    QVERIFY(m_window->selectTopic({QStringLiteral("sample"), QStringLiteral("loops")}));
    SearchDialog *dialog = openSearch();
    QTest::keyClicks(dialog->field(), QStringLiteral("equal"));
    QTest::keyClick(dialog->field(), Qt::Key_Return);
    QCOMPARE(m_window->currentTopic()->id, QStringLiteral("identity"));
    QTextBrowser *notes = m_window->studyPanel()->summaryView();
    const QList<QTextEdit::ExtraSelection> highlights = notes->extraSelections();
    QVERIFY(!highlights.isEmpty());
    for (const QTextEdit::ExtraSelection &h : highlights)
        QVERIFY2(h.cursor.selectedText().startsWith(QStringLiteral("equal"), Qt::CaseInsensitive), qPrintable(h.cursor.selectedText()));
    // Another topic: no highlights left from this search.
    QVERIFY(m_window->selectTopic({QStringLiteral("sample"), QStringLiteral("loops")}));
    QVERIFY(notes->extraSelections().isEmpty());
}

void TestSearchDialog::ctrlF_findsInTheTopic_escCloses()
{
    QVERIFY(m_window->selectTopic({QStringLiteral("sample"), QStringLiteral("identity")}));
    m_window->findChild<QAction *>(QStringLiteral("viewQuizTab"))->trigger();
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    FindBar *bar = m_window->studyPanel()->findBar();
    QVERIFY(bar->isVisible());
    QCOMPARE(m_window->studyPanel()->currentIndex(), int(StudyPanel::TopicTab));
    QTRY_VERIFY(bar->field()->hasFocus());
    QTest::keyClicks(bar->field(), QStringLiteral("compares"));
    QCOMPARE(bar->matchCount(), 2);
    QCOMPARE(m_window->studyPanel()->summaryView()->textCursor().selectedText(), QStringLiteral("compares"));
    QTest::keyClick(bar->field(), Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
    QVERIFY(m_window->studyPanel()->summaryView()->extraSelections().isEmpty());
}

void TestSearchDialog::ctrlF_andCtrlK_eachBelongToOneAction()
{
    const auto owners = [this](const QKeySequence &key) {
        QStringList names;
        for (const QAction *action : m_window->findChildren<QAction *>()) {
            if (action->shortcuts().contains(key))
                names.append(action->objectName());
        }
        return names;
    };
    QCOMPARE(owners(QKeySequence(Qt::CTRL | Qt::Key_F)), QStringList{QStringLiteral("editFindInTopic")});
    QCOMPARE(owners(QKeySequence(Qt::CTRL | Qt::Key_K)), QStringList{QStringLiteral("editSearch")});
}

QTEST_MAIN(TestSearchDialog)
#include "tst_searchdialog.moc"
