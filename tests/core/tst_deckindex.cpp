#include "deckindex.h"
#include "deckloader.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace DeepDive;

// A deck's index holds what the tree needs; a topic's content comes from its file when it is opened.
class TestDeckIndex : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writeThenRead_keepsStructureWithoutContent();
    void read_damagedOrMissingOrOtherVersion_givesNothing();
    void read_sharesSectionIdsAndTags_andKeepsAnUnlistedSection();
    void read_holdsNoRoomBeyondItsTopics();
    void loadTopic_readsTheContentOfAnIndexedTopic();
    void loadTopic_keepsOnlyTheCardsTheIndexAccepted();
    void loadTopic_goneOrChangedFile_saysWhy();
    void signature_changesWhenAFileChanges();
    void snippetReferences_stayWithinTheirTopic();
    void loadWithoutContent_givesTheSkeletonAndTheSameProblems();
};

namespace {
QByteArray topicFile(const QByteArray &id, const QByteArray &cards)
{
    return "---\nid: " + id + "\ntitle: Topic " + id + "\ntags: a, b\n---\n\nNotes of " + id + ".\n\n## Cards\n\n" + cards;
}
const QByteArray twoCards = "### recall id=c1\n\nQ1?\n\n#### Answer\n\nA1.\n\n### recall id=c2\n\nQ2?\n\n#### Answer\n\nA2.\n";

// `deck`'s index written to a file and read back (nothing, with the test failed, when either step fails).
std::optional<Deck> writtenAndRead(const Deck &deck)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("deck.index"));
    QString error;
    if (!QTest::qVerify(DeckIndex::write(file, deck, &error), "DeckIndex::write", qPrintable(error), __FILE__,
                        __LINE__))
        return std::nullopt;
    std::optional<Deck> read = DeckIndex::read(file, deck.path);
    QTest::qVerify(read.has_value(), "DeckIndex::read", "", __FILE__, __LINE__);
    return read;
}
} // namespace

void TestDeckIndex::writeThenRead_keepsStructureWithoutContent()
{
    const Deck &sample = Test::sampleDeck();
    const std::optional<Deck> read = writtenAndRead(sample);
    QVERIFY(read);
    QCOMPARE(read->id, sample.id);
    QCOMPARE(read->title, sample.title);
    QCOMPARE(read->contentHash, sample.contentHash);
    QCOMPARE(read->sections.size(), sample.sections.size());
    QCOMPARE(read->sections[0].topics, sample.sections[0].topics);
    QCOMPARE(read->topics.size(), sample.topics.size());
    for (qsizetype i = 0; i < sample.topics.size(); ++i) {
        const Topic &t = read->topics[i];
        const Topic &f = sample.topics[i];
        QCOMPARE(t.id, f.id);
        QCOMPARE(t.title, f.title);
        QCOMPARE(t.sectionId, f.sectionId);
        QCOMPARE(QFileInfo(t.file).canonicalFilePath(), QFileInfo(f.file).canonicalFilePath());
        QCOMPARE(t.tags, f.tags);
        QVERIFY(!t.loaded);
        QVERIFY(t.summary.isEmpty() && t.cards.isEmpty() && t.snippets.isEmpty());
        QCOMPARE(t.cardCount(), f.cards.size());
        for (qsizetype c = 0; c < f.cards.size(); ++c)
            QCOMPARE(t.cardId(c).toString(), f.cards[c].id);
    }
}

void TestDeckIndex::read_damagedOrMissingOrOtherVersion_givesNothing()
{
    const Deck &sample = Test::sampleDeck();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("sample.index"));
    QVERIFY(!DeckIndex::read(file, sample.path)); // missing
    QString error;
    QVERIFY(DeckIndex::write(file, sample, &error));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadWrite));
    const QByteArray data = f.readAll();
    // Cut short.
    QVERIFY(f.resize(data.size() / 2));
    f.close();
    QVERIFY(!DeckIndex::read(file, sample.path));
    // Another format version (the second 32-bit word).
    QByteArray other = data;
    other[7] = char(other[7] + 1);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(other);
    f.close();
    QVERIFY(!DeckIndex::read(file, sample.path));
    // Not an index at all.
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("# just some markdown\n");
    f.close();
    QVERIFY(!DeckIndex::read(file, sample.path));
}

// Ten thousand topics hold one copy of each section id and tag, not one each; a topic whose section the deck does not
// list keeps its own.
void TestDeckIndex::read_sharesSectionIdsAndTags_andKeepsAnUnlistedSection()
{
    Deck deck = DeckIndex::skeleton(Test::sampleDeck());
    QVERIFY(deck.topics.size() >= 2);
    deck.topics[0].tags = {QStringLiteral("shared"), QStringLiteral("one")};
    deck.topics[1].tags = {QStringLiteral("shared")};
    deck.topics[1].sectionId = QStringLiteral("not-listed");
    const std::optional<Deck> read = writtenAndRead(deck);
    QVERIFY(read);
    QCOMPARE(read->topics[1].sectionId, QStringLiteral("not-listed"));
    QCOMPARE(read->topics[1].tags, QStringList{QStringLiteral("shared")});
    QCOMPARE(read->topics[0].tags[0].constData(), read->topics[1].tags[0].constData());
    const auto section = std::find_if(read->sections.cbegin(), read->sections.cend(),
                                      [&](const Section &s) { return s.id == read->topics[0].sectionId; });
    QVERIFY(section != read->sections.cend());
    QCOMPARE(read->topics[0].sectionId.constData(), section->id.constData());
    for (qsizetype i = 0; i < deck.topics.size(); ++i)
        QCOMPARE(read->topics[i].cardIds(), deck.topics[i].cardIds());
}

void TestDeckIndex::read_holdsNoRoomBeyondItsTopics()
{
    Deck deck = Test::sampleDeck();
    const Topic first = deck.topics.first();
    for (int i = 0; i < 1000; ++i) { // a large deck: a list grown to size keeps room for half as many again
        Topic copy = first;
        copy.id = QStringLiteral("copy-%1").arg(i);
        deck.topics.append(copy);
    }
    const std::optional<Deck> read = writtenAndRead(deck);
    QVERIFY(read);
    QCOMPARE(read->topics.size(), deck.topics.size());
    QCOMPARE(read->topics.capacity(), read->topics.size()); // every topic stays in memory as long as the deck
}

void TestDeckIndex::loadTopic_readsTheContentOfAnIndexedTopic()
{
    const Deck &sample = Test::sampleDeck();
    const Deck skeleton = DeckIndex::skeleton(sample);
    QList<Diagnostic> problems;
    const std::optional<Topic> topic = DeckLoader::loadTopic(skeleton.topics[0], &problems);
    QVERIFY(topic);
    QVERIFY(problems.isEmpty());
    const Topic &expected = sample.topics[0];
    QVERIFY(topic->loaded);
    QCOMPARE(topic->summary, expected.summary);
    QCOMPARE(topic->keyPoints, expected.keyPoints);
    QCOMPARE(topic->sectionId, expected.sectionId);
    QCOMPARE(topic->snippets.size(), expected.snippets.size());
    QCOMPARE(topic->snippets[0].code, expected.snippets[0].code);
    QCOMPARE(topic->cards.size(), expected.cards.size());
    for (qsizetype c = 0; c < expected.cards.size(); ++c) {
        QCOMPARE(topic->cards[c].id, expected.cards[c].id);
        QCOMPARE(topic->cards[c].prompt, expected.cards[c].prompt);
    }
}

void TestDeckIndex::loadTopic_keepsOnlyTheCardsTheIndexAccepted()
{
    QTemporaryDir dir;
    // Two topics both claim card id c1: the deck keeps the first topic's, so the second topic lists only c3.
    QVERIFY(Test::writeFiles(dir, {{QStringLiteral("deck.md"), Test::manifest()},
                                   {QStringLiteral("s/section.md"), Test::sectionFile(QStringLiteral("s"), QStringLiteral("S"))},
                                   {QStringLiteral("s/1.md"), topicFile("one", twoCards)},
                                   {QStringLiteral("s/2.md"), topicFile("two", "### recall id=c1\n\nDuplicate?\n\n#### Answer\n\nNo.\n\n"
                                                                              "### recall id=c3\n\nQ3?\n\n#### Answer\n\nA3.\n")}}));
    const DeckLoadResult full = DeckLoader::load(dir.path());
    QVERIFY(!full.diagnostics.isEmpty()); // the duplicate is reported once, at indexing
    const Deck skeleton = DeckIndex::skeleton(full.deck);
    QCOMPARE(skeleton.topics[1].cardIds(), QStringList{QStringLiteral("c3")});
    QList<Diagnostic> problems;
    const std::optional<Topic> two = DeckLoader::loadTopic(skeleton.topics[1], &problems);
    QVERIFY(two);
    QCOMPARE(two->cards.size(), 1);
    QCOMPARE(two->cards[0].id, QStringLiteral("c3"));
}

void TestDeckIndex::loadTopic_goneOrChangedFile_saysWhy()
{
    QTemporaryDir dir;
    QVERIFY(Test::writeFiles(dir, {{QStringLiteral("deck.md"), Test::manifest()},
                                   {QStringLiteral("s/section.md"), Test::sectionFile(QStringLiteral("s"), QStringLiteral("S"))},
                                   {QStringLiteral("s/1.md"), topicFile("one", twoCards)}}));
    const Deck skeleton = DeckIndex::skeleton(DeckLoader::load(dir.path()).deck);
    QVERIFY(Test::writeFiles(dir, {{QStringLiteral("s/1.md"), topicFile("renamed", twoCards)}}));
    QList<Diagnostic> problems;
    QVERIFY(!DeckLoader::loadTopic(skeleton.topics[0], &problems));
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems[0].message.contains(QStringLiteral("no longer holds topic `one`")), qPrintable(problems[0].toString()));
    QVERIFY(QFile::remove(dir.filePath(QStringLiteral("s/1.md"))));
    problems.clear();
    QVERIFY(!DeckLoader::loadTopic(skeleton.topics[0], &problems));
    QVERIFY2(problems.value(0).message.startsWith(QStringLiteral("cannot read the file")), qPrintable(problems.value(0).toString()));
}

void TestDeckIndex::signature_changesWhenAFileChanges()
{
    QTemporaryDir dir;
    QVERIFY(Test::writeFiles(dir, {{QStringLiteral("deck.md"), Test::manifest()},
                                   {QStringLiteral("s/section.md"), Test::sectionFile(QStringLiteral("s"), QStringLiteral("S"))},
                                   {QStringLiteral("s/1.md"), topicFile("one", twoCards)}}));
    const QByteArray before = DeckLoader::signature(dir.path());
    QCOMPARE(DeckLoader::signature(dir.path()), before);
    QCOMPARE(DeckLoader::load(dir.path()).deck.contentHash, before);
    // A new topic, an edit that changes the size, and one that keeps it but not the time.
    QVERIFY(Test::writeFiles(dir, {{QStringLiteral("s/2.md"), topicFile("two", twoCards)}}));
    const QByteArray added = DeckLoader::signature(dir.path());
    QVERIFY(added != before);
    QVERIFY(Test::writeFiles(dir, {{QStringLiteral("s/2.md"), topicFile("two", twoCards + "\n")}}));
    const QByteArray longer = DeckLoader::signature(dir.path());
    QVERIFY(longer != added);
    QFile touched(dir.filePath(QStringLiteral("s/2.md")));
    QVERIFY(touched.open(QIODevice::ReadWrite));
    QVERIFY(touched.setFileTime(touched.fileTime(QFileDevice::FileModificationTime).addSecs(60), QFileDevice::FileModificationTime));
    touched.close();
    QVERIFY(DeckLoader::signature(dir.path()) != longer);
}

void TestDeckIndex::snippetReferences_stayWithinTheirTopic()
{
    QTemporaryDir dir;
    const QByteArray withSnippet = "---\nid: one\ntitle: One\n---\n\n## Snippets\n\n### Shown\n\n```python id=shown\nprint(1)\n```\n\n"
                                   "```output\n1\n```\n";
    QVERIFY(Test::writeFiles(dir, {{QStringLiteral("deck.md"), Test::manifest()},
                                   {QStringLiteral("s/section.md"), Test::sectionFile(QStringLiteral("s"), QStringLiteral("S"))},
                                   {QStringLiteral("s/1.md"), withSnippet},
                                   {QStringLiteral("s/2.md"), topicFile("two", "### predict id=p snippet=shown\n\nWhat?\n")}}));
    const DeckLoadResult result = DeckLoader::load(dir.path());
    QCOMPARE(result.diagnostics.size(), 1);
    QVERIFY2(result.diagnostics[0].message.contains(QStringLiteral("not in this topic")), qPrintable(result.diagnostics[0].toString()));
    QVERIFY(result.deck.topics[1].cards.isEmpty());
}

void TestDeckIndex::loadWithoutContent_givesTheSkeletonAndTheSameProblems()
{
    const QString folder = Test::dataPath(QStringLiteral("decks/sample"));
    const DeckLoadResult full = DeckLoader::load(folder);
    const DeckLoadResult lean = DeckLoader::load(folder, DeckLoader::Content::Drop);
    QCOMPARE(lean.diagnostics.size(), full.diagnostics.size());
    QCOMPARE(lean.deck.contentHash, full.deck.contentHash);
    const Deck skeleton = DeckIndex::skeleton(full.deck);
    QCOMPARE(lean.deck.topics.size(), skeleton.topics.size());
    for (qsizetype i = 0; i < skeleton.topics.size(); ++i) {
        QVERIFY(!lean.deck.topics[i].loaded);
        QVERIFY(lean.deck.topics[i].summary.isEmpty());
        QCOMPARE(lean.deck.topics[i].id, skeleton.topics[i].id);
        QCOMPARE(lean.deck.topics[i].cardIds(), skeleton.topics[i].cardIds());
    }
}

QTEST_GUILESS_MAIN(TestDeckIndex)
#include "tst_deckindex.moc"
