#include "bookmarksview.h"
#include "testsupport.h"
#include "topicmodel.h"

#include <QListWidget>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace DeepDive;

// The bookmarked topics under the tree: each listed (in the tree's order, with its label) when the view is refreshed,
// opened with Enter or a double click (its own deck's topic, when two decks share topic ids), a hint when there are
// none, the × button asking to hide the view, and long titles wrapped at the sidebar's width.
class TestBookmarksView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void refresh_listsTheBookmarkedTopicsInTreeOrder_withTheirLabels();
    void refresh_followsTheModel_andSaysHowToBookmarkWhenThereAreNone();
    void enterAndDoubleClick_openTheTopic_ofItsOwnDeck();
    void theHintWhenEmpty_opensNothing();
    void closeButton_asksToHideTheView();
    void longTitle_wrapsAtTheSidebarsWidth();

private:
    void bookmark(const QString &key, const QString &label = {});
    QStringList texts() const;

    QHash<QString, TopicStats> m_stats;
    std::unique_ptr<TopicModel> m_model;
    std::unique_ptr<BookmarksView> m_view;
};

void TestBookmarksView::init()
{
    m_stats.clear();
    m_model = std::make_unique<TopicModel>();
    m_model->setDecks(Test::sampleDecks()); // Basics: identity, loops; More: no-snippets
    m_view = std::make_unique<BookmarksView>(m_model.get());
    m_view->resize(300, 300);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestBookmarksView::bookmark(const QString &key, const QString &label)
{
    TopicStats stats;
    stats.bookmarked = true;
    stats.bookmarkLabel = label;
    m_stats.insert(key, stats);
    m_model->setStats(m_stats);
}

QStringList TestBookmarksView::texts() const
{
    QStringList list;
    for (int row = 0; row < m_view->list()->count(); ++row)
        list.append(m_view->list()->item(row)->text());
    return list;
}

void TestBookmarksView::refresh_listsTheBookmarkedTopicsInTreeOrder_withTheirLabels()
{
    bookmark(QStringLiteral("sample/no-snippets"));
    bookmark(QStringLiteral("sample/identity"), QStringLiteral("before the interview"));
    m_view->refresh();
    QCOMPARE(texts(), (QStringList{QStringLiteral("★ Identity and equality — before the interview"),
                                   QStringLiteral("★ A topic without snippets")}));
    // Each item carries its topic, and can be picked.
    const QListWidgetItem *first = m_view->list()->item(0);
    QCOMPARE(first->data(TopicModel::DeckIdRole).toString(), QStringLiteral("sample"));
    QCOMPARE(first->data(TopicModel::IdRole).toString(), QStringLiteral("identity"));
    QVERIFY(first->flags() & Qt::ItemIsEnabled);
    QVERIFY(first->flags() & Qt::ItemIsSelectable);
    // A section is never listed, though it shows its topics' bookmarks in the tree.
    const QModelIndex basics = m_model->index(0, 0);
    QCOMPARE(basics.data(TopicModel::KindRole).toInt(), int(TopicModel::SectionNode));
    QVERIFY(basics.data(TopicModel::BookmarkedRole).toBool());
    QCOMPARE(m_view->list()->count(), 2);
}

void TestBookmarksView::refresh_followsTheModel_andSaysHowToBookmarkWhenThereAreNone()
{
    m_view->refresh();
    QCOMPARE(m_view->list()->count(), 1);
    const QListWidgetItem *hint = m_view->list()->item(0);
    QVERIFY2(hint->text().startsWith(QStringLiteral("No bookmarks yet")), qPrintable(hint->text()));
    const QString ctrlD = QKeySequence(Qt::CTRL | Qt::Key_D).toString(QKeySequence::NativeText);
    QVERIFY2(hint->text().contains(ctrlD), qPrintable(hint->text()));
    QCOMPARE(hint->flags(), Qt::NoItemFlags); // a hint, not a topic

    // Not live: what the model says shows at the next refresh, replacing the list (no duplicates, no hint left).
    bookmark(QStringLiteral("sample/loops"));
    QCOMPARE(m_view->list()->count(), 1);
    QVERIFY(m_view->list()->item(0)->text().startsWith(QStringLiteral("No bookmarks yet")));
    m_view->refresh();
    m_view->refresh();
    QCOMPARE(texts(), QStringList{QStringLiteral("★ Loops")});
    m_stats.clear();
    m_model->setStats(m_stats);
    m_view->refresh();
    QCOMPARE(m_view->list()->count(), 1);
    QVERIFY(m_view->list()->item(0)->text().startsWith(QStringLiteral("No bookmarks yet")));
}

void TestBookmarksView::enterAndDoubleClick_openTheTopic_ofItsOwnDeck()
{
    // A copy of the deck, with the same topic ids: the model lists each deck under its own node.
    Deck copy = Test::sampleDeck();
    copy.id = QStringLiteral("sample2");
    copy.title = QStringLiteral("Sample copy");
    m_model->setDecks({Test::sampleDeck(), copy});
    bookmark(QStringLiteral("sample2/loops"), QStringLiteral("mine"));
    bookmark(QStringLiteral("sample/identity"));
    m_view->refresh();
    QCOMPARE(texts(), (QStringList{QStringLiteral("★ Identity and equality"), QStringLiteral("★ Loops — mine")}));
    QSignalSpy opened(m_view.get(), &BookmarksView::topicActivated);
    QListWidget *list = m_view->list();
    list->setFocus();
    list->setCurrentRow(1);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.takeFirst(), (QVariantList{QStringLiteral("sample2"), QStringLiteral("loops")}));
    const QRect first = list->visualItemRect(list->item(0));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, first.center()); // a double click's first press
    QCOMPARE(opened.size(), 0); // a single click only selects
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, first.center());
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.takeFirst(), (QVariantList{QStringLiteral("sample"), QStringLiteral("identity")}));
}

// However the learner reaches the hint (Tab, a click, a double click, or a list that held the last bookmark), it is
// not a topic: Enter or a double click opens nothing.
void TestBookmarksView::theHintWhenEmpty_opensNothing()
{
    m_view->refresh();
    QSignalSpy opened(m_view.get(), &BookmarksView::topicActivated);
    QListWidget *list = m_view->list();
    const QPoint hint = list->visualItemRect(list->item(0)).center();
    list->setFocus(Qt::TabFocusReason);
    QTest::keyClick(list, Qt::Key_Return);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, hint);
    QTest::keyClick(list, Qt::Key_Return);
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, hint);
    QCOMPARE(list->currentRow(), -1);
    QCOMPARE(opened.size(), 0);
    // The last bookmark, current in the list, goes (Ctrl+D on its topic): the hint takes its place.
    bookmark(QStringLiteral("sample/loops"));
    m_view->refresh();
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(opened.size(), 1);
    m_stats.clear();
    m_model->setStats(m_stats);
    m_view->refresh();
    QVERIFY(list->hasFocus());
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(opened.size(), 1);
}

void TestBookmarksView::closeButton_asksToHideTheView()
{
    QSignalSpy close(m_view.get(), &BookmarksView::closeRequested);
    auto *button = m_view->findChild<QToolButton *>(QStringLiteral("bookmarksClose"));
    QVERIFY(button && button->isVisible());
    QVERIFY(!button->accessibleName().isEmpty());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(close.size(), 1);
    QVERIFY(m_view->isVisible()); // its owner hides it (and unchecks View > Bookmarks)
}

// The sidebar can be 180 px wide; a long title with a label wraps there instead of being cut or scrolled sideways.
void TestBookmarksView::longTitle_wrapsAtTheSidebarsWidth()
{
    Deck deck = Test::sampleDeck();
    deck.topics[1].title = QStringLiteral("Iteration with for and while loops, generators and comprehensions");
    m_model->setDecks({deck});
    bookmark(QStringLiteral("sample/loops"), QStringLiteral("review again before the interview"));
    m_view->resize(180, 300);
    m_view->refresh();
    QListWidget *list = m_view->list();
    QCOMPARE(list->count(), 1);
    const QListWidgetItem *item = list->item(0);
    const QFontMetrics fm(list->font());
    QVERIFY(fm.horizontalAdvance(item->text()) > list->viewport()->width()); // longer than a line
    QTRY_VERIFY(list->visualItemRect(item).isValid());
    const QRect rect = list->visualItemRect(item);
    QVERIFY2(rect.right() <= list->viewport()->rect().right(),
             qPrintable(QStringLiteral("%1 px wide in %2").arg(rect.width()).arg(list->viewport()->width())));
    QVERIFY(!list->horizontalScrollBar()->isVisible());
    // Several lines high: the whole text, not elided.
    const int lines = rect.height() / fm.lineSpacing();
    QVERIFY2(lines >= 2, qPrintable(QStringLiteral("%1 px high").arg(rect.height())));
    const QRect needed = fm.boundingRect(QRect(0, 0, rect.width() - 8, 10000), Qt::TextWordWrap, item->text());
    QVERIFY2(rect.height() >= needed.height(),
             qPrintable(QStringLiteral("%1 px for %2 px of text").arg(rect.height()).arg(needed.height())));
}

QTEST_MAIN(TestBookmarksView)
#include "tst_bookmarksview.moc"
