#include "markdownblocks.h"

#include <QTest>

using namespace DeepDive;

// A Markdown document's blocks as md4c sees them, each with the source lines it spans (so that the deck parser can
// slice the original Markdown and report problems at the right line): the kinds of block and how they nest, headings'
// plain text, fenced code with its info string and whether its fence is ever closed, task items, and the lines.
class TestMarkdownBlocks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void blocks_theirKindsNestingAndLines();
    void heading_levelAndPlainText_data();
    void heading_levelAndPlainText();
    void fencedCode_infoContentsAndFenceLines_data();
    void fencedCode_infoContentsAndFenceLines();
    void indentedCode_isNotFenced();
    void taskItems_areMarkedAndChecked();
    void blockWithoutText_isPlacedOnItsOwnLine_data();
    void blockWithoutText_isPlacedOnItsOwnLine();
    void enclosingBlocks_spanTheLinesWithoutText();
    void html_isNotRead_asHtml();
    void nulCharacter_inCode_isAReplacementCharacter();
    void lineOffset_isAddedToEveryLine();
    void lines_sliceTheOriginalMarkdown_data();
    void lines_sliceTheOriginalMarkdown();
    void windowsLineEnds_keepTheLineNumbers();
    void emptyDocument_hasNoBlocks();

private:
    // "Kind first-last" for each block, with the parent's index when nested: the shape of a document at a glance.
    static QStringList shape(const MarkdownBlocks &doc)
    {
        static const char *const kinds[] = {"heading", "paragraph", "list", "item", "code",
                                            "quote",   "table",     "html", "rule", "other"};
        QStringList result;
        for (const MarkdownBlock &b : doc.blocks()) {
            QString s =
                QStringLiteral("%1 %2-%3").arg(QLatin1StringView(kinds[b.type])).arg(b.firstLine).arg(b.lastLine);
            if (b.parent >= 0)
                s += QStringLiteral(" in %1").arg(b.parent);
            result.append(s);
        }
        return result;
    }
    static const MarkdownBlock *firstOf(const MarkdownBlocks &doc, MarkdownBlock::Type type)
    {
        for (const MarkdownBlock &b : doc.blocks()) {
            if (b.type == type)
                return &b;
        }
        return nullptr;
    }
    static const MarkdownBlock *lastOf(const MarkdownBlocks &doc, MarkdownBlock::Type type)
    {
        for (qsizetype i = doc.blocks().size() - 1; i >= 0; --i) {
            if (doc.blocks()[i].type == type)
                return &doc.blocks()[i];
        }
        return nullptr;
    }
};

void TestMarkdownBlocks::blocks_theirKindsNestingAndLines()
{
    const MarkdownBlocks doc = MarkdownBlocks::parse("# Title\n"            // 1
                                                     "\n"                   // 2
                                                     "Paragraph line one\n" // 3
                                                     "continues here.\n"    // 4
                                                     "\n"                   // 5
                                                     "- item one\n"         // 6
                                                     "- item two\n"         // 7
                                                     "  - nested\n"         // 8
                                                     "\n"                   // 9
                                                     "> quoted\n"           // 10
                                                     "\n"                   // 11
                                                     "```python id=s\n"     // 12
                                                     "x = 1\n"              // 13
                                                     "```\n"                // 14
                                                     "\n"                   // 15
                                                     "| a | b |\n"          // 16
                                                     "|---|---|\n"          // 17
                                                     "| 1 | 2 |\n"          // 18
                                                     "\n"                   // 19
                                                     "Last.\n");            // 20
    QCOMPARE(shape(doc),
             (QStringList{
                 QStringLiteral("heading 1-1"),
                 QStringLiteral("paragraph 3-4"),
                 QStringLiteral("list 6-8"),
                 QStringLiteral("item 6-6 in 2"), // a tight list: the items hold their text without paragraphs
                 QStringLiteral("item 7-8 in 2"),
                 QStringLiteral("list 8-8 in 4"),
                 QStringLiteral("item 8-8 in 5"),
                 QStringLiteral("quote 10-10"),
                 QStringLiteral("paragraph 10-10 in 7"),
                 QStringLiteral("code 12-14"),
                 QStringLiteral("table 16-18"),
                 QStringLiteral("other 16-16 in 10"), // the table's head, row and cells
                 QStringLiteral("other 16-16 in 11"),
                 QStringLiteral("other 16-16 in 12"),
                 QStringLiteral("other 16-16 in 12"),
                 QStringLiteral("other 18-18 in 10"),
                 QStringLiteral("other 18-18 in 15"),
                 QStringLiteral("other 18-18 in 16"),
                 QStringLiteral("other 18-18 in 16"),
                 QStringLiteral("paragraph 20-20"),
             }));
    QCOMPARE(doc.blocks()[0].depth, 0);
    QCOMPARE(doc.blocks()[5].depth, 2);
    QCOMPARE(doc.blocks()[6].depth, 3);
    QCOMPARE(doc.lineCount(), 20);
}

void TestMarkdownBlocks::heading_levelAndPlainText_data()
{
    QTest::addColumn<QByteArray>("markdown");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("text");
    QTest::newRow("level 1") << QByteArray("# Title\n") << 1 << QStringLiteral("Title");
    QTest::newRow("level 6") << QByteArray("###### Deep\n") << 6 << QStringLiteral("Deep");
    QTest::newRow("markup dropped, code kept")
        << QByteArray("## The `is` operator, *not* **==**\n") << 2 << QStringLiteral("The is operator, not ==");
    QTest::newRow("closing hashes dropped") << QByteArray("### Snippet ###\n") << 3 << QStringLiteral("Snippet");
    QTest::newRow("escaped punctuation") << QByteArray("## \\*args and \\_\\_init\\_\\_\n") << 2
                                         << QStringLiteral("*args and __init__");
    QTest::newRow("link text") << QByteArray("## See [the docs](https://docs.python.org)\n") << 2
                               << QStringLiteral("See the docs");
    QTest::newRow("non-Latin") << QByteArray("## Grüße 日本\n") << 2 << QStringLiteral("Grüße 日本");
    QTest::newRow("card heading attributes are text")
        << QByteArray("### recall id=c1 show=s1\n") << 3 << QStringLiteral("recall id=c1 show=s1");
}

void TestMarkdownBlocks::heading_levelAndPlainText()
{
    QFETCH(QByteArray, markdown);
    QFETCH(int, level);
    QFETCH(QString, text);
    const MarkdownBlocks doc = MarkdownBlocks::parse(markdown);
    QCOMPARE(doc.blocks().size(), 1);
    QCOMPARE(doc.blocks()[0].type, MarkdownBlock::Heading);
    QCOMPARE(doc.blocks()[0].level, level);
    QCOMPARE(doc.blocks()[0].text, text);
    QCOMPARE(doc.blocks()[0].firstLine, 1);
}

void TestMarkdownBlocks::fencedCode_infoContentsAndFenceLines_data()
{
    QTest::addColumn<QByteArray>("markdown");
    QTest::addColumn<QString>("info");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("firstLine"); // the opening fence
    QTest::addColumn<int>("lastLine");  // the closing fence, or the last line when there is none
    QTest::addColumn<bool>("unterminated");
    QTest::newRow("with info") << QByteArray(
                                      "Intro.\n\n```python id=s kind=pitfall\nx = 1\n\nprint(x)\n```\n\nAfter.\n")
                               << QStringLiteral("python id=s kind=pitfall") << QStringLiteral("x = 1\n\nprint(x)\n")
                               << 3 << 7 << false;
    QTest::newRow("without info") << QByteArray("Intro.\n\n```\nplain\n```\n") << QString() << QStringLiteral("plain\n")
                                  << 3 << 5 << false;
    QTest::newRow("tildes") << QByteArray("~~~text\na ``` inside\n~~~\n") << QStringLiteral("text")
                            << QStringLiteral("a ``` inside\n") << 1 << 3 << false;
    QTest::newRow("a longer fence holds a shorter one")
        << QByteArray("````md\n```\nx\n```\n````\n") << QStringLiteral("md") << QStringLiteral("```\nx\n```\n") << 1
        << 5 << false;
    QTest::newRow("a longer closing fence")
        << QByteArray("```\nx\n`````\n") << QString() << QStringLiteral("x\n") << 1 << 3 << false;
    QTest::newRow("closing fence with trailing spaces")
        << QByteArray("```sh\nls\n```   \nAfter.\n") << QStringLiteral("sh") << QStringLiteral("ls\n") << 1 << 3
        << false;
    QTest::newRow("never closed") << QByteArray("Intro.\n\n```python\nx = 1\n\ny = 2\n") << QStringLiteral("python")
                                  << QStringLiteral("x = 1\n\ny = 2\n") << 3 << 6 << true;
    QTest::newRow("closed only by a shorter fence")
        << QByteArray("````\nx\n```\n") << QString() << QStringLiteral("x\n```\n") << 1 << 3 << true;
    QTest::newRow("never closed, without a last newline")
        << QByteArray("```\nx") << QString() << QStringLiteral("x\n") << 1 << 2 << true;
    QTest::newRow("in a list item") << QByteArray("- Option:\n\n  ```python\n  x = 1\n  ```\n\n- Next\n")
                                    << QStringLiteral("python") << QStringLiteral("x = 1\n") << 3 << 5 << false;
    QTest::newRow("opening a list item") << QByteArray("- ```python\n  x = 1\n  ```\n- Next\n")
                                         << QStringLiteral("python") << QStringLiteral("x = 1\n") << 1 << 3 << false;
    QTest::newRow("in a quote") << QByteArray("> Quoted:\n>\n> ```python\n> x = 1\n> ```\n\nAfter.\n")
                                << QStringLiteral("python") << QStringLiteral("x = 1\n") << 3 << 5 << false;
    QTest::newRow("in a quote, without info")
        << QByteArray("> ```\n> x = 1\n> ```\n") << QString() << QStringLiteral("x = 1\n") << 1 << 3 << false;
    QTest::newRow("empty, with info") << QByteArray("Intro.\n\n```python\n```\n\nAfter.\n") << QStringLiteral("python")
                                      << QString() << 3 << 4 << false;
    QTest::newRow("empty, without info") << QByteArray("Intro.\n\n```\n```\n\nAfter.\n") << QString() << QString() << 3
                                         << 4 << false;
}

void TestMarkdownBlocks::fencedCode_infoContentsAndFenceLines()
{
    QFETCH(QByteArray, markdown);
    QFETCH(QString, info);
    QFETCH(QString, text);
    QFETCH(int, firstLine);
    QFETCH(int, lastLine);
    QFETCH(bool, unterminated);
    const MarkdownBlocks doc = MarkdownBlocks::parse(markdown);
    const MarkdownBlock *code = firstOf(doc, MarkdownBlock::Code);
    QVERIFY(code);
    QVERIFY(code->fenced);
    QCOMPARE(code->info, info);
    QCOMPARE(code->text, text);
    QCOMPARE(code->firstLine, firstLine);
    QCOMPARE(code->lastLine, lastLine);
    QCOMPARE(code->unterminated, unterminated);
}

void TestMarkdownBlocks::indentedCode_isNotFenced()
{
    const MarkdownBlocks doc = MarkdownBlocks::parse("Intro.\n\n    x = 1\n    y = 2\n\nAfter.\n");
    QCOMPARE(shape(doc), (QStringList{QStringLiteral("paragraph 1-1"), QStringLiteral("code 3-4"),
                                      QStringLiteral("paragraph 6-6")}));
    const MarkdownBlock &code = doc.blocks()[1];
    QVERIFY(!code.fenced);
    QVERIFY(!code.unterminated);
    QVERIFY(code.info.isEmpty());
    QCOMPARE(code.text, QStringLiteral("x = 1\ny = 2\n"));
}

void TestMarkdownBlocks::taskItems_areMarkedAndChecked()
{
    const MarkdownBlocks doc = MarkdownBlocks::parse("- [x] right\n"
                                                     "- [ ] wrong\n"
                                                     "- [X] also right\n"
                                                     "- plain\n"
                                                     "- [y] not a task\n");
    QList<const MarkdownBlock *> items;
    for (const MarkdownBlock &b : doc.blocks()) {
        if (b.type == MarkdownBlock::ListItem)
            items.append(&b);
    }
    QCOMPARE(items.size(), 5);
    const QList<std::pair<bool, bool>> expected{
        {true, true}, {true, false}, {true, true}, {false, false}, {false, false}};
    for (qsizetype i = 0; i < items.size(); ++i) {
        QCOMPARE(items[i]->task, expected[i].first);
        QCOMPARE(items[i]->checked, expected[i].second);
        QCOMPARE(items[i]->firstLine, int(i) + 1);
        QCOMPARE(items[i]->lastLine, int(i) + 1);
    }
}

void TestMarkdownBlocks::blockWithoutText_isPlacedOnItsOwnLine_data()
{
    QTest::addColumn<QByteArray>("markdown");
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("line");
    QTest::newRow("a rule after a paragraph")
        << QByteArray("Intro.\n\n---\n\nAfter.\n") << int(MarkdownBlock::Rule) << 3;
    QTest::newRow("a rule after code") << QByteArray("```\nx\n```\n\n***\n") << int(MarkdownBlock::Rule) << 5;
    QTest::newRow("a rule first") << QByteArray("\n___\n") << int(MarkdownBlock::Rule) << 2;
    QTest::newRow("an empty item first") << QByteArray("Intro.\n\n-\n") << int(MarkdownBlock::ListItem) << 3;
    QTest::newRow("an empty item last") << QByteArray("- a\n-\n\nAfter.\n") << int(MarkdownBlock::ListItem) << 2;
}

void TestMarkdownBlocks::blockWithoutText_isPlacedOnItsOwnLine()
{
    QFETCH(QByteArray, markdown);
    QFETCH(int, type);
    QFETCH(int, line);
    const MarkdownBlocks doc = MarkdownBlocks::parse(markdown);
    const MarkdownBlock *block = lastOf(doc, MarkdownBlock::Type(type));
    QVERIFY(block);
    QCOMPARE(block->firstLine, line);
    QCOMPARE(block->lastLine, line);
}

void TestMarkdownBlocks::enclosingBlocks_spanTheLinesWithoutText()
{
    // A closing fence or a rule has no text, but it is part of the item or quote it is in: the deck parser slices
    // an option's or a quote's Markdown by these lines.
    QCOMPARE(
        shape(MarkdownBlocks::parse("- a\n\n  ```\n  x\n  ```\n\nAfter.\n")),
        (QStringList{QStringLiteral("list 1-5"), QStringLiteral("item 1-5 in 0"), QStringLiteral("paragraph 1-1 in 1"),
                     QStringLiteral("code 3-5 in 1"), QStringLiteral("paragraph 7-7")}));
    QCOMPARE(shape(MarkdownBlocks::parse("> x\n>\n> ***\n")),
             (QStringList{QStringLiteral("quote 1-3"), QStringLiteral("paragraph 1-1 in 0"),
                          QStringLiteral("rule 3-3 in 0")}));
    QCOMPARE(
        shape(MarkdownBlocks::parse("-\n-\n")),
        (QStringList{QStringLiteral("list 1-2"), QStringLiteral("item 1-1 in 0"), QStringLiteral("item 2-2 in 0")}));
}

void TestMarkdownBlocks::html_isNotRead_asHtml()
{
    // Deck files are Markdown only: HTML is text, and raw HTML blocks are not a thing.
    const MarkdownBlocks doc = MarkdownBlocks::parse("<div>\nnot *html*\n</div>\n");
    QVERIFY(!firstOf(doc, MarkdownBlock::Html));
    QCOMPARE(shape(doc), QStringList{QStringLiteral("paragraph 1-3")});
}

void TestMarkdownBlocks::nulCharacter_inCode_isAReplacementCharacter()
{
    const MarkdownBlocks doc = MarkdownBlocks::parse(QByteArray("```\na\0b\n```\n", 12));
    const MarkdownBlock *code = firstOf(doc, MarkdownBlock::Code);
    QVERIFY(code);
    QCOMPARE(code->text, QStringLiteral("a\uFFFDb\n"));
    QCOMPARE(code->lastLine, 3);
}

void TestMarkdownBlocks::lineOffset_isAddedToEveryLine()
{
    // A topic file's body starts after its front matter: lines are the file's.
    const QByteArray body = "## Cards\n\n```python\nx\n```\n\n- [x] a\n";
    const MarkdownBlocks plain = MarkdownBlocks::parse(body);
    const MarkdownBlocks offset = MarkdownBlocks::parse(body, 5);
    QCOMPARE(offset.lineOffset(), 5);
    QCOMPARE(offset.lineCount(), plain.lineCount()); // the lines it holds, not the last line's number
    QCOMPARE(offset.blocks().size(), plain.blocks().size());
    for (qsizetype i = 0; i < plain.blocks().size(); ++i) {
        QCOMPARE(offset.blocks()[i].firstLine, plain.blocks()[i].firstLine + 5);
        QCOMPARE(offset.blocks()[i].lastLine, plain.blocks()[i].lastLine + 5);
    }
    QCOMPARE(offset.blocks()[1].firstLine, 8);
    QCOMPARE(offset.blocks()[1].lastLine, 10);
    QCOMPARE(offset.lines(8, 10), QStringLiteral("```python\nx\n```\n"));
    QCOMPARE(offset.lines(6, 6), QStringLiteral("## Cards\n"));
    QCOMPARE(offset.lines(1, 5), QString()); // before the body
}

void TestMarkdownBlocks::lines_sliceTheOriginalMarkdown_data()
{
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("last");
    QTest::addColumn<QString>("lines");
    // "a *b*\n\nc\nü\n"
    QTest::newRow("one line, markup kept") << 1 << 1 << QStringLiteral("a *b*\n");
    QTest::newRow("a range") << 1 << 3 << QStringLiteral("a *b*\n\nc\n");
    QTest::newRow("the last line") << 4 << 4 << QStringLiteral("ü\n");
    QTest::newRow("before the first line") << -3 << 1 << QStringLiteral("a *b*\n");
    QTest::newRow("past the last line") << 3 << 99 << QStringLiteral("c\nü\n");
    QTest::newRow("backwards") << 3 << 2 << QString();
    QTest::newRow("all outside") << 7 << 9 << QString();
}

void TestMarkdownBlocks::lines_sliceTheOriginalMarkdown()
{
    QFETCH(int, first);
    QFETCH(int, last);
    QFETCH(QString, lines);
    const MarkdownBlocks doc = MarkdownBlocks::parse("a *b*\n\nc\n\xc3\xbc\n");
    QCOMPARE(doc.lineCount(), 4);
    QCOMPARE(doc.lines(first, last), lines);
}

void TestMarkdownBlocks::windowsLineEnds_keepTheLineNumbers()
{
    const MarkdownBlocks doc = MarkdownBlocks::parse("# T\r\n\r\nText\r\n\r\n```py\r\nx\r\n```\r\n");
    QCOMPARE(shape(doc),
             (QStringList{QStringLiteral("heading 1-1"), QStringLiteral("paragraph 3-3"), QStringLiteral("code 5-7")}));
    QCOMPARE(doc.blocks()[0].text, QStringLiteral("T"));
    QVERIFY(!doc.blocks()[2].unterminated);
    QCOMPARE(doc.blocks()[2].info, QStringLiteral("py"));
    QCOMPARE(doc.lineCount(), 7);
}

void TestMarkdownBlocks::emptyDocument_hasNoBlocks()
{
    const MarkdownBlocks doc = MarkdownBlocks::parse(QByteArray());
    QVERIFY(doc.blocks().isEmpty());
    QCOMPARE(doc.lines(1, 1), QString());
    QVERIFY(MarkdownBlocks::parse("\n\n   \n").blocks().isEmpty());
}

QTEST_GUILESS_MAIN(TestMarkdownBlocks)
#include "tst_markdownblocks.moc"
