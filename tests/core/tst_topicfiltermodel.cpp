#include "testsupport.h"
#include "topicfiltermodel.h"
#include "topicmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace DeepDive;

class TestTopicFilterModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void filters_showMatchingTopicsUnderTheirSections();
    void counts_perFilter();
    void weak_listsWeakestFirst();
    void sectionAggregates();

private:
    QStringList visibleTopics(const TopicFilterModel &filter) const;
    Deck m_deck;
};

void TestTopicFilterModel::initTestCase()
{
    m_deck = Test::sampleDeck();
}

QStringList TestTopicFilterModel::visibleTopics(const TopicFilterModel &filter) const
{
    QStringList ids;
    for (int s = 0; s < filter.rowCount(); ++s) {
        const QModelIndex section = filter.index(s, 0);
        for (int t = 0; t < filter.rowCount(section); ++t)
            ids.append(filter.index(t, 0, section).data(TopicModel::IdRole).toString());
    }
    return ids;
}

namespace {
QHash<QString, TopicStats> sampleStats()
{
    TopicStats identity;
    identity.cards = 5;
    identity.due = 2;
    identity.newCards = 1;
    identity.bookmarked = true;
    identity.weak = true;
    identity.weakness = 0.6;
    identity.mastery = 0.5;
    TopicStats loops;
    loops.cards = 1;
    loops.newCards = 1;
    loops.weak = true;
    loops.weakness = 0.9;
    TopicStats none;
    return {{QStringLiteral("sample/identity"), identity}, {QStringLiteral("sample/loops"), loops},
            {QStringLiteral("sample/no-snippets"), none}};
}
} // namespace

void TestTopicFilterModel::filters_showMatchingTopicsUnderTheirSections()
{
    TopicModel model;
    model.setDecks({m_deck});
    TopicFilterModel filter;
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&model);
    model.setStats(sampleStats());
    QCOMPARE(visibleTopics(filter), (QStringList{QStringLiteral("identity"), QStringLiteral("loops"), QStringLiteral("no-snippets")}));
    filter.setFilter(TopicFilterModel::Bookmarked);
    QCOMPARE(visibleTopics(filter), QStringList{QStringLiteral("identity")});
    QCOMPARE(filter.rowCount(), 1); // the empty section is hidden
    filter.setFilter(TopicFilterModel::Due);
    QCOMPARE(visibleTopics(filter), QStringList{QStringLiteral("identity")});
    filter.setFilter(TopicFilterModel::New);
    QCOMPARE(visibleTopics(filter), (QStringList{QStringLiteral("identity"), QStringLiteral("loops")}));
    // Progress changes re-filter at once.
    TopicStats loops = sampleStats().value(QStringLiteral("sample/loops"));
    loops.newCards = 0;
    model.setTopicStats(QStringLiteral("sample/loops"), loops);
    QCOMPARE(visibleTopics(filter), QStringList{QStringLiteral("identity")});
}

void TestTopicFilterModel::counts_perFilter()
{
    TopicModel model;
    model.setDecks({m_deck});
    model.setStats(sampleStats());
    TopicFilterModel filter;
    filter.setSourceModel(&model);
    QCOMPARE(filter.count(TopicFilterModel::All), 3);
    QCOMPARE(filter.count(TopicFilterModel::Bookmarked), 1);
    QCOMPARE(filter.count(TopicFilterModel::Weak), 2);
    QCOMPARE(filter.count(TopicFilterModel::Due), 1);
    QCOMPARE(filter.count(TopicFilterModel::New), 2);
}

void TestTopicFilterModel::weak_listsWeakestFirst()
{
    TopicModel model;
    model.setDecks({m_deck});
    model.setStats(sampleStats());
    TopicFilterModel filter;
    filter.setSourceModel(&model);
    filter.setFilter(TopicFilterModel::Weak);
    QCOMPARE(visibleTopics(filter), (QStringList{QStringLiteral("loops"), QStringLiteral("identity")}));
    filter.setFilter(TopicFilterModel::All);
    QCOMPARE(visibleTopics(filter).first(), QStringLiteral("identity"));
}

void TestTopicFilterModel::sectionAggregates()
{
    TopicModel model;
    model.setDecks({m_deck});
    model.setStats(sampleStats());
    const QModelIndex basics = model.index(0, 0);
    QCOMPARE(basics.data(TopicModel::DueRole).toInt(), 2);
    QCOMPARE(basics.data(TopicModel::NewRole).toInt(), 2);
    QCOMPARE(basics.data(TopicModel::MasteryRole).toDouble(), 0.25);
    QVERIFY(basics.data(TopicModel::BookmarkedRole).toBool());
    // A topic without stored stats counts its cards as new.
    TopicModel fresh;
    fresh.setDecks({m_deck});
    QCOMPARE(fresh.index(0, 0, fresh.index(0, 0)).data(TopicModel::NewRole).toInt(), 5);
}

QTEST_GUILESS_MAIN(TestTopicFilterModel)
#include "tst_topicfiltermodel.moc"
