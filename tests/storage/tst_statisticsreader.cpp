#include "statisticsreader.h"
#include "studyrecorder.h"
#include "tempuserdata.h"
#include "testsupport.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <ctime>

using namespace DeepDive;

// Study > Statistics read through the review log's time index (answers per day counted, only the last 30 days'
// answers read, the streak seeked day by day) must show exactly what replaying every answer of the log shows.
class TestStatisticsReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void read_sameAsEveryAnswerReplayed_data();
    void read_sameAsEveryAnswerReplayed();
    void reviewEventsSince_givesEachCardsPreviousAnswerInTheRange();
    void read_ofAnEmptyLog_showsNothingStudied();
    void duePerDay_countsEachCardOnItsLocalDay_overdueToday();
};

namespace {

// What the statistics showed when they replayed the whole log: every answer dated, each with its card's previous one.
struct Replayed
{
    QMap<QDate, int> perDay;
    int retentionReviews = 0;
    int remembered = 0;
    int streak = 0;
    QList<int> dueForecast;
};

Replayed replayEveryAnswer(const UserData &data, qint64 nowMs)
{
    Replayed r;
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs).date();
    QHash<QString, qint64> previous;
    QSet<QDate> days;
    for (const Review &review : data.reviews.reviews()) {
        const QDate day = QDateTime::fromMSecsSinceEpoch(review.reviewedMs).date();
        if (day > today)
            break; // answers of the days after today (a synced clock ahead) are no part of the statistics
        days.insert(day);
        ++r.perDay[day];
        qint64 &last = previous[review.deckId + QLatin1Char('/') + review.cardId];
        const bool repeat = last != 0 && QDateTime::fromMSecsSinceEpoch(last).date() == day;
        if (review.reviewedMs >= nowMs - 30LL * 86'400'000 && review.stateBefore != CardState::New && !repeat) {
            ++r.retentionReviews;
            r.remembered += review.grade > 1 ? 1 : 0;
        }
        last = review.reviewedMs;
    }
    for (QDate d = days.contains(today) ? today : today.addDays(-1); days.contains(d); d = d.addDays(-1))
        ++r.streak;
    r.dueForecast = QList<int>(Statistics::forecastDays, 0);
    for (const CardState &state : data.reviews.cardStates()) {
        const qint64 offset = today.daysTo(QDateTime::fromMSecsSinceEpoch(state.dueMs).date());
        if (offset < Statistics::forecastDays)
            ++r.dueForecast[int(std::max<qint64>(0, offset))];
    }
    return r;
}

} // namespace

void TestStatisticsReader::initTestCase()
{
    // A zone with daylight saving time: its days of 23 and 25 hours are where counting by day could go wrong.
    qputenv("TZ", "Europe/Berlin");
    tzset();
}

void TestStatisticsReader::read_sameAsEveryAnswerReplayed_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<double>("studied"); // the chance that a day has answers
    QTest::newRow("every day") << 11u << 1.0;
    QTest::newRow("most days") << 12u << 0.85;
    QTest::newRow("rarely") << 13u << 0.15;
}

// Eight months of answers over the sample deck's cards, some repeated the same day after a miss, some on a day's
// first and last millisecond; read at several times of several days, including before the day's first answer.
void TestStatisticsReader::read_sameAsEveryAnswerReplayed()
{
    QFETCH(quint32, seed);
    QFETCH(double, studied);
    Test::TempUserData user;
    UserData &data = user.data;
    const Deck &deck = Test::sampleDeck();
    QStringList cards;
    QHash<QString, QString> topicOf;
    for (const Topic &topic : deck.topics) {
        for (qsizetype c = 0; c < topic.cardCount(); ++c) {
            cards.append(topic.cardId(c).toString());
            topicOf.insert(topic.cardId(c).toString(), topic.id);
        }
    }
    QVERIFY(cards.size() >= 5);
    const Fsrs fsrs(0.9);
    StudyRecorder recorder(data.reviews, fsrs);
    QRandomGenerator rng(seed);
    const QDate last(2026, 3, 29); // the week-end the clocks go forward in much of Europe
    QString error;
    QVERIFY2(data.database.transaction([&] {
        for (QDate day = last.addDays(-240); day <= last.addDays(1); day = day.addDays(1)) {
            if (rng.generateDouble() >= studied)
                continue;
            const qint64 start = QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch();
            const qint64 end = QDateTime(day.addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
            QList<qint64> times;
            for (int i = 0, n = 1 + int(rng.bounded(6)); i < n; ++i)
                times.append(i == 0 && rng.bounded(4) == 0 ? (rng.bounded(2) ? start : end - 1) : start + qint64(rng.bounded(end - start)));
            std::sort(times.begin(), times.end());
            for (qint64 at : std::as_const(times)) {
                const QString card = cards[int(rng.bounded(int(cards.size())))];
                const int grade = 1 + int(rng.bounded(4));
                if (!recorder.record({deck.id, topicOf.value(card), card, grade, grade > 1, at, 1000}, &error))
                    return false;
                if (grade == 1 && rng.bounded(2) == 0 && at + 60'000 < end // the miss asked again minutes later
                    && !recorder.record({deck.id, topicOf.value(card), card, 3, true, at + 60'000, 1000}, &error))
                    return false;
            }
        }
        return true;
    }, &error), qPrintable(error));
    for (int d = -1; d <= 35; d += 6) { // from the day after the clocks went forward, back over it
        for (const QTime &time : {QTime(0, 0), QTime(9, 30), QTime(23, 59, 59, 999)}) {
            const qint64 now = QDateTime(last.addDays(-d), time).toMSecsSinceEpoch();
            const Replayed expected = replayEveryAnswer(data, now);
            const Statistics s = StatisticsReader::read(data, {deck}, {}, fsrs, now, {});
            const QString when = QDateTime::fromMSecsSinceEpoch(now).toString(Qt::ISODateWithMs);
            QCOMPARE(s.reviewsPerDay.size(), Statistics::calendarDays);
            for (auto it = s.reviewsPerDay.cbegin(); it != s.reviewsPerDay.cend(); ++it)
                QVERIFY2(it.value() == expected.perDay.value(it.key()), qPrintable(when + QLatin1Char(' ') + it.key().toString(Qt::ISODate)));
            QVERIFY2(s.retentionReviews == expected.retentionReviews, qPrintable(when));
            if (expected.retentionReviews)
                QCOMPARE(s.trueRetention, double(expected.remembered) / expected.retentionReviews);
            QVERIFY2(s.streak == expected.streak, qPrintable(when));
            QCOMPARE(s.dueForecast, expected.dueForecast);
        }
    }
}

void TestStatisticsReader::reviewEventsSince_givesEachCardsPreviousAnswerInTheRange()
{
    Test::TempUserData user;
    UserData &data = user.data;
    const Fsrs fsrs(0.9);
    StudyRecorder recorder(data.reviews, fsrs);
    const qint64 t = QDateTime(QDate(2026, 3, 10), QTime(12, 0)).toMSecsSinceEpoch();
    const QString deck = QStringLiteral("sample");
    const QString topic = QStringLiteral("identity");
    QString error;
    for (const auto &[card, at] : QList<QPair<QString, qint64>>{{QStringLiteral("a"), t}, {QStringLiteral("b"), t + 1},
                                                                 {QStringLiteral("a"), t + 2}, {QStringLiteral("a"), t + 3},
                                                                 {QStringLiteral("b"), t + 4}})
        QVERIFY2(recorder.record({deck, topic, card, 3, true, at, 1000}, &error), qPrintable(error));
    const QList<ReviewEvent> all = data.reviews.reviewEventsSince(0);
    QCOMPARE(all.size(), 5);
    const QList<qint64> previous{0, 0, t, t + 2, t + 1};
    for (int i = 0; i < all.size(); ++i) {
        QCOMPARE(all[i].reviewedMs, t + i);
        QCOMPARE(all[i].previousMs, previous[i]);
    }
    QCOMPARE(all[0].stateBefore, int(CardState::New));
    QVERIFY(all[2].stateBefore != CardState::New);
    const QList<ReviewEvent> later = data.reviews.reviewEventsSince(t + 2);
    QCOMPARE(later.size(), 3);
    QCOMPARE(later[0].previousMs, 0); // a's earlier answers are before the range
    QCOMPARE(later[1].previousMs, t + 2);
    QCOMPARE(later[2].previousMs, 0); // so is b's
}

void TestStatisticsReader::read_ofAnEmptyLog_showsNothingStudied()
{
    Test::TempUserData user;
    const qint64 now = QDateTime(QDate(2026, 3, 10), QTime(12, 0)).toMSecsSinceEpoch();
    const Statistics s = StatisticsReader::read(user.data, {Test::sampleDeck()}, {}, Fsrs(0.9), now, {});
    QCOMPARE(s.reviewsPerDay.size(), Statistics::calendarDays);
    QVERIFY(std::all_of(s.reviewsPerDay.cbegin(), s.reviewsPerDay.cend(), [](int n) { return n == 0; }));
    QCOMPARE(s.trueRetention, -1.0);
    QCOMPARE(s.streak, 0);
    QCOMPARE(s.dueForecast, QList<int>(Statistics::forecastDays, 0));
    QCOMPARE(s.sectionMastery.size(), Test::sampleDeck().sections.size());
}

// Each card is counted on the local day it falls due, from midnight to midnight (a day of 23 hours among them);
// overdue cards on today; cards never answered and cards due after the 14 days not at all.
void TestStatisticsReader::duePerDay_countsEachCardOnItsLocalDay_overdueToday()
{
    Test::TempUserData user;
    const QDate today(2026, 3, 28); // the clocks go forward in the night to the 29th
    const qint64 now = QDateTime(today, QTime(20, 0)).toMSecsSinceEpoch();
    const auto at = [&](int days, const QTime &time) { return QDateTime(today.addDays(days), time).toMSecsSinceEpoch(); };
    const QList<qint64> dues{at(-40, QTime(9, 0)), at(0, QTime(23, 59, 59, 999)), at(1, QTime(0, 0)),
                             at(1, QTime(23, 0)), at(13, QTime(23, 59, 59, 999)), at(14, QTime(0, 0))};
    QString error;
    for (int i = 0; i <= dues.size(); ++i) {
        CardState state;
        state.deckId = QStringLiteral("sample");
        state.cardId = QStringLiteral("c%1").arg(i);
        state.topicId = QStringLiteral("identity");
        state.lastReviewMs = i < dues.size() ? now - 86'400'000 : 0; // the last one never answered
        state.dueMs = i < dues.size() ? dues[i] : at(2, QTime(12, 0));
        QVERIFY2(user.data.reviews.writeCardState(state, &error), qPrintable(error));
    }
    QList<int> expected(Statistics::forecastDays, 0);
    expected[0] = 2;
    expected[1] = 2;
    expected[13] = 1;
    QCOMPARE(user.data.reviews.duePerDay(today, Statistics::forecastDays), expected);
    QCOMPARE(StatisticsReader::read(user.data, {}, {}, Fsrs(0.9), now, {}).dueForecast, expected);
}

QTEST_GUILESS_MAIN(TestStatisticsReader)
#include "tst_statisticsreader.moc"
