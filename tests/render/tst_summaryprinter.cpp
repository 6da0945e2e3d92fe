#include "codehtml.h"
#include "deckloader.h"
#include "summaryprinter.h"
#include "testsupport.h"

#include <QDir>
#include <QImage>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QAbstractTextDocumentLayout>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

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

private:
    QList<SummaryTopic> topics(const Deck &deck) const;
    static QString pdfText(const QString &file, int page = 0);
    Deck m_deck;
    SummaryOptions m_options;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSummaryPrinter::initTestCase()
{
    const DeckLoadResult result = DeckLoader::load(Test::dataPath(QStringLiteral("decks/sample")));
    QVERIFY(result.loaded);
    m_deck = result.deck;
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
    SummaryPrinter printer(topics(m_deck), m_options);
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
    at = text.indexOf(QStringLiteral("A topic without snippets"), at); // past the contents
    at = text.indexOf(QStringLiteral("\f"), at);
    for (const QString &piece : inOrder) {
        const qsizetype found = text.indexOf(piece, at);
        QVERIFY2(found >= 0, qPrintable(QStringLiteral("missing or out of order: ") + piece));
        at = found;
    }
    // The contents say where each topic starts; that page starts with it.
    const QString contents = pdfText(file, 2);
    const QList<int> pages = printer.topicPages();
    QCOMPARE(pages.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const QString title = m_deck.topics[i].title;
        const QRegularExpression entry(QRegularExpression::escape(title) + QStringLiteral("\\s+(\\d+)"));
        const auto match = entry.match(contents);
        QVERIFY2(match.hasMatch(), qPrintable(title));
        const int page = match.captured(1).toInt();
        QCOMPARE(page, pages[i]);
        QVERIFY2(pdfText(file, page).contains(title), qPrintable(title));
        QVERIFY(pdfText(file, page).contains(QStringLiteral("Page %1 of %2").arg(page).arg(printer.pageCount())));
    }
}

void TestSummaryPrinter::codeBlocks_areHighlightedInColour()
{
    const QString file = m_dir->filePath(QStringLiteral("out.pdf"));
    QString error;
    SummaryPrinter printer(topics(m_deck), m_options);
    QVERIFY(printer.exportPdf(file, &error));
    QProcess p;
    p.start(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-f"),
                                         QString::number(printer.topicPages()[0]), QStringLiteral("-l"),
                                         QString::number(printer.topicPages()[0]), QStringLiteral("-png"), file,
                                         m_dir->filePath(QStringLiteral("page"))});
    QVERIFY(p.waitForFinished(30000));
    const QStringList pngs = QDir(m_dir->path()).entryList({QStringLiteral("page*.png")});
    QCOMPARE(pngs.size(), 1);
    const QImage image(m_dir->filePath(pngs[0]));
    int coloured = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            coloured += c.hsvSaturation() > 120 && c.value() > 60 ? 1 : 0;
        }
    }
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

QTEST_MAIN(TestSummaryPrinter)
#include "tst_summaryprinter.moc"
