#include "deckloader.h"
#include "testsupport.h"

#include <QFile>
#include <QTest>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace DeepDive;

class TestDeckLoader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void load_sampleDeck_sectionsAndTopicsInFileOrder();
    void load_sampleDeck_snippetsAndCards();
    void load_faultyDeck_reportsEachProblemAndKeepsValidTopics();
    void load_duplicateIds_keepFirstAndReportSecond();
    void load_badReferences_dropTheCard();
    void load_showOfAnUnknownSnippet_isAnErrorAtTheCard();
    void load_pipeNamedLikeATopic_isReportedNotRead();
    void load_oversizedTopic_isRefusedWithItsSize();
    void load_missingFolderOrManifest_fails();
    void loadAll_laterDeckWithSameIdReplacesEarlier();
    void firstInvalidUtf8Line_data();
    void firstInvalidUtf8Line();
};

void TestDeckLoader::load_sampleDeck_sectionsAndTopicsInFileOrder()
{
    const DeckLoadResult result = DeckLoader::load(Test::dataPath(QStringLiteral("decks/sample")));
    QVERIFY2(result.diagnostics.isEmpty(), qPrintable(result.diagnostics.value(0).toString()));
    QVERIFY(result.loaded);
    QCOMPARE(result.deck.id, QStringLiteral("sample"));
    QCOMPARE(result.deck.title, QStringLiteral("Sample deck"));
    QCOMPARE(result.deck.description, QStringLiteral("A small deck the tests load."));
    QCOMPARE(result.deck.sections.size(), 2);
    QCOMPARE(result.deck.sections[0].id, QStringLiteral("basics"));
    QCOMPARE(result.deck.sections[1].title, QStringLiteral("More"));
    QStringList ids;
    for (const Topic &t : result.deck.topics)
        ids.append(t.id);
    QCOMPARE(ids, (QStringList{QStringLiteral("identity"), QStringLiteral("loops"), QStringLiteral("no-snippets")}));
    QCOMPARE(result.deck.sections[0].topics, (QList<int>{0, 1}));
    QCOMPARE(result.deck.topics[2].sectionId, QStringLiteral("more"));
    QCOMPARE(result.cardCount(), 6);
    QCOMPARE(result.snippetCount(), 4);
    QCOMPARE(result.snippetsWithOutputCount(), 4);
}

void TestDeckLoader::load_sampleDeck_snippetsAndCards()
{
    const DeckLoadResult result = DeckLoader::load(Test::dataPath(QStringLiteral("decks/sample")));
    const Topic &topic = result.deck.topics.at(0);
    QCOMPARE(topic.tags, (QStringList{QStringLiteral("operators"), QStringLiteral("pitfalls")}));
    QCOMPARE(topic.keyPoints.size(), 2);
    QCOMPARE(topic.snippets.size(), 3);
    QCOMPARE(topic.snippets[0].kind, SnippetKind::Pitfall);
    QCOMPARE(topic.snippets[0].fixId, QStringLiteral("identity-fix"));
    QCOMPARE(topic.snippets[0].expectedOutput, QStringLiteral("False\n"));
    QCOMPARE(topic.snippets[2].expectedOutput, QStringLiteral("before\n"));
    QCOMPARE(topic.snippets[2].expectedRaises, QStringLiteral("ZeroDivisionError: division by zero"));
    QList<CardType> types;
    for (const Card &c : topic.cards)
        types.append(c.type);
    QCOMPARE(types, (QList<CardType>{CardType::Recall, CardType::Choice, CardType::Predict, CardType::SpotBug,
                                     CardType::Pair}));
    QCOMPARE(topic.cards[3].bugLines, QList<int>{3});
    QCOMPARE(topic.cards[2].snippetId, QStringLiteral("identity-pitfall"));
}

void TestDeckLoader::load_faultyDeck_reportsEachProblemAndKeepsValidTopics()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray good = "---\nid: good\ntitle: Good\n---\n\nFine.\n";
    QVERIFY(Test::writeFiles(dir, {
        {QStringLiteral("deck.md"), Test::manifest()},
        {QStringLiteral("01-s/section.md"), Test::sectionFile(QStringLiteral("s"), QStringLiteral("S"))},
        {QStringLiteral("01-s/01-good.md"), good},
        {QStringLiteral("01-s/02-fence.md"), "---\nid: fence\ntitle: F\n---\n\n## Snippets\n\n### X\n\n```python id=x\n1\n"},
        {QStringLiteral("01-s/03-utf8.md"), "---\nid: utf\ntitle: U\n---\n\nbad \xff byte\n"},
        {QStringLiteral("01-s/04-type.md"), "---\nid: type\ntitle: T\n---\n\n## Cards\n\n### quiz id=q\n\nQ\n"},
        {QStringLiteral("01-s/05-noid.md"), "---\ntitle: No id\n---\n"},
        {QStringLiteral("02-nosection/01-x.md"), good},
    }));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("missing-target.md")), dir.filePath(QStringLiteral("01-s/06-gone.md"))));

    const DeckLoadResult result = DeckLoader::load(dir.path());
    QStringList messages;
    for (const Diagnostic &d : result.diagnostics)
        messages.append(d.toString());
    const QString all = messages.join(QLatin1Char('\n'));
    const QStringList expected{
        dir.filePath(QStringLiteral("01-s/02-fence.md:10: error: this code fence is never closed")),
        dir.filePath(QStringLiteral("01-s/03-utf8.md:6: error: the file is not valid UTF-8")),
        dir.filePath(QStringLiteral("01-s/04-type.md:8: error: unknown card type `quiz`")),
        dir.filePath(QStringLiteral("01-s/05-noid.md:1: error: the topic has no id")),
        dir.filePath(QStringLiteral("01-s/06-gone.md:0: error: cannot read the file")),
        dir.filePath(QStringLiteral("02-nosection:0: error: the folder has no section.md")),
    };
    for (const QString &e : expected)
        QVERIFY2(all.contains(e), qPrintable(QStringLiteral("missing: %1\nin:\n%2").arg(e, all)));
    QCOMPARE(messages.size(), expected.size());
    QStringList loaded;
    for (const Topic &t : result.deck.topics)
        loaded.append(t.id);
    QCOMPARE(loaded, (QStringList{QStringLiteral("good"), QStringLiteral("fence"), QStringLiteral("type")}));
}

void TestDeckLoader::load_duplicateIds_keepFirstAndReportSecond()
{
    QTemporaryDir dir;
    const QByteArray a = "---\nid: a\ntitle: A\n---\n\n## Snippets\n\n### S\n\n```python id=s\n1\n```\n\n"
                         "## Cards\n\n### recall id=c\n\nQ\n\n#### Answer\n\nA\n";
    const QByteArray b = "---\nid: b\ntitle: B\n---\n\n## Snippets\n\n### S\n\n```python id=s\n2\n```\n\n"
                         "## Cards\n\n### recall id=c\n\nQ\n\n#### Answer\n\nA\n";
    const QByteArray c = "---\nid: a\ntitle: Again\n---\n";
    QVERIFY(Test::writeFiles(dir, {{QStringLiteral("deck.md"), Test::manifest()},
                                   {QStringLiteral("1/section.md"), Test::sectionFile(QStringLiteral("s"), QStringLiteral("S"))},
                                   {QStringLiteral("1/1.md"), a},
                                   {QStringLiteral("1/2.md"), b},
                                   {QStringLiteral("1/3.md"), c}}));
    const DeckLoadResult result = DeckLoader::load(dir.path());
    QCOMPARE(result.diagnostics.size(), 3);
    QVERIFY(result.diagnostics[0].message.startsWith(QStringLiteral("duplicate snippet id `s`, already used at ")));
    QCOMPARE(result.diagnostics[0].line, 10);
    QVERIFY(result.diagnostics[1].message.startsWith(QStringLiteral("duplicate card id `c`")));
    QVERIFY(result.diagnostics[2].message.startsWith(QStringLiteral("duplicate topic id `a`")));
    QCOMPARE(result.deck.topics.size(), 2);
    QCOMPARE(result.deck.topics[0].snippets.size(), 1);
    QCOMPARE(result.deck.topics[1].snippets.size(), 0);
    QCOMPARE(result.deck.topics[1].cards.size(), 0);
}

void TestDeckLoader::load_pipeNamedLikeATopic_isReportedNotRead()
{
    QTemporaryDir dir;
    const QByteArray good = "---\nid: good\ntitle: Good\n---\n\nText.\n";
    QVERIFY(Test::writeFiles(dir, {{QStringLiteral("deck.md"), Test::manifest()},
                                   {QStringLiteral("1/section.md"), Test::sectionFile(QStringLiteral("s"), QStringLiteral("S"))},
                                   {QStringLiteral("1/1.md"), good}}));
    // Opening a FIFO for reading blocks until a writer comes: the loader must not open it at all.
    QCOMPARE(::mkfifo(QFile::encodeName(dir.filePath(QStringLiteral("1/2-pipe.md"))).constData(), 0600), 0);
    const DeckLoadResult result = DeckLoader::load(dir.path());
    QCOMPARE(result.diagnostics.size(), 1);
    QCOMPARE(result.diagnostics[0].file, dir.filePath(QStringLiteral("1/2-pipe.md")));
    QVERIFY2(result.diagnostics[0].message.startsWith(QStringLiteral("not a regular file")),
             qPrintable(result.diagnostics[0].message));
    QCOMPARE(result.deck.topics.size(), 1);
}

void TestDeckLoader::load_oversizedTopic_isRefusedWithItsSize()
{
    QTemporaryDir dir;
    QByteArray big = "---\nid: big\ntitle: Big\n---\n\n";
    big += QByteArray(DeckLoader::maxFileBytes, 'x');
    QVERIFY(Test::writeFiles(dir, {{QStringLiteral("deck.md"), Test::manifest()},
                                   {QStringLiteral("1/section.md"), Test::sectionFile(QStringLiteral("s"), QStringLiteral("S"))},
                                   {QStringLiteral("1/1.md"), big}}));
    const DeckLoadResult result = DeckLoader::load(dir.path());
    QCOMPARE(result.diagnostics.size(), 1);
    QVERIFY2(result.diagnostics[0].toString().contains(QStringLiteral("1.md:0: error: the file is 512 KiB; a deck file may be at most 512 KiB")),
             qPrintable(result.diagnostics[0].toString()));
    QVERIFY(result.deck.topics.isEmpty());
}

void TestDeckLoader::load_badReferences_dropTheCard()
{
    QTemporaryDir dir;
    const QByteArray t = "---\nid: t\ntitle: T\n---\n\n## Snippets\n\n### S\n\n```python id=s kind=pitfall fix=nope\nx = 1\n```\n\n"
                         "## Cards\n\n### predict id=p snippet=s\n\n### predict id=q snippet=missing\n\n"
                         "### spot-bug id=b snippet=s line=5\n";
    QVERIFY(Test::writeFiles(dir, {{QStringLiteral("deck.md"), Test::manifest()},
                                   {QStringLiteral("1/section.md"), Test::sectionFile(QStringLiteral("s"), QStringLiteral("S"))},
                                   {QStringLiteral("1/1.md"), t}}));
    const DeckLoadResult result = DeckLoader::load(dir.path());
    QStringList messages;
    for (const Diagnostic &d : result.diagnostics)
        messages.append(QString::number(d.line) + QLatin1Char(' ') + d.message);
    QCOMPARE(messages.size(), 5);
    QVERIFY(messages[0].startsWith(QStringLiteral("10 `fix=nope` names no snippet")));
    QVERIFY(messages[1].startsWith(QStringLiteral("16 predict card `p` points at snippet `s`, which has no expected output")));
    QVERIFY(messages[2].startsWith(QStringLiteral("18 card `q` points at snippet `missing`")));
    QVERIFY(messages[3].startsWith(QStringLiteral("20 spot-bug card `b` points at snippet `s`, which is not a pitfall")));
    QVERIFY(messages[4].startsWith(QStringLiteral("20 spot-bug card `b`: `line=5` is past the end")));
    QCOMPARE(result.deck.topics.at(0).cards.size(), 0);
}

void TestDeckLoader::load_showOfAnUnknownSnippet_isAnErrorAtTheCard()
{
    QTemporaryDir dir;
    const QByteArray t = "---\nid: t\ntitle: T\n---\n\n## Snippets\n\n### S\n\n```python id=s\nx = 1\n```\n\n"
                         "## Cards\n\n### recall id=good show=s\n\nQ?\n\n#### Answer\n\nA.\n\n"
                         "### recall id=bad show=missing\n\nQ?\n\n#### Answer\n\nA.\n";
    QVERIFY(Test::writeFiles(dir, {{QStringLiteral("deck.md"), Test::manifest()},
                                   {QStringLiteral("1/section.md"), Test::sectionFile(QStringLiteral("s"), QStringLiteral("S"))},
                                   {QStringLiteral("1/1.md"), t}}));
    const DeckLoadResult result = DeckLoader::load(dir.path());
    QCOMPARE(result.diagnostics.size(), 1);
    QCOMPARE(result.diagnostics[0].line, 24);
    QVERIFY2(result.diagnostics[0].toString().endsWith(
                 QStringLiteral("1.md:24: error: card `bad` shows snippet `missing` (`show=`), which is not in this topic")),
             qPrintable(result.diagnostics[0].toString()));
    QCOMPARE(result.deck.topics.at(0).cards.size(), 1);
    QCOMPARE(result.deck.topics.at(0).cards[0].showId, QStringLiteral("s"));
}

void TestDeckLoader::load_missingFolderOrManifest_fails()
{
    QTemporaryDir dir;
    DeckLoadResult result = DeckLoader::load(dir.filePath(QStringLiteral("nope")));
    QVERIFY(!result.loaded);
    QVERIFY(result.diagnostics.at(0).message.contains(QStringLiteral("not a folder")));
    result = DeckLoader::load(dir.path());
    QVERIFY(!result.loaded);
    QVERIFY(result.diagnostics.at(0).message.contains(QStringLiteral("no deck.md")));
}

void TestDeckLoader::loadAll_laterDeckWithSameIdReplacesEarlier()
{
    QTemporaryDir dir;
    QVERIFY(Test::writeFiles(dir, {{QStringLiteral("a/deck.md"), Test::manifest(QStringLiteral("same"))},
                                   {QStringLiteral("b/deck.md"), Test::manifest(QStringLiteral("other"))},
                                   {QStringLiteral("c/deck.md"), Test::manifest(QStringLiteral("same"))},
                                   {QStringLiteral("c/1/section.md"), Test::sectionFile(QStringLiteral("s"), QStringLiteral("S"))}}));
    QCOMPARE(DeckLoader::deckFolders(dir.path()).size(), 3);
    QList<Diagnostic> diagnostics;
    const QList<Deck> decks = DeckLoader::loadAll(DeckLoader::deckFolders(dir.path()), &diagnostics);
    QVERIFY(diagnostics.isEmpty());
    QCOMPARE(decks.size(), 2);
    QCOMPARE(decks[0].id, QStringLiteral("same"));
    QCOMPARE(decks[0].sections.size(), 1);
    QCOMPARE(decks[1].id, QStringLiteral("other"));
}

void TestDeckLoader::firstInvalidUtf8Line_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("line");
    QTest::newRow("ascii") << QByteArray("a\nb\n") << 0;
    QTest::newRow("valid multibyte") << QByteArray("caf\xc3\xa9\n\xe2\x82\xac \xf0\x9f\x98\x80\n") << 0;
    QTest::newRow("stray continuation") << QByteArray("a\n\x80\n") << 2;
    QTest::newRow("truncated at end") << QByteArray("a\nb\n\xe2\x82") << 3;
    QTest::newRow("overlong") << QByteArray("\xc0\xaf") << 1;
    QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << 1;
    QTest::newRow("beyond unicode") << QByteArray("\xf4\x90\x80\x80") << 1;
}

void TestDeckLoader::firstInvalidUtf8Line()
{
    QFETCH(QByteArray, data);
    QFETCH(int, line);
    QCOMPARE(DeckLoader::firstInvalidUtf8Line(data), line);
}

QTEST_GUILESS_MAIN(TestDeckLoader)
#include "tst_deckloader.moc"
