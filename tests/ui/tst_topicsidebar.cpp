#include "bookmarksview.h"
#include "settings.h"
#include "testsupport.h"
#include "topicfiltermodel.h"
#include "topicmodel.h"
#include "topicsidebar.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace DeepDive;

// The window's left side on the sample deck (identity and loops in Basics, no-snippets in More): moving between
// topics in the listed order and to the next weak one, selecting a topic the filter hides, the filter's counts, and
// the bookmarks made when first shown.
class TestTopicSidebar : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void moveTopic_followsTheListedOrder_andStopsAtTheEnds();
    void moveTopic_weakOnly_goesRound_andSaysWhenThereIsNone();
    void selectTopic_hiddenByTheFilter_showsAllTopics();
    void filterCounts_andUnknownTopic_fallsBackToTheFirst();
    void bookmarks_madeWhenFirstShown_andTheirStateSaved();

private:
    QString current() const { return m_model->topicKeyAt(m_sidebar->currentSourceIndex()); }
    void setWeak(const QStringList &topics);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<TopicModel> m_model;
    std::unique_ptr<TopicSidebar> m_sidebar;
};

void TestTopicSidebar::init()
{
    m_sidebar.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_model = std::make_unique<TopicModel>();
    m_model->setDecks(Test::sampleDecks());
    m_sidebar = std::make_unique<TopicSidebar>(m_model.get(), m_settings.get());
    m_sidebar->show();
    m_sidebar->tree()->expandAll();
    m_sidebar->selectFirstTopic();
}

void TestTopicSidebar::setWeak(const QStringList &topics)
{
    QHash<QString, TopicStats> stats;
    for (const QString &t : topics) {
        TopicStats s;
        s.weak = true;
        stats.insert(QStringLiteral("sample/") + t, s);
    }
    m_model->setStats(stats);
}

void TestTopicSidebar::moveTopic_followsTheListedOrder_andStopsAtTheEnds()
{
    QCOMPARE(current(), QStringLiteral("sample/identity"));
    QVERIFY(m_sidebar->moveTopic(1));
    QCOMPARE(current(), QStringLiteral("sample/loops"));
    QVERIFY(m_sidebar->moveTopic(1)); // over the section
    QCOMPARE(current(), QStringLiteral("sample/no-snippets"));
    QVERIFY(m_sidebar->moveTopic(1));
    QCOMPARE(current(), QStringLiteral("sample/no-snippets"));
    QVERIFY(m_sidebar->moveTopic(-5));
    QCOMPARE(current(), QStringLiteral("sample/identity"));
}

void TestTopicSidebar::moveTopic_weakOnly_goesRound_andSaysWhenThereIsNone()
{
    setWeak({QStringLiteral("loops")});
    QVERIFY(m_sidebar->moveTopic(1, true));
    QCOMPARE(current(), QStringLiteral("sample/loops"));
    QVERIFY(!m_sidebar->moveTopic(1, true)); // no other weak topic: it stays
    QCOMPARE(current(), QStringLiteral("sample/loops"));
    setWeak({QStringLiteral("identity"), QStringLiteral("loops")});
    QVERIFY(m_sidebar->selectTopic({QStringLiteral("sample"), QStringLiteral("no-snippets")}));
    QVERIFY(m_sidebar->moveTopic(1, true)); // round to the top
    QCOMPARE(current(), QStringLiteral("sample/identity"));
}

void TestTopicSidebar::selectTopic_hiddenByTheFilter_showsAllTopics()
{
    setWeak({QStringLiteral("loops")});
    m_sidebar->filterBox()->setCurrentIndex(TopicFilterModel::Weak);
    QCOMPARE(current(), QStringLiteral("sample/loops")); // the only one listed
    QVERIFY(m_sidebar->selectTopic({QStringLiteral("sample"), QStringLiteral("identity")}));
    QCOMPARE(m_sidebar->filterBox()->currentIndex(), int(TopicFilterModel::All));
    QCOMPARE(current(), QStringLiteral("sample/identity"));
    QVERIFY(!m_sidebar->selectTopic({QStringLiteral("sample"), QStringLiteral("nothing")}));
    QCOMPARE(current(), QStringLiteral("sample/identity"));
}

void TestTopicSidebar::filterCounts_andUnknownTopic_fallsBackToTheFirst()
{
    setWeak({QStringLiteral("loops")});
    m_sidebar->updateFilterCounts();
    QCOMPARE(m_sidebar->filterBox()->itemText(TopicFilterModel::All), QStringLiteral("All topics (3)"));
    QCOMPARE(m_sidebar->filterBox()->itemText(TopicFilterModel::Weak), QStringLiteral("Weak (1)"));
    QCOMPARE(m_sidebar->filterBox()->itemText(TopicFilterModel::Bookmarked), QStringLiteral("Bookmarked (0)"));
    m_sidebar->moveTopic(1);
    m_sidebar->selectTopicOrFirst(QStringLiteral("sample/no-snippets"));
    QCOMPARE(current(), QStringLiteral("sample/no-snippets"));
    m_sidebar->selectTopicOrFirst(QStringLiteral("sample/gone"));
    QCOMPARE(current(), QStringLiteral("sample/identity"));
}

void TestTopicSidebar::bookmarks_madeWhenFirstShown_andTheirStateSaved()
{
    QSignalSpy close(m_sidebar.get(), &TopicSidebar::bookmarksCloseRequested);
    m_sidebar->setBookmarksVisible(false);
    QVERIFY(!m_sidebar->existingBookmarks()); // hiding what was never shown makes nothing
    m_sidebar->setBookmarksVisible(true);
    BookmarksView *bookmarks = m_sidebar->existingBookmarks();
    QVERIFY(bookmarks);
    QVERIFY(bookmarks->isVisible());
    QCOMPARE(m_sidebar->count(), 2); // under the tree
    m_sidebar->saveTo(m_settings.get());
    QVERIFY(m_settings->bookmarksVisible());
    QVERIFY(!m_settings->splitterState(QStringLiteral("sidebar")).isEmpty());
    Q_EMIT bookmarks->closeRequested();
    QCOMPARE(close.size(), 1);
    m_sidebar->setBookmarksVisible(false);
    m_sidebar->saveTo(m_settings.get());
    QVERIFY(!m_settings->bookmarksVisible());
}

QTEST_MAIN(TestTopicSidebar)
#include "tst_topicsidebar.moc"
