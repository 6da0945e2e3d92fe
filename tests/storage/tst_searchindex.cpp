#include "deckloader.h"
#include "deckindex.h"
#include "searchindex.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace DeepDive;

class TestSearchIndex : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void search_titlesRankFirst_andMatchesAreMarked();
    void search_findsSnippetsCardsAndPrefixes();
    void search_learnerNotes_areIndexedAndReplaced();
    void search_anyTypedText_isSafe_data();
    void search_anyTypedText_isSafe();
    void signature_changesWithTheContent();
    void damagedCache_isRebuilt();
    void search_oneLetter_findsNothing();
    void search_manyMatches_titlesComeFirstAndContextIsMarked();
    void search_indexedDecks_areReadFromTheirFiles();
    void realDeck_titleOrTagMatch_ranksFirst_data();
    void realDeck_titleOrTagMatch_ranksFirst();
    void realDeck_identifiers_areSearchable_data();
    void realDeck_identifiers_areSearchable();
    void realDeck_typo_suggestsTheNearestWord();
    void suggestion_onlyForWordsThatMatchNothing();
    void editDistance_countsSwapsAsOne();
    void plainText_stripsMarkdown_data();
    void plainText_stripsMarkdown();
    void hits_namePlainTitlesAndTheirTopic();
    void otherCacheVersion_isDroppedAndBuiltAgain_data();
    void otherCacheVersion_isDroppedAndBuiltAgain();
    void matchRanges_findWordsStartingWithTheTerms();
    void search_untaggedTopic_ranksByItsTitleLikeAnyOther();

private:
    const SearchIndex &realDeck();
    QList<Deck> m_decks;
    std::unique_ptr<QTemporaryDir> m_realDir;
    std::unique_ptr<SearchIndex> m_realIndex;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SearchIndex> m_index;
};

void TestSearchIndex::initTestCase()
{
    m_decks = Test::sampleDecks();
}

void TestSearchIndex::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_index = std::make_unique<SearchIndex>();
    QString error;
    const QString file = m_dir->filePath(QStringLiteral("cache/search.db"));
    QVERIFY2(m_index->open(file, &error), qPrintable(error));
    QVERIFY(!m_index->isCurrent(SearchIndex::signatureOf(m_decks)));
    QVERIFY2(SearchIndex::build(file, m_decks, &error), qPrintable(error));
    QVERIFY(m_index->isCurrent(SearchIndex::signatureOf(m_decks)));
}

void TestSearchIndex::search_titlesRankFirst_andMatchesAreMarked()
{
    const QList<SearchHit> hits = m_index->search(QStringLiteral("identity"));
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits[0].kind, SearchHit::TopicHit);
    QCOMPARE(hits[0].topicId, QStringLiteral("identity"));
    QCOMPARE(hits[0].title, QStringLiteral("\x01Identity\x02 and equality"));
}

void TestSearchIndex::search_findsSnippetsCardsAndPrefixes()
{
    QList<SearchHit> hits = m_index->search(QStringLiteral("rang"));
    QVERIFY(!hits.isEmpty());
    const auto snippet = std::find_if(hits.cbegin(), hits.cend(), [](const SearchHit &h) { return h.kind == SearchHit::SnippetHit; });
    QVERIFY(snippet != hits.cend());
    QCOMPARE(snippet->itemId, QStringLiteral("loops-for"));
    QVERIFY(snippet->context.contains(QStringLiteral("\x01range\x02")));
    hits = m_index->search(QStringLiteral("singleton"));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits[0].kind, SearchHit::CardHit);
    QCOMPARE(hits[0].itemId, QStringLiteral("identity-choice"));
    // Every word must match.
    QVERIFY(m_index->search(QStringLiteral("singleton range")).isEmpty());
}

void TestSearchIndex::search_learnerNotes_areIndexedAndReplaced()
{
    QString error;
    QVERIFY(m_index->setNote(QStringLiteral("sample"), QStringLiteral("loops"), QStringLiteral("Loops"),
                             QStringLiteral("remember enumerate()"), &error));
    QList<SearchHit> hits = m_index->search(QStringLiteral("enumer"));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits[0].kind, SearchHit::NoteHit);
    QVERIFY(m_index->setNote(QStringLiteral("sample"), QStringLiteral("loops"), QStringLiteral("Loops"),
                             QStringLiteral("zip instead"), &error));
    QVERIFY(m_index->search(QStringLiteral("enumer")).isEmpty());
    // Rebuilding the content keeps the learner's notes.
    QVERIFY(SearchIndex::build(m_index->file(), m_decks, &error));
    QCOMPARE(m_index->search(QStringLiteral("zip")).size(), 1);
    // Replacing every note (a restored backup): the old ones are gone, the new ones found, blank ones left out.
    QVERIFY2(m_index->replaceNotes({{QStringLiteral("sample"), QStringLiteral("identity"), QStringLiteral("Identity"),
                                     QStringLiteral("**interned** strings")},
                                    {QStringLiteral("sample"), QStringLiteral("loops"), QStringLiteral("Loops"), QStringLiteral("  \n")}},
                                   &error),
             qPrintable(error));
    QVERIFY(m_index->search(QStringLiteral("zip")).isEmpty());
    hits = m_index->search(QStringLiteral("intern"));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits[0].kind, SearchHit::NoteHit);
    QCOMPARE(hits[0].topicId, QStringLiteral("identity"));
    QVERIFY(m_index->replaceNotes({}, &error));
    QVERIFY(m_index->search(QStringLiteral("intern")).isEmpty());
    QVERIFY(!m_index->search(QStringLiteral("range")).isEmpty()); // the content stays
}

void TestSearchIndex::search_anyTypedText_isSafe_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("quote") << "\"";
    QTest::newRow("operators") << "AND OR NOT (";
    QTest::newRow("column filter") << "title:x";
    QTest::newRow("star") << "*";
    QTest::newRow("punctuation only") << "== != ->";
    QTest::newRow("unicode") << "équivalence naïve";
}

void TestSearchIndex::search_anyTypedText_isSafe()
{
    QFETCH(QString, text);
    m_index->search(text); // must not fail or throw; "==" has no words, so no hits
    QVERIFY(!SearchIndex::ftsQuery(text).contains(QLatin1Char(':')));
}

void TestSearchIndex::signature_changesWithTheContent()
{
    QList<Deck> changed = m_decks;
    changed[0].contentHash = "different";
    QVERIFY(SearchIndex::signatureOf(changed) != SearchIndex::signatureOf(m_decks));
    QVERIFY(!m_index->isCurrent(SearchIndex::signatureOf(changed)));
}

void TestSearchIndex::damagedCache_isRebuilt()
{
    const QString file = m_dir->filePath(QStringLiteral("other/search.db"));
    QVERIFY(Test::writeFiles(*m_dir, {{QStringLiteral("other/search.db"), QByteArray(4096, 'z')}}));
    SearchIndex index;
    QString error;
    QVERIFY2(index.open(file, &error), qPrintable(error));
    QVERIFY(!index.isCurrent(SearchIndex::signatureOf(m_decks)));
    QVERIFY(SearchIndex::build(file, m_decks, &error));
    QVERIFY(!index.search(QStringLiteral("loops")).isEmpty());
}

void TestSearchIndex::search_oneLetter_findsNothing()
{
    QVERIFY(m_index->search(QStringLiteral("i")).isEmpty()); // nearly every row: typing goes on
    QVERIFY(!m_index->search(QStringLiteral("id")).isEmpty());
    QVERIFY(!m_index->search(QStringLiteral("i identity")).isEmpty()); // the one-letter word is left out
}

// Past rankedLimit matches (here 0, so always) bm25 is not asked: the rows whose title matches come first.
void TestSearchIndex::search_manyMatches_titlesComeFirstAndContextIsMarked()
{
    const QList<SearchHit> ranked = m_index->search(QStringLiteral("identity"));
    const QList<SearchHit> fast = m_index->search(QStringLiteral("identity"), 50, 0);
    QCOMPARE(fast.size(), ranked.size()); // the same rows, perhaps in another order
    QVERIFY(fast[0].title.contains(QStringLiteral("\x01Identity\x02")));
    bool bodyOnly = false;
    for (const SearchHit &hit : fast) {
        const bool titleMatches = hit.title.contains(QChar(1));
        QVERIFY2(!(bodyOnly && titleMatches), "a title match after a body-only match");
        bodyOnly = bodyOnly || !titleMatches;
        QVERIFY2(titleMatches || hit.context.contains(QChar(1)), qPrintable(hit.title + QStringLiteral(" | ") + hit.context));
    }
    // Context: about fourteen words around the first match, cut with an ellipsis where the body goes on.
    const QList<SearchHit> rang = m_index->search(QStringLiteral("rang"), 50, 0);
    const auto snippet = std::find_if(rang.cbegin(), rang.cend(), [](const SearchHit &h) { return h.kind == SearchHit::SnippetHit; });
    QVERIFY(snippet != rang.cend());
    QVERIFY(snippet->context.contains(QStringLiteral("\x01range\x02")));
    QVERIFY(snippet->context.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() <= 16);
}

void TestSearchIndex::search_indexedDecks_areReadFromTheirFiles()
{
    QTemporaryDir dir;
    SearchIndex index;
    QString error;
    const QString file = dir.filePath(QStringLiteral("search.db"));
    QVERIFY(index.open(file, &error));
    QVERIFY2(SearchIndex::build(file, {DeckIndex::skeleton(m_decks[0])}, &error), qPrintable(error));
    const QList<SearchHit> hits = index.search(QStringLiteral("singleton"));
    QCOMPARE(hits.size(), 1); // a card's text, which the index does not hold
    QCOMPARE(hits[0].itemId, QStringLiteral("identity-choice"));
}

// The bundled Python deck, indexed once for the tests that need its size.
const SearchIndex &TestSearchIndex::realDeck()
{
    if (!m_realIndex) {
        m_realDir = std::make_unique<QTemporaryDir>();
        m_realIndex = std::make_unique<SearchIndex>();
        const QString file = m_realDir->filePath(QStringLiteral("search.db"));
        QString error;
        const DeckLoadResult result = DeckLoader::load(Test::sourcePath(QStringLiteral("content/python")));
        if (!result.loaded || !m_realIndex->open(file, &error) || !SearchIndex::build(file, {result.deck}, &error))
            qFatal("the bundled deck was not indexed: %s", qPrintable(error));
    }
    return *m_realIndex;
}

// Issue #19: "GIL" ranked the GIL topic 11th and "__slots__" its topic 5th, under bodies that mention them often.
void TestSearchIndex::realDeck_titleOrTagMatch_ranksFirst_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("topic");
    QTest::newRow("GIL (a tag)") << "GIL" << "gil";
    QTest::newRow("gil lower case") << "gil" << "gil";
    QTest::newRow("__slots__ (in the title as typed)") << "__slots__" << "slots";
    QTest::newRow("slots") << "slots" << "slots";
}

void TestSearchIndex::realDeck_titleOrTagMatch_ranksFirst()
{
    QFETCH(QString, text);
    QFETCH(QString, topic);
    const QList<SearchHit> hits = realDeck().search(text);
    QVERIFY(hits.size() > 5);
    QString top;
    for (const SearchHit &hit : hits.mid(0, 4))
        top += hit.topicId + QStringLiteral(": ") + hit.title + QStringLiteral("; ");
    QCOMPARE(hits[0].kind, SearchHit::TopicHit);
    QVERIFY2(hits[0].topicId == topic, qPrintable(top));
    // Every topic whose title matches comes before any card, snippet or note.
    bool other = false;
    for (const SearchHit &hit : hits) {
        QVERIFY2(!(other && hit.kind == SearchHit::TopicHit && hit.title.contains(QChar(1))), qPrintable(hit.title));
        other = other || hit.kind != SearchHit::TopicHit;
    }
}

void TestSearchIndex::realDeck_identifiers_areSearchable_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("marked");
    QTest::newRow("dunder") << "__slots__" << "\x01slots\x02";
    QTest::newRow("dotted") << "asyncio.gather" << "\x01gather\x02";
    QTest::newRow("private function") << "sys._is_gil_enabled" << "\x01" "enabled\x02";
}

void TestSearchIndex::realDeck_identifiers_areSearchable()
{
    QFETCH(QString, text);
    QFETCH(QString, marked);
    const QList<SearchHit> hits = realDeck().search(text);
    QVERIFY(!hits.isEmpty());
    const bool anyMarked = std::any_of(hits.cbegin(), hits.cend(), [&](const SearchHit &h) {
        return h.title.contains(marked) || h.context.contains(marked);
    });
    QVERIFY2(anyMarked, qPrintable(hits[0].title + QStringLiteral(" | ") + hits[0].context));
}

void TestSearchIndex::realDeck_typo_suggestsTheNearestWord()
{
    const SearchIndex &index = realDeck();
    QVERIFY(index.search(QStringLiteral("asynio")).isEmpty());
    QCOMPARE(index.suggestion(QStringLiteral("asynio")), QStringLiteral("asyncio"));
    QCOMPARE(index.suggestion(QStringLiteral("Asynico gather")), QStringLiteral("asyncio gather"));
    QVERIFY(!index.search(index.suggestion(QStringLiteral("asynio"))).isEmpty());
    QCOMPARE(index.suggestion(QStringLiteral("interpeter")), QStringLiteral("interpreter"));
}

void TestSearchIndex::suggestion_onlyForWordsThatMatchNothing()
{
    QCOMPARE(m_index->suggestion(QStringLiteral("identiy")), QStringLiteral("identity"));
    QCOMPARE(m_index->suggestion(QStringLiteral("identity")), QString()); // found as it is
    QCOMPARE(m_index->suggestion(QStringLiteral("iden")), QString()); // a prefix of a word
    QCOMPARE(m_index->suggestion(QStringLiteral("qqqqqqqq")), QString()); // nothing near
    QCOMPARE(m_index->suggestion(QString()), QString());
}

void TestSearchIndex::editDistance_countsSwapsAsOne()
{
    QCOMPARE(SearchIndex::editDistance(u"asynio", u"asyncio", 2), 1);
    QCOMPARE(SearchIndex::editDistance(u"asnycio", u"asyncio", 2), 1);
    QCOMPARE(SearchIndex::editDistance(u"kitten", u"sitting", 5), 3);
    QCOMPARE(SearchIndex::editDistance(u"kitten", u"sitting", 2), 3); // past the limit: limit + 1
    QCOMPARE(SearchIndex::editDistance(u"abc", u"abc", 0), 0);
}

void TestSearchIndex::plainText_stripsMarkdown_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("plain");
    QTest::newRow("bold") << "the **global interpreter lock** (GIL)" << "the global interpreter lock (GIL)";
    QTest::newRow("code span") << "`@dataclass(slots=True)`" << "@dataclass(slots=True)";
    QTest::newRow("stars in code stay") << "call `f(**kwargs)` *now*" << "call f(**kwargs) now";
    QTest::newRow("dunder stays") << "__slots__ and its trade-offs" << "__slots__ and its trade-offs";
    QTest::newRow("double backticks") << "``a ` b``" << "a ` b";
    QTest::newRow("link") << "see [PEP 703](https://peps.python.org/pep-0703/)" << "see PEP 703";
    QTest::newRow("heading and list") << "## Why\n- one\n* two\n> quote" << "Why\none\ntwo\nquote";
    QTest::newRow("fence") << "```python\nx = 1\n```" << "x = 1";
    QTest::newRow("multiplication") << "2 * 3 * 4" << "2 * 3 * 4";
}

void TestSearchIndex::plainText_stripsMarkdown()
{
    QFETCH(QString, markdown);
    QFETCH(QString, plain);
    QCOMPARE(SearchIndex::plainText(markdown), plain);
}

void TestSearchIndex::hits_namePlainTitlesAndTheirTopic()
{
    QString error;
    QVERIFY(m_index->setNote(QStringLiteral("sample"), QStringLiteral("loops"), QStringLiteral("Loops"),
                             QStringLiteral("**remember** `enumerate()`"), &error));
    QList<SearchHit> hits = m_index->search(QStringLiteral("enumer"));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits[0].topicTitle, QStringLiteral("Loops"));
    QCOMPARE(hits[0].context, QStringLiteral("remember \x01" "enumerate\x02()"));
    hits = m_index->search(QStringLiteral("singleton"));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits[0].kind, SearchHit::CardHit);
    QCOMPARE(hits[0].topicTitle, QStringLiteral("Identity and equality"));
    // No Markdown in any title or context of the real deck's hits.
    for (const QString &text : {QStringLiteral("GIL"), QStringLiteral("slots"), QStringLiteral("asyncio")}) {
        for (const SearchHit &hit : realDeck().search(text)) {
            QVERIFY2(!hit.title.contains(QLatin1Char('`')) && !hit.title.contains(QStringLiteral("**")), qPrintable(hit.title));
            if (hit.kind != SearchHit::SnippetHit) // code is shown as written
                QVERIFY2(!hit.context.contains(QLatin1Char('`')) && !hit.context.contains(QStringLiteral("**")),
                         qPrintable(hit.context));
        }
    }
}

// A cache written before tags and topic titles were indexed is dropped, so that it is built again.
void TestSearchIndex::otherCacheVersion_isDroppedAndBuiltAgain_data()
{
    QTest::addColumn<int>("userVersion");
    QTest::newRow("no version (the first caches)") << 0;
    QTest::newRow("3 (tag keys in the FTS table)") << 3;
    QTest::newRow("a newer Deep Dive's") << 99;
}

// A cache of another layout, older or newer, with the current content's signature: dropped, not read.
void TestSearchIndex::otherCacheVersion_isDroppedAndBuiltAgain()
{
    QFETCH(int, userVersion);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("search.db"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")));
        QVERIFY(q.exec(QStringLiteral("CREATE VIRTUAL TABLE entry USING fts5(title, body, kind UNINDEXED, deck UNINDEXED, "
                                      "topic UNINDEXED, item UNINDEXED)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO meta VALUES ('signature', '%1')").arg(SearchIndex::signatureOf(m_decks))));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(userVersion)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    SearchIndex index;
    QString error;
    QVERIFY2(index.open(file, &error), qPrintable(error));
    QVERIFY(!index.isCurrent(SearchIndex::signatureOf(m_decks)));
    QVERIFY2(SearchIndex::build(file, m_decks, &error), qPrintable(error));
    QCOMPARE(index.search(QStringLiteral("singleton")).value(0).topicTitle, QStringLiteral("Identity and equality"));
}

// What the topic's notes highlight when a hit opens it: the hit's terms, matched as the index matches them.
void TestSearchIndex::matchRanges_findWordsStartingWithTheTerms()
{
    const QList<SearchHit> hits = m_index->search(QStringLiteral("Équal iden"));
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits[0].terms, (QStringList{QStringLiteral("equal"), QStringLiteral("iden")}));
    const QString text = QStringLiteral("Identity and equality; inequality; __eq__ identical");
    const QList<std::pair<qsizetype, qsizetype>> ranges = SearchIndex::matchRanges(text, hits[0].terms);
    QStringList words;
    for (const auto &[start, length] : ranges)
        words.append(text.mid(start, length));
    QCOMPARE(words, (QStringList{QStringLiteral("Identity"), QStringLiteral("equality"), QStringLiteral("identical")}));
    QVERIFY(SearchIndex::matchRanges(text, {}).isEmpty());
}

// Ranking: a topic without tags is ranked by its title as any other (its tag key was NULL once, and sorted after
// every tagged topic whose title does not even hold what was typed).
void TestSearchIndex::search_untaggedTopic_ranksByItsTitleLikeAnyOther()
{
    Deck deck;
    deck.id = QStringLiteral("d");
    Topic tagged;
    tagged.id = QStringLiteral("lookup");
    tagged.title = QStringLiteral("Attribute lookup");
    tagged.tags = {QStringLiteral("descriptors")};
    Topic untagged;
    untagged.id = QStringLiteral("descriptors");
    untagged.title = QStringLiteral("Descriptors in depth");
    deck.topics = {tagged, untagged};
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("search.db"));
    SearchIndex index;
    QString error;
    QVERIFY2(index.open(file, &error), qPrintable(error));
    QVERIFY2(SearchIndex::build(file, {deck}, &error), qPrintable(error));
    const QList<SearchHit> hits = index.search(QStringLiteral("descr"));
    QCOMPARE(hits.size(), 2);
    QCOMPARE(hits[0].topicId, QStringLiteral("descriptors"));
    QCOMPARE(hits[1].topicId, QStringLiteral("lookup"));
}

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
