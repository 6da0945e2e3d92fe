#include "blockoutline.h"

#include <QTest>

using namespace DeepDive;

// The deck parser's view of a Markdown document: parts split at headings, their source, and the items of lists.
class TestBlockOutline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void topLevelBlocks_leaveOutWhatIsNested();
    void split_atHeadingsOfTheLevelOrAbove_withThePreamble();
    void split_withoutHeadings_isAllPreamble();
    void source_andHeadingSource_areTheMarkdownTrimmed();
    void firstList_tellsTaskListsFromBulletLists();
    void listItems_withoutMarkers_andTheirBlocks();
    void stripListMarker_data();
    void stripListMarker();
};

namespace {
const QByteArray document = "Intro.\n"             // 1
                            "\n"                   // 2
                            "## One\n"             // 3
                            "\n"                   // 4
                            "- a\n"                // 5
                            "- b\n"                // 6
                            "  continued\n"        // 7
                            "\n"                   // 8
                            "### Inner\n"          // 9
                            "\n"                   // 10
                            "- [x] right\n"        // 11
                            "- [ ] wrong\n"        // 12
                            "\n"                   // 13
                            "##   Two  \n"         // 14
                            "\n"                   // 15
                            "Text of two.\n";      // 16

BlockRange whole(const BlockOutline &outline)
{
    return {0, outline.size(), 1, outline.document().lineCount()};
}
} // namespace

void TestBlockOutline::topLevelBlocks_leaveOutWhatIsNested()
{
    const MarkdownBlocks doc = MarkdownBlocks::parse(document);
    const BlockOutline outline(doc);
    // Intro, ## One, the list, ### Inner, the task list, ## Two, its paragraph: the items are inside their lists.
    QCOMPARE(outline.size(), 7);
    QCOMPARE(outline.top(0).type, MarkdownBlock::Paragraph);
    QVERIFY(outline.isHeading(1, 2));
    QVERIFY(!outline.isHeading(1, 3));
    QCOMPARE(outline.top(2).type, MarkdownBlock::List);
    QVERIFY(outline.isHeading(3, 3));
    QVERIFY(!outline.isHeading(0, 2));
}

void TestBlockOutline::split_atHeadingsOfTheLevelOrAbove_withThePreamble()
{
    const MarkdownBlocks doc = MarkdownBlocks::parse(document);
    const BlockOutline outline(doc);
    BlockRange preamble;
    const QList<BlockRange> parts = outline.split(whole(outline), 2, &preamble);
    QCOMPARE(parts.size(), 2); // ### Inner stays inside ## One
    QCOMPARE(preamble.begin, 0);
    QCOMPARE(preamble.end, 1);
    QCOMPARE(outline.source(preamble), QStringLiteral("Intro."));
    QCOMPARE(parts[0].begin, 1);
    QCOMPARE(parts[0].end, 5);
    QCOMPARE(parts[0].firstLine, 3);
    QCOMPARE(parts[0].lastLine, 13);
    QCOMPARE(parts[1].begin, 5);
    QCOMPARE(parts[1].end, 7);
    QCOMPARE(parts[1].firstLine, 14);
    QCOMPARE(parts[1].lastLine, 16);

    const QList<BlockRange> deeper = outline.split(parts[0], 3);
    QCOMPARE(deeper.size(), 2); // ## One itself starts a part, then ### Inner
    QCOMPARE(deeper[1].begin, 3);
    QCOMPARE(deeper[1].firstLine, 9);
}

void TestBlockOutline::split_withoutHeadings_isAllPreamble()
{
    const MarkdownBlocks doc = MarkdownBlocks::parse("Just text.\n\n- and a list\n");
    const BlockOutline outline(doc);
    BlockRange preamble;
    QVERIFY(outline.split(whole(outline), 2, &preamble).isEmpty());
    QCOMPARE(preamble.begin, 0);
    QCOMPARE(preamble.end, outline.size());
    QCOMPARE(outline.source(preamble), QStringLiteral("Just text.\n\n- and a list"));
}

void TestBlockOutline::source_andHeadingSource_areTheMarkdownTrimmed()
{
    const MarkdownBlocks doc = MarkdownBlocks::parse(document);
    const BlockOutline outline(doc);
    QCOMPARE(outline.headingSource(5), QStringLiteral("Two"));
    QCOMPARE(outline.headingSource(3), QStringLiteral("Inner"));
    QCOMPARE(outline.source(6, 7), QStringLiteral("- b\n  continued"));
    QCOMPARE(outline.source(15, 16), QStringLiteral("Text of two."));
}

void TestBlockOutline::firstList_tellsTaskListsFromBulletLists()
{
    const MarkdownBlocks doc = MarkdownBlocks::parse(document);
    const BlockOutline outline(doc);
    QCOMPARE(outline.firstList(whole(outline), false), 2);
    QCOMPARE(outline.firstList(whole(outline), true), 4);
    QCOMPARE(outline.firstList({3, 7, 9, 16}, false), -1);
    QCOMPARE(outline.firstList({5, 7, 14, 16}, true), -1);
}

void TestBlockOutline::listItems_withoutMarkers_andTheirBlocks()
{
    const MarkdownBlocks doc = MarkdownBlocks::parse(document);
    const BlockOutline outline(doc);
    QCOMPARE(outline.listItems(2), (QStringList{QStringLiteral("a"), QStringLiteral("b\ncontinued")}));
    QCOMPARE(outline.listItems(4), (QStringList{QStringLiteral("right"), QStringLiteral("wrong")}));
    const QList<const MarkdownBlock *> tasks = outline.listItemBlocks(4);
    QCOMPARE(tasks.size(), 2);
    QVERIFY(tasks[0]->task && tasks[0]->checked);
    QVERIFY(tasks[1]->task && !tasks[1]->checked);
    QCOMPARE(tasks[1]->firstLine, 12);
}

void TestBlockOutline::stripListMarker_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    QTest::newRow("dash") << "- text" << "text";
    QTest::newRow("star") << "* text" << "text";
    QTest::newRow("ordered") << "12. text" << "text";
    QTest::newRow("task") << "- [x] text" << "text";
    QTest::newRow("continuation") << "- a\n  b" << "a\nb";
    QTest::newRow("nested indent kept") << "- a\n\n      code" << "a\n\n    code";
}

void TestBlockOutline::stripListMarker()
{
    QFETCH(QString, source);
    QFETCH(QString, expected);
    QCOMPARE(DeepDive::stripListMarker(source), expected);
}

QTEST_GUILESS_MAIN(TestBlockOutline)
#include "tst_blockoutline.moc"
