// Answer commit latency: what the UI thread spends when the learner grades a card. First 10,000 answers through the
// recorder the window uses (FSRS step and one transaction on the WAL database), then answers given in the real window
// from the keyboard (Space, then 3), each measured from the key press to the saved answer on screen.
#include "benchanswers.h"
#include "benchsupport.h"
#include "deckloader.h"
#include "fsrs.h"
#include "mainwindow.h"
#include "quizpanel.h"
#include "quizsession.h"
#include "settings.h"
#include "studypanel.h"
#include "studyrecorder.h"
#include "topicmodel.h"
#include "userdata.h"

#include <QAction>
#include <QApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace DeepDive;

class BenchAnswer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recorder();
    void window();
};

void BenchAnswer::recorder()
{
    QTemporaryDir dir;
    UserData data;
    QVERIFY2(data.open(dir.filePath(QStringLiteral("deepdive.db")), dir.filePath(QStringLiteral("backups"))), qPrintable(data.database.notice()));
    QVERIFY(data.database.isWritable());
    const Fsrs fsrs;
    StudyRecorder recorder(data.reviews, fsrs);
    QElapsedTimer total;
    total.start();
    const QList<double> samples = Bench::timedAnswers(recorder, 10'000, 1'767'225'600'000 /* 2026-01-01 */, [](int i) {
        Answer answer;
        answer.deckId = QStringLiteral("synthetic");
        answer.topicId = QStringLiteral("t%1").arg(i % 2000, 5, 10, QLatin1Char('0'));
        answer.cardId = answer.topicId + QStringLiteral("-c%1").arg(i % 6 + 1);
        return answer;
    });
    if (QTest::currentTestFailed())
        return;
    const qint64 totalMs = total.elapsed();
    QCOMPARE(data.reviews.reviews().size(), 10'000);
    Bench::latencies("answer_commit", samples, 99, QStringLiteral("total_ms=%1").arg(totalMs));
}

void BenchAnswer::window()
{
    QTemporaryDir dir;
    UserData data;
    QVERIFY2(data.open(dir.filePath(QStringLiteral("deepdive.db")), dir.filePath(QStringLiteral("backups"))), qPrintable(data.database.notice()));
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(&settings, &data);
    QList<Diagnostic> problems;
    window.setDecks(DeckLoader::loadAll({QStringLiteral(":/content/python")}, &problems));
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow(); // as the learner's: the quiz's keys are shortcuts of its panel
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.selectFirstTopic(); // a topic on screen, as the app always has
    // Every recall card of the deck in one quiz (recall is the card graded from the keyboard alone), graded Good.
    QList<QuizSession::Item> items;
    TopicModel *model = window.topicModel();
    for (int t = 0; t < model->decks()[0].topics.size(); ++t) {
        const Topic *topic = model->loadedTopic(0, t);
        for (const Card &card : topic->cards) {
            if (card.type == CardType::Recall)
                items.append({model->decks()[0].id, topic, &card});
        }
    }
    QVERIFY(items.size() >= 50);
    window.findChild<QAction *>(QStringLiteral("viewQuizTab"))->trigger(); // the quiz tab, with the keyboard focus
    QuizSession *quiz = window.quizSession();
    const auto keys = [&window] {
        QWidget *focus = window.quizPanel()->focusWidget();
        return focus ? focus : static_cast<QWidget *>(window.quizPanel());
    };
    QList<double> samples;
    for (int round = 0; round < 3; ++round) {
        quiz->start(items);
        QCoreApplication::processEvents();
        while (quiz->current()) {
            QTest::keyClick(keys(), Qt::Key_Space);
            // The answer revealed and painted (a window paints 5 ms after an update at the soonest), as it is long
            // before the learner grades it: its layout and paint are not the grade's.
            QTest::qWait(10);
            const qsizetype before = data.reviews.reviews().size();
            QElapsedTimer t;
            t.start();
            QTest::keyClick(keys(), Qt::Key_3);
            QCoreApplication::processEvents(); // the verdict on screen
            samples.append(t.nsecsElapsed() / 1e6);
            QCOMPARE(data.reviews.reviews().size(), before + 1);
            // A graded recall card moves straight on to the next card: no Enter (Enter on the finished quiz would
            // take its first next step, the next topic, whose quiz would replace this one).
            QVERIFY(quiz->phase() == QuizSession::Phase::Asking || quiz->phase() == QuizSession::Phase::Finished);
        }
    }
    QVERIFY(samples.size() >= 50);
    Bench::latencies("answer_in_window", samples, 99);
}

QTEST_MAIN(BenchAnswer)
#include "bench_answer.moc"
