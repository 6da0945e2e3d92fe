#include "mockclock.h"
#include "progressindex.h"
#include "progressservice.h"
#include "studyrecorder.h"
#include "tempuserdata.h"
#include "testsupport.h"
#include "topicmodel.h"
#include "userdata.h"

#include <QSignalSpy>
#include <QTest>

using namespace DeepDive;

namespace {
// A data folder of its own, the sample deck in a topic model, and the service on a clock standing at `nowMs`.
struct Fixture
{
    Fixture(const Fsrs &fsrs, qint64 nowMs)
        : clock(nowMs)
        , progress(user.data, fsrs, model, clock)
    {
        model.setDecks(Test::sampleDecks());
    }
    Test::TempUserData user;
    TopicModel model;
    MockClock clock;
    ProgressService progress;
};
} // namespace

// The window's progress: the tree's stats and the status bar's totals, on the spot or from a worker, without the
// worker's older figures ever replacing newer ones.
class TestProgressService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void refreshAll_fillsTheModelAndTheSummary();
    void inBackground_sameAsOnTheSpot();
    void inBackground_aTopicRefreshedMeanwhile_keepsItsNewerStats();
    void inBackground_aWholeRefreshMeanwhile_isNotUndone();
    void inBackground_askedAgainWhileRunning_runsOnceMore();
    void inMemory_refreshesOnTheSpot();

private:
    void answer(UserData &data, const QString &topic, const QString &card, int grade, qint64 ms);
    static QString identity() { return QStringLiteral("sample/identity"); }
    const qint64 t0 = QDateTime(QDate(2026, 3, 10), QTime(12, 0)).toMSecsSinceEpoch();
    static constexpr qint64 day = 86'400'000;
    Fsrs m_fsrs;
};

void TestProgressService::init()
{
    m_fsrs = Fsrs();
}

void TestProgressService::answer(UserData &data, const QString &topic, const QString &card, int grade, qint64 ms)
{
    QString error;
    QVERIFY2(StudyRecorder(data.reviews, m_fsrs).record({QStringLiteral("sample"), topic, card, grade, grade > 1, ms, 1000}, &error),
             qPrintable(error));
}

void TestProgressService::refreshAll_fillsTheModelAndTheSummary()
{
    Fixture f(m_fsrs, t0 + 60'000);
    auto &[user, model, clock, progress] = f;
    answer(user.data, QStringLiteral("identity"), QStringLiteral("identity-recall"), 3, t0 - day);
    answer(user.data, QStringLiteral("identity"), QStringLiteral("identity-choice"), 4, t0);
    answer(user.data, QStringLiteral("loops"), QStringLiteral("loops-recall"), 1, t0);
    QSignalSpy refreshed(&progress, &ProgressService::refreshed);
    progress.refreshAll();
    QCOMPARE(refreshed.size(), 1);
    QCOMPARE(refreshed[0].value(0).toString(), QString()); // every topic
    const auto expected = ProgressIndex(user.data, m_fsrs).compute(Test::sampleDecks(), t0 + 60'000);
    QCOMPARE(model.allStats(), expected);
    const ProgressService::Summary s = progress.summary();
    int cards = 0;
    int mastered = 0;
    int due = 0;
    for (const TopicStats &stats : expected) {
        cards += stats.cards;
        mastered += stats.mastered;
        due += stats.due;
    }
    QCOMPARE(s.cards, cards);
    QVERIFY(s.cards > 0);
    QCOMPARE(s.mastered, mastered);
    QCOMPARE(s.due, due);
    QCOMPARE(s.streakDays, 2); // yesterday and today

    // One topic: its stats, the streak, and a signal naming it.
    clock.setNowMs(t0 + 3 * day);
    answer(user.data, QStringLiteral("identity"), QStringLiteral("identity-pair"), 3, t0 + 3 * day);
    progress.refreshTopic(QStringLiteral("sample"), QStringLiteral("identity"));
    QCOMPARE(refreshed.size(), 2);
    QCOMPARE(refreshed[1].value(0).toString(), identity());
    QCOMPARE(model.allStats().value(identity()),
             ProgressIndex(user.data, m_fsrs).computeTopic(QStringLiteral("sample"), Test::sampleDeck().topics[0], t0 + 3 * day));
    QCOMPARE(progress.summary().streakDays, 1); // two days missed: today's answer starts a new streak
    progress.refreshTopic(QStringLiteral("sample"), QStringLiteral("no-such-topic")); // nothing to refresh
    QCOMPARE(refreshed.size(), 2);
}

void TestProgressService::inBackground_sameAsOnTheSpot()
{
    Fixture f(m_fsrs, t0 + 1000);
    auto &[user, model, clock, progress] = f;
    answer(user.data, QStringLiteral("identity"), QStringLiteral("identity-recall"), 1, t0);
    answer(user.data, QStringLiteral("loops"), QStringLiteral("loops-recall"), 3, t0);
    QSignalSpy refreshed(&progress, &ProgressService::refreshed);
    progress.refreshAllInBackground();
    QVERIFY(progress.isRefreshing());
    QCOMPARE(refreshed.size(), 0); // the worker's figures come through the event loop
    QVERIFY(refreshed.wait(10000));
    QVERIFY(!progress.isRefreshing());
    QCOMPARE(model.allStats(), ProgressIndex(user.data, m_fsrs).compute(Test::sampleDecks(), t0 + 1000));
    QCOMPARE(progress.summary().streakDays, 1);
}

// The worker computes for the moment it was asked; a topic answered after that has newer figures.
void TestProgressService::inBackground_aTopicRefreshedMeanwhile_keepsItsNewerStats()
{
    Fixture f(m_fsrs, t0 + 1000);
    auto &[user, model, clock, progress] = f;
    answer(user.data, QStringLiteral("identity"), QStringLiteral("identity-recall"), 3, t0);
    QSignalSpy refreshed(&progress, &ProgressService::refreshed);
    progress.refreshAllInBackground(); // for t0 + 1 s: nothing due
    clock.setNowMs(t0 + 5 * day);
    progress.refreshTopic(QStringLiteral("sample"), QStringLiteral("identity")); // for 5 days later: the card is due
    const TopicStats newer = model.allStats().value(identity());
    QCOMPARE(newer.due, 1);
    QTRY_VERIFY(!progress.isRefreshing());
    QCOMPARE(refreshed.size(), 2);
    QCOMPARE(model.allStats().value(identity()), newer);
    // The streak is of now, not of the moment the worker was asked (its day had an answer; the last four have none).
    QCOMPARE(progress.summary().streakDays, 0);
    // The other topics have the worker's figures.
    QCOMPARE(model.allStats().value(QStringLiteral("sample/loops")),
             ProgressIndex(user.data, m_fsrs).computeTopic(QStringLiteral("sample"), Test::sampleDeck().topics[1], t0 + 1000));
}

void TestProgressService::inBackground_aWholeRefreshMeanwhile_isNotUndone()
{
    Fixture f(m_fsrs, t0 + 1000);
    auto &[user, model, clock, progress] = f;
    answer(user.data, QStringLiteral("identity"), QStringLiteral("identity-recall"), 3, t0);
    progress.refreshAllInBackground();
    clock.setNowMs(t0 + 5 * day);
    progress.refreshAll();
    const auto newer = model.allStats();
    QCOMPARE(newer.value(identity()).due, 1);
    QTRY_VERIFY(!progress.isRefreshing());
    QCoreApplication::processEvents();
    QCOMPARE(model.allStats(), newer);
}

void TestProgressService::inBackground_askedAgainWhileRunning_runsOnceMore()
{
    Fixture f(m_fsrs, t0);
    auto &[user, model, clock, progress] = f;
    QSignalSpy refreshed(&progress, &ProgressService::refreshed);
    progress.refreshAllInBackground();
    answer(user.data, QStringLiteral("identity"), QStringLiteral("identity-recall"), 1, t0); // e.g. a sync took this in
    progress.refreshAllInBackground();
    progress.refreshAllInBackground(); // asked twice while running: one more run, not two
    QTRY_COMPARE(refreshed.size(), 2);
    QVERIFY(!progress.isRefreshing()); // a third run would have started as the second one's figures arrived
    QCOMPARE(model.allStats(), ProgressIndex(user.data, m_fsrs).compute(Test::sampleDecks(), t0));
    QCOMPARE(model.allStats().value(identity()).newCards, int(Test::sampleDeck().topics[0].cards.size()) - 1);
}

void TestProgressService::inMemory_refreshesOnTheSpot()
{
    UserData data;
    data.database.openEmpty();
    QCOMPARE(data.database.mode(), Database::Mode::Memory);
    QString error;
    QVERIFY2(StudyRecorder(data.reviews, m_fsrs).record({QStringLiteral("sample"), QStringLiteral("identity"),
                                                          QStringLiteral("identity-recall"), 3, true, t0, 1000}, &error),
             qPrintable(error));
    TopicModel model;
    model.setDecks(Test::sampleDecks());
    MockClock clock(t0 + 1000);
    ProgressService progress(data, m_fsrs, model, clock);
    QSignalSpy refreshed(&progress, &ProgressService::refreshed);
    progress.refreshAllInBackground(); // no file another thread could read: here and now
    QCOMPARE(refreshed.size(), 1);
    QVERIFY(!progress.isRefreshing());
    QCOMPARE(model.allStats(), ProgressIndex(data, m_fsrs).compute(Test::sampleDecks(), t0 + 1000));
}

QTEST_GUILESS_MAIN(TestProgressService)
#include "tst_progressservice.moc"
