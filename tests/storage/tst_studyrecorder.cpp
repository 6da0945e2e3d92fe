#include "studyrecorder.h"
#include "tempuserdata.h"
#include "userdata.h"

#include <QRandomGenerator>
#include <QTest>

using namespace DeepDive;

class TestStudyRecorder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void record_schedulesWithFsrs();
    void replayOfTheLog_equalsTheStoredStates();
};

void TestStudyRecorder::record_schedulesWithFsrs()
{
    Test::TempUserData user;
    UserData &data = user.data;
    const Fsrs fsrs;
    StudyRecorder recorder(data.reviews, fsrs);
    QString error;
    const qint64 t0 = 1'767'225'600'000;
    QVERIFY(recorder.record({QStringLiteral("python"), QStringLiteral("gil"), QStringLiteral("c"), 3, true, t0, 5000}, &error));
    const auto state = data.reviews.cardState(QStringLiteral("python"), QStringLiteral("c"));
    QCOMPARE(*state, fsrs.review(CardState{QStringLiteral("python"), QStringLiteral("c"), QStringLiteral("gil")}, 3, t0));
    QCOMPARE(data.reviews.reviews().first().responseMs, 5000);
}

void TestStudyRecorder::replayOfTheLog_equalsTheStoredStates()
{
    Test::TempUserData user;
    UserData &data = user.data;
    const Fsrs fsrs(0.85);
    StudyRecorder recorder(data.reviews, fsrs);
    QRandomGenerator random(20261124); // a fixed seed: the same history every run
    qint64 now = 1'767'225'600'000;
    QString error;
    for (int i = 0; i < 400; ++i) {
        now += qint64(random.bounded(1, 40)) * 3'600'000;
        const QString card = QStringLiteral("card-%1").arg(random.bounded(12));
        const int grade = int(random.bounded(1, 5));
        QVERIFY2(recorder.record({QStringLiteral("python"), QStringLiteral("t%1").arg(card.size()), card, grade, grade > 1, now, 1000}, &error),
                 qPrintable(error));
    }
    const QHash<QString, CardState> replayed = StudyRecorder::replay(data.reviews, fsrs);
    const QList<CardState> stored = data.reviews.cardStates();
    QCOMPARE(replayed.size(), stored.size());
    for (const CardState &s : stored)
        QCOMPARE(replayed.value(s.deckId + QLatin1Char('/') + s.cardId), s);
}

QTEST_GUILESS_MAIN(TestStudyRecorder)
#include "tst_studyrecorder.moc"
