#include "clock.h"
#include "progressindex.h"
#include "studyrecorder.h"
#include "tempuserdata.h"
#include "testsupport.h"
#include "userdata.h"

#include <QTest>

using namespace DeepDive;

class TestProgressIndex : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void newDeck_everyCardIsNew();
    void answers_makeCardsDueLaterAndRaiseMastery();
    void wrongAnswerOrWeakBookmark_marksTopicWeak();
    void streak_countsConsecutiveDays();

private:
    void answer(UserData &data, const QString &card, int grade, qint64 ms);
    Deck m_deck;
    Fsrs m_fsrs;
};

void TestProgressIndex::initTestCase()
{
    m_deck = Test::sampleDeck();
}

void TestProgressIndex::answer(UserData &data, const QString &card, int grade, qint64 ms)
{
    StudyRecorder recorder(data.reviews, m_fsrs);
    QString error;
    QVERIFY2(recorder.record({QStringLiteral("sample"), QStringLiteral("identity"), card, grade, grade > 1, ms, 1000}, &error),
             qPrintable(error));
}

void TestProgressIndex::newDeck_everyCardIsNew()
{
    Test::TempUserData user;
    UserData &data = user.data;
    const auto stats = ProgressIndex(data, m_fsrs).compute({m_deck}, 1000);
    QCOMPARE(stats.size(), 3);
    const TopicStats identity = stats.value(QStringLiteral("sample/identity"));
    QCOMPARE(identity.cards, 5);
    QCOMPARE(identity.newCards, 5);
    QCOMPARE(identity.due, 0);
    QCOMPARE(identity.mastery, 0.0);
    QVERIFY(!identity.weak);
}

void TestProgressIndex::answers_makeCardsDueLaterAndRaiseMastery()
{
    Test::TempUserData user;
    UserData &data = user.data;
    const qint64 t0 = 1'767'225'600'000;
    answer(data, QStringLiteral("identity-recall"), 3, t0);
    answer(data, QStringLiteral("identity-choice"), 4, t0);
    const ProgressIndex index(data, m_fsrs);
    TopicStats now = index.computeTopic(QStringLiteral("sample"), m_deck.topics[0], t0 + 60'000);
    QCOMPARE(now.newCards, 3);
    QCOMPARE(now.due, 0);
    QVERIFY(now.mastery > 0.35 && now.mastery <= 0.4); // two of five cards, freshly recalled
    // Good schedules 2 days out (stability 2.3065): after three days it is due, and recall has faded.
    TopicStats later = index.computeTopic(QStringLiteral("sample"), m_deck.topics[0], t0 + 3 * 86'400'000LL);
    QCOMPARE(later.due, 1);
    QVERIFY(later.mastery < now.mastery);
    QCOMPARE(index.compute({m_deck}, t0 + 3 * 86'400'000LL).value(QStringLiteral("sample/identity")), later);
}

void TestProgressIndex::wrongAnswerOrWeakBookmark_marksTopicWeak()
{
    Test::TempUserData user;
    UserData &data = user.data;
    const qint64 t0 = 1'767'225'600'000;
    answer(data, QStringLiteral("identity-recall"), 1, t0);
    const ProgressIndex index(data, m_fsrs);
    // One miss on a topic barely begun: not recalled now (the last answer was wrong), but not yet called weak.
    const TopicStats oneMiss = index.computeTopic(QStringLiteral("sample"), m_deck.topics[0], t0 + 1000);
    QVERIFY2(!oneMiss.weak, qPrintable(QString::number(oneMiss.weakness)));
    QCOMPARE(oneMiss.mastery, 0.0);
    // A second miss makes it weak: two of (at least) four cards' worth of evidence.
    answer(data, QStringLiteral("identity-choice"), 1, t0 + 500);
    const TopicStats failed = index.computeTopic(QStringLiteral("sample"), m_deck.topics[0], t0 + 1000);
    QVERIFY(failed.weak);
    QCOMPARE(failed.weakness, 0.5);
    QCOMPARE(failed.mastery, 0.0);
    answer(data, QStringLiteral("identity-choice"), 3, t0 + 600);
    // Answered right on the following days, the topic recovers.
    const qint64 day = 86'400'000;
    answer(data, QStringLiteral("identity-recall"), 3, t0 + day);
    answer(data, QStringLiteral("identity-recall"), 4, t0 + 9 * day);
    const TopicStats recovered = index.computeTopic(QStringLiteral("sample"), m_deck.topics[0], t0 + 9 * day + 1000);
    QVERIFY2(!recovered.weak, qPrintable(QString::number(recovered.weakness)));
    QString error;
    QVERIFY(data.bookmarks.set({QStringLiteral("sample"), Bookmark::Topic, QStringLiteral("loops"), QStringLiteral("Weak"), t0}, &error));
    const TopicStats loops = index.computeTopic(QStringLiteral("sample"), m_deck.topics[1], t0);
    QVERIFY(loops.weak);
    QVERIFY(loops.bookmarked);
    QCOMPARE(loops.bookmarkLabel, QStringLiteral("Weak"));
}

void TestProgressIndex::streak_countsConsecutiveDays()
{
    Test::TempUserData user;
    UserData &data = user.data;
    const qint64 noon = QDateTime(QDate(2026, 3, 10), QTime(12, 0)).toMSecsSinceEpoch();
    const qint64 day = 86'400'000;
    const ProgressIndex index(data, m_fsrs);
    QCOMPARE(index.streakDays(noon), 0);
    answer(data, QStringLiteral("identity-recall"), 3, noon - 3 * day); // a gap before the streak
    answer(data, QStringLiteral("identity-choice"), 3, noon - 1 * day);
    answer(data, QStringLiteral("loops-recall"), 3, noon - 1 * day + 60'000);
    QCOMPARE(index.streakDays(noon), 1); // yesterday counts until today's first answer
    answer(data, QStringLiteral("identity-pair"), 3, noon);
    QCOMPARE(index.streakDays(noon), 2);
    QCOMPARE(index.streakDays(noon + 2 * day), 0);
}

QTEST_GUILESS_MAIN(TestProgressIndex)
#include "tst_progressindex.moc"
