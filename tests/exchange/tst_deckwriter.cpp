#include "deckwriter.h"

#include "deckloader.h"
#include "frontmatter.h"
#include "htmlparser.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <md4c-html.h>

#include <unistd.h>

using namespace DeepDive;

// DeckWriter: a deck of recall cards (what an Anki import makes) written as our Markdown deck format, which the
// app's DeckLoader reads back as it was written; and the pieces of it: ids from titles, ordered file names,
// Markdown that shows text literally, front matter values.
class TestDeckWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void write_deckLoaderReadsItBackAsWritten();
    void write_titlesThatLookQuotedOrSpecial_comeBackAsWritten_data();
    void write_titlesThatLookQuotedOrSpecial_comeBackAsWritten();
    void write_aHundredTopicsAndMore_comeBackInTheirOrder();
    void write_keepsTheFilesItDoesNotWrite();
    void write_intoAMissingFolder_failsAndMakesNothing();
    void write_whereAFileHasASectionsName_failsAndKeepsTheFile();
    void write_whereAFolderHasATopicsName_failsAndKeepsTheFolder();
    void write_intoAReadOnlyFolder_failsAndKeepsWhatIsThere();
    void slug_data();
    void slug();
    void orderedName_data();
    void orderedName();
    void orderedName_sortsAsTheIndexes_data();
    void orderedName_sortsAsTheIndexes();
    void escape_showsTheTextLiterally_data();
    void escape_showsTheTextLiterally();
    void frontMatterValue_data();
    void frontMatterValue();

private:
    QString folder() const { return m_dir->filePath(QStringLiteral("deck")); }
    DeckLoadResult writeAndLoad(const DeckFile &deck);
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {
DeckFile::Topic topic(const QString &id, const QString &title, QList<DeckFile::Card> cards = {})
{
    if (cards.isEmpty())
        cards = {{id + QStringLiteral("-1"), QStringLiteral("Question of ") + id + QLatin1Char('?'), QStringLiteral("Answer.")}};
    return {id, title, QString(), {}, cards};
}

DeckFile oneTopicDeck(const QString &deckTitle, const QString &sectionTitle, const QString &topicTitle)
{
    DeckFile deck;
    deck.id = QStringLiteral("anki-t");
    deck.title = deckTitle;
    deck.language = QStringLiteral("en");
    deck.sections = {{QStringLiteral("s"), sectionTitle, QStringLiteral("01-s"), {topic(QStringLiteral("t"), topicTitle)}}};
    return deck;
}

// Markdown as the text a reader sees: rendered as the app's viewer does, tags dropped.
QString shown(const QString &markdown)
{
    const QByteArray utf8 = markdown.toUtf8();
    QByteArray out;
    md_html(utf8.constData(), MD_SIZE(utf8.size()),
            [](const MD_CHAR *text, MD_SIZE size, void *data) { static_cast<QByteArray *>(data)->append(text, qsizetype(size)); },
            &out, MD_DIALECT_GITHUB, 0);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    return decodeEntities(QString::fromUtf8(out).remove(tags)).trimmed();
}

QString contents(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QStringLiteral("(unreadable)");
}

bool writeText(const QString &file, const QByteArray &text)
{
    QFile f(file);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}
} // namespace

void TestDeckWriter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir().mkpath(folder()));
}

DeckLoadResult TestDeckWriter::writeAndLoad(const DeckFile &deck)
{
    QString error;
    if (!DeckWriter::write(deck, folder(), &error)) {
        qWarning() << error;
        return {};
    }
    DeckLoadResult result = DeckLoader::load(folder());
    for (const Diagnostic &d : std::as_const(result.diagnostics))
        qWarning() << d.toString();
    return result;
}

void TestDeckWriter::write_deckLoaderReadsItBackAsWritten()
{
    DeckFile deck;
    deck.id = QStringLiteral("anki-python");
    deck.title = QStringLiteral("Python: the basics");
    deck.version = QStringLiteral("3");
    deck.language = QStringLiteral("en");
    deck.description = QStringLiteral("Imported from the Anki package ") + DeckWriter::escape(QStringLiteral("my_deck[1].apkg"))
        + QStringLiteral(".\n\nA second paragraph.");
    deck.sections = {
        {QStringLiteral("basics"), QStringLiteral("Basics"), QStringLiteral("01-basics"),
         {{QStringLiteral("printing"), QStringLiteral("Printing, and `print()`"),
           QStringLiteral("Imported from the Anki deck Python::Basics.\n\nWith **Markdown**."),
           {QStringLiteral("python::basics"), QStringLiteral("Hard")},
           {{QStringLiteral("n1-0"), QStringLiteral("What does `print(1 + 1)` show?"), QStringLiteral("`2`")},
            {QStringLiteral("n2-0"), DeckWriter::escape(QStringLiteral("Is a < b * c_d [x] # y?")),
             QStringLiteral("Yes.\n\n- a list\n- of two\n\n```text\ncode\n```")}}},
          {QStringLiteral("unicode"), QStringLiteral("\u00dcn\u00efc\u00f8d\u00e9 \u2014 \u00abquotes\u00bb"), QString(), {},
           {{QStringLiteral("n3-0"), QStringLiteral("caf\u00e9?"), QStringLiteral("\u65e5\u672c\u8a9e \U0001F600")}}}}},
        {QStringLiteral("more"), QStringLiteral("More"), QStringLiteral("02-more"),
         {{QStringLiteral("last"), QStringLiteral("Last"), QStringLiteral("Summary."), {},
           {{QStringLiteral("n4-0"), QStringLiteral("q\\\nwith a line break"), QStringLiteral("a")}}}}},
    };
    const DeckLoadResult result = writeAndLoad(deck);
    QVERIFY(result.loaded);
    QCOMPARE(result.diagnostics.size(), 0);
    const Deck &loaded = result.deck;
    QCOMPARE(loaded.id, deck.id);
    QCOMPARE(loaded.title, deck.title);
    QCOMPARE(loaded.version, deck.version);
    QCOMPARE(loaded.language, deck.language);
    QCOMPARE(loaded.description, deck.description);
    QCOMPARE(loaded.sections.size(), deck.sections.size());
    for (int s = 0; s < deck.sections.size(); ++s) {
        const DeckFile::Section &written = deck.sections[s];
        const Section &section = loaded.sections[s];
        QCOMPARE(section.id, written.id);
        QCOMPARE(section.title, written.title);
        QCOMPARE(section.topics.size(), written.topics.size());
        for (int t = 0; t < written.topics.size(); ++t) {
            const DeckFile::Topic &wt = written.topics[t];
            const Topic &lt = loaded.topics[section.topics[t]];
            QCOMPARE(lt.id, wt.id);
            QCOMPARE(lt.title, wt.title);
            QCOMPARE(lt.tags, QStringList{QStringLiteral("anki")} + wt.tags);
            QCOMPARE(lt.summary, wt.summary);
            QCOMPARE(QFileInfo(lt.file).fileName(), DeckWriter::orderedName(t, wt.id) + QStringLiteral(".md"));
            QCOMPARE(lt.cards.size(), wt.cards.size());
            for (int c = 0; c < wt.cards.size(); ++c) {
                QCOMPARE(lt.cards[c].type, CardType::Recall);
                QCOMPARE(lt.cards[c].id, wt.cards[c].id);
                QCOMPARE(lt.cards[c].prompt, wt.cards[c].prompt);
                QCOMPARE(lt.cards[c].answer, wt.cards[c].answer);
            }
        }
    }
    // Writing it again gives the same files.
    const QString first = contents(QDir(folder()).filePath(QStringLiteral("01-basics/01-printing.md")));
    QString error;
    QVERIFY2(DeckWriter::write(deck, folder(), &error), qPrintable(error));
    QCOMPARE(contents(QDir(folder()).filePath(QStringLiteral("01-basics/01-printing.md"))), first);
}

void TestDeckWriter::write_titlesThatLookQuotedOrSpecial_comeBackAsWritten_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("loaded");
    QTest::newRow("plain") << "Spanish verbs" << "Spanish verbs";
    QTest::newRow("a colon") << "C++: templates" << "C++: templates";
    QTest::newRow("a hash") << "# not a comment" << "# not a comment";
    QTest::newRow("dashes") << "--- not a fence" << "--- not a fence";
    QTest::newRow("double-quoted") << "\"Spanish\"" << "\"Spanish\"";
    QTest::newRow("single-quoted") << "'Tis the 'season'" << "'Tis the 'season'";
    QTest::newRow("a quote at one end") << "\"Quoted\" words" << "\"Quoted\" words";
    QTest::newRow("a quote alone") << "\"" << "\"";
    // On one line: white space folded; an empty one still a title.
    QTest::newRow("lines and spaces") << "  two\nlines \t here " << "two lines here";
    QTest::newRow("empty") << "" << "-";
}

void TestDeckWriter::write_titlesThatLookQuotedOrSpecial_comeBackAsWritten()
{
    QFETCH(QString, title);
    QFETCH(QString, loaded);
    const DeckLoadResult result = writeAndLoad(oneTopicDeck(title, title, title));
    QVERIFY(result.loaded);
    QCOMPARE(result.diagnostics.size(), 0);
    QCOMPARE(result.deck.title, loaded);
    QCOMPARE(result.deck.sections.size(), 1);
    QCOMPARE(result.deck.sections.first().title, loaded);
    QCOMPARE(result.deck.topics.size(), 1);
    QCOMPARE(result.deck.topics.first().title, loaded);
}

void TestDeckWriter::write_aHundredTopicsAndMore_comeBackInTheirOrder()
{
    // A large Anki deck with many subdecks under one parent: one section of 120 topics.
    DeckFile deck = oneTopicDeck(QStringLiteral("Big"), QStringLiteral("Lessons"), QStringLiteral("unused"));
    QList<DeckFile::Topic> &topics = deck.sections.first().topics;
    topics.clear();
    QStringList written;
    for (int i = 0; i < 120; ++i) {
        const QString id = QStringLiteral("lesson-%1").arg(119 - i); // not in the order of their names
        topics.append(topic(id, QStringLiteral("Lesson %1").arg(119 - i)));
        written.append(id);
    }
    const DeckLoadResult result = writeAndLoad(deck);
    QCOMPARE(result.diagnostics.size(), 0);
    QStringList loaded;
    for (int t : result.deck.sections.first().topics)
        loaded.append(result.deck.topics[t].id);
    QCOMPARE(loaded, written);
}

void TestDeckWriter::write_keepsTheFilesItDoesNotWrite()
{
    // The importer copies a topic's images beside it before the deck is written.
    QVERIFY(QDir(folder()).mkpath(QStringLiteral("01-s")));
    const QByteArray png("\x89PNG image", 10);
    QVERIFY(writeText(QDir(folder()).filePath(QStringLiteral("01-s/picture.png")), png));
    QVERIFY(writeText(QDir(folder()).filePath(QStringLiteral("notes.txt")), "mine"));
    const DeckLoadResult result = writeAndLoad(oneTopicDeck(QStringLiteral("D"), QStringLiteral("S"), QStringLiteral("T")));
    QCOMPARE(result.diagnostics.size(), 0);
    QCOMPARE(result.deck.topics.size(), 1);
    QFile picture(QDir(folder()).filePath(QStringLiteral("01-s/picture.png")));
    QVERIFY(picture.open(QIODevice::ReadOnly));
    QCOMPARE(picture.readAll(), png);
    QCOMPARE(contents(QDir(folder()).filePath(QStringLiteral("notes.txt"))), QStringLiteral("mine"));
    QCOMPARE(QDir(folder()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList({QStringLiteral("01-s"), QStringLiteral("deck.md"), QStringLiteral("notes.txt")}));
    QCOMPARE(QDir(folder() + QStringLiteral("/01-s")).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList({QStringLiteral("01-t.md"), QStringLiteral("picture.png"), QStringLiteral("section.md")}));
}

void TestDeckWriter::write_intoAMissingFolder_failsAndMakesNothing()
{
    const QString missing = m_dir->filePath(QStringLiteral("not/there"));
    QString error;
    QVERIFY(!DeckWriter::write(oneTopicDeck(QStringLiteral("D"), QStringLiteral("S"), QStringLiteral("T")), missing, &error));
    QVERIFY2(error.startsWith(QStringLiteral("cannot write ") + QDir::toNativeSeparators(missing + QStringLiteral("/deck.md"))),
             qPrintable(error));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("not"))));
}

void TestDeckWriter::write_whereAFileHasASectionsName_failsAndKeepsTheFile()
{
    const QString inTheWay = QDir(folder()).filePath(QStringLiteral("01-s"));
    QVERIFY(writeText(inTheWay, "not a folder"));
    QString error;
    QVERIFY(!DeckWriter::write(oneTopicDeck(QStringLiteral("D"), QStringLiteral("S"), QStringLiteral("T")), folder(), &error));
    QCOMPARE(error, QStringLiteral("cannot make the folder ") + QDir::toNativeSeparators(inTheWay));
    QCOMPARE(contents(inTheWay), QStringLiteral("not a folder"));
}

void TestDeckWriter::write_whereAFolderHasATopicsName_failsAndKeepsTheFolder()
{
    const QString inTheWay = QDir(folder()).filePath(QStringLiteral("01-s/01-t.md"));
    QVERIFY(QDir().mkpath(inTheWay));
    QVERIFY(writeText(inTheWay + QStringLiteral("/inside.txt"), "kept"));
    QString error;
    QVERIFY(!DeckWriter::write(oneTopicDeck(QStringLiteral("D"), QStringLiteral("S"), QStringLiteral("T")), folder(), &error));
    QVERIFY2(error.startsWith(QStringLiteral("cannot write ") + QDir::toNativeSeparators(inTheWay) + QStringLiteral(": ")),
             qPrintable(error));
    QVERIFY(QFileInfo(inTheWay).isDir());
    QCOMPARE(contents(inTheWay + QStringLiteral("/inside.txt")), QStringLiteral("kept"));
}

void TestDeckWriter::write_intoAReadOnlyFolder_failsAndKeepsWhatIsThere()
{
    if (::geteuid() == 0)
        QSKIP("root writes into a read-only folder: checked when the suite runs as a normal user");
    const QString manifest = QDir(folder()).filePath(QStringLiteral("deck.md"));
    QVERIFY(writeText(manifest, "---\nid: mine\n---\n"));
    QVERIFY(QFile::setPermissions(folder(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    QString error;
    const bool written = DeckWriter::write(oneTopicDeck(QStringLiteral("D"), QStringLiteral("S"), QStringLiteral("T")), folder(), &error);
    QFile::setPermissions(folder(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY(!written);
    QVERIFY2(error.startsWith(QStringLiteral("cannot write ") + QDir::toNativeSeparators(manifest)), qPrintable(error));
    QCOMPARE(contents(manifest), QStringLiteral("---\nid: mine\n---\n"));
    QCOMPARE(QDir(folder()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList{QStringLiteral("deck.md")});
}

void TestDeckWriter::slug_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("slug");
    QTest::newRow("words") << "Hello World" << "hello-world";
    QTest::newRow("accents dropped") << QStringLiteral("Caf\u00e9 cr\u00e8me \u00e0 la Fran\u00e7aise") << "cafe-creme-a-la-francaise";
    QTest::newRow("punctuation runs become one dash") << "C++ / Qt: signals & slots!" << "c-qt-signals-slots";
    QTest::newRow("no dash at either end") << "  --Python--  " << "python";
    QTest::newRow("digits kept") << "Lesson 01 (part 2)" << "lesson-01-part-2";
    QTest::newRow("Anki's hierarchy") << "Python::asyncio" << "python-asyncio";
    QTest::newRow("ligatures and wide letters") << QStringLiteral("\ufb01ne \uff21\uff22") << "fine-ab";
    QTest::newRow("nothing left: the fallback") << "!!! ???" << "deck";
    QTest::newRow("other scripts: the fallback") << QStringLiteral("\u65e5\u672c\u8a9e") << "deck";
    QTest::newRow("empty: the fallback") << "" << "deck";
    QTest::newRow("at most 48 characters, no dash at the cut")
        << "abcdefghij abcdefghij abcdefghij abcdefghij abcdefghij" << "abcdefghij-abcdefghij-abcdefghij-abcdefghij-abcd";
    QTest::newRow("a cut at a dash") << QStringLiteral("a").repeated(47) + QStringLiteral(" b") << QStringLiteral("a").repeated(47);
}

void TestDeckWriter::slug()
{
    QFETCH(QString, title);
    QFETCH(QString, slug);
    const QString made = DeckWriter::slug(title, QStringLiteral("deck"));
    QCOMPARE(made, slug);
    QVERIFY(made.size() <= 48);
    QVERIFY2(isValidId(made), qPrintable(made)); // what the deck format accepts as an id
}

void TestDeckWriter::orderedName_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("name");
    QTest::newRow("first") << 0 << 0 << "01-x";
    QTest::newRow("tenth") << 9 << 0 << "10-x";
    QTest::newRow("ninety-ninth") << 98 << 0 << "99-x";
    QTest::newRow("hundredth") << 99 << 0 << "100-x";
    QTest::newRow("first of a hundred") << 0 << 100 << "001-x";
    QTest::newRow("ninety-ninth of 120") << 98 << 120 << "099-x";
    QTest::newRow("first of 1000") << 0 << 1000 << "0001-x";
    QTest::newRow("first of ten") << 0 << 10 << "01-x";
}

void TestDeckWriter::orderedName()
{
    QFETCH(int, index);
    QFETCH(int, count);
    QFETCH(QString, name);
    QCOMPARE(DeckWriter::orderedName(index, QStringLiteral("x"), count), name);
}

void TestDeckWriter::orderedName_sortsAsTheIndexes_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("9") << 9;
    QTest::newRow("99") << 99;
    QTest::newRow("100") << 100;
    QTest::newRow("1200") << 1200;
}

void TestDeckWriter::orderedName_sortsAsTheIndexes()
{
    // DeckLoader orders sections and topics by their names (QDir::Name): those must sort as the indexes do.
    QFETCH(int, count);
    QStringList names;
    for (int i = 0; i < count; ++i)
        names.append(DeckWriter::orderedName(i, QStringLiteral("z"), count));
    QStringList sorted = names;
    sorted.sort();
    QCOMPARE(sorted, names);
}

void TestDeckWriter::escape_showsTheTextLiterally_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("emphasis") << "*not* _em_ **strong** ~~struck~~";
    QTest::newRow("links and images") << "[x](y) ![alt](pic.png) [ref][1]";
    QTest::newRow("html") << "<b>bold</b> <script>alert(1)</script> <!-- c -->";
    QTest::newRow("entities") << "&amp; &lt; &#65; &copy;";
    QTest::newRow("code") << "`code` ``two``";
    QTest::newRow("backslashes") << "a\\b \\* \\\\";
    QTest::newRow("table pipes") << "a | b | c";
    QTest::newRow("heading mark") << "# not a heading";
    QTest::newRow("math") << "$x$ and $$y$$";
    QTest::newRow("an Anki file name") << "my_deck (v2) [final].apkg";
    QTest::newRow("an Anki deck name") << "Python::asyncio <b>*draft*</b>";
}

void TestDeckWriter::escape_showsTheTextLiterally()
{
    QFETCH(QString, text);
    // As the importer uses it: inside a sentence.
    const QString sentence = QStringLiteral("Imported from %1.");
    QCOMPARE(shown(sentence.arg(DeckWriter::escape(text))), sentence.arg(text));
}

void TestDeckWriter::frontMatterValue_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("value");
    QTest::newRow("plain") << "Title" << "Title";
    QTest::newRow("folded to one line") << " a\n  b\r\nc\t" << "a b c";
    QTest::newRow("empty") << "" << "-";
    QTest::newRow("only spaces") << " \n " << "-";
    // The front matter reader takes one pair of matching quotes off: a quoted title keeps its own inside another.
    QTest::newRow("double-quoted") << "\"Spanish\"" << "\"\"Spanish\"\"";
    QTest::newRow("single-quoted") << "'s'" << "''s''";
    QTest::newRow("quotes that do not match") << "\"a'" << "\"a'";
    QTest::newRow("one quote") << "'" << "'";
}

void TestDeckWriter::frontMatterValue()
{
    QFETCH(QString, text);
    QFETCH(QString, value);
    QCOMPARE(DeckWriter::frontMatterValue(text), value);
}

QTEST_GUILESS_MAIN(TestDeckWriter)
#include "tst_deckwriter.moc"
