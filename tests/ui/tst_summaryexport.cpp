#include "summaryexport.h"
#include "tempuserdata.h"
#include "testsupport.h"

#include <QTest>

using namespace DeepDive;

namespace {

QStringList ids(const QList<SummaryTopic> &topics)
{
    QStringList list;
    for (const SummaryTopic &t : topics)
        list.append(t.topic->id);
    return list;
}

// The sample deck again under another id, as a copy of a deck being edited: the same topic and section ids.
Deck copyOfTheSample()
{
    Deck copy = Test::sampleDeck();
    copy.id = QStringLiteral("sample2");
    copy.title = QStringLiteral("Sample copy");
    copy.sections[0].title = QStringLiteral("Basics, my way");
    return copy;
}

} // namespace

// What a printed handout (File > Export PDF and Print, and --export-pdf) holds: the topics of the chosen scope in the
// tree's order, each with its section's title, the learner's notes and progress, all looked up by deck and topic
// together; an unknown scope gives the reason and no topics. (The file name, the worker and its Cancel belong to the
// window's export, tested with the main window; SummaryPrinter's output with tst_summaryprinter.)
class TestSummaryExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void all_givesEveryTopicInTreeOrder_withItsSectionNotesAndProgress();
    void bookmarkedAndWeak_followTheProgress_noneIsNoError();
    void badScope_givesTheReason_andNoTopics_data();
    void badScope_givesTheReason_andNoTopics();
    void twoDecksSharingIds_eachTopicGetsItsOwnDecksSectionNotesAndProgress();
    void topicAt_givesTheContentToPrint();

private:
    void saveNote(const QString &deckId, const QString &topicId, const QString &body);
    // summaryTopics() with this test's progress and user data.
    QList<SummaryTopic> gather(const QList<Deck> &decks, const QString &scope, QString *label, QString *error,
                               const std::function<const Topic *(int, int)> &topicAt = {}) const
    {
        return summaryTopics(decks, m_stats, m_user->data, scope, label, error, topicAt);
    }

    std::unique_ptr<Test::TempUserData> m_user;
    QHash<QString, TopicStats> m_stats;
};

void TestSummaryExport::init()
{
    m_user = std::make_unique<Test::TempUserData>();
    m_stats.clear();
}

void TestSummaryExport::saveNote(const QString &deckId, const QString &topicId, const QString &body)
{
    QString error;
    QVERIFY2(m_user->data.notes.save({deckId, topicId, body, 1000}, &error), qPrintable(error));
}

void TestSummaryExport::all_givesEveryTopicInTreeOrder_withItsSectionNotesAndProgress()
{
    const QList<Deck> decks = Test::sampleDecks();
    TopicStats identity;
    identity.cards = 5;
    identity.due = 2;
    identity.mastery = 0.4;
    identity.weak = true;
    identity.weakness = 0.6;
    m_stats.insert(QStringLiteral("sample/identity"), identity);
    saveNote(QStringLiteral("sample"), QStringLiteral("loops"), QStringLiteral("remember `range`"));
    QString label;
    QString error;
    const QList<SummaryTopic> topics = gather(decks, QStringLiteral("all"), &label, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(label, QStringLiteral("All topics"));
    const QStringList all{QStringLiteral("identity"), QStringLiteral("loops"), QStringLiteral("no-snippets")};
    QCOMPARE(ids(topics), all);
    // The decks' own topics, not copies.
    QCOMPARE(topics[0].topic, &decks[0].topics[0]);
    QCOMPARE(topics[0].sectionTitle, QStringLiteral("Basics"));
    QCOMPARE(topics[1].sectionTitle, QStringLiteral("Basics"));
    QCOMPARE(topics[2].sectionTitle, QStringLiteral("More"));
    QCOMPARE(topics[0].stats, identity);
    QCOMPARE(topics[1].stats, TopicStats{}); // never studied: no progress, not someone else's
    QCOMPARE(topics[1].myNotes, QStringLiteral("remember `range`"));
    QVERIFY(topics[0].myNotes.isEmpty());
    QVERIFY(topics[2].myNotes.isEmpty());
}

void TestSummaryExport::bookmarkedAndWeak_followTheProgress_noneIsNoError()
{
    const QList<Deck> decks = Test::sampleDecks();
    QString label;
    QString error;
    // Nothing bookmarked yet: no topics, and no error either (the window says there is nothing to print).
    QVERIFY(gather(decks, QStringLiteral("bookmarked"), &label, &error).isEmpty());
    QVERIFY(error.isEmpty());
    QCOMPARE(label, QStringLiteral("Bookmarked topics"));
    TopicStats bookmarked;
    bookmarked.bookmarked = true;
    bookmarked.bookmarkLabel = QStringLiteral("before the interview");
    TopicStats weak;
    weak.weak = true;
    m_stats.insert(QStringLiteral("sample/no-snippets"), bookmarked);
    m_stats.insert(QStringLiteral("sample/identity"), bookmarked);
    m_stats.insert(QStringLiteral("sample/loops"), weak);
    const QList<SummaryTopic> marked = gather(decks, QStringLiteral("bookmarked"), &label, &error);
    QCOMPARE(ids(marked), (QStringList{QStringLiteral("identity"), QStringLiteral("no-snippets")}));
    QCOMPARE(marked[1].stats.bookmarkLabel, QStringLiteral("before the interview"));
    const QList<SummaryTopic> weakOnes = gather(decks, QStringLiteral("weak"), &label, &error);
    QCOMPARE(ids(weakOnes), QStringList{QStringLiteral("loops")});
    QCOMPARE(label, QStringLiteral("Weak topics"));
    QVERIFY(error.isEmpty());
}

void TestSummaryExport::badScope_givesTheReason_andNoTopics_data()
{
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("named"); // what the message must name
    QTest::newRow("unknown word") << QStringLiteral("everything") << QStringLiteral("everything");
    QTest::newRow("empty") << QString() << QStringLiteral("unknown scope");
    QTest::newRow("section") << QStringLiteral("section:nope") << QStringLiteral("nope");
    QTest::newRow("deck") << QStringLiteral("deck:gone") << QStringLiteral("gone");
    QTest::newRow("one topic of two") << QStringLiteral("topics:loops,missing") << QStringLiteral("missing");
}

void TestSummaryExport::badScope_givesTheReason_andNoTopics()
{
    QFETCH(QString, scope);
    QFETCH(QString, named);
    saveNote(QStringLiteral("sample"), QStringLiteral("loops"), QStringLiteral("kept"));
    QString label;
    QString error;
    const QList<SummaryTopic> topics = gather(Test::sampleDecks(), scope, &label, &error);
    QVERIFY(topics.isEmpty()); // not the topics that were found before the bad id
    QVERIFY2(error.contains(named), qPrintable(error));
    QCOMPARE(m_user->data.notes.note(QStringLiteral("sample"), QStringLiteral("loops"))->body, QStringLiteral("kept"));
}

void TestSummaryExport::twoDecksSharingIds_eachTopicGetsItsOwnDecksSectionNotesAndProgress()
{
    const QList<Deck> decks{Test::sampleDeck(), copyOfTheSample()};
    saveNote(QStringLiteral("sample"), QStringLiteral("loops"), QStringLiteral("the original's note"));
    saveNote(QStringLiteral("sample2"), QStringLiteral("loops"), QStringLiteral("the copy's note"));
    TopicStats original;
    original.mastery = 0.9;
    TopicStats copy;
    copy.mastery = 0.1;
    copy.bookmarked = true;
    m_stats.insert(QStringLiteral("sample/loops"), original);
    m_stats.insert(QStringLiteral("sample2/loops"), copy);
    QString label;
    QString error;
    const QList<SummaryTopic> topics = gather(decks, QStringLiteral("all"), &label, &error);
    QCOMPARE(topics.size(), 6);
    QCOMPARE(topics[1].topic, &decks[0].topics[1]);
    QCOMPARE(topics[1].myNotes, QStringLiteral("the original's note"));
    QCOMPARE(topics[1].stats.mastery, 0.9);
    QCOMPARE(topics[1].sectionTitle, QStringLiteral("Basics"));
    QCOMPARE(topics[4].topic, &decks[1].topics[1]);
    QCOMPARE(topics[4].myNotes, QStringLiteral("the copy's note"));
    QCOMPARE(topics[4].stats, copy);
    QCOMPARE(topics[4].sectionTitle, QStringLiteral("Basics, my way")); // the section of the same id in its own deck
    // A deck scope picks its deck's topics only.
    const QList<SummaryTopic> second = gather(decks, QStringLiteral("deck:sample2"), &label, &error);
    QCOMPARE(second.size(), 3);
    QCOMPARE(label, QStringLiteral("Sample copy"));
    QCOMPARE(second[1].myNotes, QStringLiteral("the copy's note"));
    // And the bookmarked scope finds the copy's bookmark, not the original's topic of the same id.
    const QList<SummaryTopic> bookmarked = gather(decks, QStringLiteral("bookmarked"), &label, &error);
    QCOMPARE(bookmarked.size(), 1);
    QCOMPARE(bookmarked[0].topic, &decks[1].topics[1]);
}

// The window lists topics from deck indexes (ids and titles); `topicAt` hands over each one with its content, read
// from its file, and that is what is printed, with the deck's section, notes and progress all the same.
void TestSummaryExport::topicAt_givesTheContentToPrint()
{
    QList<Deck> indexed = Test::sampleDecks();
    for (Topic &topic : indexed[0].topics) {
        topic.loaded = false;
        topic.cards.clear();
        topic.summary.clear();
    }
    const QList<Topic> &loaded = Test::sampleDeck().topics;
    QList<std::pair<int, int>> asked;
    const auto topicAt = [&](int deck, int topic) {
        asked.append({deck, topic});
        return &loaded[topic];
    };
    saveNote(QStringLiteral("sample"), QStringLiteral("loops"), QStringLiteral("mine"));
    QString label;
    QString error;
    const QList<SummaryTopic> topics = gather(indexed, QStringLiteral("topics:loops"), &label, &error, topicAt);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(asked, (QList<std::pair<int, int>>{{0, 1}})); // only the topics printed are read
    QCOMPARE(topics.size(), 1);
    QCOMPARE(topics[0].topic, &loaded[1]);
    QVERIFY(topics[0].topic->loaded);
    QVERIFY(!topics[0].topic->cards.isEmpty());
    QCOMPARE(topics[0].sectionTitle, QStringLiteral("Basics"));
    QCOMPARE(topics[0].myNotes, QStringLiteral("mine"));
    QCOMPARE(label, QStringLiteral("Loops")); // one topic: its title names the handout
}

QTEST_GUILESS_MAIN(TestSummaryExport)
#include "tst_summaryexport.moc"
