#include "topicparser.h"

#include <QTest>

using namespace DeepDive;

class TestTopicParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_readsEveryPart();
    void parse_unknownSecondLevelHeadingsStayInNotes();
    void frontMatter_quotedValuesAreUnquoted();
    void errors_data();
    void errors();
    void choiceCard_optionsAndExplanations();
    void pairCard_situations();
    void showAttribute_onRecallChoiceAndPairCards();
};

namespace {
const QByteArray header = "---\nid: t\ntitle: T\n---\n";
}

void TestTopicParser::parse_readsEveryPart()
{
    const QByteArray text = header + "Intro **bold**.\n\n## Key points\n\n- one\n- two\n  continued\n\n"
                                     "## References\n\n- [Docs](https://example.org/a) extra\n\n"
                                     "## Snippets\n\n### First\n\n```python id=s1 kind=pitfall fix=s2 requires=\"python>=3.12, django\"\n"
                                     "x = 1\nprint(x)\n```\n\n```output\n1\n```\n\nWhy it matters.\n\n"
                                     "### Second\n\n```python id=s2 kind=fix\nprint(2)\n```\n\n```raises\nValueError: bad\n```\n\n"
                                     "## Cards\n\n### recall id=c1\n\nQuestion?\n\n#### Answer\n\nAnswer.\n\n#### Explanation\n\nMore.\n";
    QList<Diagnostic> diagnostics;
    const Topic topic = parseTopic(text, QStringLiteral("t.md"), &diagnostics);
    QVERIFY2(diagnostics.isEmpty(), qPrintable(diagnostics.value(0).toString()));
    QCOMPARE(topic.id, QStringLiteral("t"));
    QCOMPARE(topic.summary, QStringLiteral("Intro **bold**."));
    QCOMPARE(topic.keyPoints, (QStringList{QStringLiteral("one"), QStringLiteral("two\ncontinued")}));
    QCOMPARE(topic.references.size(), 1);
    QCOMPARE(topic.references[0].url, QStringLiteral("https://example.org/a"));
    QCOMPARE(topic.snippets.size(), 2);
    const Snippet &s1 = topic.snippets[0];
    QCOMPARE(s1.id, QStringLiteral("s1"));
    QCOMPARE(s1.title, QStringLiteral("First"));
    QCOMPARE(s1.language, QStringLiteral("python"));
    QCOMPARE(s1.kind, SnippetKind::Pitfall);
    QCOMPARE(s1.fixId, QStringLiteral("s2"));
    QCOMPARE(s1.requirements, (QStringList{QStringLiteral("python>=3.12"), QStringLiteral("django")}));
    QCOMPARE(s1.code, QStringLiteral("x = 1\nprint(x)\n"));
    QCOMPARE(s1.expectedOutput, QStringLiteral("1\n"));
    QVERIFY(s1.hasExpectedOutput);
    QCOMPARE(s1.explanation, QStringLiteral("Why it matters."));
    QCOMPARE(s1.line, 21);
    QCOMPARE(topic.snippets[1].expectedRaises, QStringLiteral("ValueError: bad"));
    QVERIFY(!topic.snippets[1].hasExpectedOutput);
    QCOMPARE(topic.cards.size(), 1);
    QCOMPARE(topic.cards[0].prompt, QStringLiteral("Question?"));
    QCOMPARE(topic.cards[0].answer, QStringLiteral("Answer."));
    QCOMPARE(topic.cards[0].explanation, QStringLiteral("More."));
}

void TestTopicParser::frontMatter_quotedValuesAreUnquoted()
{
    QList<Diagnostic> diagnostics;
    const Topic topic = parseTopic("---\nid: t\ntitle: \"`is` versus `==`\"\n---\n", QStringLiteral("t.md"), &diagnostics);
    QVERIFY(diagnostics.isEmpty());
    QCOMPARE(topic.title, QStringLiteral("`is` versus `==`"));
    QCOMPARE(plainTitle(topic.title), QStringLiteral("is versus =="));
}

void TestTopicParser::parse_unknownSecondLevelHeadingsStayInNotes()
{
    const QByteArray text = header + "Intro.\n\n## Why\n\nBecause.\n\n## Key points\n\n- k\n";
    QList<Diagnostic> diagnostics;
    const Topic topic = parseTopic(text, QStringLiteral("t.md"), &diagnostics);
    QVERIFY(diagnostics.isEmpty());
    QCOMPARE(topic.summary, QStringLiteral("Intro.\n\n## Why\n\nBecause."));
}

void TestTopicParser::errors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");

    QTest::newRow("no front matter") << QByteArray("# Title\n") << 1 << "does not start with front matter";
    QTest::newRow("unclosed front matter") << QByteArray("---\nid: t\ntitle: T\n") << 1 << "never closed";
    QTest::newRow("unknown key") << QByteArray("---\nid: t\ntitle: T\ncolour: red\n---\n") << 4
                                 << "unknown front matter key `colour`";
    QTest::newRow("missing id") << QByteArray("---\ntitle: T\n---\n") << 1 << "has no id";
    QTest::newRow("bad id") << QByteArray("---\nid: Has Space\ntitle: T\n---\n") << 2 << "not a valid id";
    QTest::newRow("unterminated fence")
        << QByteArray(header + "Notes.\n\n## Snippets\n\n### S\n\n```python id=s\nprint(1)\n") << 11
        << "code fence is never closed";
    QTest::newRow("unknown card type") << QByteArray(header + "## Cards\n\n### essay id=c\n\nWrite.\n") << 7
                                       << "unknown card type `essay`";
    QTest::newRow("card without id") << QByteArray(header + "## Cards\n\n### recall\n\nQ?\n\n#### Answer\n\nA.\n")
                                     << 7 << "the card has no id";
    QTest::newRow("recall without answer") << QByteArray(header + "## Cards\n\n### recall id=c\n\nQ?\n") << 7
                                           << "has no answer";
    QTest::newRow("choice without correct option")
        << QByteArray(header + "## Cards\n\n### choice id=c\n\nQ?\n\n- [ ] a\n\n    no\n\n- [ ] b\n\n    no\n") << 7
        << "has no correct option";
    QTest::newRow("wrong option without explanation")
        << QByteArray(header + "## Cards\n\n### choice id=c\n\nQ?\n\n- [x] a\n- [ ] b\n") << 12
        << "needs an indented paragraph";
    QTest::newRow("predict without snippet") << QByteArray(header + "## Cards\n\n### predict id=c\n\nWhat?\n") << 7
                                             << "needs `snippet=ID`";
    QTest::newRow("spot-bug without line") << QByteArray(header + "## Cards\n\n### spot-bug id=c snippet=s\n\nQ\n")
                                           << 7 << "needs `line=N`";
    QTest::newRow("spot-bug bad line") << QByteArray(header + "## Cards\n\n### spot-bug id=c snippet=s line=x\n")
                                       << 7 << "`line=x` is not a line number";
    QTest::newRow("pair item without side")
        << QByteArray(header + "## Cards\n\n### pair id=c a=x b=y\n\nQ\n\n- A: one\n- C: two\n") << 11
        << "must start with `A:` or `B:`";
    QTest::newRow("card attribute of another type")
        << QByteArray(header + "## Cards\n\n### recall id=c line=3\n\nQ\n\n#### Answer\n\nA\n") << 7
        << "has no attribute `line`";
    QTest::newRow("show= on a predict card")
        << QByteArray(header + "## Cards\n\n### predict id=c snippet=s show=s\n\nQ\n") << 7
        << "has no attribute `show`";
    QTest::newRow("show= on a spot-bug card")
        << QByteArray(header + "## Cards\n\n### spot-bug id=c snippet=s line=1 show=s\n\nQ\n") << 7
        << "has no attribute `show`";
    QTest::newRow("snippet without id") << QByteArray(header + "## Snippets\n\n### S\n\n```python\nx\n```\n") << 9
                                        << "has no id";
    QTest::newRow("snippet without code") << QByteArray(header + "## Snippets\n\n### S\n\nJust words.\n") << 7
                                          << "has no code block";
    QTest::newRow("unknown snippet attribute")
        << QByteArray(header + "## Snippets\n\n### S\n\n```python id=s colour=red\nx\n```\n") << 9
        << "unknown snippet attribute `colour`";
    QTest::newRow("unknown snippet kind")
        << QByteArray(header + "## Snippets\n\n### S\n\n```python id=s kind=trap\nx\n```\n") << 9
        << "unknown snippet kind `trap`";
    QTest::newRow("unclosed quote") << QByteArray(header + "## Cards\n\n### pair id=c a=\"x b=y\n") << 7
                                    << "never closed";
    QTest::newRow("reference that is not a link")
        << QByteArray(header + "## References\n\n- the docs\n") << 7 << "a reference must be a link";
    QTest::newRow("text before the first item") << QByteArray(header + "## Cards\n\nStray text.\n") << 7
                                                << "must follow a `###` heading";
    QTest::newRow("two key points parts") << QByteArray(header + "## Key points\n\n- a\n\n## Key points\n\n- b\n") << 9
                                          << "appears twice";
}

void TestTopicParser::errors()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(QString, message);
    QList<Diagnostic> diagnostics;
    parseTopic(text, QStringLiteral("topic.md"), &diagnostics);
    QStringList all;
    for (const Diagnostic &d : std::as_const(diagnostics))
        all.append(d.toString());
    const QString expected = QStringLiteral("topic.md:%1: error: ").arg(line);
    const bool found = std::any_of(all.cbegin(), all.cend(), [&](const QString &d) {
        return d.startsWith(expected) && d.contains(message);
    });
    QVERIFY2(found, qPrintable(QStringLiteral("expected \"%1...%2\", got:\n%3").arg(expected, message,
                                                                                   all.join(QLatin1Char('\n')))));
}

void TestTopicParser::choiceCard_optionsAndExplanations()
{
    const QByteArray text = header + "## Cards\n\n### choice id=c\n\nPick `one`.\n\n"
                                     "- [x] right\n\n    Because.\n\n- [ ] wrong\n  still the option\n\n"
                                     "    Why it is wrong,\n    on two lines.\n\n#### Explanation\n\nDone.\n";
    QList<Diagnostic> diagnostics;
    const Topic topic = parseTopic(text, QStringLiteral("t.md"), &diagnostics);
    QVERIFY2(diagnostics.isEmpty(), qPrintable(diagnostics.value(0).toString()));
    QCOMPARE(topic.cards.size(), 1);
    const Card &card = topic.cards[0];
    QCOMPARE(card.type, CardType::Choice);
    QCOMPARE(card.prompt, QStringLiteral("Pick `one`."));
    QCOMPARE(card.options.size(), 2);
    QVERIFY(card.options[0].correct);
    QCOMPARE(card.options[0].text, QStringLiteral("right"));
    QCOMPARE(card.options[0].explanation, QStringLiteral("Because."));
    QVERIFY(!card.options[1].correct);
    QCOMPARE(card.options[1].text, QStringLiteral("wrong\nstill the option"));
    QCOMPARE(card.options[1].explanation, QStringLiteral("Why it is wrong,\non two lines."));
    QCOMPARE(card.explanation, QStringLiteral("Done."));
}

void TestTopicParser::pairCard_situations()
{
    const QByteArray text = header + "## Cards\n\n### pair id=c a=\"`is`\" b=\"`==`\"\n\nWhich?\n\n"
                                     "- A: None check\n- B: strings\n- A: sentinel\n";
    QList<Diagnostic> diagnostics;
    const Topic topic = parseTopic(text, QStringLiteral("t.md"), &diagnostics);
    QVERIFY2(diagnostics.isEmpty(), qPrintable(diagnostics.value(0).toString()));
    const Card &card = topic.cards.at(0);
    QCOMPARE(card.conceptA, QStringLiteral("`is`"));
    QCOMPARE(card.conceptB, QStringLiteral("`==`"));
    QCOMPARE(card.pairs.size(), 3);
    QCOMPARE(card.pairs[1].side, 1);
    QCOMPARE(card.pairs[2].situation, QStringLiteral("sentinel"));
    QCOMPARE(card.prompt, QStringLiteral("Which?"));
}

// `show=ID` names a snippet the code pane may show while the card is asked.
void TestTopicParser::showAttribute_onRecallChoiceAndPairCards()
{
    const QByteArray text = header + "## Cards\n\n### recall id=r show=s1\n\nWhat does the snippet print?\n\n"
                                     "#### Answer\n\n1\n\n### choice id=c show=s2\n\nWhich line?\n\n- [x] 1\n- [ ] 2\n\n"
                                     "    no\n\n### pair id=p a=x b=y show=s3\n\nQ\n\n- A: one\n- B: two\n\n"
                                     "### recall id=plain\n\nQ?\n\n#### Answer\n\nA.\n";
    QList<Diagnostic> diagnostics;
    const Topic topic = parseTopic(text, QStringLiteral("t.md"), &diagnostics);
    QVERIFY2(diagnostics.isEmpty(), qPrintable(diagnostics.value(0).toString()));
    QCOMPARE(topic.cards.size(), 4);
    QCOMPARE(topic.cards[0].showId, QStringLiteral("s1"));
    QCOMPARE(topic.cards[1].showId, QStringLiteral("s2"));
    QCOMPARE(topic.cards[2].showId, QStringLiteral("s3"));
    QVERIFY(topic.cards[3].showId.isEmpty());
    QVERIFY(topic.cards[0].snippetId.isEmpty()); // not the card's own snippet: only one it may show
}

QTEST_GUILESS_MAIN(TestTopicParser)
#include "tst_topicparser.moc"
