#include "bookmarkstore.h"
#include "database.h"
#include "tempuserdata.h"

#include <QTest>

using namespace DeepDive;

class TestBookmarkStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void setContainsRemove_roundTrip();
    void set_existing_updatesLabelKeepsCreation();
};

void TestBookmarkStore::setContainsRemove_roundTrip()
{
    Test::TempUserData user;
    Database &db = user.data.database;
    BookmarkStore store(db);
    QString error;
    const Bookmark topic{QStringLiteral("python"), Bookmark::Topic, QStringLiteral("gil"), QStringLiteral("weak"), 100};
    const Bookmark card{QStringLiteral("python"), Bookmark::Card, QStringLiteral("gil-released"), QString(), 200};
    QVERIFY(store.set(topic, &error));
    QVERIFY2(store.set(card, &error), qPrintable(error));
    QVERIFY(store.contains(QStringLiteral("python"), Bookmark::Topic, QStringLiteral("gil")));
    QVERIFY(!store.contains(QStringLiteral("python"), Bookmark::Card, QStringLiteral("gil")));
    QCOMPARE(store.find(QStringLiteral("python"), Bookmark::Topic, QStringLiteral("gil")), topic);
    QCOMPARE(store.find(QStringLiteral("python"), Bookmark::Card, QStringLiteral("gil-released")), card);
    QCOMPARE(store.find(QStringLiteral("python"), Bookmark::Card, QStringLiteral("gil")), std::nullopt);
    QCOMPARE(store.all(), (QList<Bookmark>{card, topic}));
    QVERIFY(store.remove(QStringLiteral("python"), Bookmark::Topic, QStringLiteral("gil"), &error));
    QVERIFY(!store.contains(QStringLiteral("python"), Bookmark::Topic, QStringLiteral("gil")));
    QCOMPARE(store.all(), QList<Bookmark>{card});
}

void TestBookmarkStore::set_existing_updatesLabelKeepsCreation()
{
    Test::TempUserData user;
    Database &db = user.data.database;
    BookmarkStore store(db);
    QString error;
    QVERIFY(store.set({QStringLiteral("python"), Bookmark::Topic, QStringLiteral("gil"), QString(), 100}, &error));
    QVERIFY(store.set({QStringLiteral("python"), Bookmark::Topic, QStringLiteral("gil"), QStringLiteral("before the interview"), 999}, &error));
    const QList<Bookmark> all = store.all();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all[0].label, QStringLiteral("before the interview"));
    QCOMPARE(all[0].createdMs, 100);
}

QTEST_GUILESS_MAIN(TestBookmarkStore)
#include "tst_bookmarkstore.moc"
