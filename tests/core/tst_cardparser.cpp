#include "cardparser.h"

#include <QTest>

using namespace DeepDive;

// One card, from its `###` heading to the end of its range: what each card type reads, and that a card with any
// problem is left out with every problem at its line.
class TestCardParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recall_questionAnswerAndExplanation();
    void choice_optionsMarksAndWhyWrong_promptAroundTheList();
    void predictAndSpotBug_takeTheirSnippetAndLines();
    void pair_conceptsAndSituations();
    void problems_data();
    void problems();
    void severalProblems_areAllReported();
};

namespace {
struct Parsed
{
    std::optional<Card> card;
    QList<Diagnostic> diagnostics;
};

// Parses `markdown` (a card heading and its body, from line 1) as one card.
Parsed parseCard(const QByteArray &markdown)
{
    const MarkdownBlocks doc = MarkdownBlocks::parse(markdown);
    const BlockOutline outline(doc);
    Parsed parsed;
    parsed.card = CardParser(outline, QStringLiteral("t.md"), &parsed.diagnostics)
                      .parse({0, outline.size(), 1, doc.lineCount()});
    return parsed;
}

QString firstProblem(const Parsed &parsed)
{
    return parsed.diagnostics.isEmpty() ? QString() : parsed.diagnostics.first().toString();
}
} // namespace

void TestCardParser::recall_questionAnswerAndExplanation()
{
    const Parsed p = parseCard("### recall id=c1 show=s1\n\nWhat is it?\n\n#### Answer\n\nThis.\n\n#### explanation\n\nWhy.\n");
    QVERIFY2(p.card, qPrintable(firstProblem(p)));
    QVERIFY(p.diagnostics.isEmpty());
    QCOMPARE(p.card->type, CardType::Recall);
    QCOMPARE(p.card->id, QStringLiteral("c1"));
    QCOMPARE(p.card->line, 1);
    QCOMPARE(p.card->showId, QStringLiteral("s1"));
    QCOMPARE(p.card->prompt, QStringLiteral("What is it?"));
    QCOMPARE(p.card->answer, QStringLiteral("This."));
    QCOMPARE(p.card->explanation, QStringLiteral("Why."));
}

void TestCardParser::choice_optionsMarksAndWhyWrong_promptAroundTheList()
{
    const Parsed p = parseCard("### choice id=c\n\nWhich one?\n\n- [x] right\n- [ ] wrong\n\n  because.\n\n"
                               "Pick one.\n");
    QVERIFY2(p.card, qPrintable(firstProblem(p)));
    QCOMPARE(p.card->prompt, QStringLiteral("Which one?\n\nPick one."));
    QCOMPARE(p.card->options.size(), 2);
    QCOMPARE(p.card->options[0].text, QStringLiteral("right"));
    QVERIFY(p.card->options[0].correct);
    QVERIFY(p.card->options[0].explanation.isEmpty());
    QCOMPARE(p.card->options[1].text, QStringLiteral("wrong"));
    QVERIFY(!p.card->options[1].correct);
    QCOMPARE(p.card->options[1].explanation, QStringLiteral("because."));
}

void TestCardParser::predictAndSpotBug_takeTheirSnippetAndLines()
{
    const Parsed predict = parseCard("### predict id=p snippet=s1\n\nWhat does it print?\n");
    QVERIFY2(predict.card, qPrintable(firstProblem(predict)));
    QCOMPARE(predict.card->snippetId, QStringLiteral("s1"));
    QCOMPARE(predict.card->prompt, QStringLiteral("What does it print?"));

    const Parsed bug = parseCard("### spot-bug id=b snippet=s2 line=\"3, 5\"\n\nWhere is the bug?\n");
    QVERIFY2(bug.card, qPrintable(firstProblem(bug)));
    QCOMPARE(bug.card->type, CardType::SpotBug);
    QCOMPARE(bug.card->snippetId, QStringLiteral("s2"));
    QCOMPARE(bug.card->bugLines, (QList<int>{3, 5}));
}

void TestCardParser::pair_conceptsAndSituations()
{
    const Parsed p = parseCard("### pair id=p a=is b=\"==\"\n\nWhich?\n\n- A: same object\n- B: equal values\n");
    QVERIFY2(p.card, qPrintable(firstProblem(p)));
    QCOMPARE(p.card->conceptA, QStringLiteral("is"));
    QCOMPARE(p.card->conceptB, QStringLiteral("=="));
    QCOMPARE(p.card->prompt, QStringLiteral("Which?"));
    QCOMPARE(p.card->pairs.size(), 2);
    QCOMPARE(p.card->pairs[0].side, 0);
    QCOMPARE(p.card->pairs[0].situation, QStringLiteral("same object"));
    QCOMPARE(p.card->pairs[1].side, 1);
    QCOMPARE(p.card->pairs[1].situation, QStringLiteral("equal values"));
}

void TestCardParser::problems_data()
{
    QTest::addColumn<QByteArray>("markdown");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    QTest::newRow("heading unreadable") << QByteArray("### recall id=\"c\n\nQ?\n") << 1 << "cannot read the card heading";
    QTest::newRow("unknown type") << QByteArray("### essay id=c\n\nWrite.\n") << 1 << "unknown card type `essay`";
    QTest::newRow("no id") << QByteArray("### recall\n\nQ?\n\n#### Answer\n\nA.\n") << 1 << "the card has no id";
    QTest::newRow("invalid id") << QByteArray("### recall id=Big\n\nQ?\n\n#### Answer\n\nA.\n") << 1
                                << "`Big` is not a valid id";
    QTest::newRow("attribute of another type") << QByteArray("### recall id=c line=3\n\nQ\n\n#### Answer\n\nA\n") << 1
                                               << "a recall card has no attribute `line`; it takes id, show";
    QTest::newRow("unknown subsection") << QByteArray("### choice id=c\n\nQ\n\n- [x] a\n- [ ] b\n\n  no\n\n#### Answer\n\nA\n")
                                        << 10 << "unknown heading \"Answer\" in a choice card; use `#### Explanation`";
    QTest::newRow("recall without question") << QByteArray("### recall id=c\n\n#### Answer\n\nA.\n") << 1
                                             << "the recall card `c` has no question";
    QTest::newRow("choice without options") << QByteArray("### choice id=c\n\nQ?\n") << 1 << "has no options";
    QTest::newRow("option without a mark") << QByteArray("### choice id=c\n\nQ?\n\n- [x] a\n- b\n") << 6
                                           << "every option needs `[x]` or `[ ]`";
    QTest::newRow("one option") << QByteArray("### choice id=c\n\nQ?\n\n- [x] a\n") << 1 << "needs at least two options";
    QTest::newRow("spot-bug line zero") << QByteArray("### spot-bug id=c snippet=s line=0\n") << 1
                                        << "`line=0` is not a line number";
    QTest::newRow("pair without b") << QByteArray("### pair id=c a=x\n\nQ\n\n- A: one\n- B: two\n") << 1
                                    << "needs both `a=\"...\"` and `b=\"...\"`";
    QTest::newRow("pair without list") << QByteArray("### pair id=c a=x b=y\n\nQ\n") << 1
                                       << "needs a bullet list of situations";
    QTest::newRow("one situation") << QByteArray("### pair id=c a=x b=y\n\nQ\n\n- A: one\n") << 1
                                   << "needs at least two situations";
}

void TestCardParser::problems()
{
    QFETCH(QByteArray, markdown);
    QFETCH(int, line);
    QFETCH(QString, message);
    const Parsed p = parseCard(markdown);
    QVERIFY(!p.card);
    QVERIFY(!p.diagnostics.isEmpty());
    QCOMPARE(p.diagnostics.first().file, QStringLiteral("t.md"));
    QCOMPARE(p.diagnostics.first().line, line);
    QVERIFY2(p.diagnostics.first().message.contains(message), qPrintable(p.diagnostics.first().message));
}

void TestCardParser::severalProblems_areAllReported()
{
    const Parsed p = parseCard("### choice id=c\n\nQ?\n\n- [ ] a\n- [ ] b\n");
    QVERIFY(!p.card);
    QCOMPARE(p.diagnostics.size(), 3); // two wrong options without why, and no correct one
    QCOMPARE(p.diagnostics[0].line, 5);
    QCOMPARE(p.diagnostics[1].line, 6);
    QVERIFY2(p.diagnostics[2].message.contains(QLatin1String("has no correct option")),
             qPrintable(p.diagnostics[2].message));
}

QTEST_GUILESS_MAIN(TestCardParser)
#include "tst_cardparser.moc"
