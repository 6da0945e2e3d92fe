#include "searchtext.h"

#include <QTest>

using namespace DeepDive;

class TestSearchText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void terms_foldCaseAndDiacritics_data();
    void terms_foldCaseAndDiacritics();
    void marked_wrapsTheWordsThatStartWithATerm_data();
    void marked_wrapsTheWordsThatStartWithATerm();
    void context_showsAboutFourteenWordsAroundTheLongestTerm();
    void context_shortBody_isShownWhole();
    void editDistance_stopsPastTheLimit();
};

void TestSearchText::terms_foldCaseAndDiacritics_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("terms");
    QTest::newRow("case") << QStringLiteral("The GIL") << QStringList{QStringLiteral("the"), QStringLiteral("gil")};
    QTest::newRow("diacritics") << QStringLiteral("Café crème") << QStringList{QStringLiteral("cafe"), QStringLiteral("creme")};
    QTest::newRow("punctuation splits") << QStringLiteral("sys._is_gil_enabled()")
                                        << QStringList{QStringLiteral("sys"), QStringLiteral("is"), QStringLiteral("gil"),
                                                       QStringLiteral("enabled")};
    QTest::newRow("nothing") << QStringLiteral(" -- ") << QStringList{};
}

void TestSearchText::terms_foldCaseAndDiacritics()
{
    QFETCH(QString, text);
    QFETCH(QStringList, terms);
    QCOMPARE(SearchText::terms(text), terms);
}

void TestSearchText::marked_wrapsTheWordsThatStartWithATerm_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("terms");
    QTest::addColumn<QString>("marked");
    QTest::newRow("prefix") << QStringLiteral("Asyncio tasks") << QStringList{QStringLiteral("async")}
                            << QStringLiteral("\x01" "Asyncio\x02 tasks");
    QTest::newRow("two terms") << QStringLiteral("a task and a loop") << QStringList{QStringLiteral("task"), QStringLiteral("loop")}
                               << QStringLiteral("a \x01task\x02 and a \x01loop\x02");
    QTest::newRow("inside a word: no") << QStringLiteral("multitasking") << QStringList{QStringLiteral("task")}
                                       << QStringLiteral("multitasking");
    QTest::newRow("diacritics") << QStringLiteral("Crème brûlée") << QStringList{QStringLiteral("brul")}
                                << QStringLiteral("Crème \x01" "brûlée\x02");
    // ASCII words are compared without folding them; both cases must still match the folded term.
    QTest::newRow("case") << QStringLiteral("GIL, Gil and gIL") << QStringList{QStringLiteral("gil")}
                          << QStringLiteral("\x01GIL\x02, \x01Gil\x02 and \x01gIL\x02");
    QTest::newRow("not ASCII, upper case") << QStringLiteral("GRÖSSE and Straße") << QStringList{QStringLiteral("gros"), QStringLiteral("straß")}
                                           << QStringLiteral("\x01GRÖSSE\x02 and \x01Straße\x02");
}

void TestSearchText::marked_wrapsTheWordsThatStartWithATerm()
{
    QFETCH(QString, text);
    QFETCH(QStringList, terms);
    QFETCH(QString, marked);
    QCOMPARE(SearchText::marked(text, terms), marked);
    // The same words as matchRanges finds.
    QCOMPARE(SearchText::matchRanges(text, terms).size(), marked.count(QChar(1)));
}

void TestSearchText::context_showsAboutFourteenWordsAroundTheLongestTerm()
{
    QStringList words;
    for (int i = 0; i < 40; ++i)
        words.append(QStringLiteral("w%1").arg(i));
    words[5] = QStringLiteral("gil");
    words[20] = QStringLiteral("enabled");
    const QString context = SearchText::context(words.join(QLatin1Char(' ')), {QStringLiteral("gil"), QStringLiteral("enabled")});
    // Around "enabled", the longest term, though "gil" comes first; cut on both sides.
    QVERIFY2(context.contains(QStringLiteral("\x01" "enabled\x02")), qPrintable(context));
    QVERIFY(!context.contains(QStringLiteral("gil")));
    QVERIFY(context.startsWith(QStringLiteral("…")));
    QVERIFY(context.endsWith(QStringLiteral("…")));
    QCOMPARE(context.count(QLatin1Char(' ')) + 1, 14);
}

void TestSearchText::context_shortBody_isShownWhole()
{
    QCOMPARE(SearchText::context(QStringLiteral("the gil is a lock"), {QStringLiteral("lock")}),
             QStringLiteral("the gil is a \x01lock\x02"));
}

void TestSearchText::editDistance_stopsPastTheLimit()
{
    QCOMPARE(SearchText::editDistance(u"asnycio", u"asyncio", 2), 1);
    QCOMPARE(SearchText::editDistance(u"kitten", u"sitting", 1), 2);
    QCOMPARE(SearchText::editDistance(u"a", u"abcdef", 2), 3);
}

QTEST_GUILESS_MAIN(TestSearchText)
#include "tst_searchtext.moc"
