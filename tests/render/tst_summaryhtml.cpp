#include "summaryhtml.h"

#include <QTest>
#include <QTextDocument>

using namespace DeepDive;
using namespace DeepDive::SummaryHtml;

// The handout's HTML parts, read back as the printed text: numbers in front of questions, the right options by
// letter or marked ✓/✗, a pair's situation and concept in one paragraph that pagination keeps whole.
class TestSummaryHtml : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void inlineMarkdown_isOneParagraphOrNothing();
    void numbered_putsTheNumberInTheFirstParagraph_orAboveCode();
    void choice_answerByLetter_orEveryOptionMarked();
    void pairs_keepSituationAndConceptTogether();
    void answersSection_numbersTheAnswersAsTheQuestions();
    void text_isEscaped();

private:
    static QString printed(const QString &html)
    {
        QTextDocument doc;
        doc.setHtml(html);
        return doc.toPlainText();
    }
    static Card choiceCard()
    {
        Card card;
        card.type = CardType::Choice;
        card.prompt = QStringLiteral("Which are immutable?");
        card.options = {{QStringLiteral("`tuple`"), {}, true}, {QStringLiteral("`list`"), {}, false},
                        {QStringLiteral("`frozenset`"), {}, true}};
        return card;
    }
};

void TestSummaryHtml::inlineMarkdown_isOneParagraphOrNothing()
{
    QCOMPARE(printed(inlineMarkdown(QStringLiteral("a *b* `c`"))), QStringLiteral("a b c"));
    QVERIFY(inlineMarkdown(QStringLiteral("one\n\ntwo")).isEmpty());
    QVERIFY(inlineMarkdown(QStringLiteral("```\ncode\n```")).isEmpty());
}

void TestSummaryHtml::numbered_putsTheNumberInTheFirstParagraph_orAboveCode()
{
    QCOMPARE(printed(numbered(QStringLiteral("3."), QStringLiteral("What does `is` compare?"))),
             QStringLiteral("3. What does is compare?"));
    QCOMPARE(printed(numbered(QStringLiteral("4."), QStringLiteral("```python\nx = 1\n```"))), QStringLiteral("4.\nx = 1"));
    QCOMPARE(printed(numbered(QStringLiteral("5."), QString())), QStringLiteral("5."));
    QCOMPARE(letter(0), QStringLiteral("a)"));
    QCOMPARE(letter(2), QStringLiteral("c)"));
}

void TestSummaryHtml::choice_answerByLetter_orEveryOptionMarked()
{
    const Topic topic;
    const Card card = choiceCard();
    QCOMPARE(printed(answerHtml(topic, card, false)), QStringLiteral("a) tuple\nc) frozenset"));
    const QString marked = printed(answerHtml(topic, card, true));
    QVERIFY2(marked.contains(QStringLiteral("✓ \ntuple")) || marked.contains(QStringLiteral("✓\u00a0\ntuple")), qPrintable(marked));
    QVERIFY2(marked.contains(QStringLiteral("✗")), qPrintable(marked));
    // The question without its answer lists the options by letter; with it, the marked options and no letters.
    const QString question = printed(questionHtml(topic, card, 1, false));
    QCOMPARE(question, QStringLiteral("1. Which are immutable?\na) tuple\nb) list\nc) frozenset"));
    const QString withAnswer = printed(questionHtml(topic, card, 1, true));
    QVERIFY2(withAnswer.startsWith(QStringLiteral("1. Which are immutable?\nAnswer\n")), qPrintable(withAnswer));
    QVERIFY(!withAnswer.contains(QStringLiteral("b) list")));
}

void TestSummaryHtml::pairs_keepSituationAndConceptTogether()
{
    const QString html = pairLine(QStringLiteral("a)"), QStringLiteral("CPU-bound work"), QStringLiteral("processes"));
    QVERIFY(html.contains(QStringLiteral("<a name=\"%1\">").arg(keepTogether)));
    QVERIFY(html.contains(QStringLiteral("white-space:nowrap")));
    QCOMPARE(printed(html), QStringLiteral("a) CPU-bound work → processes")); // plain text reads the no-break space as a space
    // A situation of more than one paragraph cannot be one line: the concept follows it on its own.
    QCOMPARE(printed(pairLine(QString(), QStringLiteral("one\n\ntwo"), QStringLiteral("threads"))),
             QStringLiteral("one\ntwo\n→ threads"));
}

void TestSummaryHtml::answersSection_numbersTheAnswersAsTheQuestions()
{
    Topic topic;
    topic.title = QStringLiteral("The GIL");
    Card recall;
    recall.type = CardType::Recall;
    recall.answer = QStringLiteral("One thread at a time.");
    topic.cards = {recall, choiceCard()};
    QCOMPARE(printed(answersSection(topic, QString())),
             QStringLiteral("Answers — The GIL\n1. One thread at a time.\n2. a) tuple\nc) frozenset"));
}

void TestSummaryHtml::text_isEscaped()
{
    Topic topic;
    Card card;
    card.type = CardType::SpotBug;
    card.snippetId = QStringLiteral("<script>");
    card.bugLines = {2, 3};
    QCOMPARE(printed(answerHtml(topic, card, false)), QStringLiteral("The bug is on line 2, 3 of “<script>”."));
    QVERIFY(!answerHtml(topic, card, false).contains(QStringLiteral("<script>")));
    QCOMPARE(kindTitle(SnippetKind::Pitfall), QStringLiteral("Pitfall"));
}

QTEST_MAIN(TestSummaryHtml)
#include "tst_summaryhtml.moc"
