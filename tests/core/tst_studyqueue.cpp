#include "studyqueue.h"

#include <QTest>

using namespace DeepDive;

class TestStudyQueue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dueCardsMostOverdueFirst_newCardsWovenInUpToTheLimit();
    void outOfScope_andNotYetDue_areLeftOut();
};

namespace {
Deck deck(int topics, int cardsPerTopic)
{
    Deck d;
    d.id = QStringLiteral("d");
    Section s;
    s.id = QStringLiteral("s");
    for (int t = 0; t < topics; ++t) {
        Topic topic;
        topic.id = QStringLiteral("t%1").arg(t);
        for (int c = 0; c < cardsPerTopic; ++c) {
            Card card;
            card.id = QStringLiteral("t%1c%2").arg(t).arg(c);
            topic.cards.append(card);
        }
        d.topics.append(topic);
        s.topics.append(t);
    }
    d.sections.append(s);
    return d;
}
// A card answered once, due at `due`.
CardSchedule answered(qint64 due)
{
    return {due, 1000};
}
} // namespace

void TestStudyQueue::dueCardsMostOverdueFirst_newCardsWovenInUpToTheLimit()
{
    const QList<Deck> decks{deck(2, 5)};
    QHash<QString, CardSchedule> schedules;
    // t0c0..t0c4 answered and due at 50, 40, 30, 20, 10; t1's cards are new.
    for (int c = 0; c < 5; ++c)
        schedules.insert(QStringLiteral("d/t0c%1").arg(c), answered(50 - c * 10));
    const QList<PrintScope::Entry> all{{0, 0}, {0, 1}};
    const qint64 now = QDateTime(QDate(2026, 3, 2), QTime(8, 0)).toMSecsSinceEpoch();
    for (CardSchedule &s : schedules)
        s.dueMs = now - 100 + s.dueMs; // all overdue, in the same order
    const auto queue = StudyQueue::build(decks, all, schedules, now, 2);
    QStringList order;
    for (const auto &item : queue)
        order.append(decks[0].topics[item.topic].cards[item.card].id + (item.isNew ? QStringLiteral("*") : QString()));
    QCOMPARE(order, (QStringList{QStringLiteral("t0c4"), QStringLiteral("t0c3"), QStringLiteral("t0c2"), QStringLiteral("t1c0*"),
                                 QStringLiteral("t0c1"), QStringLiteral("t0c0"), QStringLiteral("t1c1*")}));
    QCOMPARE(StudyQueue::dueCount(decks, all, schedules, now), 5);
}

void TestStudyQueue::outOfScope_andNotYetDue_areLeftOut()
{
    const QList<Deck> decks{deck(2, 2)};
    const qint64 morning = QDateTime(QDate(2026, 3, 2), QTime(8, 0)).toMSecsSinceEpoch();
    const qint64 hour = 3'600'000;
    QHash<QString, CardSchedule> schedules;
    schedules.insert(QStringLiteral("d/t0c0"), answered(morning + 30 * hour));
    schedules.insert(QStringLiteral("d/t1c0"), answered(morning - hour));
    const auto queue = StudyQueue::build(decks, {{0, 0}}, schedules, morning, 0);
    QVERIFY(queue.isEmpty()); // t0c0 is due tomorrow, t1 is out of scope, no new cards allowed
    QCOMPARE(StudyQueue::build(decks, {{0, 1}}, schedules, morning, 0).size(), 1);
    // A card due this evening is due for the whole day: a morning session takes it.
    schedules.insert(QStringLiteral("d/t0c0"), answered(morning + 10 * hour));
    QCOMPARE(StudyQueue::build(decks, {{0, 0}}, schedules, morning, 0).size(), 1);
}

QTEST_GUILESS_MAIN(TestStudyQueue)
#include "tst_studyqueue.moc"
