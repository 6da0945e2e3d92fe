#include "codehtml.h"
#include "summaryprinter.h"
#include "testsupport.h"

#include <QDir>
#include <QImage>
#include <QPrinter>
#include <QProcess>
#include <QThread>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QAbstractTextDocumentLayout>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>

using namespace DeepDive;

// The PDF handout, checked the way a reader sees it: text extracted with pdftotext, pages rendered with pdftoppm.
class TestSummaryPrinter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void pdf_hasEveryTopicInOrder_andTheContentsPointAtTheRightPages();
    void codeBlocks_areHighlightedInColour();
    void longCodeLines_wrapInsteadOfBeingCut();
    void quiz_isAddedOnlyWhenAsked();
    void unwritablePath_failsCleanlyAndLeavesNothing();
    void printer_paintsTheSamePages();
    void headingAtThePageBottom_movesToTheNextPage();
    void shortHandout_hasATitleLineInsteadOfTitleAndContentsPages();
    void answers_goWhereAsked_data();
    void answers_goWhereAsked();
    void pairSituations_stayWithTheirAnswersOnOneLineAndPage();
    void weakBookmark_saysWeakOnce();
    void myNotes_areIncludedOnlyWhenAsked();
    void inAWorker_afterHighlightNow_writesTheSamePdf();
    void progress_reportsEachTopic_andCancelWritesNothing();
    void references_printTheirTitlesAsText();

private:
    QList<SummaryTopic> topics(const Deck &deck) const;
    // The sample's three topics and three more: a handout long enough for a title page and contents.
    Deck longDeck() const;
    static QString pdfText(const QString &file, int page = 0);
    // Pixels in strong colour on `page` of `file`, rendered at 60 dpi (highlighted code shows in them).
    int colouredPixels(const QString &file, int page) const;
    Deck m_deck;
    SummaryOptions m_options;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSummaryPrinter::initTestCase()
{
    m_deck = Test::sampleDeck();
    m_options.deckTitle = m_deck.title;
    m_options.scope = QStringLiteral("All topics");
    m_options.date = QDateTime(QDate(2026, 11, 24), QTime(9, 0));
}

void TestSummaryPrinter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

QList<SummaryTopic> TestSummaryPrinter::topics(const Deck &deck) const
{
    QList<SummaryTopic> list;
    for (const Topic &t : deck.topics) {
        SummaryTopic s;
        s.topic = &t;
        s.sectionTitle = t.sectionId;
        list.append(s);
    }
    return list;
}

Deck TestSummaryPrinter::longDeck() const
{
    Deck deck = m_deck;
    for (int i = 0; i < 3; ++i) {
        Topic copy = m_deck.topics[i];
        copy.id += QStringLiteral("-again");
        copy.title = QStringLiteral("Again %1").arg(i + 1);
        deck.topics.append(copy);
    }
    return deck;
}

QString TestSummaryPrinter::pdfText(const QString &file, int page)
{
    QStringList args;
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    args << file << QStringLiteral("-");
    QProcess p;
    p.start(QStringLiteral("pdftotext"), args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return QStringLiteral("<pdftotext failed: ") + QString::fromUtf8(p.readAllStandardError()) + QLatin1Char('>');
    return QString::fromUtf8(p.readAllStandardOutput());
}

void TestSummaryPrinter::pdf_hasEveryTopicInOrder_andTheContentsPointAtTheRightPages()
{
    const QString file = m_dir->filePath(QStringLiteral("out.pdf"));
    const Deck deck = longDeck();
    QVERIFY(deck.topics.size() > SummaryPrinter::shortHandout);
    SummaryPrinter printer(topics(deck), m_options);
    QString error;
    QVERIFY2(printer.exportPdf(file, &error), qPrintable(error));
    const QString text = pdfText(file);
    // Title, notes and code of each topic, in deck order.
    const QStringList inOrder{QStringLiteral("Identity and equality"), QStringLiteral("compares identity"),
                              QStringLiteral("print(a is b)"), QStringLiteral("print(a == b)"), QStringLiteral("ZeroDivisionError"),
                              QStringLiteral("Loops"), QStringLiteral("for i in range(3):"), QStringLiteral("A topic without snippets"),
                              QStringLiteral("Just notes.")};
    qsizetype at = text.indexOf(QStringLiteral("Contents"));
    QVERIFY(at > 0);
    at = text.indexOf(QStringLiteral("Again 3"), at); // past the contents
    at = text.indexOf(QStringLiteral("\f"), at);
    for (const QString &piece : inOrder) {
        const qsizetype found = text.indexOf(piece, at);
        QVERIFY2(found >= 0, qPrintable(QStringLiteral("missing or out of order: ") + piece));
        at = found;
    }
    // The contents say where each topic starts; that page starts with it.
    const QString contents = pdfText(file, 2);
    QVERIFY(pdfText(file, 1).contains(QStringLiteral("Topic summaries"))); // the title page
    QVERIFY(contents.contains(QStringLiteral("Contents")));
    const QList<int> pages = printer.topicPages();
    QCOMPARE(pages.size(), 6);
    for (int i = 0; i < 6; ++i) {
        const QString title = deck.topics[i].title;
        const QRegularExpression entry(QRegularExpression::escape(title) + QStringLiteral("\\s+(\\d+)"));
        const auto match = entry.match(contents);
        QVERIFY2(match.hasMatch(), qPrintable(title));
        const int page = match.captured(1).toInt();
        QCOMPARE(page, pages[i]);
        QVERIFY2(pdfText(file, page).contains(title), qPrintable(title));
        QVERIFY(pdfText(file, page).contains(QStringLiteral("Page %1 of %2").arg(page).arg(printer.pageCount())));
    }
}

int TestSummaryPrinter::colouredPixels(const QString &file, int page) const
{
    const QString prefix = m_dir->filePath(QFileInfo(file).completeBaseName() + QStringLiteral("-page"));
    QProcess p;
    p.start(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-f"), QString::number(page),
                                         QStringLiteral("-l"), QString::number(page), QStringLiteral("-png"), file, prefix});
    if (!p.waitForFinished(30000))
        return -1;
    const QStringList pngs = QDir(m_dir->path()).entryList({QFileInfo(prefix).fileName() + QStringLiteral("*.png")});
    if (pngs.size() != 1)
        return -1;
    const QImage image(m_dir->filePath(pngs[0]));
    int coloured = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            coloured += c.hsvSaturation() > 120 && c.value() > 60 ? 1 : 0;
        }
    }
    return coloured;
}

void TestSummaryPrinter::codeBlocks_areHighlightedInColour()
{
    const QString file = m_dir->filePath(QStringLiteral("out.pdf"));
    QString error;
    SummaryPrinter printer(topics(m_deck), m_options);
    QVERIFY(printer.exportPdf(file, &error));
    const int coloured = colouredPixels(file, printer.topicPages()[0]);
    QVERIFY2(coloured > 50, qPrintable(QString::number(coloured))); // keywords, numbers and strings in colour
}

void TestSummaryPrinter::longCodeLines_wrapInsteadOfBeingCut()
{
    Deck deck = m_deck;
    QString line = QStringLiteral("message = '");
    for (int i = 0; i < 190; ++i)
        line += QChar(u'a' + (i * 7) % 26);
    line += QLatin1Char('\'');
    QCOMPARE(line.size(), 202);
    deck.topics[1].snippets[0].code = line + QLatin1Char('\n');
    const QString file = m_dir->filePath(QStringLiteral("out.pdf"));
    QString error;
    QVERIFY(SummaryPrinter(topics(deck), m_options).exportPdf(file, &error));
    QString text = pdfText(file);
    text.remove(wrapMarker).remove(QLatin1Char('\n')).remove(QLatin1Char(' '));
    QString compact = line;
    compact.remove(QLatin1Char(' '));
    QVERIFY2(text.contains(compact), "the long line lost characters");
    QVERIFY(pdfText(file).contains(wrapMarker));
}

void TestSummaryPrinter::quiz_isAddedOnlyWhenAsked()
{
    const QString without = m_dir->filePath(QStringLiteral("a.pdf"));
    const QString with = m_dir->filePath(QStringLiteral("b.pdf"));
    QString error;
    QVERIFY(SummaryPrinter(topics(m_deck), m_options).exportPdf(without, &error));
    SummaryOptions quiz = m_options;
    quiz.withQuiz = true;
    QVERIFY(SummaryPrinter(topics(m_deck), quiz).exportPdf(with, &error));
    QVERIFY(!pdfText(without).contains(QStringLiteral("Questions and answers")));
    const QString text = pdfText(with);
    QVERIFY(text.contains(QStringLiteral("Questions and answers")));
    QVERIFY(text.contains(QStringLiteral("What does is compare?")));
    QVERIFY(text.contains(QStringLiteral("same object")));
}

void TestSummaryPrinter::unwritablePath_failsCleanlyAndLeavesNothing()
{
    QString error;
    SummaryPrinter printer(topics(m_deck), m_options);
    QVERIFY(!printer.exportPdf(m_dir->filePath(QStringLiteral("missing/folder/out.pdf")), &error));
    QVERIFY2(error.startsWith(QStringLiteral("cannot write")), qPrintable(error));
    QVERIFY(!printer.exportPdf(QStringLiteral("/proc/deepdive-out.pdf"), &error));
    QVERIFY(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
}

void TestSummaryPrinter::printer_paintsTheSamePages()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(m_dir->filePath(QStringLiteral("printed.pdf")));
    SummaryPrinter summary(topics(m_deck), m_options);
    QString error;
    QVERIFY2(summary.paint(&printer, &error), qPrintable(error));
    const QString text = pdfText(m_dir->filePath(QStringLiteral("printed.pdf")));
    QCOMPARE(text.count(QLatin1Char('\f')), summary.pageCount());
    QVERIFY(text.contains(QStringLiteral("Identity and equality")));
}

void TestSummaryPrinter::headingAtThePageBottom_movesToTheNextPage()
{
    // Fill a page until one line is left, then a heading and its paragraph.
    QTextDocument doc;
    doc.setPageSize(QSizeF(400, 300));
    // Find how many filler lines leave the heading at the very bottom of page one.
    int fill = 0;
    for (; fill < 40; ++fill) {
        QString trial;
        for (int i = 0; i < fill; ++i)
            trial += QStringLiteral("<p>line %1</p>").arg(i);
        doc.setHtml(trial + QStringLiteral("<h2>Heading</h2><p>The paragraph it introduces.</p>"));
        QTextBlock heading = doc.begin();
        while (heading.blockFormat().headingLevel() == 0)
            heading = heading.next();
        const QRectF r = doc.documentLayout()->blockBoundingRect(heading);
        if (r.bottom() > 300 - 25 && r.top() < 300)
            break;
    }
    QVERIFY2(fill < 40, "could not place the heading at the bottom of a page");
    SummaryPrinter::keepHeadingsWithNext(&doc);
    QTextBlock heading = doc.begin();
    while (heading.blockFormat().headingLevel() == 0)
        heading = heading.next();
    QCOMPARE(heading.blockFormat().pageBreakPolicy(), QTextFormat::PageBreak_AlwaysBefore);
    QVERIFY(doc.documentLayout()->blockBoundingRect(heading).top() >= 300);
    QCOMPARE(doc.pageCount(), 2);
}

// Up to SummaryPrinter::shortHandout topics: no title page and no contents, a title line above the first topic.
void TestSummaryPrinter::shortHandout_hasATitleLineInsteadOfTitleAndContentsPages()
{
    const QString file = m_dir->filePath(QStringLiteral("out.pdf"));
    SummaryPrinter printer(topics(m_deck), m_options);
    QString error;
    QVERIFY2(printer.exportPdf(file, &error), qPrintable(error));
    QVERIFY(!printer.hasContents());
    QCOMPARE(printer.topicPages().first(), 1);
    const QString first = pdfText(file, 1);
    QVERIFY2(first.contains(m_deck.title) && first.contains(QStringLiteral("Topic summaries"))
                 && first.contains(QStringLiteral("All topics")),
             qPrintable(first));
    QVERIFY(first.contains(QStringLiteral("compares identity"))); // the first topic starts on page one
    QVERIFY(!pdfText(file).contains(QStringLiteral("Contents")));
    QCOMPARE(pdfText(file).count(QLatin1Char('\f')), printer.pageCount());
}

void TestSummaryPrinter::answers_goWhereAsked_data()
{
    QTest::addColumn<int>("placementValue");
    QTest::newRow("under each question") << int(AnswerPlacement::Inline);
    QTest::newRow("at the end of each topic") << int(AnswerPlacement::EndOfTopic);
    QTest::newRow("at the end of the document") << int(AnswerPlacement::EndOfDocument);
}

void TestSummaryPrinter::answers_goWhereAsked()
{
    QFETCH(int, placementValue);
    const auto placement = AnswerPlacement(placementValue);
    SummaryOptions options = m_options;
    options.withQuiz = true;
    options.answers = placement;
    const QString file = m_dir->filePath(QStringLiteral("out.pdf"));
    SummaryPrinter printer(topics(m_deck), options);
    QString error;
    QVERIFY2(printer.exportPdf(file, &error), qPrintable(error));
    const QString text = pdfText(file);
    const qsizetype question = text.indexOf(QStringLiteral("What does is compare?"));
    const qsizetype answer = text.indexOf(QStringLiteral("Identity: whether both operands are the same object."));
    const qsizetype nextTopic = text.indexOf(QStringLiteral("Loops repeat work."));
    const qsizetype answers = text.indexOf(QStringLiteral("Answers — Identity and equality"));
    QVERIFY(question > 0 && answer > 0 && nextTopic > 0);
    QVERIFY(question < answer);
    const auto pageOf = [&](qsizetype at) { return text.left(at).count(QLatin1Char('\f')) + 1; };
    switch (placement) {
    case AnswerPlacement::Inline:
        QVERIFY(answer < nextTopic);
        QCOMPARE(answers, -1);
        QCOMPARE(printer.answersPage(), 0);
        break;
    case AnswerPlacement::EndOfTopic:
        QVERIFY(question < answers && answers < answer && answer < nextTopic);
        QVERIFY2(pageOf(answers) > pageOf(question), "the answers start on a page of their own");
        QCOMPARE(printer.answersPage(), 0);
        break;
    case AnswerPlacement::EndOfDocument:
        QVERIFY(nextTopic < answers && answers < answer);
        QCOMPARE(pageOf(answers), printer.answersPage());
        QVERIFY(!pdfText(file, printer.answersPage() - 1).contains(QStringLiteral("Answers —"))); // a page of their own
        QVERIFY(text.indexOf(QStringLiteral("Answers — Loops"), answers) > answer); // topics in order
        break;
    }
    if (placement != AnswerPlacement::Inline) {
        // Numbered answers refer to numbered questions; the choice's options are lettered, the right one named.
        QVERIFY(text.contains(QStringLiteral("1. What does is compare?")));
        QVERIFY(text.indexOf(QRegularExpression(QStringLiteral("1\\.\\s+Identity: whether both operands")), answers) > 0);
        QVERIFY(text.contains(QStringLiteral("b) x == None")));
        QVERIFY(text.indexOf(QRegularExpression(QStringLiteral("2\\.\\s+a\\) x is None")), answers) > 0);
        QVERIFY(!text.contains(QStringLiteral("✓")));
    }
}

// A pair card's long list: each situation stays on one page with its answer, and the answer never wraps away from
// the situation's last word.
void TestSummaryPrinter::pairSituations_stayWithTheirAnswersOnOneLineAndPage()
{
    Deck deck = m_deck;
    Card *pair = nullptr;
    for (Card &card : deck.topics[0].cards) {
        if (card.type == CardType::Pair)
            pair = &card;
    }
    QVERIFY(pair);
    pair->conceptA = QStringLiteral("alpha");
    pair->conceptB = QStringLiteral("beta");
    pair->pairs.clear();
    const QString filler = QStringLiteral("a situation described at some length so that it needs more than one line "
                                          "of the page to say what happens before the learner picks one");
    for (int i = 1; i <= 60; ++i)
        pair->pairs.append({i % 2, QStringLiteral("Situation %1: %2 end%1.").arg(i).arg(filler)});
    SummaryOptions options = m_options;
    options.withQuiz = true;
    const QString file = m_dir->filePath(QStringLiteral("out.pdf"));
    SummaryPrinter printer(topics(deck), options);
    QString error;
    QVERIFY2(printer.exportPdf(file, &error), qPrintable(error));
    QStringList pages;
    for (int p = 1; p <= printer.pageCount(); ++p)
        pages << pdfText(file, p);
    int spread = 0;
    for (int i = 1; i <= 60; ++i) {
        const QString start = QStringLiteral("Situation %1:").arg(i);
        const auto page = std::find_if(pages.cbegin(), pages.cend(), [&](const QString &t) { return t.contains(start); });
        QVERIFY2(page != pages.cend(), qPrintable(start));
        spread = std::max(spread, int(page - pages.cbegin()));
        const QString expected = i % 2 == 0 ? QStringLiteral("alpha") : QStringLiteral("beta");
        // On the same page, and on the same line as the situation's last word.
        const QRegularExpression sameLine(QStringLiteral("end%1\\.[ \\x{00a0}]*→[ \\x{00a0}]*%2").arg(i).arg(expected));
        QVERIFY2(sameLine.match(*page).hasMatch(), qPrintable(start + QStringLiteral(" is split from its answer")));
    }
    QVERIFY2(spread > printer.topicPages()[0], "the pairs should run over a page break");
}

void TestSummaryPrinter::weakBookmark_saysWeakOnce()
{
    QList<SummaryTopic> list = topics(m_deck);
    list[0].stats.bookmarked = true;
    list[0].stats.bookmarkLabel = QStringLiteral("weak");
    list[0].stats.weak = true;
    list[1].stats.weak = true; // weak by its answers, not bookmarked
    const QString file = m_dir->filePath(QStringLiteral("out.pdf"));
    SummaryPrinter printer(list, m_options);
    QString error;
    QVERIFY2(printer.exportPdf(file, &error), qPrintable(error));
    const QString first = pdfText(file, printer.topicPages()[0]);
    QVERIFY2(first.contains(QStringLiteral("★ weak")), qPrintable(first));
    QCOMPARE(first.count(QStringLiteral("weak")), 1);
    QCOMPARE(pdfText(file, printer.topicPages()[1]).count(QStringLiteral("weak")), 1);
}

void TestSummaryPrinter::myNotes_areIncludedOnlyWhenAsked()
{
    QList<SummaryTopic> list = topics(m_deck);
    list[0].myNotes = QStringLiteral("My **own** note about identity:\n\n- second item\n");
    const QString without = m_dir->filePath(QStringLiteral("a.pdf"));
    const QString with = m_dir->filePath(QStringLiteral("b.pdf"));
    QString error;
    QVERIFY(SummaryPrinter(list, m_options).exportPdf(without, &error));
    SummaryOptions notes = m_options;
    notes.withNotes = true;
    QVERIFY(SummaryPrinter(list, notes).exportPdf(with, &error));
    QVERIFY(!pdfText(without).contains(QStringLiteral("My notes")));
    QVERIFY(!pdfText(without).contains(QStringLiteral("note about identity")));
    const QString text = pdfText(with);
    QVERIFY(text.contains(QStringLiteral("My notes")));
    QVERIFY2(text.contains(QStringLiteral("My own note about identity:")), qPrintable(text)); // Markdown, rendered
    QVERIFY2(text.contains(QStringLiteral("second item")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("**own**")));
    QVERIFY(text.indexOf(QStringLiteral("My notes")) < text.indexOf(QStringLiteral("Loops repeat work.")));
}

// File > Export PDF writes in a worker: the snippets highlighted first on this thread, the same PDF comes out.
void TestSummaryPrinter::inAWorker_afterHighlightNow_writesTheSamePdf()
{
    const QString here = m_dir->filePath(QStringLiteral("here.pdf"));
    QString error;
    SummaryPrinter printer(topics(m_deck), m_options);
    QVERIFY2(printer.exportPdf(here, &error), qPrintable(error));

    const QString there = m_dir->filePath(QStringLiteral("there.pdf"));
    SummaryPrinter worker(topics(m_deck), m_options);
    worker.highlightNow();
    bool ok = false;
    QString workerError;
    std::unique_ptr<QThread> thread(QThread::create([&] { ok = worker.exportPdf(there, &workerError); }));
    thread->start();
    QVERIFY(thread->wait(60000));
    QVERIFY2(ok, qPrintable(workerError));
    QCOMPARE(worker.pageCount(), printer.pageCount());
    QCOMPARE(worker.topicPages(), printer.topicPages());
    QCOMPARE(pdfText(there), pdfText(here));
    const int colour = colouredPixels(here, printer.topicPages()[0]);
    QVERIFY(colour > 50);
    QCOMPARE(colouredPixels(there, worker.topicPages()[0]), colour); // highlighted alike
}

void TestSummaryPrinter::progress_reportsEachTopic_andCancelWritesNothing()
{
    const QString file = m_dir->filePath(QStringLiteral("out.pdf"));
    QString error;
    QList<std::pair<int, int>> calls;
    SummaryPrinter printer(topics(m_deck), m_options); // three topics: laid out, then drawn
    printer.setProgress([&calls](int done, int total) {
        calls.append({done, total});
        return true;
    });
    QVERIFY2(printer.exportPdf(file, &error), qPrintable(error));
    QVERIFY(!printer.wasCancelled());
    QCOMPARE(calls, (QList<std::pair<int, int>>{{1, 6}, {2, 6}, {3, 6}, {4, 6}, {5, 6}, {6, 6}}));
    QVERIFY(QFile::remove(file));

    for (const int stopAt : {2, 5}) { // while laying out, and while drawing
        SummaryPrinter stopped(topics(m_deck), m_options);
        stopped.setProgress([stopAt](int done, int) { return done < stopAt; });
        QVERIFY(!stopped.exportPdf(file, &error));
        QVERIFY(stopped.wasCancelled());
        QCOMPARE(error, QStringLiteral("stopped before the end; nothing was written"));
        QVERIFY(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
    }
}

// A reference's title is Markdown in the deck (`__hash__` in backticks, so that it is not read as bold): the PDF
// prints it as the reader should read it, without the backticks.
void TestSummaryPrinter::references_printTheirTitlesAsText()
{
    Topic topic = m_deck.topics.first();
    topic.references = {{QStringLiteral("`object.__hash__` (Data model)"),
                         QStringLiteral("https://docs.python.org/3/reference/datamodel.html#object.__hash__")}};
    SummaryTopic item;
    item.topic = &topic;
    item.sectionTitle = topic.sectionId;
    const QString file = m_dir->filePath(QStringLiteral("out.pdf"));
    SummaryPrinter printer({item}, m_options);
    QString error;
    QVERIFY2(printer.exportPdf(file, &error), qPrintable(error));
    const QString text = pdfText(file);
    QVERIFY2(text.contains(QStringLiteral("object.__hash__ (Data model)")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1Char('`')), qPrintable(text));
}

QTEST_MAIN(TestSummaryPrinter)
#include "tst_summaryprinter.moc"
