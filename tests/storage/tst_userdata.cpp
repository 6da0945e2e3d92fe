#include "deck.h"
#include "userdata.h"

#include <QTemporaryDir>
#include <QTest>

using namespace DeepDive;

class TestUserData : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void orphans_areReportedKeptAndReattached();
};

void TestUserData::orphans_areReportedKeptAndReattached()
{
    QTemporaryDir dir;
    UserData data;
    QVERIFY2(data.open(dir.filePath(QStringLiteral("d.db")), dir.filePath(QStringLiteral("b"))), qPrintable(data.database.notice()));
    QString error;
    QVERIFY(data.reviews.recordAnswer({QStringLiteral("python"), QStringLiteral("gil-c1"), QStringLiteral("gil"), 1, 3, true, 10},
                                      {QStringLiteral("python"), QStringLiteral("gil-c1"), QStringLiteral("gil"), 2, 1.0, 5.0, 9, 1, 1, 0},
                                      &error));
    QVERIFY(data.notes.save({QStringLiteral("python"), QStringLiteral("gil"), QStringLiteral("n"), 1}, &error));
    QVERIFY(data.bookmarks.set({QStringLiteral("python"), Bookmark::Topic, QStringLiteral("asyncio"), QString(), 1}, &error));

    Deck deck;
    deck.id = QStringLiteral("python");
    Topic gil;
    gil.id = QStringLiteral("gil");
    Card card;
    card.id = QStringLiteral("gil-c1");
    gil.cards.append(card);
    deck.topics.append(gil);

    // The asyncio topic is gone: its bookmark is an orphan, but kept.
    QCOMPARE(data.orphans({deck}), QStringList{QStringLiteral("python/asyncio")});
    // Without the deck, everything is orphaned and still stored.
    QCOMPARE(data.orphans({}), (QStringList{QStringLiteral("python/asyncio"), QStringLiteral("python/gil"),
                                            QStringLiteral("python/gil-c1")}));
    QCOMPARE(data.reviews.reviewCount(), 1);
    // The topic comes back: the bookmark is attached again.
    Topic asyncio;
    asyncio.id = QStringLiteral("asyncio");
    deck.topics.append(asyncio);
    QVERIFY(data.orphans({deck}).isEmpty());
}

QTEST_GUILESS_MAIN(TestUserData)
#include "tst_userdata.moc"
