#include "deck.h"
#include "studypanel.h"

#include <QTest>
#include <QTextBrowser>

using namespace DeepDive;

// Before the window's first frame only a screenful of a long topic's notes is laid out; the rest follows.
class TestStudyPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void firstScreenEnd_cutsAtABlockBoundaryOutsideCode();
    void firstScreen_thenWhole();
};

void TestStudyPanel::firstScreenEnd_cutsAtABlockBoundaryOutsideCode()
{
    QCOMPARE(StudyPanel::firstScreenEnd(QStringLiteral("short\n\nnotes"), 100), qsizetype(-1));
    const QString para = QString(60, QLatin1Char('x')) + QStringLiteral("\n\n");
    // A code block spans the point where the cut would be: the cut waits for its end.
    const QString text = para + QStringLiteral("```python\n") + QString(80, QLatin1Char('y')) + QStringLiteral("\n\nstill code\n```\n\n")
        + para + para + para;
    const qsizetype end = StudyPanel::firstScreenEnd(text, 100);
    QVERIFY(end > 100);
    QVERIFY(text.left(end).count(QStringLiteral("```")) % 2 == 0);
    QVERIFY(text.mid(end - 1, 1) == QStringLiteral("\n") || text.mid(end, 1) == QStringLiteral("\n"));
}

void TestStudyPanel::firstScreen_thenWhole()
{
    Topic topic;
    topic.title = QStringLiteral("Long");
    for (int i = 0; i < 60; ++i)
        topic.summary += QStringLiteral("Paragraph %1 of the notes, long enough to take a line or two.\n\n").arg(i);
    StudyPanel panel;
    panel.setTopic(&topic, true);
    const QString first = panel.summaryView()->toPlainText();
    QVERIFY(first.contains(QStringLiteral("Paragraph 0 ")));
    QVERIFY(!first.contains(QStringLiteral("Paragraph 59 ")));
    panel.setTopic(&topic);
    QVERIFY(panel.summaryView()->toPlainText().contains(QStringLiteral("Paragraph 59 ")));
}

QTEST_MAIN(TestStudyPanel)
#include "tst_studypanel.moc"
