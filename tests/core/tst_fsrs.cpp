#include "fsrs.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace DeepDive;

class TestFsrs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void matchesTheReference_data();
    void matchesTheReference();
    void retrievability_isDesiredRetentionAtTheInterval();
    void desiredRetention_isClampedAndShortensIntervals();
    void daysBetween_countsUtcCalendarDays();

private:
    QJsonArray m_cases;
};

void TestFsrs::initTestCase()
{
    QFile file(Test::dataPath(QStringLiteral("fsrs/reference.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_cases = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("cases")).toArray();
    QVERIFY(m_cases.size() >= 20);
}

void TestFsrs::matchesTheReference_data()
{
    QTest::addColumn<QJsonObject>("history");
    for (const QJsonValue &c : std::as_const(m_cases)) {
        const QJsonObject o = c.toObject();
        QTest::newRow(qPrintable(QStringLiteral("%1 r=%2").arg(o.value(QStringLiteral("name")).toString())
                                     .arg(o.value(QStringLiteral("retention")).toDouble())))
            << o;
    }
}

void TestFsrs::matchesTheReference()
{
    QFETCH(QJsonObject, history);
    const Fsrs fsrs(history.value(QStringLiteral("retention")).toDouble());
    CardState card;
    int step = 0;
    for (const QJsonValue &s : history.value(QStringLiteral("steps")).toArray()) {
        const QJsonObject o = s.toObject();
        const qint64 now = qint64(o.value(QStringLiteral("reviewMs")).toDouble());
        const auto outcomes = fsrs.preview(card, now);
        const QJsonArray expected = o.value(QStringLiteral("outcomes")).toArray();
        for (int g = 0; g < 4; ++g) {
            const QJsonObject e = expected[g].toObject();
            const CardState &got = outcomes[g];
            const QByteArray where = QStringLiteral("step %1, grade %2").arg(step).arg(g + 1).toUtf8();
            QVERIFY2(std::abs(*got.stability - e.value(QStringLiteral("stability")).toDouble()) < 0.01, where.constData());
            QVERIFY2(std::abs(*got.difficulty - e.value(QStringLiteral("difficulty")).toDouble()) < 1e-6, where.constData());
            const double dueDays = double(got.dueMs - qint64(e.value(QStringLiteral("dueMs")).toDouble())) / 86400000.0;
            QVERIFY2(std::abs(dueDays) < 0.01, qPrintable(QStringLiteral("%1: due off by %2 days").arg(QString::fromUtf8(where)).arg(dueDays)));
            QCOMPARE(got.reps, e.value(QStringLiteral("reps")).toInt());
            QCOMPARE(got.lapses, e.value(QStringLiteral("lapses")).toInt());
            QCOMPARE(got.state, e.value(QStringLiteral("state")).toInt());
        }
        card = outcomes[o.value(QStringLiteral("grade")).toInt() - 1];
        ++step;
    }
    QVERIFY(step > 0);
}

void TestFsrs::retrievability_isDesiredRetentionAtTheInterval()
{
    const Fsrs fsrs(0.9);
    // By definition, stability is the time for recall probability to fall to 90 %.
    QCOMPARE(fsrs.retrievability(0, 10), 1.0);
    QVERIFY(std::abs(fsrs.retrievability(10, 10) - 0.9) < 1e-6);
    QVERIFY(fsrs.retrievability(20, 10) < 0.9);
    CardState card;
    QCOMPARE(fsrs.retrievabilityAt(card, 1000), 0.0); // never answered: nothing to recall yet
}

void TestFsrs::desiredRetention_isClampedAndShortensIntervals()
{
    QCOMPARE(Fsrs(0.5).desiredRetention(), 0.70);
    QCOMPARE(Fsrs(0.99).desiredRetention(), 0.97);
    QVERIFY(Fsrs(0.95).intervalDays(30) < Fsrs(0.9).intervalDays(30));
    QVERIFY(Fsrs(0.8).intervalDays(30) > Fsrs(0.9).intervalDays(30));
    QCOMPARE(Fsrs(0.9).intervalDays(30), 30);
}

void TestFsrs::daysBetween_countsUtcCalendarDays()
{
    const qint64 lateEvening = QDateTime(QDate(2026, 1, 5), QTime(23, 50), QTimeZone::UTC).toMSecsSinceEpoch();
    const qint64 nextMorning = QDateTime(QDate(2026, 1, 6), QTime(0, 10), QTimeZone::UTC).toMSecsSinceEpoch();
    QCOMPARE(Fsrs::daysBetween(lateEvening, nextMorning), 1);
    QCOMPARE(Fsrs::daysBetween(nextMorning, nextMorning + 3600000), 0);
}

QTEST_GUILESS_MAIN(TestFsrs)
#include "tst_fsrs.moc"
