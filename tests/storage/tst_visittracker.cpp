#include "database.h"
#include "mockclock.h"
#include "tempuserdata.h"
#include "visitstore.h"
#include "visittracker.h"

#include <QTest>

using namespace DeepDive;

class TestVisitTracker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void openingAnother_recordsTheOneRead();
    void close_recordsOnceAndOnlyWhatWasOpen();
    void clockSetBack_countsNoTime();
    void readOnlyDatabase_recordsNothing();
};

void TestVisitTracker::openingAnother_recordsTheOneRead()
{
    Test::TempUserData user;
    MockClock clock(1'000'000);
    VisitTracker tracker(user.data.visits, user.data.database, clock);
    QString error;
    QVERIFY(tracker.open(QStringLiteral("python"), QStringLiteral("gil"), &error));
    QVERIFY(user.data.visits.all().isEmpty()); // still reading it
    clock.advanceMs(42'900);
    QVERIFY(tracker.open(QStringLiteral("python"), QStringLiteral("asyncio"), &error));
    QCOMPARE(user.data.visits.all(), (QList<TopicVisit>{{QStringLiteral("python"), QStringLiteral("gil"), 1'000'000, 42}}));
    clock.advanceMs(10'000);
    QVERIFY(tracker.open(QStringLiteral("python"), QStringLiteral("gil"), &error)); // back again: the time adds up
    clock.advanceMs(8'000);
    QVERIFY(tracker.close(&error));
    QCOMPARE(user.data.visits.all(), (QList<TopicVisit>{{QStringLiteral("python"), QStringLiteral("asyncio"), 1'042'900, 10},
                                                        {QStringLiteral("python"), QStringLiteral("gil"), 1'052'900, 50}}));
}

void TestVisitTracker::close_recordsOnceAndOnlyWhatWasOpen()
{
    Test::TempUserData user;
    MockClock clock(5000);
    VisitTracker tracker(user.data.visits, user.data.database, clock);
    QString error;
    QVERIFY(!tracker.isOpen());
    QVERIFY(tracker.close(&error)); // nothing open: nothing recorded
    QVERIFY(user.data.visits.all().isEmpty());
    QVERIFY(tracker.open(QStringLiteral("python"), QStringLiteral("gil"), &error));
    QVERIFY(tracker.isOpen());
    clock.advanceMs(3000);
    QVERIFY(tracker.close(&error));
    QVERIFY(!tracker.isOpen());
    clock.advanceMs(3000);
    QVERIFY(tracker.close(&error)); // closed twice: recorded once
    QCOMPARE(user.data.visits.all(), (QList<TopicVisit>{{QStringLiteral("python"), QStringLiteral("gil"), 5000, 3}}));
}

void TestVisitTracker::clockSetBack_countsNoTime()
{
    Test::TempUserData user;
    MockClock clock(100'000);
    VisitTracker tracker(user.data.visits, user.data.database, clock);
    QString error;
    QVERIFY(tracker.open(QStringLiteral("python"), QStringLiteral("gil"), &error));
    clock.setNowMs(40'000); // the system clock set back an hour, say
    QVERIFY(tracker.close(&error));
    QCOMPARE(user.data.visits.all(), (QList<TopicVisit>{{QStringLiteral("python"), QStringLiteral("gil"), 100'000, 0}}));
}

void TestVisitTracker::readOnlyDatabase_recordsNothing()
{
    Test::TempUserData user;
    QVERIFY(user.data.visits.record(QStringLiteral("python"), QStringLiteral("gil"), 1, 1, nullptr));
    user.data.database.close();
    Database readOnly;
    QString error;
    QVERIFY2(readOnly.openForInspection(user.databaseFile(), &error), qPrintable(error));
    QVERIFY(!readOnly.isWritable());
    VisitStore visits(readOnly);
    MockClock clock(1000);
    VisitTracker tracker(visits, readOnly, clock);
    QVERIFY(tracker.open(QStringLiteral("python"), QStringLiteral("asyncio"), &error));
    clock.advanceMs(5000);
    QVERIFY(tracker.close(&error));
    QCOMPARE(visits.all().size(), 1); // only the visit that was there
}

QTEST_GUILESS_MAIN(TestVisitTracker)
#include "tst_visittracker.moc"
