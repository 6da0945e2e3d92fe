#include "clock.h"
#include "progressindex.h"
#include "studyrecorder.h"
#include "tempuserdata.h"
#include "testsupport.h"
#include "userdata.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

using namespace DeepDive;

class TestProgressIndex : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void newDeck_everyCardIsNew();
    void answers_makeCardsDueLaterAndRaiseMastery();
    void wrongAnswerOrWeakBookmark_marksTopicWeak();
    void computeTopic_sameAsTheWholeDecksFigures();
    void streak_countsConsecutiveDays();
    void streak_sameAsEveryAnswerDated_data();
    void streak_sameAsEveryAnswerDated();
    void streakAfterToday_countsOnlyTodayAgain();

private:
    void answer(UserData &data, const QString &card, int grade, qint64 ms);
    Deck m_deck;
    Fsrs m_fsrs;
};

void TestProgressIndex::initTestCase()
{
    // A zone with daylight saving time: the streak's days of 23 and 25 hours must count as days.
    qputenv("TZ", "Europe/Berlin");
    tzset();
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

// After each answer one topic is computed from its own cards' answers and its own bookmark: the same figures as the
// whole deck's, with other topics' misses and bookmarks (a card's bookmark named like a topic too) around it.
void TestProgressIndex::computeTopic_sameAsTheWholeDecksFigures()
{
    Test::TempUserData user;
    UserData &data = user.data;
    const qint64 t0 = 1'767'225'600'000;
    const qint64 day = 86'400'000;
    StudyRecorder recorder(data.reviews, m_fsrs);
    QRandomGenerator random(7);
    QString error;
    int answers = 0;
    for (int d = 0; d < 30; ++d) {
        for (const Topic &topic : m_deck.topics) {
            for (qsizetype c = 0; c < topic.cardCount(); ++c) {
                if (random.bounded(3) == 0)
                    continue;
                const int grade = 1 + int(random.bounded(4));
                QVERIFY2(recorder.record({QStringLiteral("sample"), topic.id, topic.cardId(c).toString(), grade, grade > 1,
                                          t0 + d * day + c * 1000, 1000},
                                         &error),
                         qPrintable(error));
                ++answers;
            }
        }
    }
    QVERIFY(answers > 100);
    QVERIFY(data.bookmarks.set({QStringLiteral("sample"), Bookmark::Topic, m_deck.topics[1].id, QStringLiteral("later"), t0}, &error));
    QVERIFY(data.bookmarks.set({QStringLiteral("sample"), Bookmark::Topic, m_deck.topics[2].id, QString(), t0}, &error));
    QVERIFY(data.bookmarks.set({QStringLiteral("sample"), Bookmark::Card, m_deck.topics[0].id, QStringLiteral("weak"), t0}, &error));
    QVERIFY(data.bookmarks.set({QStringLiteral("other"), Bookmark::Topic, m_deck.topics[0].id, QStringLiteral("weak"), t0}, &error));
    const ProgressIndex index(data, m_fsrs);
    for (const qint64 now : {t0 + 27 * day, t0 + 30 * day, t0 + 60 * day}) {
        const auto whole = index.compute({m_deck}, now);
        int weak = 0;
        for (const Topic &topic : m_deck.topics) {
            const TopicStats one = index.computeTopic(QStringLiteral("sample"), topic, now);
            QCOMPARE(one, whole.value(QStringLiteral("sample/") + topic.id));
            weak += one.weak ? 1 : 0;
        }
        QVERIFY(weak > 0); // the misses count (no topic's own bookmark is labelled weak)
    }
    QVERIFY(!index.computeTopic(QStringLiteral("sample"), m_deck.topics[0], t0).bookmarked); // the card's and the other deck's
    QVERIFY(index.computeTopic(QStringLiteral("sample"), m_deck.topics[2], t0).bookmarked);
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

// After an answer or an undo only today is looked at again: the days before it are taken from a count made earlier
// the same day (a year of them is walked back in batches, too long for every answer); on another day all are counted.
void TestProgressIndex::streakAfterToday_countsOnlyTodayAgain()
{
    Test::TempUserData user;
    UserData &data = user.data;
    const qint64 noon = QDateTime(QDate(2026, 3, 10), QTime(12, 0)).toMSecsSinceEpoch();
    const qint64 day = 86'400'000;
    const ProgressIndex index(data, m_fsrs);
    answer(data, QStringLiteral("identity-recall"), 3, noon - 2 * day);
    answer(data, QStringLiteral("identity-choice"), 3, noon - day);
    const ProgressIndex::Streak before = index.streak(noon);
    QCOMPARE(before.today, QDate(2026, 3, 10));
    QVERIFY(!before.answeredToday);
    QCOMPARE(before.days, 2);
    QCOMPARE(index.streakAfterToday(before, noon + 1000).days, 2); // nothing answered today yet

    answer(data, QStringLiteral("loops-recall"), 3, noon + 2000); // today's first answer
    const ProgressIndex::Streak after = index.streakAfterToday(before, noon + 3000);
    QVERIFY(after.answeredToday);
    QCOMPARE(after.days, 3);
    QCOMPARE(after.days, index.streakDays(noon + 3000));
    QCOMPARE(index.streakAfterToday(after, noon + 4000).days, 3); // a second answer today changes nothing

    // The days before today are not read again: what the earlier count says of them is what is used.
    ProgressIndex::Streak counted = before;
    counted.days = 7;
    QCOMPARE(index.streakAfterToday(counted, noon + 3000).days, 8);
    // On the next day everything is counted again.
    QCOMPARE(index.streakAfterToday(counted, noon + day).today, QDate(2026, 3, 11));
    QCOMPARE(index.streakAfterToday(counted, noon + day).days, index.streakDays(noon + day));
    QCOMPARE(index.streakAfterToday(counted, noon + day).days, 3);

    // Today's only answer undone: the streak ends yesterday again.
    QString error;
    QVERIFY2(data.reviews.undoLastAnswer(QStringLiteral("sample"), QStringLiteral("loops-recall"), noon + 2000, &error),
             qPrintable(error));
    const ProgressIndex::Streak undone = index.streakAfterToday(after, noon + 5000);
    QVERIFY(!undone.answeredToday);
    QCOMPARE(undone.days, 2);
    QCOMPARE(undone.days, index.streakDays(noon + 5000));
}

// The streak as it was first counted: every answer of the last 400 days dated, then the days walked back from today.
static int streakOfEveryAnswer(const UserData &data, qint64 nowMs)
{
    QSet<QDate> days;
    for (const Review &r : data.reviews.reviews()) {
        if (r.reviewedMs >= nowMs - 400LL * 86'400'000)
            days.insert(QDateTime::fromMSecsSinceEpoch(r.reviewedMs).date());
    }
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs).date();
    QDate day = days.contains(today) ? today : today.addDays(-1);
    int streak = 0;
    while (days.contains(day)) {
        ++streak;
        day = day.addDays(-1);
    }
    return streak;
}

void TestProgressIndex::streak_sameAsEveryAnswerDated_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<double>("studied"); // the chance that a day has answers
    QTest::newRow("every day, longer than the 400 days counted") << 1u << 1.0;
    QTest::newRow("most days") << 2u << 0.93;
    QTest::newRow("one day in two") << 3u << 0.5;
    QTest::newRow("rarely") << 4u << 0.1;
}

// streakDays seeks one answer per day instead of dating every answer of the year: the same count, at any time of day,
// with answers on the days' first and last milliseconds, answers after `now`, and streaks past the 400 days counted.
void TestProgressIndex::streak_sameAsEveryAnswerDated()
{
    QFETCH(quint32, seed);
    QFETCH(double, studied);
    QTemporaryDir dir;
    UserData data;
    QVERIFY2(data.open(dir.filePath(QStringLiteral("d.db")), dir.filePath(QStringLiteral("b"))), qPrintable(data.database.notice()));
    QRandomGenerator rng(seed);
    const QDate last(2026, 3, 10);
    const QStringList cards{QStringLiteral("identity-recall"), QStringLiteral("identity-choice"), QStringLiteral("loops-recall")};
    StudyRecorder recorder(data.reviews, m_fsrs);
    QString error;
    QVERIFY2(data.database.transaction([&] {
        for (QDate day = last.addDays(-450); day <= last.addDays(2); day = day.addDays(1)) {
            if (rng.generateDouble() >= studied)
                continue;
            const qint64 start = QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch();
            const qint64 end = QDateTime(day.addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
            const int n = 1 + int(rng.bounded(3));
            for (int i = 0; i < n; ++i) {
                const qint64 at = i == 0 && rng.bounded(4) == 0 ? (rng.bounded(2) ? start : end - 1)
                                                                : start + qint64(rng.bounded(86'400'000));
                if (!recorder.record({QStringLiteral("sample"), QStringLiteral("identity"), cards[i], 3, true, at, 1000}, &error))
                    return false;
            }
        }
        return true;
    }, &error), qPrintable(error));
    const ProgressIndex index(data, m_fsrs);
    for (int d = 0; d <= 30; ++d) {
        const QDate day = last.addDays(-d);
        for (const QTime &time : {QTime(0, 0), QTime(0, 0, 0, 1), QTime(9, 30), QTime(23, 59, 59, 999)}) {
            const qint64 now = QDateTime(day, time).toMSecsSinceEpoch();
            QCOMPARE(index.streakDays(now), streakOfEveryAnswer(data, now));
        }
    }
    if (studied == 1.0)
        QVERIFY(index.streakDays(QDateTime(last, QTime(12, 0)).toMSecsSinceEpoch()) >= 400);
}

QTEST_GUILESS_MAIN(TestProgressIndex)
#include "tst_progressindex.moc"
