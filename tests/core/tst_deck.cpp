#include "deck.h"

#include <QTest>

using namespace DeepDive;

// The deck's plain types and their small rules: a topic's snippets by id and its card ids whether the topic is
// loaded or only indexed, a problem as "file:line: error: message", titles as plain text, and the names of card
// types and snippet kinds as deck files and the database spell them.
class TestDeck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void snippet_byId_pointsIntoTheTopic_orNullWhenUnknown();
    void snippet_sameIdTwice_theFirstIsFound();
    void cardIds_loadedTopic_comeFromItsCardsInOrder();
    void cardIds_indexedTopic_comeFromTheIndex_notFromCards();
    void cardKeys_eachKeyIsTheDeckAndThatCard_whateverCameBefore();
    void snippet_checksOutput_whenItPrintsOrRaises();
    void diagnostic_readsAsACompilerError_andComparesByValue();
    void diagnostic_percentSignsInFileOrMessage_areKeptAsWritten();
    void plainTitle_dropsTheBackticksOfCodeSpans_data();
    void plainTitle_dropsTheBackticksOfCodeSpans();
    void cardTypeName_roundTripsEveryType();
    void cardTypeFromName_unknownOrMiscased_isRefused_andTheTypeIsKept_data();
    void cardTypeFromName_unknownOrMiscased_isRefused_andTheTypeIsKept();
    void snippetKindName_namesEveryKind();
};

namespace {
Snippet snippet(const QString &id, const QString &code)
{
    Snippet s;
    s.id = id;
    s.code = code;
    return s;
}
Card card(const QString &id)
{
    Card c;
    c.id = id;
    return c;
}
} // namespace

void TestDeck::snippet_byId_pointsIntoTheTopic_orNullWhenUnknown()
{
    Topic topic;
    topic.snippets = {snippet(QStringLiteral("pitfall"), QStringLiteral("a = []")), snippet(QStringLiteral("fix"), QStringLiteral("a = None"))};
    const Snippet *fix = topic.snippet(QStringLiteral("fix"));
    QVERIFY(fix);
    QCOMPARE(fix, &topic.snippets[1]); // the topic's own, not a copy
    QCOMPARE(fix->code, QStringLiteral("a = None"));
    QVERIFY(!topic.snippet(QStringLiteral("Fix"))); // ids are exact
    QVERIFY(!topic.snippet(QString()));
    QVERIFY(!Topic().snippet(QStringLiteral("fix")));
}

void TestDeck::snippet_sameIdTwice_theFirstIsFound()
{
    Topic topic;
    topic.snippets = {snippet(QStringLiteral("x"), QStringLiteral("first")), snippet(QStringLiteral("x"), QStringLiteral("second"))};
    QCOMPARE(topic.snippet(QStringLiteral("x"))->code, QStringLiteral("first"));
}

void TestDeck::cardIds_loadedTopic_comeFromItsCardsInOrder()
{
    Topic topic;
    topic.cards = {card(QStringLiteral("c2")), card(QStringLiteral("c1")), card(QStringLiteral("c3"))};
    topic.setIndexedCardIds({QStringLiteral("stale")}); // left from an index: a loaded topic's cards are what counts
    QVERIFY(topic.loaded);
    QCOMPARE(topic.cardCount(), 3);
    QCOMPARE(topic.cardId(0).toString(), QStringLiteral("c2"));
    QCOMPARE(topic.cardId(2).toString(), QStringLiteral("c3"));
    QCOMPARE(topic.cardIds(), (QStringList{QStringLiteral("c2"), QStringLiteral("c1"), QStringLiteral("c3")}));
    QCOMPARE(Topic().cardCount(), 0);
    QCOMPARE(Topic().cardIds(), QStringList());
}

void TestDeck::cardIds_indexedTopic_comeFromTheIndex_notFromCards()
{
    Topic topic;
    topic.loaded = false;
    const QStringList ids{QStringLiteral("a"), QStringLiteral("bc"), QString(), QStringLiteral("d")};
    topic.setIndexedCardIds(ids);
    QCOMPARE(topic.cardCount(), 4);
    for (qsizetype i = 0; i < ids.size(); ++i)
        QCOMPARE(topic.cardId(i).toString(), ids[i]);
    QCOMPARE(topic.cardIds(), ids);
    topic.cards = {card(QStringLiteral("only-when-loaded"))};
    QCOMPARE(topic.cardCount(), 4);
    QCOMPARE(topic.cardIds(), ids);
    topic.setIndexedCardIds({});
    QCOMPARE(topic.cardCount(), 0);
    QCOMPARE(topic.cardIds(), QStringList());
    topic.setIndexedCardIds(ids);
    topic.loaded = true; // once the file is read, the cards are the truth
    QCOMPARE(topic.cardIds(), QStringList{QStringLiteral("only-when-loaded")});
}

// One buffer for every key: a longer card id before a shorter one leaves nothing of itself behind, and a key kept
// (copied) before the next one is made stays as it was.
void TestDeck::cardKeys_eachKeyIsTheDeckAndThatCard_whateverCameBefore()
{
    CardKeys keys(QStringLiteral("python"));
    const QString first = keys.of(QStringLiteral("gil-recall-long-id"));
    QCOMPARE(first, QStringLiteral("python/gil-recall-long-id"));
    QCOMPARE(keys.of(QStringLiteral("a")), QStringLiteral("python/a"));
    QCOMPARE(keys.of(QString()), QStringLiteral("python/"));
    QCOMPARE(keys.of(QStringLiteral("ümlaut-card")), QStringLiteral("python/ümlaut-card"));
    QCOMPARE(first, QStringLiteral("python/gil-recall-long-id"));
    QCOMPARE(CardKeys(QString()).of(QStringLiteral("c")), QStringLiteral("/c"));
}

void TestDeck::snippet_checksOutput_whenItPrintsOrRaises()
{
    Snippet s;
    QVERIFY(!s.raises());
    QVERIFY(!s.checksOutput());
    s.hasExpectedOutput = true; // an expected output that is empty is still checked: the snippet must print nothing
    QVERIFY(s.checksOutput());
    QVERIFY(!s.raises());
    Snippet raising;
    raising.expectedRaises = QStringLiteral("ZeroDivisionError: division by zero");
    QVERIFY(raising.raises());
    QVERIFY(raising.checksOutput());
}

void TestDeck::diagnostic_readsAsACompilerError_andComparesByValue()
{
    const Diagnostic d{QStringLiteral("decks/python/s/loops.md"), 12, QStringLiteral("unknown card type “quiz”")};
    QCOMPARE(d.toString(), QStringLiteral("decks/python/s/loops.md:12: error: unknown card type “quiz”"));
    QCOMPARE(Diagnostic{}.toString(), QStringLiteral(":0: error: "));
    Diagnostic other = d;
    QCOMPARE(other, d);
    other.line = 13;
    QVERIFY(!(other == d));
    other = d;
    other.message += QLatin1Char('.');
    QVERIFY(!(other == d));
}

// File names and messages are the learner's text: "%1" or "%2" in them is not a placeholder of the line's format.
void TestDeck::diagnostic_percentSignsInFileOrMessage_areKeptAsWritten()
{
    QCOMPARE((Diagnostic{QStringLiteral("s/take%1.md"), 3, QStringLiteral("50% done")}).toString(),
             QStringLiteral("s/take%1.md:3: error: 50% done"));
    QCOMPARE((Diagnostic{QStringLiteral("s/100%2.md"), 7, QStringLiteral("x")}).toString(),
             QStringLiteral("s/100%2.md:7: error: x"));
    QCOMPARE((Diagnostic{QStringLiteral("a.md"), 1, QStringLiteral("expected %1, got %3")}).toString(),
             QStringLiteral("a.md:1: error: expected %1, got %3"));
}

void TestDeck::plainTitle_dropsTheBackticksOfCodeSpans_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("plain");
    QTest::newRow("code spans") << QStringLiteral("`is` versus `==`") << QStringLiteral("is versus ==");
    QTest::newRow("no code") << QStringLiteral("Mutable defaults") << QStringLiteral("Mutable defaults");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("only backticks") << QStringLiteral("``") << QString();
    QTest::newRow("other Markdown stays") << QStringLiteral("*args and `**kwargs`") << QStringLiteral("*args and **kwargs");
}

void TestDeck::plainTitle_dropsTheBackticksOfCodeSpans()
{
    QFETCH(QString, title);
    QFETCH(QString, plain);
    const QString before = title;
    QCOMPARE(plainTitle(title), plain);
    QCOMPARE(title, before); // the topic's own title is left as it is
}

void TestDeck::cardTypeName_roundTripsEveryType()
{
    const QList<std::pair<CardType, QString>> names = {
        {CardType::Recall, QStringLiteral("recall")}, {CardType::Choice, QStringLiteral("choice")},
        {CardType::Predict, QStringLiteral("predict")}, {CardType::SpotBug, QStringLiteral("spot-bug")},
        {CardType::Pair, QStringLiteral("pair")},
    };
    for (const auto &[type, name] : names) {
        QCOMPARE(cardTypeName(type), name);
        CardType read = type == CardType::Recall ? CardType::Pair : CardType::Recall;
        QVERIFY2(cardTypeFromName(name, &read), qPrintable(name));
        QCOMPARE(read, type);
    }
    QCOMPARE(cardTypeName(CardType(99)), QString()); // no name rather than another type's
}

void TestDeck::cardTypeFromName_unknownOrMiscased_isRefused_andTheTypeIsKept_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("unknown") << QStringLiteral("quiz");
    QTest::newRow("empty") << QString();
    QTest::newRow("capitalised") << QStringLiteral("Recall");
    QTest::newRow("underscore") << QStringLiteral("spot_bug");
    QTest::newRow("padded") << QStringLiteral(" pair");
    QTest::newRow("prefix") << QStringLiteral("spot");
}

void TestDeck::cardTypeFromName_unknownOrMiscased_isRefused_andTheTypeIsKept()
{
    QFETCH(QString, name);
    CardType type = CardType::Predict;
    QVERIFY(!cardTypeFromName(name, &type));
    QCOMPARE(type, CardType::Predict);
}

void TestDeck::snippetKindName_namesEveryKind()
{
    QCOMPARE(snippetKindName(SnippetKind::Example), QStringLiteral("example"));
    QCOMPARE(snippetKindName(SnippetKind::Pitfall), QStringLiteral("pitfall"));
    QCOMPARE(snippetKindName(SnippetKind::Fix), QStringLiteral("fix"));
    QCOMPARE(snippetKindName(Snippet().kind), QStringLiteral("example")); // a snippet is an example unless marked
}

QTEST_GUILESS_MAIN(TestDeck)
#include "tst_deck.moc"
