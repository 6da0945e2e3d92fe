#include "findbar.h"

#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

using namespace DeepDive;

// Find in the topic's notes: every match highlighted, Enter / Shift+Enter through them (wrapping), Esc closes; and the
// search's matched words highlighted when a hit opens the topic.
class TestFindBar : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void typing_highlightsEveryMatch_andSelectsTheFirst();
    void enterAndShiftEnter_goThroughTheMatches_wrapping();
    void buttons_goThroughTheMatches();
    void escape_closesAndClearsTheHighlights();
    void noMatch_saysSo();
    void terms_highlightWordsThatStartWithThem();

private:
    QString selected() const { return m_view->textCursor().selectedText(); }
    std::unique_ptr<QWidget> m_window;
    QTextBrowser *m_view = nullptr;
    FindBar *m_bar = nullptr;
};

void TestFindBar::init()
{
    m_window = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_window.get());
    m_view = new QTextBrowser(m_window.get());
    m_view->setMarkdown(QStringLiteral("The **GIL** is a lock.\n\nWithout the GIL, threads run in parallel.\n\n"
                                       "A gilded frame; the gil once more."));
    m_bar = new FindBar(m_view, m_window.get());
    layout->addWidget(m_view);
    layout->addWidget(m_bar);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestFindBar::cleanup()
{
    m_window.reset();
}

void TestFindBar::typing_highlightsEveryMatch_andSelectsTheFirst()
{
    QVERIFY(!m_bar->isVisible());
    m_bar->openBar();
    QVERIFY(m_bar->isVisible());
    QTRY_VERIFY(m_bar->field()->hasFocus());
    QTest::keyClicks(m_bar->field(), QStringLiteral("gil"));
    QCOMPARE(m_bar->matchCount(), 4); // case-insensitive, inside words too
    QCOMPARE(m_view->extraSelections().size(), 4);
    QCOMPARE(selected(), QStringLiteral("GIL"));
    QCOMPARE(m_view->textCursor().selectionStart(), 4);
    QVERIFY(m_bar->countLabel()->text().contains(QLatin1Char('4')));
}

void TestFindBar::enterAndShiftEnter_goThroughTheMatches_wrapping()
{
    m_bar->openBar();
    QTest::keyClicks(m_bar->field(), QStringLiteral("gil"));
    const int first = m_view->textCursor().selectionStart();
    QTest::keyClick(m_bar->field(), Qt::Key_Return);
    const int second = m_view->textCursor().selectionStart();
    QVERIFY(second > first);
    QTest::keyClick(m_bar->field(), Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(m_view->textCursor().selectionStart(), first);
    QTest::keyClick(m_bar->field(), Qt::Key_Return, Qt::ShiftModifier); // before the first: the last
    QVERIFY(m_view->textCursor().selectionStart() > second);
    QCOMPARE(selected(), QStringLiteral("gil"));
    QTest::keyClick(m_bar->field(), Qt::Key_Return); // after the last: the first
    QCOMPARE(m_view->textCursor().selectionStart(), first);
}

void TestFindBar::buttons_goThroughTheMatches()
{
    m_bar->openBar();
    QTest::keyClicks(m_bar->field(), QStringLiteral("lock"));
    QCOMPARE(m_bar->matchCount(), 1);
    QTest::keyClicks(m_bar->field(), QStringLiteral("s"));
    QCOMPARE(m_bar->matchCount(), 0);
    m_bar->field()->setText(QStringLiteral("the"));
    const int first = m_view->textCursor().selectionStart();
    QTest::mouseClick(m_bar->findChild<QToolButton *>(QStringLiteral("findNext")), Qt::LeftButton);
    QVERIFY(m_view->textCursor().selectionStart() > first);
    QTest::mouseClick(m_bar->findChild<QToolButton *>(QStringLiteral("findPrevious")), Qt::LeftButton);
    QCOMPARE(m_view->textCursor().selectionStart(), first);
}

void TestFindBar::escape_closesAndClearsTheHighlights()
{
    m_bar->openBar();
    QTest::keyClicks(m_bar->field(), QStringLiteral("gil"));
    QVERIFY(!m_view->extraSelections().isEmpty());
    QTest::keyClick(m_bar->field(), Qt::Key_Escape);
    QVERIFY(!m_bar->isVisible());
    QVERIFY(m_view->extraSelections().isEmpty());
    QTRY_VERIFY(m_view->hasFocus());
    // Opened again: empty, ready to type.
    m_bar->openBar();
    QVERIFY(m_bar->field()->text().isEmpty());
}

void TestFindBar::noMatch_saysSo()
{
    m_bar->openBar();
    QTest::keyClicks(m_bar->field(), QStringLiteral("asyncio"));
    QCOMPARE(m_bar->matchCount(), 0);
    QVERIFY(!m_bar->countLabel()->text().isEmpty());
    QVERIFY(!m_bar->findNext());
}

void TestFindBar::terms_highlightWordsThatStartWithThem()
{
    m_bar->setTerms({QStringLiteral("gil")}); // folded, as SearchIndex::terms gives them
    QVERIFY(!m_bar->isVisible());
    QStringList words;
    for (const QTextEdit::ExtraSelection &s : m_view->extraSelections())
        words.append(s.cursor.selectedText());
    QCOMPARE(words, (QStringList{QStringLiteral("GIL"), QStringLiteral("GIL"), QStringLiteral("gilded"), QStringLiteral("gil")}));
    QCOMPARE(selected(), QStringLiteral("GIL")); // scrolled to the first
    m_bar->setTerms({});
    QVERIFY(m_view->extraSelections().isEmpty());
}

QTEST_MAIN(TestFindBar)
#include "tst_findbar.moc"
