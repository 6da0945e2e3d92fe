#include "htmlparser.h"
#include "htmltomarkdown.h"

#include <QRegularExpression>
#include <QTest>

#include <md4c-html.h>

using namespace DeepDive;

class TestHtmlToMarkdown : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void convert_data();
    void convert();
    void hostile_nothingActiveSurvivesAMarkdownViewer_data();
    void hostile_nothingActiveSurvivesAMarkdownViewer();
    void hostile_isReported();
    void images_areResolvedByTheCaller_orDropped();
    void deepNesting_isFlattened_notRecursedInto();
};

namespace {
// What a Markdown viewer that accepts raw HTML (GitHub's dialect, as Qt's setMarkdown) makes of it.
QString viewerHtml(const QString &markdown)
{
    const QByteArray utf8 = markdown.toUtf8();
    QByteArray out;
    md_html(utf8.constData(), MD_SIZE(utf8.size()),
            [](const MD_CHAR *text, MD_SIZE size, void *data) { static_cast<QByteArray *>(data)->append(text, qsizetype(size)); },
            &out, MD_DIALECT_GITHUB, 0);
    return QString::fromUtf8(out);
}
} // namespace

void TestHtmlToMarkdown::convert_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("markdown");
    QTest::newRow("text") << "plain text" << "plain text";
    QTest::newRow("paragraphs") << "<p>one</p><p>two</p>" << "one\n\ntwo";
    QTest::newRow("divs") << "<div>one</div><div>two</div>" << "one\n\ntwo";
    QTest::newRow("line break") << "one<br>two<br/>" << "one\\\ntwo";
    QTest::newRow("emphasis") << "<b>bold</b> and <i>it</i> and <strong> s </strong>" << "**bold** and *it* and **s**";
    QTest::newRow("code span") << "use <code>a &lt; b</code> here" << "use `a < b` here";
    QTest::newRow("code span with a backtick") << "<code>a`b</code>" << "`` a`b ``";
    QTest::newRow("pre") << "<pre>def f():\n    return 1</pre>" << "```text\ndef f():\n    return 1\n```";
    QTest::newRow("pre with br and spans") << "<pre><span style=\"color:red\">x</span> = 1<br>y = 2</pre>" << "```text\nx = 1\ny = 2\n```";
    QTest::newRow("pre as Anki's editor keeps it") << "<pre><code>def f(x):<br>&nbsp; &nbsp; return x</code></pre>"
                                                 << "```text\ndef f(x):\n    return x\n```";
    QTest::newRow("pre holding a fence") << "<pre>```\ncode\n```</pre>" << "````text\n```\ncode\n```\n````";
    QTest::newRow("unordered list") << "<ul><li>a</li><li>b</li></ul>" << "- a\n- b";
    QTest::newRow("ordered list") << "<ol><li>a</li><li>b</li></ol>" << "1. a\n2. b";
    QTest::newRow("nested list") << "<ul><li>a<ul><li>b</li></ul></li></ul>" << "- a\n\n  - b";
    QTest::newRow("heading becomes bold") << "<h2>Title</h2>text" << "**Title**\n\ntext";
    QTest::newRow("http link") << "<a href=\"https://docs.python.org/3/\">docs</a>" << "[docs](https://docs.python.org/3/)";
    QTest::newRow("markdown characters are literal") << "*not* _em_ [x](y) a|b" << "\\*not\\* \\_em\\_ \\[x\\](y) a\\|b";
    QTest::newRow("no heading from text") << "# not a heading" << "\\# not a heading";
    QTest::newRow("no list from text") << "- not a list<br>1. nor this" << "\\- not a list\\\n1\\. nor this";
    QTest::newRow("no fence from text") << "```python" << "\\`\\`\\`python";
    QTest::newRow("anki spacing") << "&nbsp;a&nbsp;&nbsp;b&nbsp;" << "a b";
    QTest::newRow("empty") << "<div><br></div>" << "";
    QTest::newRow("unclosed tags") << "<b>bold <i>both" << "**bold *both***";
    QTest::newRow("stray end tags") << "a</i></b> b" << "a b";
    QTest::newRow("less-than in text") << "a < b" << "a \\< b";
}

void TestHtmlToMarkdown::convert()
{
    QFETCH(QString, html);
    QFETCH(QString, markdown);
    QCOMPARE(HtmlToMarkdown().convert(html), markdown);
}

void TestHtmlToMarkdown::hostile_nothingActiveSurvivesAMarkdownViewer_data()
{
    QTest::addColumn<QString>("html");
    QTest::newRow("script") << "<script>alert(1)</script>hello";
    QTest::newRow("script in caps with attributes") << "<SCRIPT type=text/javascript>alert(1)</SCRIPT>hello";
    QTest::newRow("unclosed script") << "hello<script>alert(1)";
    QTest::newRow("onerror") << "<img src=x onerror=alert(1)>hello";
    QTest::newRow("onclick on a div") << "<div onclick=\"alert(1)\">hello</div>";
    QTest::newRow("remote image") << "<img src=\"https://evil.example/track.png\">hello";
    QTest::newRow("protocol-relative image") << "<img src=\"//evil.example/track.png\">hello";
    QTest::newRow("javascript link") << "<a href=\"javascript:alert(1)\">hello</a>";
    QTest::newRow("data link") << "<a href=\"data:text/html,<script>alert(1)</script>\">hello</a>";
    QTest::newRow("iframe") << "<iframe src=\"https://evil.example\"></iframe>hello";
    QTest::newRow("style") << "<style>body{background:url(https://evil.example)}</style>hello";
    QTest::newRow("svg onload") << "<svg onload=alert(1)><script>alert(1)</script></svg>hello";
    QTest::newRow("escaped markup in text") << "&lt;script&gt;alert(1)&lt;/script&gt;hello";
    QTest::newRow("escaped img in text") << "&lt;img src=x onerror=alert(1)&gt;hello";
    QTest::newRow("markdown link in text") << "[hello](javascript:alert(1))";
    QTest::newRow("markdown image in text") << "![hello](https://evil.example/x.png)";
    QTest::newRow("autolink in text") << "&lt;https://evil.example&gt; hello";
    QTest::newRow("comment") << "<!-- <script>alert(1)</script> -->hello";
    QTest::newRow("broken attribute quote") << "<img src=\"x onerror=alert(1)>hello";
    QTest::newRow("object") << "<object data=\"https://evil.example/x.swf\"></object>hello";
    // Found by fuzz_htmltomarkdown.
    QTest::newRow("fuzz: alt text") << QString::fromUtf8(QByteArray::fromBase64(
        "e3tjMTo6UGFyaXM6OmNpdHl9fSA8aW1nIHNyYz0icGljLnBuZyIgYWx0PSJbPHNjcmlwdD5hbGVydCgxKTwvcw9jcmlwdHI9/wJhbGVydCgycmlw"
        "jMWH5T5sPC9hPjxpZnJhPjxpbWcgc3JjPXggb25lcnJvcj1hbGVydCgxKT48YSBlPjx0cj48dGQ+MXl9fSA8aW1nIHNyYz1BYmxlPg=="));
    // Found by fuzz_htmltomarkdown: "https:x" has the scheme but no host, and the viewer took it as a page's link.
    QTest::newRow("fuzz: https link without a host") << QString::fromUtf8(QByteArray::fromBase64("PjxhIGhyZWY9aHR0cHM6eD5s35z/////Pg=="));
    QTest::newRow("link without a host") << "<a href=\"https:evil\">hello</a>";
}

void TestHtmlToMarkdown::hostile_nothingActiveSurvivesAMarkdownViewer()
{
    QFETCH(QString, html);
    // Local images kept, as an import with the files in the package does.
    const QString markdown = HtmlToMarkdown([](const QString &, QString *) -> QString { return QStringLiteral("local.png"); })
                                 .convert(html);
    // An image's alt text is an attribute value, text to the viewer whatever it holds.
    static const QRegularExpression alt(QStringLiteral(" alt=\"[^\"]*\""));
    const QString shown = viewerHtml(markdown).remove(alt);
    // No element that runs or loads anything, no handler inside a tag, no link but to a web page (which the viewer
    // opens only when clicked).
    static const QRegularExpression active(QStringLiteral("<(script|iframe|svg|style|object|embed)\\b|<[^>]*\\son\\w+=|"
                                                          "<[^>]*\\ssrc=(?!\"local\\.png\")|href=\"(?!https?://)"),
                                           QRegularExpression::CaseInsensitiveOption);
    QVERIFY2(!shown.contains(active), qPrintable(markdown + QStringLiteral(" -> ") + shown));
}

void TestHtmlToMarkdown::hostile_isReported()
{
    HtmlToMarkdown converter;
    converter.convert(QStringLiteral("<script>x</script><img src=x onerror=y><img src=\"http://evil.example/a.png\">"
                                     "<a href=\"javascript:z\">l</a>"));
    const QString dropped = converter.dropped().join(QLatin1Char('\n'));
    QVERIFY2(dropped.contains(QStringLiteral("<script>")), qPrintable(dropped));
    QVERIFY2(dropped.contains(QStringLiteral("event handlers")), qPrintable(dropped));
    QVERIFY2(dropped.contains(QStringLiteral("http://evil.example/a.png")), qPrintable(dropped));
    QVERIFY2(dropped.contains(QStringLiteral("not http(s)")), qPrintable(dropped));
    converter.convert(QStringLiteral("<b>clean</b>"));
    QVERIFY(converter.dropped().isEmpty());
}

void TestHtmlToMarkdown::images_areResolvedByTheCaller_orDropped()
{
    QStringList asked;
    HtmlToMarkdown converter([&](const QString &src, QString *reason) -> QString {
        asked.append(src);
        if (src == QLatin1String("there.png"))
            return QStringLiteral("copied name.png");
        *reason = QStringLiteral("missing ") + src;
        return {};
    });
    const QString markdown = converter.convert(QStringLiteral("<img src=\"there.png\" alt=\"a [<b>]\" onerror=x> <img src=\"gone.png\">"));
    QCOMPARE(markdown, QStringLiteral("![a b](copied%20name.png)"));
    QCOMPARE(asked, QStringList({QStringLiteral("there.png"), QStringLiteral("gone.png")}));
    QVERIFY(converter.dropped().contains(QStringLiteral("missing gone.png")));
}

void TestHtmlToMarkdown::deepNesting_isFlattened_notRecursedInto()
{
    const int depth = 200'000;
    QString html = QStringLiteral("<div><b>").repeated(depth) + QStringLiteral("deep") + QStringLiteral("</b></div>").repeated(depth);
    const QString markdown = HtmlToMarkdown().convert(html);
    QVERIFY(markdown.contains(QStringLiteral("deep")));
    std::unique_ptr<HtmlNode> root;
    QSet<QString> dropped;
    root = parseHtml(html, &dropped);
    int levels = 0;
    for (const HtmlNode *n = root.get(); !n->children.empty(); n = n->children.front().get())
        ++levels;
    QVERIFY(levels <= maxHtmlDepth + 1);
}

QTEST_GUILESS_MAIN(TestHtmlToMarkdown)
#include "tst_htmltomarkdown.moc"
