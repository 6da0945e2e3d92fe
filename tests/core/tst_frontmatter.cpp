#include "frontmatter.h"

#include <QTest>

using namespace DeepDive;

// The `key: value` block at the top of every content file, the `key=value` attributes of fences and card headings,
// ids and comma lists: what each reads, and the line and words of every problem.
class TestFrontMatter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_readsKeysTheirLinesAndTheBody();
    void parse_problems_areReportedOnTheirLine_data();
    void parse_problems_areReportedOnTheirLine();
    void attributes_data();
    void attributes();
    void isValidId_data();
    void isValidId();
    void splitList_trimsAndDropsEmptyItems();
};

namespace {
const QStringList keys{QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("tags")};
}

void TestFrontMatter::parse_readsKeysTheirLinesAndTheBody()
{
    QList<Diagnostic> diagnostics;
    const FrontMatter fm = FrontMatter::parse("---\r\nid: gil\n# a comment\n\ntitle: \"The GIL: why\"\ntags: 'a, b'\n---\n"
                                              "Body line one.\n",
                                              QStringLiteral("t.md"), keys, &diagnostics);
    QVERIFY2(diagnostics.isEmpty(), qPrintable(diagnostics.value(0).toString()));
    QCOMPARE(fm.value(QStringLiteral("id")), QStringLiteral("gil"));
    QCOMPARE(fm.value(QStringLiteral("title")), QStringLiteral("The GIL: why")); // quotes dropped, the colon kept
    QCOMPARE(fm.value(QStringLiteral("tags")), QStringLiteral("a, b"));
    QCOMPARE(fm.lineOf(QStringLiteral("id")), 2);
    QCOMPARE(fm.lineOf(QStringLiteral("title")), 5);
    QCOMPARE(fm.lineOf(QStringLiteral("missing")), 1);
    QCOMPARE(fm.bodyLine, 8);
    QCOMPARE(fm.body, QByteArray("Body line one.\n"));
}

void TestFrontMatter::parse_problems_areReportedOnTheirLine_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    QTest::newRow("no front matter") << QByteArray("# Title\n") << 1
                                     << QStringLiteral("the file does not start with front matter; add a block of "
                                                       "`key: value` lines between two `---` lines at the top");
    QTest::newRow("empty file") << QByteArray() << 1
                                << QStringLiteral("the file does not start with front matter; add a block of "
                                                  "`key: value` lines between two `---` lines at the top");
    QTest::newRow("not key: value") << QByteArray("---\nid: a\njust words\n---\n") << 3
                                    << QStringLiteral("expected `key: value` in the front matter, found \"just words\"");
    QTest::newRow("unknown key") << QByteArray("---\nid: a\nauthor: me\n---\n") << 3
                                 << QStringLiteral("unknown front matter key `author`; the keys here are: id, title, tags");
    QTest::newRow("key twice") << QByteArray("---\nid: a\ntitle: x\nid: b\n---\n") << 4
                               << QStringLiteral("`id` is set twice in the front matter (first on line 2); keep one");
    QTest::newRow("never closed") << QByteArray("---\nid: a\n") << 1
                                  << QStringLiteral("the front matter is never closed; end it with a line `---`");
}

void TestFrontMatter::parse_problems_areReportedOnTheirLine()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(QString, message);
    QList<Diagnostic> diagnostics;
    const FrontMatter fm = FrontMatter::parse(text, QStringLiteral("deck/t.md"), keys, &diagnostics);
    QCOMPARE(diagnostics.size(), 1);
    QCOMPARE(diagnostics[0].file, QStringLiteral("deck/t.md"));
    QCOMPARE(diagnostics[0].line, line);
    QCOMPARE(diagnostics[0].message, message);
    if (QByteArray(QTest::currentDataTag()) == "key twice")
        QCOMPARE(fm.value(QStringLiteral("id")), QStringLiteral("a")); // the first one stays
    if (QByteArray(QTest::currentDataTag()) == "no front matter")
        QCOMPARE(fm.body, text); // nothing of the file is lost
}

void TestFrontMatter::attributes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("head");
    QTest::addColumn<QStringList>("pairs"); // key=value, sorted
    QTest::addColumn<QString>("error");
    QTest::newRow("head and values") << QStringLiteral("python id=gil-pitfall fix=gil-fix") << QStringLiteral("python")
                                     << QStringList{QStringLiteral("fix=gil-fix"), QStringLiteral("id=gil-pitfall")} << QString();
    QTest::newRow("quoted value") << QStringLiteral("pair id=p a=\"`is` with spaces\" b=x") << QStringLiteral("pair")
                                  << QStringList{QStringLiteral("a=`is` with spaces"), QStringLiteral("b=x"), QStringLiteral("id=p")}
                                  << QString();
    QTest::newRow("no head") << QStringLiteral("  id=a  ") << QString() << QStringList{QStringLiteral("id=a")} << QString();
    QTest::newRow("empty") << QString() << QString() << QStringList{} << QString();
    QTest::newRow("a bare word after values") << QStringLiteral("recall id=a stray") << QStringLiteral("recall")
                                              << QStringList{QStringLiteral("id=a")}
                                              << QStringLiteral("`stray` is not of the form key=value");
    QTest::newRow("quote never closed") << QStringLiteral("pair a=\"open") << QStringLiteral("pair") << QStringList{}
                                        << QStringLiteral("the quoted value of `a` is never closed; add a closing `\"`");
    QTest::newRow("no name") << QStringLiteral("recall =x") << QStringLiteral("recall") << QStringList{}
                             << QStringLiteral("an attribute has no name before `=`");
    QTest::newRow("given twice") << QStringLiteral("recall id=a id=b") << QStringLiteral("recall")
                                 << QStringList{QStringLiteral("id=a")} << QStringLiteral("`id` is given twice");
}

void TestFrontMatter::attributes()
{
    QFETCH(QString, text);
    QFETCH(QString, head);
    QFETCH(QStringList, pairs);
    QFETCH(QString, error);
    const Attributes a = Attributes::parse(text);
    QCOMPARE(a.head, head);
    QStringList actual;
    for (auto it = a.values.cbegin(); it != a.values.cend(); ++it)
        actual << it.key() + QLatin1Char('=') + it.value();
    actual.sort();
    QCOMPARE(actual, pairs);
    QCOMPARE(a.error, error);
}

void TestFrontMatter::isValidId_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");
    QTest::newRow("letters") << QStringLiteral("gil") << true;
    QTest::newRow("digits, dash, underscore") << QStringLiteral("py3_12-gil") << true;
    QTest::newRow("starts with a digit") << QStringLiteral("3d") << true;
    QTest::newRow("100 characters") << QString(100, QLatin1Char('a')) << true;
    QTest::newRow("101 characters") << QString(101, QLatin1Char('a')) << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("upper case") << QStringLiteral("Gil") << false;
    QTest::newRow("starts with a dash") << QStringLiteral("-gil") << false;
    QTest::newRow("starts with an underscore") << QStringLiteral("_gil") << false;
    QTest::newRow("space") << QStringLiteral("the gil") << false;
    QTest::newRow("slash") << QStringLiteral("a/b") << false;
    QTest::newRow("non-ASCII letter") << QStringLiteral("caf\u00e9") << false;
}

void TestFrontMatter::isValidId()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    QCOMPARE(DeepDive::isValidId(id), valid);
}

void TestFrontMatter::splitList_trimsAndDropsEmptyItems()
{
    QCOMPARE(splitList(QStringLiteral(" operators, pitfalls ,,  , identity")),
             (QStringList{QStringLiteral("operators"), QStringLiteral("pitfalls"), QStringLiteral("identity")}));
    QVERIFY(splitList(QStringLiteral(" , ")).isEmpty());
    QVERIFY(splitList(QString()).isEmpty());
}

QTEST_GUILESS_MAIN(TestFrontMatter)
#include "tst_frontmatter.moc"
