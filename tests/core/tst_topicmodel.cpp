#include "deckindex.h"
#include "testsupport.h"
#include "topicmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace DeepDive;

class TestTopicModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void oneDeck_sectionsAreTopLevel();
    void twoDecks_deckNodesAreTopLevel();
    void findTopic_andFirstTopic();
    void setDecks_resetsTheModel();
    void indexedTopic_isReadFromItsFileWhenOpened_once();
    void takenTopic_outlivesTheDecks_andIsReadAgainWhenAsked();
    void sectionStats_areTheSumOfTheirTopics_andFollowAChange();
    void setDecks_sameRows_keepsThem_andTellsWhichChanged();

private:
    Deck m_sample;
};

void TestTopicModel::initTestCase()
{
    m_sample = Test::sampleDeck();
}

void TestTopicModel::oneDeck_sectionsAreTopLevel()
{
    TopicModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDecks({m_sample});
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex basics = model.index(0, 0);
    QCOMPARE(basics.data().toString(), QStringLiteral("Basics"));
    QCOMPARE(basics.data(TopicModel::KindRole).toInt(), int(TopicModel::SectionNode));
    QCOMPARE(basics.data(TopicModel::TopicCountRole).toInt(), 2);
    QCOMPARE(model.rowCount(basics), 2);
    const QModelIndex loops = model.index(1, 0, basics);
    QCOMPARE(loops.data().toString(), QStringLiteral("Loops"));
    QCOMPARE(loops.data(TopicModel::IdRole).toString(), QStringLiteral("loops"));
    QCOMPARE(loops.data(TopicModel::DeckIdRole).toString(), QStringLiteral("sample"));
    QCOMPARE(loops.parent(), basics);
    QVERIFY(model.flags(loops) & Qt::ItemNeverHasChildren);
    QCOMPARE(model.topic(loops)->id, QStringLiteral("loops"));
    QVERIFY(!model.topic(basics));
    QCOMPARE(model.topicCount(), 3);
}

void TestTopicModel::twoDecks_deckNodesAreTopLevel()
{
    Deck other = m_sample;
    other.id = QStringLiteral("other");
    other.title = QStringLiteral("Other deck");
    TopicModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDecks({m_sample, other});
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex second = model.index(1, 0);
    QCOMPARE(second.data().toString(), QStringLiteral("Other deck"));
    QCOMPARE(second.data(TopicModel::KindRole).toInt(), int(TopicModel::DeckNode));
    QCOMPARE(second.data(TopicModel::TopicCountRole).toInt(), 3);
    QCOMPARE(model.rowCount(second), 2);
    const QModelIndex topic = model.index(0, 0, model.index(0, 0, second));
    QCOMPARE(model.deck(topic)->id, QStringLiteral("other"));
    QCOMPARE(model.findTopic({QStringLiteral("other"), QStringLiteral("identity")}), topic);
    // The same topic id in the two decks: two topics, each found under its own deck.
    QCOMPARE(model.findTopicByKey(QStringLiteral("other/identity")), topic);
    const QModelIndex first = model.findTopic({QStringLiteral("sample"), QStringLiteral("identity")});
    QVERIFY(first.isValid() && first != topic);
    QCOMPARE(model.deck(first)->id, QStringLiteral("sample"));
    QVERIFY(!model.findTopicByKey(QStringLiteral("third/identity")).isValid());
    QVERIFY(!model.findTopicByKey(QStringLiteral("identity")).isValid());
    QCOMPARE(model.topicCount(), 6);
}

void TestTopicModel::findTopic_andFirstTopic()
{
    TopicModel model;
    model.setDecks({m_sample});
    QCOMPARE(model.firstTopic().data(TopicModel::IdRole).toString(), QStringLiteral("identity"));
    const QModelIndex found = model.findTopic({QStringLiteral("sample"), QStringLiteral("no-snippets")});
    QVERIFY(found.isValid());
    QCOMPARE(found.parent().data(TopicModel::IdRole).toString(), QStringLiteral("more"));
    QVERIFY(!model.findTopic({QStringLiteral("sample"), QStringLiteral("absent")}).isValid());
}

void TestTopicModel::setDecks_resetsTheModel()
{
    TopicModel model;
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setDecks({m_sample});
    model.setDecks({});
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.firstTopic().isValid());
}

// A deck from its index lists topics without content; opening one reads its file, and the same topic stays at the
// same address (the quiz points into it) while the decks are not replaced.
void TestTopicModel::indexedTopic_isReadFromItsFileWhenOpened_once()
{
    TopicModel model;
    model.setDecks({DeckIndex::skeleton(m_sample)});
    const QModelIndex identity = model.findTopic({QStringLiteral("sample"), QStringLiteral("identity")});
    QVERIFY(!model.topic(identity)->loaded);
    QVERIFY(model.topic(identity)->summary.isEmpty());
    QCOMPARE(model.stats(identity).cards, int(m_sample.topics[0].cards.size())); // counted from the index
    const Topic *opened = model.loadedTopic(identity);
    QVERIFY(opened->loaded);
    QCOMPARE(opened->summary, m_sample.topics[0].summary);
    QCOMPARE(opened->cards.size(), m_sample.topics[0].cards.size());
    QCOMPARE(model.topic(identity), opened);         // what the tree hands out from now on
    QCOMPARE(model.loadedTopic(identity), opened);   // read once
    QVERIFY(model.decks()[0].topics[0].summary.isEmpty()); // the decks themselves are not changed
    // A full deck needs no reading: its own topic is returned.
    TopicModel full;
    full.setDecks({m_sample});
    const QModelIndex fullIdentity = full.findTopic({QStringLiteral("sample"), QStringLiteral("identity")});
    QCOMPARE(full.loadedTopic(fullIdentity), &full.decks()[0].topics[0]);
}

// The window's code pane keeps showing a topic while new decks are listed: the copy read from its file is handed
// over, and the model reads the topic again when it is asked for it.
void TestTopicModel::takenTopic_outlivesTheDecks_andIsReadAgainWhenAsked()
{
    TopicModel model;
    model.setDecks({DeckIndex::skeleton(m_sample)});
    const QModelIndex identity = model.findTopic({QStringLiteral("sample"), QStringLiteral("identity")});
    const Topic *opened = model.loadedTopic(identity);
    QVERIFY(!model.takeLoadedTopic(nullptr));
    QVERIFY(!model.takeLoadedTopic(&model.decks()[0].topics[0])); // listed, not read from a file: the decks' own
    std::unique_ptr<Topic> taken = model.takeLoadedTopic(opened);
    QCOMPARE(taken.get(), opened);
    QVERIFY(!model.takeLoadedTopic(opened)); // handed over once
    QVERIFY(!model.topic(identity)->loaded); // the tree lists it again
    model.setDecks({DeckIndex::skeleton(m_sample)});
    QCOMPARE(taken->summary, m_sample.topics[0].summary);
    const Topic *again = model.loadedTopic(model.findTopic({QStringLiteral("sample"), QStringLiteral("identity")}));
    QVERIFY(again->loaded);
    QVERIFY(again != taken.get());
    QCOMPARE(again->summary, taken->summary);
}

void TestTopicModel::sectionStats_areTheSumOfTheirTopics_andFollowAChange()
{
    TopicModel model;
    model.setDecks({m_sample});
    TopicStats identity;
    identity.cards = 4;
    identity.due = 2;
    identity.mastery = 0.5;
    identity.weak = true;
    TopicStats loops;
    loops.cards = 2;
    loops.due = 1;
    loops.mastery = 1.0;
    model.setStats({{QStringLiteral("sample/identity"), identity}, {QStringLiteral("sample/loops"), loops}});
    const QModelIndex basics = model.index(0, 0);
    QCOMPARE(model.stats(basics).due, 3);
    QCOMPARE(model.stats(basics).cards, 6);
    QCOMPARE(model.stats(basics).mastery, 0.75);
    QVERIFY(model.stats(basics).weak);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    loops.due = 5;
    model.setTopicStats(QStringLiteral("sample/loops"), loops);
    QCOMPARE(model.stats(basics).due, 7);
    QCOMPARE(basics.data(TopicModel::DueRole).toInt(), 7);
    QCOMPARE(changed.count(), 2); // the topic, then its section
    model.setTopicStats(QStringLiteral("sample/loops"), loops);
    QCOMPARE(changed.count(), 2); // no change, no signal
}

// A deck read again after one topic's file was edited: the rows stay (a view keeps what is expanded and selected), the
// edited topic and its section say they changed, and the topics read from their files are read again.
void TestTopicModel::setDecks_sameRows_keepsThem_andTellsWhichChanged()
{
    TopicModel model;
    QAbstractItemModelTester tester(&model);
    QVERIFY(!model.setDecks({DeckIndex::skeleton(m_sample)}));
    const QPersistentModelIndex identity = model.findTopic({QStringLiteral("sample"), QStringLiteral("identity")});
    const QPersistentModelIndex loops = model.findTopic({QStringLiteral("sample"), QStringLiteral("loops")});
    QCOMPARE(identity.parent(), loops.parent());
    const int cardsBefore = model.stats(identity.parent()).cards;
    const Topic *opened = model.loadedTopic(identity);
    std::unique_ptr<Topic> shown = model.takeLoadedTopic(opened); // as the window does before new decks are listed
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    Deck edited = m_sample;
    edited.topics[0].title = QStringLiteral("Identity, equality and interning");
    edited.topics[0].cards.removeLast();
    const QList<Deck> listed{DeckIndex::skeleton(edited)};
    QVERIFY(model.setDecks(listed));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.decks()[0].topics.constData(), listed[0].topics.constData()); // shared with the caller, not copied
    QVERIFY(identity.isValid() && loops.isValid());
    QCOMPARE(model.findTopic({QStringLiteral("sample"), QStringLiteral("identity")}), QModelIndex(identity));
    QCOMPARE(identity.data().toString(), QStringLiteral("Identity, equality and interning"));
    QCOMPARE(model.stats(identity).cards, int(m_sample.topics[0].cards.size()) - 1);
    QCOMPARE(model.stats(identity.parent()).cards, cardsBefore - 1);
    QList<QModelIndex> told;
    for (const QList<QVariant> &signal : std::as_const(changed))
        told.append(signal.at(0).toModelIndex());
    QVERIFY(told.contains(identity));
    QVERIFY(told.contains(identity.parent()));
    QVERIFY(!told.contains(loops));
    QCOMPARE(shown.get(), opened); // what the view shows is its own until it shows the new one
    const Topic *again = model.loadedTopic(identity);
    QVERIFY(again != opened);
    QCOMPARE(again->title, m_sample.topics[0].title); // read from the sample's file, which was not edited

    // The same decks again: nothing to tell.
    changed.clear();
    QVERIFY(model.setDecks({DeckIndex::skeleton(edited)}));
    QCOMPARE(changed.count(), 0);

    // A topic more, or one moved: listed anew.
    Deck moved = edited;
    std::swap(moved.topics[0], moved.topics[1]);
    const QList<Deck> relisted{DeckIndex::skeleton(moved)};
    QVERIFY(!model.setDecks(relisted));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.decks()[0].topics.constData(), relisted[0].topics.constData());
    QVERIFY(!model.setDecks({DeckIndex::skeleton(moved), DeckIndex::skeleton(m_sample)}));
    QCOMPARE(reset.count(), 2);
}

QTEST_GUILESS_MAIN(TestTopicModel)
#include "tst_topicmodel.moc"
