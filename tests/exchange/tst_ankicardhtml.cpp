#include "ankicardhtml.h"

#include "highlighting.h"
#include "htmlparser.h"

#include <QRegularExpression>
#include <QTest>

using namespace DeepDive;

// CardHtml: a card of ours as the HTML fields of its Anki note (one note per card, one per situation of a pair):
// Markdown through md4c without raw HTML, code in a light box, highlighted with inline colours when the engine is
// there, spot-the-bug code numbered.
class TestAnkiCardHtml : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recall_promptWithItsShownSnippet_answerWithTheExplanation();
    void recall_withoutASnippetToShow_isTheTextAlone();
    void choice_listsTheOptions_andTheBackSaysWhyEachIsRightOrWrong();
    void predict_codeOnTheFront_outputAndExceptionOnTheBack();
    void spotBug_numbersTheLines_namesTheBuggyOnes_andShowsTheFix();
    void pair_oneNotePerSituation_theBackNamesTheSide();
    void cardsWhoseSnippetIsMissing_haveAnEmptyCodeField();
    void markdown_rawHtmlIsShownAsText();
    void markdown_fencedCode_isEscapedExactlyOnce_data();
    void markdown_fencedCode_isEscapedExactlyOnce();
    void numberedCode_padsTheNumbersToOneWidth();
    void inlineMarkdown_dropsTheParagraph_onlyWhenThereIsOne();
    void code_withTheEngine_isColouredInline_andKeepsItsText();
};

namespace {
// What a field shows: tags dropped, entities decoded.
QString text(const QString &html)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    return decodeEntities(QString(html).remove(tags));
}

Snippet snippet(const QString &id, const QString &code)
{
    Snippet s;
    s.id = id;
    s.language = QStringLiteral("python");
    s.code = code;
    return s;
}

Topic topicWith(const QList<Snippet> &snippets)
{
    Topic topic;
    topic.id = QStringLiteral("t");
    topic.title = QStringLiteral("T");
    topic.snippets = snippets;
    return topic;
}
} // namespace

void TestAnkiCardHtml::recall_promptWithItsShownSnippet_answerWithTheExplanation()
{
    const Topic topic = topicWith({snippet(QStringLiteral("shown"), QStringLiteral("x = [1, 2]\nprint(x < y)"))});
    Card card;
    card.id = QStringLiteral("c");
    card.prompt = QStringLiteral("What does **this** print?");
    card.answer = QStringLiteral("An error.");
    card.explanation = QStringLiteral("Because `y` is *not* defined.");
    card.showId = QStringLiteral("shown");
    const QList<Anki::NoteContent> notes = Anki::CardHtml(nullptr).notes(topic, card);
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes[0].type, CardType::Recall);
    QCOMPARE(notes[0].part, -1);
    QCOMPARE(notes[0].fields.size(), 2);
    QCOMPARE(notes[0].fields[0], QStringLiteral("<p>What does <strong>this</strong> print?</p>\n<pre class=\"dd-code\">x = [1, 2]\n"
                                                "print(x &lt; y)</pre>"));
    QCOMPARE(notes[0].fields[1], QStringLiteral("<p>An error.</p>\n<p>Because <code>y</code> is <em>not</em> defined.</p>"));
}

void TestAnkiCardHtml::recall_withoutASnippetToShow_isTheTextAlone()
{
    Card card;
    card.prompt = QStringLiteral("Q?");
    card.answer = QStringLiteral("A.");
    const Anki::CardHtml html(nullptr);
    QCOMPARE(html.notes(topicWith({}), card).first().fields, QStringList({QStringLiteral("<p>Q?</p>"), QStringLiteral("<p>A.</p>")}));
    card.showId = QStringLiteral("gone"); // a snippet the topic does not have
    QCOMPARE(html.notes(topicWith({}), card).first().fields, QStringList({QStringLiteral("<p>Q?</p>"), QStringLiteral("<p>A.</p>")}));
}

void TestAnkiCardHtml::choice_listsTheOptions_andTheBackSaysWhyEachIsRightOrWrong()
{
    Card card;
    card.type = CardType::Choice;
    card.prompt = QStringLiteral("Which is immutable?");
    card.options = {{QStringLiteral("`list`"), QStringLiteral("It has `append`."), false},
                    {QStringLiteral("`tuple`"), QString(), true},
                    {QStringLiteral("`dict`"), QStringLiteral("Keys can be added."), false}};
    card.explanation = QStringLiteral("Tuples cannot change.");
    const QList<Anki::NoteContent> notes = Anki::CardHtml(nullptr).notes(topicWith({}), card);
    QCOMPARE(notes.size(), 1);
    const QStringList &fields = notes[0].fields;
    QCOMPARE(fields.size(), 3);
    QCOMPARE(fields[0], QStringLiteral("<p>Which is immutable?</p>"));
    QCOMPARE(fields[1], QStringLiteral("<ol class=\"dd-options\"><li><code>list</code></li><li><code>tuple</code></li>"
                                       "<li><code>dict</code></li></ol>"));
    // The front does not give the answer away.
    QVERIFY(!fields[1].contains(QStringLiteral("dd-right")));
    QCOMPARE(fields[2].count(QStringLiteral("<li><span class=\"dd-wrong\">")), 2);
    QCOMPARE(fields[2].count(QStringLiteral("<li><span class=\"dd-right\">")), 1);
    QVERIFY(fields[2].indexOf(QStringLiteral("dd-right")) > fields[2].indexOf(QStringLiteral("<code>list</code>")));
    QVERIFY(fields[2].indexOf(QStringLiteral("dd-right")) < fields[2].indexOf(QStringLiteral("<code>tuple</code>")));
    QCOMPARE(fields[2].count(QStringLiteral("<div class=\"dd-why\">")), 2); // only the options that say why
    QVERIFY(fields[2].contains(QStringLiteral("<div class=\"dd-why\"><p>It has <code>append</code>.</p></div>")));
    QVERIFY(fields[2].endsWith(QStringLiteral("</ol>\n<p>Tuples cannot change.</p>")));
}

void TestAnkiCardHtml::predict_codeOnTheFront_outputAndExceptionOnTheBack()
{
    Snippet s = snippet(QStringLiteral("s"), QStringLiteral("print('<b>')\nraise KeyError('k')\n"));
    s.hasExpectedOutput = true;
    s.expectedOutput = QStringLiteral("<b>");
    s.expectedRaises = QStringLiteral("KeyError: 'k' & <more>");
    s.explanation = QStringLiteral("Printing comes first.");
    const Topic topic = topicWith({s});
    Card card;
    card.type = CardType::Predict;
    card.snippetId = QStringLiteral("s");
    const QList<Anki::NoteContent> notes = Anki::CardHtml(nullptr).notes(topic, card);
    QCOMPARE(notes.size(), 1);
    const QStringList &fields = notes[0].fields;
    QCOMPARE(fields.size(), 3);
    QCOMPARE(fields[0], QStringLiteral("<p>What does this code print?</p>")); // the prompt a predict card may leave out
    QCOMPARE(fields[1], QStringLiteral("<pre class=\"dd-code\">print('&lt;b&gt;')\nraise KeyError('k')</pre>"));
    QCOMPARE(fields[2], QStringLiteral("<pre class=\"dd-code\">&lt;b&gt;</pre><p>It raises: <code>KeyError: 'k' &amp; &lt;more&gt;</code></p>\n"
                                       "<p>Printing comes first.</p>"));
    card.prompt = QStringLiteral("And *now*?");
    QCOMPARE(Anki::CardHtml(nullptr).notes(topic, card).first().fields[0], QStringLiteral("<p>And <em>now</em>?</p>"));
}

void TestAnkiCardHtml::spotBug_numbersTheLines_namesTheBuggyOnes_andShowsTheFix()
{
    Snippet buggy = snippet(QStringLiteral("bug"), QStringLiteral("def f(items=[]):\n    items.append(1)\n    return items"));
    buggy.fixId = QStringLiteral("fix");
    buggy.explanation = QStringLiteral("The default is shared.");
    Snippet fixed = snippet(QStringLiteral("fix"), QStringLiteral("def f(items=None):\n    ..."));
    fixed.explanation = QStringLiteral("A new list each call.");
    const Topic topic = topicWith({buggy, fixed});
    Card card;
    card.type = CardType::SpotBug;
    card.snippetId = QStringLiteral("bug");
    card.bugLines = {1, 3};
    const QList<Anki::NoteContent> notes = Anki::CardHtml(nullptr).notes(topic, card);
    QCOMPARE(notes.size(), 1);
    const QStringList &fields = notes[0].fields;
    QCOMPARE(fields[0], QStringLiteral("<p>Which line has the bug?</p>"));
    QCOMPARE(fields[1], QStringLiteral("<pre class=\"dd-code\"><span class=\"dd-line\">1 </span>def f(items=[]):\n"
                                       "<span class=\"dd-line\">2 </span>    items.append(1)\n"
                                       "<span class=\"dd-line\">3 </span>    return items</pre>"));
    QCOMPARE(fields[2], QStringLiteral("<p>The bug: line 1: <code>def f(items=[]):</code>; line 3: <code>return items</code></p>\n"
                                       "<p>The default is shared.</p>\n<p>The fix:</p>\n"
                                       "<pre class=\"dd-code\">def f(items=None):\n    ...</pre>\n<p>A new list each call.</p>"));
}

void TestAnkiCardHtml::pair_oneNotePerSituation_theBackNamesTheSide()
{
    Card card;
    card.type = CardType::Pair;
    card.prompt = QStringLiteral("Which one?");
    card.conceptA = QStringLiteral("`is`");
    card.conceptB = QStringLiteral("`==`");
    card.pairs = {{0, QStringLiteral("Compare with `None`.")}, {1, QStringLiteral("Compare two lists' items.")},
                  {0, QStringLiteral("Identity.")}};
    card.explanation = QStringLiteral("Why.");
    const QList<Anki::NoteContent> notes = Anki::CardHtml(nullptr).notes(topicWith({}), card);
    QCOMPARE(notes.size(), 3);
    const QString choices = QStringLiteral("<p>A: <code>is</code> &nbsp;or&nbsp; B: <code>==</code></p>");
    for (int i = 0; i < notes.size(); ++i) {
        QCOMPARE(notes[i].type, CardType::Pair);
        QCOMPARE(notes[i].part, i);
        QVERIFY2(notes[i].fields[0].startsWith(QStringLiteral("<p>Which one?</p>\n<p>")), qPrintable(notes[i].fields[0]));
        QCOMPARE(notes[i].fields[1], choices);
        QVERIFY(notes[i].fields[2].endsWith(QStringLiteral("\n<p>Why.</p>")));
    }
    QVERIFY(notes[0].fields[0].endsWith(QStringLiteral("<p>Compare with <code>None</code>.</p>")));
    QVERIFY(notes[1].fields[0].endsWith(QStringLiteral("<p>Compare two lists' items.</p>")));
    QVERIFY(notes[0].fields[2].startsWith(QStringLiteral("<p><b>A:</b> <code>is</code></p>")));
    QVERIFY(notes[1].fields[2].startsWith(QStringLiteral("<p><b>B:</b> <code>==</code></p>")));
    QVERIFY(notes[2].fields[2].startsWith(QStringLiteral("<p><b>A:</b> <code>is</code></p>")));
    card.pairs.clear();
    QVERIFY(Anki::CardHtml(nullptr).notes(topicWith({}), card).isEmpty()); // no situation, no note
}

void TestAnkiCardHtml::cardsWhoseSnippetIsMissing_haveAnEmptyCodeField()
{
    for (CardType type : {CardType::Predict, CardType::SpotBug}) {
        Card card;
        card.type = type;
        card.snippetId = QStringLiteral("gone");
        const QList<Anki::NoteContent> notes = Anki::CardHtml(nullptr).notes(topicWith({}), card);
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes[0].fields.size(), 3); // still the note type's three fields
        QVERIFY(!notes[0].fields[0].isEmpty());
        QCOMPARE(notes[0].fields[1], QString());
    }
}

void TestAnkiCardHtml::markdown_rawHtmlIsShownAsText()
{
    const Anki::CardHtml html(nullptr);
    const QString out = html.markdown(QStringLiteral("Use <b>bold</b> or <script>alert(1)</script>\n\n<div onclick=\"x\">block</div>"));
    QVERIFY2(!out.contains(QStringLiteral("<b>")), qPrintable(out));
    QVERIFY2(!out.contains(QStringLiteral("<script")), qPrintable(out));
    QVERIFY2(!out.contains(QStringLiteral("<div")), qPrintable(out));
    QCOMPARE(text(out), QStringLiteral("Use <b>bold</b> or <script>alert(1)</script>\n<div onclick=\"x\">block</div>"));
}

void TestAnkiCardHtml::markdown_fencedCode_isEscapedExactlyOnce_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("language");
    QTest::newRow("comparisons") << "if a < b and c > d:" << "python";
    QTest::newRow("ampersands") << "x = a & b && c" << "cpp";
    QTest::newRow("an entity in the code") << "html = '&lt;p&gt; &amp;amp; &quot;'" << "python";
    QTest::newRow("quotes") << "print(\"it's\")" << "";
    QTest::newRow("markup in the code") << "s = '<b>not bold</b></code></pre>'" << "python";
}

void TestAnkiCardHtml::markdown_fencedCode_isEscapedExactlyOnce()
{
    QFETCH(QString, code);
    QFETCH(QString, language);
    const Anki::CardHtml html(nullptr);
    const QString out = html.markdown(QStringLiteral("Before.\n\n```") + language + QLatin1Char('\n') + code
                                      + QStringLiteral("\n```\n\nAfter `a < b`."));
    // The same box as a snippet's, with what md4c escaped unescaped first.
    QCOMPARE(out, QStringLiteral("<p>Before.</p>\n") + html.code(code, language.isEmpty() ? QStringLiteral("text") : language)
                      + QStringLiteral("\n<p>After <code>a &lt; b</code>.</p>"));
    static const QRegularExpression pre(QStringLiteral("<pre class=\"dd-code\">(.*)</pre>"), QRegularExpression::DotMatchesEverythingOption);
    QCOMPARE(text(pre.match(out).captured(1)), code);
}

void TestAnkiCardHtml::numberedCode_padsTheNumbersToOneWidth()
{
    QStringList lines;
    for (int i = 1; i <= 10; ++i)
        lines.append(QStringLiteral("x%1 = %1").arg(i));
    const QString html = Anki::CardHtml(nullptr).numberedCode(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'), QStringLiteral("python"));
    QVERIFY(html.startsWith(QStringLiteral("<pre class=\"dd-code\"><span class=\"dd-line\"> 1 </span>x1 = 1\n")));
    QVERIFY(html.contains(QStringLiteral("\n<span class=\"dd-line\"> 9 </span>x9 = 9\n<span class=\"dd-line\">10 </span>x10 = 10</pre>")));
    QCOMPARE(html.count(QStringLiteral("dd-line")), 10); // the trailing line break adds no empty line
    // Tabs as four spaces, as everywhere code is shown.
    QCOMPARE(Anki::CardHtml(nullptr).numberedCode(QStringLiteral("\tx"), QStringLiteral("python")),
             QStringLiteral("<pre class=\"dd-code\"><span class=\"dd-line\">1 </span>    x</pre>"));
}

void TestAnkiCardHtml::inlineMarkdown_dropsTheParagraph_onlyWhenThereIsOne()
{
    const Anki::CardHtml html(nullptr);
    QCOMPARE(html.inlineMarkdown(QStringLiteral("`is` versus *==*")), QStringLiteral("<code>is</code> versus <em>==</em>"));
    QCOMPARE(html.inlineMarkdown(QStringLiteral("one\n\ntwo")), QStringLiteral("<p>one</p>\n<p>two</p>"));
    QCOMPARE(html.inlineMarkdown(QStringLiteral("- a list")), QStringLiteral("<ul>\n<li>a list</li>\n</ul>"));
    QCOMPARE(html.inlineMarkdown(QString()), QString());
}

void TestAnkiCardHtml::code_withTheEngine_isColouredInline_andKeepsItsText()
{
    QString error;
    const HighlightingEngine *engine = Highlighting::load(&error);
    if (!engine)
        QSKIP(qPrintable(QStringLiteral("the highlighting plugin cannot be loaded here: ") + error));
    const Anki::CardHtml html(engine);
    const QString code = QStringLiteral("def f(a, b):\n    return a < b  # compare\n");
    const QString out = html.code(code, QStringLiteral("python"));
    QVERIFY(out.startsWith(QStringLiteral("<pre class=\"dd-code\">")));
    // Colours inline (Anki keeps no style sheet of ours for them), from the light theme (the box stays light at night).
    QVERIFY2(out.contains(QStringLiteral("<span style=\"")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral(">def</span>")), qPrintable(out));
    QCOMPARE(out.count(QStringLiteral("class=")), 1); // the box's: colours need no style sheet
    QCOMPARE(text(out), code.chopped(1));
    // Spot the bug: the same colours, behind the numbers.
    const QString numbered = html.numberedCode(code, QStringLiteral("python"));
    QVERIFY(numbered.contains(QStringLiteral("<span class=\"dd-line\">1 </span><span style=\"")));
    QCOMPARE(text(numbered), QStringLiteral("1 def f(a, b):\n2     return a < b  # compare"));
}

QTEST_GUILESS_MAIN(TestAnkiCardHtml)
#include "tst_ankicardhtml.moc"
