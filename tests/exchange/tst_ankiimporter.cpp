#include "ankiexporter.h"
#include "ankiids.h"
#include "ankiimporter.h"
#include "apkgbuilder.h"
#include "contentcheck.h"
#include "deckloader.h"
#include "highlighting.h"
#include "htmlparser.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTest>

#include <md4c-html.h>

using namespace DeepDive;

class TestAnkiImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void basicReversedAndCloze_becomeRecallCards_data();
    void basicReversedAndCloze_becomeRecallCards();
    void subdecks_becomeTopics_parentsSections();
    void importedDeck_passesCheckContent();
    void anki21b_isRefusedWithHowToExportACompatibleFile();
    void notAZip_orTruncated_failsAndLeavesNothing_data();
    void notAZip_orTruncated_failsAndLeavesNothing();
    void zipBomb_collection_isStoppedAtTheLimit();
    void tooManyEntries_isRefusedBeforeTheyAreListed();
    void zipBomb_media_isStoppedAtTheLimit_andReported();
    void hostileHtml_isStripped_andReported();
    void images_areCopiedBesideTheTopic();
    void existingDeckFolder_isNeverTouched();
    void emptyAnswer_isSkippedWithTheReason();
    void roundTrip_bundledDeck_keepsEveryCardAndItsText();
    void notesTags_becomeTheTopicsTags();
    void progress_countsEveryCard();
    void cancelledAfterSomeCards_leavesNoDeckAndNoTemporaryFolder_data();
    void cancelledAfterSomeCards_leavesNoDeckAndNoTemporaryFolder();

private:
    Deck importedDeck(const QString &apkg, AnkiImportReport *report = nullptr);
    QString decksFolder() const { return m_dir->filePath(QStringLiteral("decks")); }
    QStringList decksFolderEntries() const
    {
        return QDir(decksFolder()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

const Card *findCard(const Deck &deck, const QString &id)
{
    for (const Topic &topic : deck.topics) {
        for (const Card &card : topic.cards) {
            if (card.id == id)
                return &card;
        }
    }
    return nullptr;
}

// Markdown as the text a reader sees: rendered, tags dropped, white space folded.
QString plain(const QString &markdown)
{
    const QByteArray utf8 = markdown.toUtf8();
    QByteArray out;
    md_html(utf8.constData(), MD_SIZE(utf8.size()),
            [](const MD_CHAR *text, MD_SIZE size, void *data) { static_cast<QByteArray *>(data)->append(text, qsizetype(size)); },
            &out, MD_DIALECT_GITHUB | MD_FLAG_NOHTML, 0);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    return decodeEntities(QString::fromUtf8(out).remove(tags)).replace(QChar(0xa0), QLatin1Char(' ')).simplified();
}

qint64 noteIdOf(const QString &deckId, const QString &cardId, int part = -1)
{
    return Anki::stableId(QStringLiteral("note:") + Anki::noteGuid(deckId, cardId, part));
}

} // namespace

void TestAnkiImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

Deck TestAnkiImporter::importedDeck(const QString &apkg, AnkiImportReport *report)
{
    AnkiImportReport local;
    report = report ? report : &local;
    QString error;
    if (!AnkiImporter().importPackage(apkg, decksFolder(), report, &error)) {
        qWarning() << error;
        return {};
    }
    const DeckLoadResult result = DeckLoader::load(report->folder);
    for (const Diagnostic &d : result.diagnostics)
        qWarning() << d.toString();
    return result.diagnostics.isEmpty() ? result.deck : Deck();
}

void TestAnkiImporter::basicReversedAndCloze_becomeRecallCards_data()
{
    QTest::addColumn<QString>("collectionName");
    QTest::newRow("anki2") << QStringLiteral("collection.anki2");
    QTest::newRow("anki21") << QStringLiteral("collection.anki21");
}

void TestAnkiImporter::basicReversedAndCloze_becomeRecallCards()
{
    QFETCH(QString, collectionName);
    const QString apkg = m_dir->filePath(QStringLiteral("t.apkg"));
    QVERIFY(Test::writeApkg(apkg, collectionName,
                            {{QStringLiteral("Lang"), Test::basicId, {QStringLiteral("What is <b>2+2</b>?"), QStringLiteral("4")}},
                             {QStringLiteral("Lang"), Test::reversedId, {QStringLiteral("chien"), QStringLiteral("dog")}, {0, 1}},
                             {QStringLiteral("Lang"), Test::clozeId,
                              {QStringLiteral("{{c1::Paris}} is the capital of {{c2::France::a country}}"), QStringLiteral("extra")},
                              {0, 1}}}));
    AnkiImportReport report;
    const Deck deck = importedDeck(apkg, &report);
    QCOMPARE(report.cards, 5);
    QCOMPARE(deck.topics.size(), 1);
    QCOMPARE(deck.topics.first().cards.size(), 5);
    const QList<Card> &cards = deck.topics.first().cards;
    for (const Card &card : cards)
        QCOMPARE(card.type, CardType::Recall);
    QCOMPARE(cards[0].prompt, QStringLiteral("What is **2+2**?"));
    QCOMPARE(cards[0].answer, QStringLiteral("4"));
    QCOMPARE(cards[1].prompt, QStringLiteral("chien"));
    QCOMPARE(cards[1].answer, QStringLiteral("dog"));
    QCOMPARE(cards[2].prompt, QStringLiteral("dog")); // the reversed card
    QCOMPARE(cards[2].answer, QStringLiteral("chien"));
    QCOMPARE(cards[3].prompt, QStringLiteral("\\[...\\] is the capital of France"));
    QCOMPARE(cards[3].answer, QStringLiteral("**Paris** is the capital of France\n\nextra"));
    QCOMPARE(cards[4].prompt, QStringLiteral("Paris is the capital of \\[a country\\]"));
    QCOMPARE(cards[4].answer, QStringLiteral("Paris is the capital of **France**\n\nextra"));
    QVERIFY(report.skipped.isEmpty());
}

void TestAnkiImporter::subdecks_becomeTopics_parentsSections()
{
    const QString apkg = m_dir->filePath(QStringLiteral("t.apkg"));
    QVERIFY(Test::writeApkg(apkg, QStringLiteral("collection.anki2"),
                            {{QStringLiteral("Python::asyncio"), Test::basicId, {QStringLiteral("q1"), QStringLiteral("a1")}},
                             {QStringLiteral("Python::asyncio"), Test::basicId, {QStringLiteral("q2"), QStringLiteral("a2")}},
                             {QStringLiteral("Python::GIL"), Test::basicId, {QStringLiteral("q3"), QStringLiteral("a3")}},
                             {QStringLiteral("Python::Web::Django ORM"), Test::basicId, {QStringLiteral("q4"), QStringLiteral("a4")}}}));
    AnkiImportReport report;
    const Deck deck = importedDeck(apkg, &report);
    QCOMPARE(deck.title, QStringLiteral("Python"));
    QCOMPARE(deck.id, QStringLiteral("anki-python")); // never the bundled deck's id, which it would replace
    QCOMPARE(report.deckId, deck.id);
    QCOMPARE(QFileInfo(report.folder).fileName(), deck.id);
    QCOMPARE(report.topics, 3);
    QStringList sections, topics;
    for (const Section &section : deck.sections) {
        sections.append(section.title);
        for (int t : section.topics)
            topics.append(section.title + QStringLiteral(": ") + deck.topics[t].title + QStringLiteral(" ")
                          + QString::number(deck.topics[t].cards.size()));
    }
    QCOMPARE(sections, QStringList({QStringLiteral("Python"), QStringLiteral("Web")}));
    QCOMPARE(topics, QStringList({QStringLiteral("Python: GIL 1"), QStringLiteral("Python: asyncio 2"),
                                  QStringLiteral("Web: Django ORM 1")}));
}

void TestAnkiImporter::importedDeck_passesCheckContent()
{
    const QString apkg = m_dir->filePath(QStringLiteral("t.apkg"));
    QVERIFY(Test::writeApkg(apkg, QStringLiteral("collection.anki2"),
                            {{QStringLiteral("A::B"), Test::basicId,
                              {QStringLiteral("<h1>### Answer</h1><pre>#### Answer\n```\nx</pre>- not a list"),
                               QStringLiteral("<ul><li>one</li><li>two<ol><li>2a</li></ol></li></ul><p>1. no</p>")}}}));
    AnkiImportReport report;
    QString error;
    QVERIFY2(AnkiImporter().importPackage(apkg, decksFolder(), &report, &error), qPrintable(error));
    QString output;
    QTextStream out(&output);
    QCOMPARE(checkContent(report.folder, out), 0);
    QVERIFY2(output.contains(QStringLiteral("1 cards")) || output.contains(QStringLiteral("1 card")), qPrintable(output));
}

void TestAnkiImporter::anki21b_isRefusedWithHowToExportACompatibleFile()
{
    const QString apkg = m_dir->filePath(QStringLiteral("new.apkg"));
    {
        KZip zip(apkg);
        QVERIFY(zip.open(QIODevice::WriteOnly));
        zip.writeFile(QStringLiteral("collection.anki21b"), QByteArray("\x28\xb5\x2f\xfd zstd", 9));
        zip.writeFile(QStringLiteral("collection.anki2"), QByteArray("a dummy collection saying: please update Anki"));
        zip.writeFile(QStringLiteral("meta"), QByteArray("\x08\x03", 2));
        QVERIFY(zip.close());
    }
    AnkiImportReport report;
    QString error;
    QVERIFY(!AnkiImporter().importPackage(apkg, decksFolder(), &report, &error));
    QVERIFY2(error.contains(QStringLiteral("Support older Anki versions")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("File > Export")), qPrintable(error));
    QVERIFY2(error.contains(apkg), qPrintable(error));
    QCOMPARE(decksFolderEntries(), QStringList());
}

void TestAnkiImporter::notAZip_orTruncated_failsAndLeavesNothing_data()
{
    QTest::addColumn<int>("keep"); // bytes of a good package kept; -1: not a zip at all
    QTest::newRow("not a zip") << -1;
    QTest::newRow("empty") << 0;
    QTest::newRow("cut in the middle") << 2;
    QTest::newRow("cut before the end") << 90;
}

void TestAnkiImporter::notAZip_orTruncated_failsAndLeavesNothing()
{
    QFETCH(int, keep);
    const QString good = m_dir->filePath(QStringLiteral("good.apkg"));
    QVERIFY(Test::writeApkg(good, QStringLiteral("collection.anki2"),
                            {{QStringLiteral("D"), Test::basicId, {QStringLiteral("q"), QStringLiteral("a")}}}));
    QFile in(good);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray bytes = in.readAll();
    const QString bad = m_dir->filePath(QStringLiteral("bad.apkg"));
    QFile out(bad);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(keep < 0 ? QByteArray("This is not a zip file at all.\n").repeated(100) : bytes.left(bytes.size() * keep / 100));
    out.close();
    AnkiImportReport report;
    QString error;
    QVERIFY(!AnkiImporter().importPackage(bad, decksFolder(), &report, &error));
    QVERIFY2(error.contains(bad) || error.contains(QStringLiteral("collection")), qPrintable(error));
    QVERIFY(report.folder.isEmpty());
    QCOMPARE(decksFolderEntries(), QStringList());
}

void TestAnkiImporter::zipBomb_collection_isStoppedAtTheLimit()
{
    const QString apkg = m_dir->filePath(QStringLiteral("bomb.apkg"));
    {
        KZip zip(apkg);
        QVERIFY(zip.open(QIODevice::WriteOnly));
        zip.writeFile(QStringLiteral("collection.anki2"), QByteArray(8 << 20, '\0')); // 8 MiB, a few KiB packed
        zip.writeFile(QStringLiteral("media"), QByteArray("{}"));
        QVERIFY(zip.close());
    }
    QVERIFY(QFileInfo(apkg).size() < 100'000);
    AnkiPackageLimits limits;
    limits.maxCollectionBytes = 1 << 20;
    AnkiImportReport report;
    QString error;
    QVERIFY(!AnkiImporter(limits).importPackage(apkg, decksFolder(), &report, &error));
    QVERIFY2(error.contains(QStringLiteral("unpacks to more than 1.0 MiB")), qPrintable(error));
    QCOMPARE(decksFolderEntries(), QStringList());
}

void TestAnkiImporter::tooManyEntries_isRefusedBeforeTheyAreListed()
{
    const QString apkg = m_dir->filePath(QStringLiteral("many.apkg"));
    QVERIFY(Test::writeApkg(apkg, QStringLiteral("collection.anki2"),
                            {{QStringLiteral("D"), Test::basicId, {QStringLiteral("q"), QStringLiteral("a")}}},
                            {{QStringLiteral("a.png"), QByteArray("a")}, {QStringLiteral("b.png"), QByteArray("b")}}));
    AnkiPackageLimits limits;
    limits.maxEntries = 3; // the collection, the media list and two files: four
    AnkiImportReport report;
    QString error;
    QVERIFY(!AnkiImporter(limits).importPackage(apkg, decksFolder(), &report, &error));
    QVERIFY2(error.contains(QStringLiteral("holds 4 files")), qPrintable(error));
    QCOMPARE(decksFolderEntries(), QStringList());
    limits.maxEntries = 4;
    QVERIFY2(AnkiImporter(limits).importPackage(apkg, decksFolder(), &report, &error), qPrintable(error));
}

void TestAnkiImporter::zipBomb_media_isStoppedAtTheLimit_andReported()
{
    const QString apkg = m_dir->filePath(QStringLiteral("bomb.apkg"));
    QVERIFY(Test::writeApkg(apkg, QStringLiteral("collection.anki2"),
                            {{QStringLiteral("D"), Test::basicId, {QStringLiteral("q <img src=\"big.png\">"), QStringLiteral("a")}}},
                            {{QStringLiteral("big.png"), QByteArray(8 << 20, '\0')}}));
    AnkiPackageLimits limits;
    limits.maxMediaFileBytes = 1 << 20;
    AnkiImportReport report;
    QString error;
    QVERIFY2(AnkiImporter(limits).importPackage(apkg, decksFolder(), &report, &error), qPrintable(error));
    QCOMPARE(report.images, 0);
    QVERIFY2(report.skipped.join(QLatin1Char('\n')).contains(QStringLiteral("big.png")), qPrintable(report.skipped.join(QLatin1Char('\n'))));
    QVERIFY2(report.skipped.join(QLatin1Char('\n')).contains(QStringLiteral("unpacks to more than")), qPrintable(report.skipped.join(QLatin1Char('\n'))));
    QDirIterator it(report.folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        QVERIFY2(it.next().endsWith(QLatin1String(".md")), qPrintable(it.filePath()));
}

void TestAnkiImporter::hostileHtml_isStripped_andReported()
{
    const QString apkg = m_dir->filePath(QStringLiteral("evil.apkg"));
    QVERIFY(Test::writeApkg(apkg, QStringLiteral("collection.anki2"),
                            {{QStringLiteral("D"), Test::basicId,
                              {QStringLiteral("Question<script>alert('q')</script><img src=x onerror=\"alert(1)\">"),
                               QStringLiteral("<div onclick=\"steal()\">Answer</div><img src=\"https://evil.example/t.png\">"
                                              "<a href=\"javascript:alert(2)\">link</a><iframe src=\"https://evil.example\"></iframe>"
                                              "<style>*{}</style>[sound:boo.mp3]")}}}));
    AnkiImportReport report;
    const Deck deck = importedDeck(apkg, &report);
    QCOMPARE(deck.topics.size(), 1);
    QDirIterator it(report.folder, {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
    QString all;
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        all += QString::fromUtf8(f.readAll());
    }
    for (const char *bad : {"script", "alert", "onerror", "onclick", "steal", "evil.example", "javascript", "iframe",
                            "style", "sound"})
        QVERIFY2(!all.contains(QLatin1String(bad), Qt::CaseInsensitive), bad);
    const Card &card = deck.topics.first().cards.first();
    QCOMPARE(card.prompt, QStringLiteral("Question"));
    QCOMPARE(card.answer, QStringLiteral("Answer\n\nlink"));
    const QString skipped = report.skipped.join(QLatin1Char('\n'));
    for (const char *reason : {"<script>", "event handlers", "https://evil.example/t.png", "not http(s)", "<iframe>",
                               "<style>", "sound", "the image x"})
        QVERIFY2(skipped.contains(QLatin1String(reason)), qPrintable(skipped + QStringLiteral("\nlacks ") + QLatin1String(reason)));
}

void TestAnkiImporter::images_areCopiedBesideTheTopic()
{
    const QString apkg = m_dir->filePath(QStringLiteral("img.apkg"));
    const QByteArray png = QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
    QVERIFY(Test::writeApkg(apkg, QStringLiteral("collection.anki2"),
                            {{QStringLiteral("D"), Test::basicId,
                              {QStringLiteral("What is this? <img src=\"my%20pic.png\">"), QStringLiteral("<img src=\"../../etc/passwd\">A dot")}}},
                            {{QStringLiteral("my pic.png"), png}, {QStringLiteral("../../etc/passwd"), QByteArray("x")}}));
    AnkiImportReport report;
    const Deck deck = importedDeck(apkg, &report);
    QCOMPARE(report.images, 2);
    const Topic &topic = deck.topics.first();
    const QDir beside = QFileInfo(topic.file).dir();
    QCOMPARE(topic.cards.first().prompt, QStringLiteral("What is this? ![](my_pic.png)"));
    QFile copied(beside.filePath(QStringLiteral("my_pic.png")));
    QVERIFY(copied.open(QIODevice::ReadOnly));
    QCOMPARE(copied.readAll(), png);
    // A name with a path stays inside the deck.
    QCOMPARE(topic.cards.first().answer, QStringLiteral("![](passwd)A dot"));
    QVERIFY(beside.exists(QStringLiteral("passwd")));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("etc/passwd"))));
}

void TestAnkiImporter::existingDeckFolder_isNeverTouched()
{
    QVERIFY(QDir().mkpath(decksFolder() + QStringLiteral("/anki-d")));
    QFile mine(decksFolder() + QStringLiteral("/anki-d/mine.txt"));
    QVERIFY(mine.open(QIODevice::WriteOnly));
    mine.write("keep me");
    mine.close();
    const QString apkg = m_dir->filePath(QStringLiteral("d.apkg"));
    QVERIFY(Test::writeApkg(apkg, QStringLiteral("collection.anki2"),
                            {{QStringLiteral("D"), Test::basicId, {QStringLiteral("q"), QStringLiteral("a")}}}));
    AnkiImportReport report;
    const Deck deck = importedDeck(apkg, &report);
    QCOMPARE(deck.id, QStringLiteral("anki-d-2"));
    QCOMPARE(QDir(decksFolder() + QStringLiteral("/anki-d")).entryList(QDir::Files), QStringList({QStringLiteral("mine.txt")}));
    QCOMPARE(decksFolderEntries(), QStringList({QStringLiteral("anki-d"), QStringLiteral("anki-d-2")}));
}

void TestAnkiImporter::emptyAnswer_isSkippedWithTheReason()
{
    const QString apkg = m_dir->filePath(QStringLiteral("e.apkg"));
    QVERIFY(Test::writeApkg(apkg, QStringLiteral("collection.anki2"),
                            {{QStringLiteral("D"), Test::basicId, {QStringLiteral("q"), QStringLiteral("<br>")}},
                             {QStringLiteral("D"), Test::basicId, {QStringLiteral("q2"), QStringLiteral("a2")}}}));
    AnkiImportReport report;
    const Deck deck = importedDeck(apkg, &report);
    QCOMPARE(report.cards, 1);
    QCOMPARE(deck.topics.first().cards.size(), 1);
    QCOMPARE(report.skipped.size(), 1);
    QVERIFY2(report.skipped.first().contains(QStringLiteral("answer is empty")), qPrintable(report.skipped.first()));
}

void TestAnkiImporter::roundTrip_bundledDeck_keepsEveryCardAndItsText()
{
    const DeckLoadResult bundled = DeckLoader::load(Test::sourcePath(QStringLiteral("content/python")));
    QVERIFY(bundled.loaded);
    QList<AnkiExportTopic> topics;
    QString label, error;
    QVERIFY(AnkiExporter::topicsInScope({bundled.deck}, {}, QStringLiteral("all"), &topics, &label, &error));
    QVERIFY2(Highlighting::load(&error), qPrintable(error));
    const QString apkg = m_dir->filePath(QStringLiteral("python.apkg"));
    AnkiExportSummary summary;
    QVERIFY2(AnkiExporter(Highlighting::engine()).write(apkg, topics, {}, &summary, &error), qPrintable(error));

    AnkiImportReport report;
    const Deck deck = importedDeck(apkg, &report);
    QVERIFY2(report.skipped.isEmpty(), qPrintable(report.skipped.join(QLatin1Char('\n'))));
    QCOMPARE(report.cards, summary.cards);
    QCOMPARE(deck.title, bundled.deck.title);
    QCOMPARE(deck.topics.size(), bundled.deck.topics.size()); // Deck::Section::Topic comes back as section and topic
    QCOMPARE(deck.sections.size(), bundled.deck.sections.size());
    // In Anki's order: by name.
    QStringList importedSections, bundledSections;
    for (int s = 0; s < deck.sections.size(); ++s) {
        importedSections.append(deck.sections[s].title);
        bundledSections.append(plainTitle(bundled.deck.sections[s].title));
    }
    QVERIFY(std::is_sorted(importedSections.cbegin(), importedSections.cend()));
    bundledSections.sort();
    QCOMPARE(importedSections, bundledSections);

    int compared = 0;
    for (const AnkiExportTopic &topic : std::as_const(topics)) {
        for (const Card &card : topic.topic.cards) {
            const int parts = card.type == CardType::Pair ? int(card.pairs.size()) : 1;
            for (int part = 0; part < parts; ++part) {
                const QString id = QStringLiteral("n%1-0").arg(noteIdOf(bundled.deck.id, card.id, card.type == CardType::Pair ? part : -1));
                const Card *imported = findCard(deck, id);
                QVERIFY2(imported, qPrintable(card.id));
                const QString prompt = plain(imported->prompt);
                const QString answer = plain(imported->answer);
                switch (card.type) {
                case CardType::Recall:
                    if (card.showId.isEmpty())
                        QCOMPARE(prompt, plain(card.prompt));
                    else
                        QVERIFY2(prompt.startsWith(plain(card.prompt)), qPrintable(card.id));
                    QCOMPARE(answer, plain(card.answer + QStringLiteral("\n\n") + card.explanation));
                    break;
                case CardType::Choice:
                    QVERIFY2(prompt.startsWith(plain(card.prompt)), qPrintable(card.id));
                    for (const ChoiceOption &option : card.options) {
                        QVERIFY2(prompt.contains(plain(option.text)), qPrintable(card.id));
                        QVERIFY2(answer.contains(plain(option.explanation)), qPrintable(card.id));
                    }
                    break;
                case CardType::Predict: {
                    const Snippet *snippet = topic.topic.snippet(card.snippetId);
                    QVERIFY2(prompt.contains(plain(QStringLiteral("```\n") + snippet->code + QStringLiteral("\n```"))), qPrintable(card.id));
                    if (snippet->hasExpectedOutput)
                        QVERIFY2(answer.startsWith(snippet->expectedOutput.simplified()), qPrintable(card.id));
                    break;
                }
                case CardType::SpotBug:
                    QVERIFY2(answer.contains(QStringLiteral("line %1").arg(card.bugLines.first())), qPrintable(card.id));
                    break;
                case CardType::Pair:
                    QVERIFY2(prompt.contains(plain(card.pairs[part].situation)), qPrintable(card.id));
                    QVERIFY2(answer.startsWith(card.pairs[part].side == 0 ? QStringLiteral("A:") : QStringLiteral("B:")), qPrintable(card.id));
                    break;
                }
                ++compared;
            }
        }
    }
    QCOMPARE(compared, summary.cards);
}

void TestAnkiImporter::notesTags_becomeTheTopicsTags()
{
    const QString apkg = m_dir->filePath(QStringLiteral("t.apkg"));
    QVERIFY(Test::writeApkg(apkg, QStringLiteral("collection.anki2"),
                            {{QStringLiteral("P::A"), Test::basicId, {QStringLiteral("q1"), QStringLiteral("a1")}, {0},
                              {QStringLiteral("python::asyncio"), QStringLiteral("Hard")}},
                             {QStringLiteral("P::A"), Test::basicId, {QStringLiteral("q2"), QStringLiteral("a2")}, {0},
                              {QStringLiteral("hard"), QStringLiteral("a,b"), QStringLiteral("Anki")}},
                             {QStringLiteral("P::B"), Test::basicId, {QStringLiteral("q3"), QStringLiteral("a3")}}}));
    const Deck deck = importedDeck(apkg);
    QCOMPARE(deck.topics.size(), 2);
    // Each tag once (Anki ignores case), a comma (our list separator) made harmless.
    QCOMPARE(deck.topics[0].tags, QStringList({QStringLiteral("anki"), QStringLiteral("python::asyncio"),
                                               QStringLiteral("Hard"), QStringLiteral("a_b")}));
    QCOMPARE(deck.topics[1].tags, QStringList{QStringLiteral("anki")});
}

namespace {
QList<Test::ApkgNoteSpec> manyNotes(int count)
{
    QList<Test::ApkgNoteSpec> notes;
    for (int i = 0; i < count; ++i) {
        notes.append({i % 2 ? QStringLiteral("Big::Odd") : QStringLiteral("Big::Even"), Test::basicId,
                      {QStringLiteral("q%1 <img src=\"p%1.png\">").arg(i), QStringLiteral("a%1").arg(i)}});
    }
    return notes;
}
QList<QPair<QString, QByteArray>> manyImages(int count)
{
    QList<QPair<QString, QByteArray>> media;
    for (int i = 0; i < count; ++i)
        media.append({QStringLiteral("p%1.png").arg(i), QByteArray("image ") + QByteArray::number(i)});
    return media;
}
} // namespace

void TestAnkiImporter::progress_countsEveryCard()
{
    const QString apkg = m_dir->filePath(QStringLiteral("t.apkg"));
    QVERIFY(Test::writeApkg(apkg, QStringLiteral("collection.anki2"), manyNotes(6), manyImages(6)));
    AnkiImporter importer;
    QList<QPair<int, int>> calls;
    importer.setProgress([&](int done, int total) {
        calls.append({done, total});
        return true;
    });
    AnkiImportReport report;
    QString error;
    QVERIFY2(importer.importPackage(apkg, decksFolder(), &report, &error), qPrintable(error));
    QVERIFY(!importer.wasCancelled());
    QCOMPARE(calls.size(), 7);
    for (int i = 0; i < calls.size(); ++i)
        QCOMPARE(calls[i], qMakePair(i, 6));
    QCOMPARE(report.images, 6);
}

void TestAnkiImporter::cancelledAfterSomeCards_leavesNoDeckAndNoTemporaryFolder_data()
{
    QTest::addColumn<bool>("decksFolderExists");
    QTest::addColumn<int>("cancelAt");
    QTest::newRow("first import: no decks folder yet") << false << 3;
    QTest::newRow("beside another deck") << true << 3;
    QTest::newRow("before the first card") << true << 0;
    QTest::newRow("after the last card") << true << 10;
}

void TestAnkiImporter::cancelledAfterSomeCards_leavesNoDeckAndNoTemporaryFolder()
{
    QFETCH(bool, decksFolderExists);
    QFETCH(int, cancelAt);
    const QString apkg = m_dir->filePath(QStringLiteral("t.apkg"));
    QVERIFY(Test::writeApkg(apkg, QStringLiteral("collection.anki2"), manyNotes(10), manyImages(10)));
    const QString other = QDir(decksFolder()).filePath(QStringLiteral("anki-big"));
    if (decksFolderExists)
        QVERIFY(QDir().mkpath(other));
    // The unpacked collection goes to the temporary folder: watch an empty one of our own.
    const QString temp = m_dir->filePath(QStringLiteral("tmp"));
    QVERIFY(QDir().mkpath(temp));
    const QByteArray oldTemp = qgetenv("TMPDIR");
    qputenv("TMPDIR", QFile::encodeName(temp));
    const auto restore = qScopeGuard([&] { qputenv("TMPDIR", oldTemp); });
    QCOMPARE(QDir::tempPath(), temp);

    AnkiImporter importer;
    int converted = -1;
    bool askedAgain = false;
    importer.setProgress([&](int done, int total) {
        askedAgain = askedAgain || converted >= cancelAt; // never asked again once it said stop
        converted = done;
        return done < cancelAt && total == 10;
    });
    AnkiImportReport report;
    QString error;
    QVERIFY(!importer.importPackage(apkg, decksFolder(), &report, &error));
    QVERIFY(importer.wasCancelled());
    QVERIFY2(error.contains(QStringLiteral("cancelled")), qPrintable(error));
    QCOMPARE(converted, cancelAt);
    QVERIFY(!askedAgain);
    QVERIFY(report.folder.isEmpty());
    if (decksFolderExists) {
        QCOMPARE(decksFolderEntries(), QStringList{QStringLiteral("anki-big")}); // no anki-big-2, no hidden staging
        QCOMPARE(QDir(other).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    } else {
        QVERIFY(!QFileInfo::exists(decksFolder())); // made for the import, gone with it
    }
    QCOMPARE(QDir(temp).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());

    // Not cancelled, the same importer makes the deck.
    importer.setProgress({});
    QVERIFY2(importer.importPackage(apkg, decksFolder(), &report, &error), qPrintable(error));
    QVERIFY(!importer.wasCancelled());
    QCOMPARE(report.cards, 10);
}

QTEST_GUILESS_MAIN(TestAnkiImporter)
#include "tst_ankiimporter.moc"
