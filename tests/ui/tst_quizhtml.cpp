#include "mockclock.h"
#include "quizhtml.h"
#include "quizsession.h"
#include "testsupport.h"

#include <QTest>
#include <QTextDocument>

using namespace DeepDive;

// The quiz's HTML without its panel: what a wrong answer shows (picked and missed options in words, the characters
// that differ in a prediction), and options that keep their mark column whether checked or not.
class TestQuizHtml : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void markedDifference_marksOnlyTheCharactersThatDiffer_data();
    void markedDifference_marksOnlyTheCharactersThatDiffer();
    void choice_saysWhatWasPickedAndMissed();
    void feedback_missedInASession_saysWhenTheCardComesBack();

private:
    static QString plain(const QString &html)
    {
        QTextDocument document;
        document.setHtml(html);
        return document.toPlainText();
    }
    Deck m_deck;
    MockClock m_clock{1'000'000};
    const QuizHtml::Colours m_colours{QStringLiteral("#2e7d32"), QStringLiteral("#c62828"), QStringLiteral("#777777")};
};

void TestQuizHtml::initTestCase()
{
    m_deck = Test::sampleDeck();
}

void TestQuizHtml::markedDifference_marksOnlyTheCharactersThatDiffer_data()
{
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("markedExpected");
    QTest::addColumn<QString>("markedGiven");
    QTest::newRow("a missing comma") << QStringLiteral("[1, 2]") << QStringLiteral("[1 2]") << QStringLiteral(",") << QString();
    QTest::newRow("a different word") << QStringLiteral("True") << QStringLiteral("False") << QStringLiteral("Tru")
                                      << QStringLiteral("Fals");
    QTest::newRow("something added") << QStringLiteral("ab") << QStringLiteral("abc") << QString() << QStringLiteral("c");
}

void TestQuizHtml::markedDifference_marksOnlyTheCharactersThatDiffer()
{
    QFETCH(QString, expected);
    QFETCH(QString, given);
    QFETCH(QString, markedExpected);
    QFETCH(QString, markedGiven);
    const auto [left, right] = QuizHtml::markedDifference(expected, given, false, QStringLiteral("red"));
    const auto marked = [](const QString &html) -> QString { // the text inside the highlighted span, or "" for a caret
        const qsizetype at = html.indexOf(QLatin1String("<b>"));
        if (at < 0) {
            return html.contains(QStringLiteral("‸")) ? QString() : QStringLiteral("(no mark)");
        }
        return html.mid(at + 3, html.indexOf(QLatin1String("</b>"), at) - at - 3);
    };
    QCOMPARE(marked(left), markedExpected);
    QCOMPARE(marked(right), markedGiven);
    QCOMPARE(plain(left).remove(QStringLiteral("‸")).replace(QChar::Nbsp, QLatin1Char(' ')), expected);
    QCOMPARE(plain(right).remove(QStringLiteral("‸")).replace(QChar::Nbsp, QLatin1Char(' ')), given);
}

void TestQuizHtml::choice_saysWhatWasPickedAndMissed()
{
    const Topic &topic = m_deck.topics.first();
    const Card *card = nullptr;
    for (const Card &c : topic.cards)
        card = c.id == QLatin1String("identity-choice") ? &c : card;
    QVERIFY(card);
    QuizSession session(m_clock, [](const Answer &, QString *) { return true; });
    session.start({{m_deck.id, &topic, card}});
    const QString asking = plain(QuizHtml::choice(session, m_colours, 40));
    QVERIFY2(asking.trimmed().startsWith(QStringLiteral("1.")), qPrintable(asking));
    QVERIFY(!asking.contains(QStringLiteral("right")));
    int wrong = -1;
    for (int i = 0; i < card->options.size(); ++i)
        wrong = !card->options[i].correct && wrong < 0 ? i : wrong;
    QVERIFY(session.choose(wrong));
    const QString answered = plain(QuizHtml::choice(session, m_colours, 40));
    QVERIFY2(answered.contains(QStringLiteral("wrong, and you picked it")), qPrintable(answered));
    QVERIFY2(answered.contains(QStringLiteral("right, but you did not pick it")), qPrintable(answered));
    QVERIFY(QuizHtml::choice(session, m_colours, 40).contains(m_colours.wrong));
}

void TestQuizHtml::feedback_missedInASession_saysWhenTheCardComesBack()
{
    QList<QuizSession::Item> items;
    for (const Topic &topic : m_deck.topics) {
        for (const Card &card : topic.cards) {
            if (card.type == CardType::Recall)
                items.append({m_deck.id, &topic, &card});
        }
    }
    QVERIFY(items.size() >= 2);
    QuizSession session(m_clock, [](const Answer &, QString *) { return true; });
    session.start(items, 3);
    QVERIFY(session.reveal());
    QVERIFY(session.grade(1));
    const int later = session.lastRepeatDistance();
    QVERIFY(later >= 2);
    QVERIFY2(plain(QuizHtml::feedback(session, m_colours)).contains(QuizHtml::comesBack(later)),
             qPrintable(plain(QuizHtml::feedback(session, m_colours))));
    QCOMPARE(QuizHtml::comesBack(1), QStringLiteral("This card comes back next, to learn it again."));
}

QTEST_MAIN(TestQuizHtml)
#include "tst_quizhtml.moc"
