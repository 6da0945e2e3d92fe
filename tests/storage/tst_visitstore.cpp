#include "database.h"
#include "tempuserdata.h"
#include "visitstore.h"

#include <QTest>

using namespace DeepDive;

class TestVisitStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void record_addsTimeAndKeepsLastOpening();
    void merge_isIdempotent();
};

void TestVisitStore::record_addsTimeAndKeepsLastOpening()
{
    Test::TempUserData user;
    Database &db = user.data.database;
    VisitStore store(db);
    QString error;
    QVERIFY(store.record(QStringLiteral("python"), QStringLiteral("gil"), 1000, 30, &error));
    QVERIFY(store.record(QStringLiteral("python"), QStringLiteral("gil"), 5000, 45, &error));
    QCOMPARE(store.all(), (QList<TopicVisit>{{QStringLiteral("python"), QStringLiteral("gil"), 5000, 75}}));
}

void TestVisitStore::merge_isIdempotent()
{
    Test::TempUserData user;
    Database &db = user.data.database;
    VisitStore store(db);
    QString error;
    QVERIFY(store.record(QStringLiteral("python"), QStringLiteral("gil"), 1000, 30, &error));
    const TopicVisit imported{QStringLiteral("python"), QStringLiteral("gil"), 9000, 100};
    QVERIFY(store.merge(imported, &error));
    QVERIFY(store.merge(imported, &error));
    QCOMPARE(store.all(), QList<TopicVisit>{imported});
}

QTEST_GUILESS_MAIN(TestVisitStore)
#include "tst_visitstore.moc"
