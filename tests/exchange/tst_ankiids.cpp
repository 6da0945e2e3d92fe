#include "ankiids.h"

#include "deckloader.h"
#include "testsupport.h"

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimeZone>

#include <limits>

using namespace DeepDive;

// The ids and field values of an Anki export: GUIDs and note, card and deck ids derived from ours (the same on
// every export, so that Anki updates the notes it has), fields joined as Anki stores them, the sort field and
// checksum Anki finds duplicates by, and tags without the characters Anki splits on.
class TestAnkiIds : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noteGuid_isTheSameOnEveryRun_data();
    void noteGuid_isTheSameOnEveryRun();
    void noteGuid_dependsOnDeckCardAndPart();
    void stableId_isTheSameOnEveryRun_data();
    void stableId_isTheSameOnEveryRun();
    void stableId_staysInAnkisRangeOfPastCreationTimes();
    void bundledDeck_noTwoNotesOrCardsShareAnId();
    void manyCards_noTwoShareAGuid();
    void fields_joinAndSplitOnTheUnitSeparator();
    void sortField_isTheFieldsText_data();
    void sortField_isTheFieldsText();
    void fieldChecksum_isTheFirst32BitsOfTheTextsSha1();
    void tag_hasNoSpacesQuotesOrBackticks_data();
    void tag_hasNoSpacesQuotesOrBackticks();
};

void TestAnkiIds::noteGuid_isTheSameOnEveryRun_data()
{
    // Pinned once (by an independent Python sha1): a change here makes Anki add every exported note a second time.
    QTest::addColumn<QString>("deckId");
    QTest::addColumn<QString>("cardId");
    QTest::addColumn<int>("part");
    QTest::addColumn<QString>("guid");
    QTest::newRow("a card") << "python" << "gil-why" << -1 << "yb22u1C74-Zx";
    QTest::newRow("a pair's first situation") << "python" << "gil-why" << 0 << "ZHOg2g1MTx64";
    QTest::newRow("a pair's second situation") << "python" << "gil-why" << 1 << "_RLcZ7CPJ9mx";
    QTest::newRow("non-ASCII, as UTF-8") << "python" << QStringLiteral("caf\u00e9") << -1 << "mOHFgwmfwnZK";
}

void TestAnkiIds::noteGuid_isTheSameOnEveryRun()
{
    QFETCH(QString, deckId);
    QFETCH(QString, cardId);
    QFETCH(int, part);
    QFETCH(QString, guid);
    QCOMPARE(Anki::noteGuid(deckId, cardId, part), guid);
}

void TestAnkiIds::noteGuid_dependsOnDeckCardAndPart()
{
    const QString base = Anki::noteGuid(QStringLiteral("python"), QStringLiteral("gil"));
    QCOMPARE(Anki::noteGuid(QStringLiteral("python"), QStringLiteral("gil")), base);
    QCOMPARE(Anki::noteGuid(QStringLiteral("python"), QStringLiteral("gil"), -1), base); // the default part
    const QStringList others{Anki::noteGuid(QStringLiteral("rust"), QStringLiteral("gil")),
                             Anki::noteGuid(QStringLiteral("python"), QStringLiteral("gil2")),
                             Anki::noteGuid(QStringLiteral("python"), QStringLiteral("gil"), 0),
                             Anki::noteGuid(QStringLiteral("python"), QStringLiteral("gil"), 1),
                             Anki::noteGuid(QStringLiteral("pytho"), QStringLiteral("ngil"))};
    for (const QString &other : others)
        QVERIFY2(other != base, qPrintable(other));
    // What Anki keeps in a text column and shows in its browser: 12 characters of URL-safe base64.
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9_-]{12}$"));
    for (const QString &guid : others + QStringList{base})
        QVERIFY2(shape.match(guid).hasMatch(), qPrintable(guid));
}

void TestAnkiIds::stableId_isTheSameOnEveryRun_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<qint64>("id");
    QTest::newRow("note") << "note:yb22u1C74-Zx" << qint64(1'405'231'875'281);
    QTest::newRow("card") << "card:yb22u1C74-Zx" << qint64(1'230'720'148'378);
    QTest::newRow("deck") << "deck:Python::asyncio" << qint64(1'210'170'369'589);
}

void TestAnkiIds::stableId_isTheSameOnEveryRun()
{
    QFETCH(QString, key);
    QFETCH(qint64, id);
    QCOMPARE(Anki::stableId(key), id);
}

void TestAnkiIds::stableId_staysInAnkisRangeOfPastCreationTimes()
{
    // Anki renumbers ids from the future when it opens a collection; ours must look like creation times before now.
    const qint64 from = QDateTime(QDate(2001, 9, 9), QTime(0, 0), QTimeZone::UTC).toMSecsSinceEpoch();
    const qint64 to = QDateTime(QDate(2020, 9, 14), QTime(0, 0), QTimeZone::UTC).toMSecsSinceEpoch();
    qint64 lowest = std::numeric_limits<qint64>::max(), highest = 0;
    for (int i = 0; i < 20'000; ++i) {
        const qint64 id = Anki::stableId(QStringLiteral("key %1").arg(i));
        lowest = std::min(lowest, id);
        highest = std::max(highest, id);
    }
    QVERIFY2(lowest >= from, qPrintable(QString::number(lowest)));
    QVERIFY2(highest < to, qPrintable(QString::number(highest)));
    QVERIFY(highest < QDateTime::currentMSecsSinceEpoch());
    // Spread over the range, not bunched at one end.
    QVERIFY(lowest < from + (to - from) / 100);
    QVERIFY(highest > to - (to - from) / 100);
}

void TestAnkiIds::bundledDeck_noTwoNotesOrCardsShareAnId()
{
    const DeckLoadResult bundled = DeckLoader::load(Test::sourcePath(QStringLiteral("content/python")));
    QVERIFY(bundled.loaded);
    // The keys the exporter derives for every note (a pair: one per situation): its GUID, its note id and its card id.
    QHash<QString, QString> guids;
    QHash<qint64, QString> ids;
    for (const Topic &topic : bundled.deck.topics) {
        for (const Card &card : topic.cards) {
            const int parts = card.type == CardType::Pair ? int(card.pairs.size()) : 1;
            for (int part = 0; part < parts; ++part) {
                const QString what = card.id + QLatin1Char('/') + QString::number(part);
                const QString guid = Anki::noteGuid(bundled.deck.id, card.id, card.type == CardType::Pair ? part : -1);
                QVERIFY2(!guids.contains(guid), qPrintable(what + QStringLiteral(" and ") + guids.value(guid)));
                guids.insert(guid, what);
                const QStringList keys{QStringLiteral("note:") + guid, QStringLiteral("card:") + guid};
                for (const QString &key : keys) {
                    const qint64 id = Anki::stableId(key);
                    QVERIFY2(!ids.contains(id), qPrintable(key + QStringLiteral(" and ") + ids.value(id)));
                    ids.insert(id, key);
                }
            }
        }
    }
    QVERIFY2(guids.size() > 100, qPrintable(QString::number(guids.size())));
}

void TestAnkiIds::manyCards_noTwoShareAGuid()
{
    // Ten decks of five thousand cards with ids as authors write them, some pairs among them.
    QSet<QString> guids;
    int made = 0;
    for (int deck = 0; deck < 10; ++deck) {
        const QString deckId = QStringLiteral("deck-%1").arg(deck);
        for (int card = 0; card < 5'000; ++card) {
            const QString cardId = QStringLiteral("topic-%1-card-%2").arg(card / 20).arg(card % 20);
            for (int part = -1; part < (card % 50 == 0 ? 3 : 0); ++part) {
                guids.insert(Anki::noteGuid(deckId, cardId, part));
                ++made;
            }
        }
    }
    QCOMPARE(guids.size(), made);
}

void TestAnkiIds::fields_joinAndSplitOnTheUnitSeparator()
{
    const QStringList fields{QStringLiteral("<b>front</b>"), QString(), QStringLiteral("back\nwith a line"),
                             QStringLiteral("\u00e9\u00e8 \U0001F600")};
    const QString flds = Anki::joinFields(fields);
    QCOMPARE(flds.count(QChar(0x1f)), fields.size() - 1);
    QVERIFY(flds.startsWith(QStringLiteral("<b>front</b>\x1f\x1f" "back")));
    QCOMPARE(Anki::splitFields(flds), fields);
    QCOMPARE(Anki::splitFields(QStringLiteral("only")), QStringList{QStringLiteral("only")});
    // A note whose last fields are empty keeps them: the count is the note type's.
    QCOMPARE(Anki::splitFields(QStringLiteral("a\x1f\x1f")), QStringList({QStringLiteral("a"), QString(), QString()}));
}

void TestAnkiIds::sortField_isTheFieldsText_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");
    QTest::newRow("tags dropped") << "<div><b>What</b> is <i>this</i>?</div>" << "What is this?";
    QTest::newRow("entities decoded") << "a &lt; b &amp;&amp; c &gt; d &quot;q&quot; &#39;s" << "a < b && c > d \"q\" 's";
    QTest::newRow("decoded once") << "&amp;lt;b&amp;gt;" << "&lt;b&gt;";
    QTest::newRow("white space folded") << "  one&nbsp;&nbsp;two\n\tthree  " << "one two three";
    QTest::newRow("tags dropped without a space, as Anki 2.1 does") << "one<br>two" << "onetwo";
    QTest::newRow("empty") << "" << "";
    QTest::newRow("only markup") << "<br/><div></div>" << "";
}

void TestAnkiIds::sortField_isTheFieldsText()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QCOMPARE(Anki::sortField(html), text);
}

void TestAnkiIds::fieldChecksum_isTheFirst32BitsOfTheTextsSha1()
{
    // SHA-1("abc") = a9993e36...: Anki's int(sha1(text).hexdigest()[:8], 16).
    QCOMPARE(Anki::fieldChecksum(QStringLiteral("abc")), qint64(0xa9993e36));
    // Of the text, so markup and spacing do not make a duplicate look new; never negative (a 32-bit value).
    QCOMPARE(Anki::fieldChecksum(QStringLiteral("<b>abc</b>")), qint64(0xa9993e36));
    QCOMPARE(Anki::fieldChecksum(QStringLiteral(" abc&nbsp;")), qint64(0xa9993e36));
    QCOMPARE(Anki::fieldChecksum(QStringLiteral("a &lt; b &amp; c")), qint64(2'982'413'688));
    QVERIFY(Anki::fieldChecksum(QStringLiteral("abd")) != Anki::fieldChecksum(QStringLiteral("abc")));
    for (int i = 0; i < 1000; ++i) {
        const qint64 sum = Anki::fieldChecksum(QString::number(i));
        QVERIFY(sum >= 0 && sum <= 0xffffffffLL);
    }
}

void TestAnkiIds::tag_hasNoSpacesQuotesOrBackticks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("tag");
    QTest::newRow("one word") << "asyncio" << "asyncio";
    QTest::newRow("spaces") << "The GIL and threads" << "The_GIL_and_threads";
    QTest::newRow("runs of white space") << "  a \t\n b  " << "a_b";
    QTest::newRow("backticks and quotes") << "`async` \"with\"" << "async_with";
    QTest::newRow("Anki's hierarchy kept") << "python::asyncio" << "python::asyncio";
    QTest::newRow("non-ASCII kept") << QStringLiteral("caf\u00e9 cr\u00e8me") << QStringLiteral("caf\u00e9_cr\u00e8me");
    QTest::newRow("nothing left") << " `` " << "";
}

void TestAnkiIds::tag_hasNoSpacesQuotesOrBackticks()
{
    QFETCH(QString, text);
    QFETCH(QString, tag);
    QCOMPARE(Anki::tag(text), tag);
}

QTEST_GUILESS_MAIN(TestAnkiIds)
#include "tst_ankiids.moc"
