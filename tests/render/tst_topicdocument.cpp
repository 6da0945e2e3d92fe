#include "deck.h"
#include "topicdocument.h"

#include <QFont>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>

using namespace DeepDive;

// A topic as one Markdown document (title, summary, key points, references), as the Topic tab shows it through
// QTextDocument; and Markdown turned into body HTML, to mix with hand-built HTML in the quiz and the handout. The
// tests read the documents back as QTextDocument lays them out: headings, list items, links and plain text.
class TestTopicDocument : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void topicMarkdown_isTitleSummaryKeyPointsAndReferences();
    void topicMarkdown_leavesOutWhatTheTopicDoesNotHave();
    void rendered_headingsListsAndLinks();
    void keyPointOfSeveralLines_staysOneItem();
    void title_isPlainText_withItsCodeSpans_data();
    void title_isPlainText_withItsCodeSpans();
    void title_withCode_showsTheCodeInAFixedFont();
    void markdownToHtml_isTheBodyOnly();
    void markdownToHtml_keepsTheFormatting_andEscapesText();
    void markdownToHtml_mixesWithOtherHtml();

private:
    struct Shown
    {
        QStringList headings; // "1 Title"
        QStringList items;    // the list items' text
        QStringList links;    // "text -> href"
        QString text;
    };
    static Shown show(const QString &markdown)
    {
        QTextDocument doc;
        doc.setMarkdown(markdown);
        Shown shown;
        shown.text = doc.toPlainText();
        for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
            if (b.blockFormat().headingLevel() > 0)
                shown.headings.append(QStringLiteral("%1 %2").arg(b.blockFormat().headingLevel()).arg(b.text()));
            if (b.textList())
                shown.items.append(b.text());
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                const QTextFragment f = it.fragment();
                if (f.charFormat().isAnchor())
                    shown.links.append(f.text() + QStringLiteral(" -> ") + f.charFormat().anchorHref());
            }
        }
        return shown;
    }
    static Topic gil()
    {
        Topic t;
        t.id = QStringLiteral("gil");
        t.title = QStringLiteral("The GIL");
        t.summary = QStringLiteral("One thread runs Python code at a time.\n\nEven on *many* cores.");
        t.keyPoints = {QStringLiteral("Released during blocking I/O"),
                       QStringLiteral("`threading` helps I/O-bound work")};
        t.references = {
            {QStringLiteral("Python docs"), QStringLiteral("https://docs.python.org/3/glossary.html#term-GIL")},
            {QStringLiteral("PEP 703"), QStringLiteral("https://peps.python.org/pep-0703/")}};
        return t;
    }
};

void TestTopicDocument::topicMarkdown_isTitleSummaryKeyPointsAndReferences()
{
    QCOMPARE(topicMarkdown(gil()), QStringLiteral("# The GIL\n"
                                                  "\n"
                                                  "One thread runs Python code at a time.\n"
                                                  "\n"
                                                  "Even on *many* cores.\n"
                                                  "\n"
                                                  "## Key points\n"
                                                  "\n"
                                                  "- Released during blocking I/O\n"
                                                  "- `threading` helps I/O-bound work\n"
                                                  "\n"
                                                  "## References\n"
                                                  "\n"
                                                  "- [Python docs](https://docs.python.org/3/glossary.html#term-GIL)\n"
                                                  "- [PEP 703](https://peps.python.org/pep-0703/)\n"));
}

void TestTopicDocument::topicMarkdown_leavesOutWhatTheTopicDoesNotHave()
{
    Topic t;
    t.title = QStringLiteral("Bare");
    QCOMPARE(topicMarkdown(t), QStringLiteral("# Bare\n\n"));
    t.references = {{QStringLiteral("Docs"), QStringLiteral("https://example.org")}};
    QCOMPARE(topicMarkdown(t), QStringLiteral("# Bare\n\n## References\n\n- [Docs](https://example.org)\n"));
    t.references.clear();
    t.keyPoints = {QStringLiteral("One")};
    QCOMPARE(topicMarkdown(t), QStringLiteral("# Bare\n\n## Key points\n\n- One\n\n"));
}

void TestTopicDocument::rendered_headingsListsAndLinks()
{
    const Shown shown = show(topicMarkdown(gil()));
    QCOMPARE(shown.headings, (QStringList{QStringLiteral("1 The GIL"), QStringLiteral("2 Key points"),
                                          QStringLiteral("2 References")}));
    QCOMPARE(shown.items, (QStringList{QStringLiteral("Released during blocking I/O"),
                                       QStringLiteral("threading helps I/O-bound work"), QStringLiteral("Python docs"),
                                       QStringLiteral("PEP 703")}));
    QCOMPARE(shown.links,
             (QStringList{QStringLiteral("Python docs -> https://docs.python.org/3/glossary.html#term-GIL"),
                          QStringLiteral("PEP 703 -> https://peps.python.org/pep-0703/")}));
    QVERIFY(shown.text.contains(QLatin1String("Even on many cores.")));
}

void TestTopicDocument::keyPointOfSeveralLines_staysOneItem()
{
    // Key points are Markdown of their own: a second line, a second paragraph, a code block all belong to the point.
    Topic t;
    t.title = QStringLiteral("Closures");
    t.keyPoints = {QStringLiteral("Late binding:\nthe value is looked up when called"),
                   QStringLiteral("Bind early with a default:\n\n```python\nlambda i=i: i\n```"),
                   QStringLiteral("Last point")};
    const QString markdown = topicMarkdown(t);
    QTextDocument doc;
    doc.setMarkdown(markdown);
    QList<QTextList *> lists;
    int items = 0;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        if (!b.textList())
            continue;
        if (!lists.contains(b.textList()))
            lists.append(b.textList());
    }
    QCOMPARE(lists.size(), 1); // one list: no point broke out of it
    items = lists[0]->count();
    QCOMPARE(items, 3);
    QCOMPARE(lists[0]->item(0).text(), QStringLiteral("Late binding: the value is looked up when called"));
    QCOMPARE(lists[0]->item(2).text(), QStringLiteral("Last point"));
    QVERIFY2(doc.toPlainText().contains(QLatin1String("lambda i=i: i")), qPrintable(doc.toPlainText()));
    QVERIFY2(!doc.toPlainText().contains(QLatin1String("```")), qPrintable(doc.toPlainText()));
}

void TestTopicDocument::title_isPlainText_withItsCodeSpans_data()
{
    // Titles are plain text in which backticks mark code (the tree, the window title and the handout show them
    // with the backticks removed): nothing else in them is Markdown.
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << QStringLiteral("Late binding in closures") << QStringLiteral("Late binding in closures");
    QTest::newRow("code span") << QStringLiteral("`yield from`: delegating to a sub-generator")
                               << QStringLiteral("yield from: delegating to a sub-generator");
    QTest::newRow("dunders in code") << QStringLiteral("`__eq__` and `__hash__`")
                                     << QStringLiteral("__eq__ and __hash__");
    QTest::newRow("dunders without code")
        << QStringLiteral("__slots__ and its trade-offs") << QStringLiteral("__slots__ and its trade-offs");
    QTest::newRow("dunder after a word") << QStringLiteral("Metaclasses and __init_subclass__")
                                         << QStringLiteral("Metaclasses and __init_subclass__");
    QTest::newRow("stars") << QStringLiteral("*args and **kwargs") << QStringLiteral("*args and **kwargs");
    QTest::newRow("brackets and angles") << QStringLiteral("List[int] vs list<T> & [links](x)")
                                         << QStringLiteral("List[int] vs list<T> & [links](x)");
    QTest::newRow("hashes and backslash") << QStringLiteral("C# \\ #") << QStringLiteral("C# \\ #");
    QTest::newRow("a lone backtick") << QStringLiteral("The ` character") << QStringLiteral("The ` character");
    QTest::newRow("numbered") << QStringLiteral("1. Start here") << QStringLiteral("1. Start here");
}

void TestTopicDocument::title_isPlainText_withItsCodeSpans()
{
    QFETCH(QString, title);
    QFETCH(QString, shown);
    Topic t;
    t.title = title;
    t.summary = QStringLiteral("Text.");
    const Shown s = show(topicMarkdown(t));
    QCOMPARE(s.headings, QStringList{QStringLiteral("1 ") + shown});
    QVERIFY2(s.text.startsWith(shown + QLatin1Char('\n')), qPrintable(s.text));
}

void TestTopicDocument::title_withCode_showsTheCodeInAFixedFont()
{
    Topic t;
    t.title = QStringLiteral("`is` versus ==");
    QTextDocument doc;
    doc.setMarkdown(topicMarkdown(t));
    const QTextBlock heading = doc.begin();
    QCOMPARE(heading.text(), QStringLiteral("is versus =="));
    QTextCursor cursor(heading);
    cursor.setPosition(heading.position() + 1);
    QVERIFY(cursor.charFormat().fontFixedPitch());
    cursor.setPosition(heading.position() + 5);
    QVERIFY(!cursor.charFormat().fontFixedPitch());
}

void TestTopicDocument::markdownToHtml_isTheBodyOnly()
{
    const QString html = markdownToHtml(QStringLiteral("One *two*\n\nThree"));
    for (const char *outer : {"<html", "<head", "<body", "</body>", "</html>", "<!DOCTYPE", "<style", "<meta"})
        QVERIFY2(!html.contains(QLatin1String(outer), Qt::CaseInsensitive), qPrintable(html));
    QVERIFY2(html.startsWith(QLatin1String("<p")), qPrintable(html));
    QVERIFY2(html.endsWith(QLatin1String("</p>")), qPrintable(html));
    QCOMPARE(html.count(QLatin1String("<p")), 2);
    QCOMPARE(html, html.trimmed());
}

void TestTopicDocument::markdownToHtml_keepsTheFormatting_andEscapesText()
{
    const QString markdown =
        QStringLiteral("Use `</body>` or `<body>`, *a* < **b** & c\n\n```python\nif a < b:\n    pass\n```");
    const QString html = markdownToHtml(markdown);
    QVERIFY2(html.contains(QLatin1String("&lt;/body&gt;")), qPrintable(html)); // text, not the end of the body
    QVERIFY2(html.contains(QLatin1String("a &lt; b")), qPrintable(html));
    QVERIFY2(html.contains(QLatin1String("&amp; c")), qPrintable(html));
    QVERIFY2(html.contains(QLatin1String("<pre")), qPrintable(html));
    // Read back, the HTML is the document the Markdown makes.
    QTextDocument fromMarkdown;
    fromMarkdown.setMarkdown(markdown);
    QTextDocument fromHtml;
    fromHtml.setHtml(html);
    QCOMPARE(fromHtml.toPlainText(), fromMarkdown.toPlainText());
    QTextCursor bold(&fromHtml);
    bold.setPosition(fromHtml.toPlainText().indexOf(QLatin1String("b & c")) + 1);
    QVERIFY(bold.charFormat().fontWeight() >= QFont::Bold);
    // The code span keeps the Markdown document's fixed font.
    QTextCursor code(&fromHtml);
    code.setPosition(fromHtml.toPlainText().indexOf(QLatin1String("</body>")) + 1);
    QTextCursor markdownCode(&fromMarkdown);
    markdownCode.setPosition(fromMarkdown.toPlainText().indexOf(QLatin1String("</body>")) + 1);
    QVERIFY(!markdownCode.charFormat().fontFamilies().toStringList().isEmpty());
    QCOMPARE(code.charFormat().fontFamilies(), markdownCode.charFormat().fontFamilies());
    QTextCursor text(&fromHtml);
    text.setPosition(1);
    QVERIFY(text.charFormat().fontFamilies() != markdownCode.charFormat().fontFamilies());
}

void TestTopicDocument::markdownToHtml_mixesWithOtherHtml()
{
    // As the quiz builds its feedback: hand-made HTML around the card's Markdown explanation.
    const QString html = QStringLiteral("<p><b>Right.</b></p>") +
                         markdownToHtml(QStringLiteral("Because **of** this.\n\n- one\n- two")) +
                         QStringLiteral("<p>End.</p>");
    QTextDocument doc;
    doc.setHtml(html);
    QCOMPARE(doc.toPlainText(), QStringLiteral("Right.\nBecause of this.\none\ntwo\nEnd."));
    QCOMPARE(doc.blockCount(), 5);
    QVERIFY(doc.findBlockByNumber(2).textList());
    QVERIFY(!doc.findBlockByNumber(4).textList());
}

QTEST_MAIN(TestTopicDocument)
#include "tst_topicdocument.moc"
