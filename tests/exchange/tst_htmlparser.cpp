#include "htmlparser.h"

#include <QTest>

#include <algorithm>

using namespace DeepDive;

// parseHtml: untrusted HTML (an Anki field) as a tree, forgiving as a browser (unclosed and stray tags, a bare `<`),
// never deeper than maxHtmlDepth, without the content of script, style and the like and without event handlers;
// decodeEntities: named, decimal and hexadecimal entities, unknown ones kept.
class TestHtmlParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tree_data();
    void tree();
    void attributes_data();
    void attributes();
    void droppedElements_loseTheirContent_andAreNamed_data();
    void droppedElements_loseTheirContent_andAreNamed();
    void eventHandlers_areDropped_andReportedOnce();
    void deepNesting_staysAtTheLimit_andKeepsAllText();
    void parents_pointToTheNodeHoldingThem();
    void entities_data();
    void entities();
    void entities_areDecoded_unknownOnesKept();
};

namespace {
// The tree as text: elements as tag(children), text quoted, so that a whole tree compares in one line.
QString shape(const HtmlNode &node)
{
    if (node.tag.isEmpty())
        return QLatin1Char('"') + node.text + QLatin1Char('"');
    QStringList children;
    for (const auto &child : node.children)
        children.append(shape(*child));
    return node.tag + QLatin1Char('(') + children.join(QLatin1Char(' ')) + QLatin1Char(')');
}

QString parsed(const QString &html, QSet<QString> *dropped = nullptr)
{
    QSet<QString> local;
    const std::unique_ptr<HtmlNode> root = parseHtml(html, dropped ? dropped : &local);
    return shape(*root);
}

// The text of the tree in document order, a space after each node's.
QString allText(const HtmlNode &node)
{
    QString text = node.tag.isEmpty() ? node.text + QLatin1Char(' ') : QString();
    for (const auto &child : node.children)
        text += allText(*child);
    return text;
}

void checkParents(const HtmlNode &node, int *checked)
{
    for (const auto &child : node.children) {
        QCOMPARE(child->parent, &node);
        ++*checked;
        checkParents(*child, checked);
    }
}
} // namespace

void TestHtmlParser::tree_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("tree");
    QTest::newRow("empty") << "" << "#root()";
    QTest::newRow("text") << "plain" << "#root(\"plain\")";
    QTest::newRow("nesting") << "<div><p>a <b>b <i>c</i></b> d</p></div>" << "#root(div(p(\"a \" b(\"b \" i(\"c\")) \" d\")))";
    QTest::newRow("siblings") << "<b>1</b><i>2</i>3" << "#root(b(\"1\") i(\"2\") \"3\")";
    QTest::newRow("tag names in any case") << "<DIV><B>x</b></Div>" << "#root(div(b(\"x\")))";
    QTest::newRow("unclosed tags end with the text") << "<b>bold <i>both" << "#root(b(\"bold \" i(\"both\")))";
    QTest::newRow("an end tag closes what is open inside") << "<b><i>x</b>y" << "#root(b(i(\"x\")) \"y\")";
    QTest::newRow("stray end tags are ignored") << "a</i></b>b" << "#root(\"a\" \"b\")";
    QTest::newRow("stray end tag inside") << "<b>a</i>b</b>" << "#root(b(\"a\" \"b\"))";
    QTest::newRow("misnested, as typed") << "<b><i>x</b></i>y" << "#root(b(i(\"x\")) \"y\")";
    QTest::newRow("a p closes the open p") << "<p>one<p>two" << "#root(p(\"one\") p(\"two\"))";
    QTest::newRow("an li closes the open li") << "<ul><li>a<li>b</ul>c" << "#root(ul(li(\"a\") li(\"b\")) \"c\")";
    QTest::newRow("nested lists stay nested") << "<ul><li>a<ul><li>b</li></ul></li></ul>"
                                              << "#root(ul(li(\"a\" ul(li(\"b\")))))";
    QTest::newRow("void elements hold nothing") << "<br>a<img src=x>b<hr>c" << "#root(br() \"a\" img() \"b\" hr() \"c\")";
    QTest::newRow("self-closing holds nothing") << "<div/>a<span />b" << "#root(div() \"a\" span() \"b\")";
    QTest::newRow("a bare less-than is text") << "a < b and c<3" << "#root(\"a \" \"<\" \" b and c\" \"<\" \"3\")";
    // Browsers start a tag only at a letter: "<3" is text, and so is what follows it.
    QTest::newRow("less-than before a digit") << "I <3 Python, n<10 > 0" << "#root(\"I \" \"<\" \"3 Python, n\" \"<\" \"10 > 0\")";
    QTest::newRow("less-than before a non-ASCII letter") << QStringLiteral("x<\u00e9 y") << QStringLiteral("#root(\"x\" \"<\" \"\u00e9 y\")");
    QTest::newRow("less-than before the Kelvin sign") << QStringLiteral("x<\u212a y") << QStringLiteral("#root(\"x\" \"<\" \"\u212a y\")");
    QTest::newRow("less-than at the end") << "a<" << "#root(\"a\" \"<\")";
    QTest::newRow("comment") << "a<!-- <b>hidden</b> -->b" << "#root(\"a\" \"b\")";
    QTest::newRow("unclosed comment drops the rest") << "a<!-- b <i>c" << "#root(\"a\")";
    QTest::newRow("doctype and processing instruction") << "<!DOCTYPE html><?xml version=\"1.0\"?>x" << "#root(\"x\")";
    QTest::newRow("unclosed start tag ends the input") << "a<b class=\"x" << "#root(\"a\" b())";
    QTest::newRow("entities in text") << "<b>&lt;i&gt; &amp; &#233;</b>" << QStringLiteral("#root(b(\"<i> & \u00e9\"))");
    QTest::newRow("custom element") << "<my-tag>x</my-tag>" << "#root(my-tag(\"x\"))";
}

void TestHtmlParser::tree()
{
    QFETCH(QString, html);
    QFETCH(QString, tree);
    QSet<QString> dropped;
    QCOMPARE(parsed(html, &dropped), tree);
    QVERIFY(dropped.isEmpty());
}

void TestHtmlParser::attributes_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::newRow("double quotes") << "<a href=\"x y\">" << "href" << "x y";
    QTest::newRow("single quotes") << "<a href='x \"y\"'>" << "href" << "x \"y\"";
    QTest::newRow("unquoted") << "<img src=pic.png alt=x>" << "src" << "pic.png";
    QTest::newRow("spaces around =") << "<img src = \"pic.png\" >" << "src" << "pic.png";
    QTest::newRow("name in any case") << "<img SRC=\"a\">" << "src" << "a";
    QTest::newRow("entities decoded") << "<a title=\"a &amp; b &lt;c&gt;\">" << "title" << "a & b <c>";
    QTest::newRow("greater-than inside quotes") << "<img alt=\"a>b\" src=c>" << "alt" << "a>b";
    QTest::newRow("no value") << "<input disabled>" << "disabled" << "";
    QTest::newRow("unquoted before />") << "<img src=a.png/>" << "src" << "a.png/";
    QTest::newRow("unclosed quote takes the rest") << "<img alt=\"a b" << "alt" << "a b";
}

void TestHtmlParser::attributes()
{
    QFETCH(QString, html);
    QFETCH(QString, name);
    QFETCH(QString, value);
    QSet<QString> dropped;
    const std::unique_ptr<HtmlNode> root = parseHtml(html, &dropped);
    QCOMPARE(root->children.size(), size_t(1));
    const HtmlNode &element = *root->children.front();
    QVERIFY2(element.attributes.contains(name), qPrintable(QStringList(element.attributes.keys()).join(QLatin1Char(' '))));
    QCOMPARE(element.attributes.value(name), value);
}

void TestHtmlParser::droppedElements_loseTheirContent_andAreNamed_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("tree");
    QTest::addColumn<QStringList>("dropped");
    QTest::newRow("script") << "a<script>alert('<b>x</b>')</script>b" << "#root(\"a\" \"b\")" << QStringList{QStringLiteral("script")};
    QTest::newRow("in capitals") << "a<SCRIPT type=text/javascript>x</Script>b" << "#root(\"a\" \"b\")" << QStringList{QStringLiteral("script")};
    QTest::newRow("unclosed: the rest goes") << "a<style>b{}<p>c" << "#root(\"a\")" << QStringList{QStringLiteral("style")};
    QTest::newRow("nested dropped elements") << "<svg><script>x</script><text>y</text></svg>z" << "#root(\"z\")"
                                             << QStringList{QStringLiteral("svg")};
    QTest::newRow("the same element nested") << "<object><object>a</object>b</object>c" << "#root(\"c\")"
                                             << QStringList{QStringLiteral("object")};
    QTest::newRow("inside kept elements") << "<p>a<iframe src=x>b</iframe>c</p>" << "#root(p(\"a\" \"c\"))"
                                          << QStringList{QStringLiteral("iframe")};
    QTest::newRow("void ones take nothing after them") << "<meta charset=utf-8><link rel=x>a<embed src=y>b"
                                                       << "#root(\"a\" \"b\")" << QStringList{QStringLiteral("embed"), QStringLiteral("link"), QStringLiteral("meta")};
    QTest::newRow("self-closing takes nothing") << "<audio src=x />a" << "#root(\"a\")" << QStringList{QStringLiteral("audio")};
    QTest::newRow("forms") << "<form><input name=a><button>b</button></form>c" << "#root(\"c\")" << QStringList{QStringLiteral("form")};
    QTest::newRow("several") << "<style>s</style>a<script>t</script><video>v</video>" << "#root(\"a\")"
                             << QStringList{QStringLiteral("script"), QStringLiteral("style"), QStringLiteral("video")};
    QTest::newRow("head and title") << "<head><title>T</title></head>body" << "#root(\"body\")" << QStringList{QStringLiteral("head")};
}

void TestHtmlParser::droppedElements_loseTheirContent_andAreNamed()
{
    QFETCH(QString, html);
    QFETCH(QString, tree);
    QFETCH(QStringList, dropped);
    QSet<QString> names;
    QCOMPARE(parsed(html, &names), tree);
    QStringList sorted(names.cbegin(), names.cend());
    sorted.sort();
    QCOMPARE(sorted, dropped);
}

void TestHtmlParser::eventHandlers_areDropped_andReportedOnce()
{
    QSet<QString> dropped;
    const std::unique_ptr<HtmlNode> root
        = parseHtml(QStringLiteral("<img src=a.png onerror=\"alert(1)\" ONLOAD=x><div onclick='y' class=c>t</div>"), &dropped);
    QCOMPARE(dropped, QSet<QString>{QStringLiteral("on*")});
    QCOMPARE(root->children.size(), size_t(2));
    const HtmlNode &img = *root->children[0];
    const HtmlNode &div = *root->children[1];
    QCOMPARE(img.attributes.keys(), QStringList{QStringLiteral("src")});
    QCOMPARE(div.attributes.keys(), QStringList{QStringLiteral("class")});
    QCOMPARE(shape(div), QStringLiteral("div(\"t\")"));
}

void TestHtmlParser::deepNesting_staysAtTheLimit_andKeepsAllText()
{
    const int depth = maxHtmlDepth + 30;
    QString html;
    for (int i = 0; i < depth; ++i)
        html += QStringLiteral("<div>%1").arg(i);
    html += QStringLiteral("</div>").repeated(depth) + QStringLiteral("after");
    QSet<QString> dropped;
    const std::unique_ptr<HtmlNode> root = parseHtml(html, &dropped);
    // The chain of first elements: the open ones stop at the limit; the next is added flat, as a leaf.
    int levels = 0;
    for (const HtmlNode *n = root.get(); n;) {
        const auto element = std::find_if(n->children.cbegin(), n->children.cend(), [](const auto &c) { return !c->tag.isEmpty(); });
        n = element == n->children.cend() ? nullptr : element->get();
        levels += n ? 1 : 0;
    }
    QCOMPARE(levels, maxHtmlDepth + 1);
    // No text is lost, and it stays in order.
    QStringList expected;
    for (int i = 0; i < depth; ++i)
        expected.append(QString::number(i));
    expected.append(QStringLiteral("after"));
    QCOMPARE(allText(*root).simplified(), expected.join(QLatin1Char(' ')));
    // Every end tag is matched: "after" is back at the top.
    QCOMPARE(root->children.back()->text, QStringLiteral("after"));
}

void TestHtmlParser::parents_pointToTheNodeHoldingThem()
{
    QSet<QString> dropped;
    const std::unique_ptr<HtmlNode> root = parseHtml(
        QStringLiteral("<ul><li>a<b>b<li>c</ul><p>d<p>e<br><i>f</i>") + QStringLiteral("<span>").repeated(80), &dropped);
    QCOMPARE(root->parent, nullptr);
    QCOMPARE(root->tag, QStringLiteral("#root"));
    int checked = 0;
    checkParents(*root, &checked);
    QVERIFY(checked > 80);
}

void TestHtmlParser::entities_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("decoded");
    QTest::newRow("the five of XML") << "&lt;&gt;&amp;&quot;&apos;" << "<>&\"'";
    QTest::newRow("typography") << "&ndash;&mdash;&hellip;&laquo;&raquo;&rarr;&larr;&times;&copy;&deg;"
                                << QStringLiteral("\u2013\u2014\u2026\u00ab\u00bb\u2192\u2190\u00d7\u00a9\u00b0");
    QTest::newRow("decimal") << "&#65;&#233;&#8364;" << QStringLiteral("A\u00e9\u20ac");
    QTest::newRow("hexadecimal, either x") << "&#x41;&#X42;&#xe9;" << QStringLiteral("AB\u00e9");
    QTest::newRow("beyond the BMP") << "&#x1F600;&#128512;" << QStringLiteral("\U0001F600\U0001F600");
    QTest::newRow("decoded once") << "&amp;lt;" << "&lt;";
    QTest::newRow("names are case-sensitive") << "&LT;&Amp;" << "&LT;&Amp;";
    QTest::newRow("unknown name kept") << "&bogus; &nbspx;" << "&bogus; &nbspx;";
    QTest::newRow("no semicolon") << "a &amp b &lt" << "a &amp b &lt";
    QTest::newRow("bare ampersands") << "a & b && c &;" << "a & b && c &;";
    QTest::newRow("zero") << "&#0;" << "&#0;";
    QTest::newRow("surrogates") << "&#xD800;&#57343;" << "&#xD800;&#57343;";
    QTest::newRow("past Unicode") << "&#x110000;&#99999999999;" << "&#x110000;&#99999999999;";
    QTest::newRow("not digits") << "&#xZZ;&#12a;&#;&#x;" << "&#xZZ;&#12a;&#;&#x;";
    QTest::newRow("far-off semicolon") << "&amp this is far;" << "&amp this is far;";
}

void TestHtmlParser::entities()
{
    QFETCH(QString, text);
    QFETCH(QString, decoded);
    QCOMPARE(decodeEntities(text), decoded);
}

// Moved here from tst_htmltomarkdown, where it tested only this function.
void TestHtmlParser::entities_areDecoded_unknownOnesKept()
{
    QCOMPARE(decodeEntities(u"&lt;&gt;&amp;&quot;&#39;&#x41;&#66;&nbsp;&bogus;&#xFFFFFFF;&"),
             QStringLiteral("<>&\"'AB") + QChar(0xa0) + QStringLiteral("&bogus;&#xFFFFFFF;&"));
    // Each '&' looks only a few characters ahead for its ';' (a run of them would otherwise be quadratic).
    const QString ampersands = QStringLiteral("&").repeated(300'000) + QLatin1Char(';');
    QCOMPARE(decodeEntities(ampersands), ampersands);
}

QTEST_GUILESS_MAIN(TestHtmlParser)
#include "tst_htmlparser.moc"
