#include "printscope.h"
#include "testsupport.h"

#include <QTest>

using namespace DeepDive;

// Which topics a printed summary covers: every scope resolves against the decks in tree order with its label, and an
// unknown scope or id is refused with a message that names it.
class TestPrintScope : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void scope_resolvesToTheTopicsInTreeOrder_data();
    void scope_resolvesToTheTopicsInTreeOrder();
    void badScope_isRefusedWithTheReason_data();
    void badScope_isRefusedWithTheReason();

private:
    QList<Deck> m_decks;
    QHash<QString, TopicStats> m_stats;
};

namespace {
// A second deck, so that scopes have to pick among decks.
Deck otherDeck()
{
    Deck deck;
    deck.id = QStringLiteral("other");
    deck.title = QStringLiteral("Other deck");
    Topic first, second;
    first.id = QStringLiteral("gil");
    first.title = QStringLiteral("The GIL");
    first.sectionId = QStringLiteral("threads");
    second.id = QStringLiteral("asyncio");
    second.title = QStringLiteral("asyncio");
    second.sectionId = QStringLiteral("threads");
    deck.topics = {first, second};
    Section section;
    section.id = QStringLiteral("threads");
    section.title = QStringLiteral("Threads");
    section.topics = {1, 0}; // the section lists asyncio first: the tree's order, not the file order
    deck.sections = {section};
    return deck;
}
} // namespace

void TestPrintScope::initTestCase()
{
    m_decks = {Test::sampleDeck(), otherDeck()};
    QCOMPARE(m_decks[0].sections.size(), 2);
    TopicStats bookmarked;
    bookmarked.bookmarked = true;
    TopicStats weak;
    weak.weak = true;
    TopicStats both;
    both.bookmarked = both.weak = true;
    m_stats.insert(topicKey(QStringLiteral("sample"), QStringLiteral("loops")), bookmarked);
    m_stats.insert(topicKey(QStringLiteral("other"), QStringLiteral("gil")), both);
    m_stats.insert(topicKey(QStringLiteral("sample"), QStringLiteral("identity")), weak);
}

void TestPrintScope::scope_resolvesToTheTopicsInTreeOrder_data()
{
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QStringList>("topics"); // "deck/topic"
    QTest::addColumn<QString>("label");
    const QString identity = QStringLiteral("sample/identity"), loops = QStringLiteral("sample/loops"),
                  empty = QStringLiteral("sample/no-snippets"), gil = QStringLiteral("other/gil"),
                  asyncio = QStringLiteral("other/asyncio");
    QTest::newRow("all") << QStringLiteral("all") << QStringList{identity, loops, empty, asyncio, gil}
                         << QStringLiteral("All topics");
    QTest::newRow("bookmarked") << QStringLiteral("bookmarked") << QStringList{loops, gil} << QStringLiteral("Bookmarked topics");
    QTest::newRow("weak") << QStringLiteral("weak") << QStringList{identity, gil} << QStringLiteral("Weak topics");
    QTest::newRow("deck") << QStringLiteral("deck:other") << QStringList{asyncio, gil} << QStringLiteral("Other deck");
    QTest::newRow("section") << QStringLiteral("section:basics") << QStringList{identity, loops}
                             << QStringLiteral("Section: Basics");
    QTest::newRow("section of the second deck") << QStringLiteral("section:threads") << QStringList{asyncio, gil}
                                                << QStringLiteral("Section: Threads");
    QTest::newRow("one topic: its title") << QStringLiteral("topics:loops") << QStringList{loops} << QStringLiteral("Loops");
    QTest::newRow("topics: tree order, spaces") << QStringLiteral("topics:gil, identity,,loops")
                                                << QStringList{identity, loops, gil} << QStringLiteral("Selected topics");
}

void TestPrintScope::scope_resolvesToTheTopicsInTreeOrder()
{
    QFETCH(QString, scope);
    QFETCH(QStringList, topics);
    QFETCH(QString, label);
    QList<PrintScope::Entry> entries{{9, 9}}; // stale content is cleared
    QString actualLabel, error;
    QVERIFY2(PrintScope::resolve(scope, m_decks, m_stats, &entries, &actualLabel, &error), qPrintable(error));
    QStringList actual;
    for (const PrintScope::Entry &e : std::as_const(entries))
        actual << m_decks[e.deck].id + QLatin1Char('/') + m_decks[e.deck].topics[e.topic].id;
    QCOMPARE(actual, topics);
    QCOMPARE(actualLabel, label);
    QVERIFY(error.isEmpty());
}

void TestPrintScope::badScope_isRefusedWithTheReason_data()
{
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown") << QStringLiteral("everything")
                             << QStringLiteral("unknown scope \"everything\"; use all, bookmarked, weak, deck:ID, "
                                               "section:ID or topics:ID,ID");
    QTest::newRow("empty") << QString() << QStringLiteral("unknown scope \"\"; use all, bookmarked, weak, deck:ID, "
                                                          "section:ID or topics:ID,ID");
    QTest::newRow("no such deck") << QStringLiteral("deck:rust") << QStringLiteral("there is no deck with the id \"rust\"");
    QTest::newRow("no such section") << QStringLiteral("section:ownership")
                                     << QStringLiteral("there is no section with the id \"ownership\"");
    QTest::newRow("one topic of two unknown") << QStringLiteral("topics:loops,borrowing")
                                              << QStringLiteral("there is no topic with the id \"borrowing\"");
    QTest::newRow("a deck id is no section id") << QStringLiteral("section:sample")
                                                << QStringLiteral("there is no section with the id \"sample\"");
}

void TestPrintScope::badScope_isRefusedWithTheReason()
{
    QFETCH(QString, scope);
    QFETCH(QString, error);
    QList<PrintScope::Entry> entries;
    QString label, actualError;
    QVERIFY(!PrintScope::resolve(scope, m_decks, m_stats, &entries, &label, &actualError));
    QCOMPARE(actualError, error);
}

QTEST_GUILESS_MAIN(TestPrintScope)
#include "tst_printscope.moc"
