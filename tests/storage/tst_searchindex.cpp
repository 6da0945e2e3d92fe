#include "deckloader.h"
#include "deckindex.h"
#include "searchindex.h"
#include "testsupport.h"

#include <QFile>
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

private:
    QList<Deck> m_decks;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SearchIndex> m_index;
};

void TestSearchIndex::initTestCase()
{
    QList<Diagnostic> diagnostics;
    m_decks = DeckLoader::loadAll({Test::dataPath(QStringLiteral("decks/sample"))}, &diagnostics);
    QVERIFY(!m_decks.isEmpty());
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

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
