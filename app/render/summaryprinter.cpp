#include "summaryprinter.h"

#include "bookmarklabels.h"
#include "codehtml.h"
#include "topicdocument.h"
#include "summaryhtml.h"

#include <QAbstractTextDocumentLayout>
#include <QFontDatabase>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextBlock>
#include <QTextTable>
#include <QRegularExpression>
#include <QTextLayout>

#include <cmath>

namespace DeepDive {

using namespace SummaryHtml;

namespace {

constexpr qreal marginMm = 18;
constexpr qreal headerMm = 9; // header and footer bands inside the margins

qreal mm(qreal value, const QPaintDevice *device)
{
    return value * device->logicalDpiY() / 25.4;
}

QFont bodyFont()
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(9.5);
    return font;
}

QFont codeFont()
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(8);
    return font;
}


const QString documentStyle = QStringLiteral(
    "h1 { font-size: 17pt; color: #0d2b52; margin-bottom: 2pt; } h2 { font-size: 12pt; color: #0d47a1; margin-top: 12pt; }"
    "h3 { font-size: 10pt; } .meta { color: #555555; font-size: 8.5pt; } .label { color: #555555; font-size: 8pt; }"
    ".handout { color: #333333; font-size: 9pt; }"
    "pre { font-size: 8pt; background-color: #f6f8fa; } code { background-color: #f0f0f0; }");

// Fills a document and keeps each paragraph's shaped glyphs after layout: QTextLayout otherwise drops them at the end
// of every layout, and drawing the page shapes all its text again. The document is laid out once its paragraphs keep
// their glyphs, not by setHtml itself (whose layout dropped them: drawing shaped those paragraphs again).
void setHtmlCached(QTextDocument *doc, const QString &html)
{
    doc->setLayoutEnabled(false);
    doc->setHtml(html);
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next())
        block.layout()->setCacheEnabled(true);
    doc->setLayoutEnabled(true);
}


} // namespace

std::optional<AnswerPlacement> SummaryOptions::answerPlacement(const QString &word)
{
    const QString w = word.trimmed().toLower();
    if (w == QLatin1String("inline"))
        return AnswerPlacement::Inline;
    if (w == QLatin1String("topic"))
        return AnswerPlacement::EndOfTopic;
    if (w == QLatin1String("end"))
        return AnswerPlacement::EndOfDocument;
    return std::nullopt;
}

QPageSize SummaryOptions::localePageSize()
{
    return QLocale::system().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize(QPageSize::Letter)
                                                                              : QPageSize(QPageSize::A4);
}

SummaryPrinter::SummaryPrinter(QList<SummaryTopic> topics, SummaryOptions options)
    : m_topics(std::move(topics))
    , m_options(std::move(options))
{
}

SummaryPrinter::~SummaryPrinter() = default;

std::unique_ptr<QTextDocument> SummaryPrinter::newDocument(QPagedPaintDevice *device) const
{
    auto doc = std::make_unique<QTextDocument>();
    doc->documentLayout()->setPaintDevice(device);
    doc->setDefaultFont(bodyFont());
    doc->setDocumentMargin(0);
    doc->setPageSize(m_body);
    doc->setDefaultStyleSheet(documentStyle);
    return doc;
}

// What a snippet prints under "Output": its expected output, and the traceback's last line when it raises.
static QString printedOutput(const Snippet &s)
{
    QString out = s.expectedOutput;
    if (s.raises())
        out += QStringLiteral("Traceback (most recent call last):\n  ...\n") + s.expectedRaises;
    if (out.endsWith(QLatin1Char('\n')))
        out.chop(1);
    return out;
}

QList<std::pair<QString, QString>> SummaryPrinter::codeToHighlight() const
{
    QList<std::pair<QString, QString>> code;
    for (const SummaryTopic &item : std::as_const(m_topics)) {
        for (const Snippet &s : item.topic->snippets) {
            code.append({s.code, s.language});
            if (s.checksOutput())
                code.append({printedOutput(s), QStringLiteral("text")});
        }
    }
    return code;
}

bool SummaryPrinter::reportProgress(int done, QString *error)
{
    if (!m_progress || m_progress(done, 2 * int(m_topics.size())))
        return true;
    m_cancelled = true;
    *error = SummaryPrinter::tr("stopped before the end; nothing was written");
    return false;
}

std::unique_ptr<QTextDocument> SummaryPrinter::topicDocument(const SummaryTopic &item, QPagedPaintDevice *device) const
{
    const Topic &topic = *item.topic;
    auto doc = newDocument(device);
    const QFontMetricsF code(codeFont(), device);
    const qreal charWidth = code.horizontalAdvance(QLatin1Char('M'));
    const int fullColumns = int((m_body.width() - mm(6, device)) / charWidth);
    const int halfColumns = int((m_body.width() / 2 - mm(8, device)) / charWidth);

    QString html;
    if (!hasContents() && &item == &m_topics.first()) {
        // A short handout: a title line instead of a title page and a contents page.
        html += QStringLiteral("<p class=\"handout\"><b>%1</b> — %2</p><hr/>")
                    .arg(esc(m_options.deckTitle),
                         QStringList{SummaryPrinter::tr("Topic summaries"), esc(m_options.scope),
                                     QLocale().toString(m_options.date.date(), QLocale::LongFormat)}
                             .join(QStringLiteral(" · ")));
    }
    html += QStringLiteral("<h1>%1</h1>").arg(esc(plainTitle(topic.title)));
    QStringList meta{esc(item.sectionTitle)};
    if (item.stats.cards > 0) {
        meta << SummaryPrinter::tr("%1% recalled now").arg(qRound(item.stats.mastery * 100))
             << SummaryPrinter::tr("%1 of %n card(s) mastered", nullptr, item.stats.cards).arg(item.stats.mastered);
        if (item.stats.due > 0)
            meta << SummaryPrinter::tr("%1 due").arg(item.stats.due);
    }
    if (item.stats.bookmarked)
        meta << (QStringLiteral("★ ") + (item.stats.bookmarkLabel.isEmpty() ? SummaryPrinter::tr("bookmarked") : esc(BookmarkLabels::display(item.stats.bookmarkLabel))));
    // A topic bookmarked as "weak" already says so in its bookmark.
    const bool labelledWeak = item.stats.bookmarked
        && item.stats.bookmarkLabel.compare(BookmarkLabels::weak(), Qt::CaseInsensitive) == 0;
    if (item.stats.weak && !labelledWeak)
        meta << SummaryPrinter::tr("weak");
    html += QStringLiteral("<p class=\"meta\">%1</p>").arg(meta.join(QStringLiteral(" · ")));
    html += markdownHtml(topic.summary);
    if (!topic.keyPoints.isEmpty()) {
        QString points;
        for (const QString &p : topic.keyPoints)
            points += QStringLiteral("- ") + QString(p).replace(QLatin1Char('\n'), QLatin1Char(' ')) + QLatin1Char('\n');
        html += QStringLiteral("<h2>%1</h2>").arg(SummaryPrinter::tr("Key points")) + markdownHtml(points);
    }

    const auto snippetCell = [&](const Snippet &s, int columns) {
        QString cell = QStringLiteral("<p><b>%1: %2</b></p>").arg(kindTitle(s.kind), esc(s.title));
        cell += QStringLiteral("<pre>%1</pre>").arg(m_code.html(s.code, s.language, columns));
        if (s.checksOutput())
            cell += QStringLiteral("<p class=\"label\">%1</p><pre>%2</pre>")
                        .arg(SummaryPrinter::tr("Output"), m_code.html(printedOutput(s), QStringLiteral("text"), columns));
        if (!s.explanation.isEmpty())
            cell += markdownHtml(s.explanation);
        return cell;
    };
    if (!topic.snippets.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>").arg(SummaryPrinter::tr("Snippets"));
        QStringList fixesShown;
        for (const Snippet &s : topic.snippets) {
            const Snippet *fix = s.kind == SnippetKind::Pitfall ? topic.snippet(s.fixId) : nullptr;
            if (fix)
                fixesShown << fix->id;
        }
        for (const Snippet &s : topic.snippets) {
            if (fixesShown.contains(s.id))
                continue;
            const Snippet *fix = s.kind == SnippetKind::Pitfall ? topic.snippet(s.fixId) : nullptr;
            if (fix) {
                html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\"><tr>"
                                       "<td width=\"50%\" valign=\"top\">%1</td><td width=\"50%\" valign=\"top\">%2</td>"
                                       "</tr></table>")
                            .arg(snippetCell(s, halfColumns), snippetCell(*fix, halfColumns));
            } else {
                html += snippetCell(s, fullColumns);
            }
        }
    }
    if (m_options.withNotes && !item.myNotes.trimmed().isEmpty())
        html += QStringLiteral("<h2>%1</h2>").arg(SummaryPrinter::tr("My notes")) + markdownHtml(item.myNotes);
    if (!topic.references.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2><ul>").arg(SummaryPrinter::tr("References"));
        for (const Reference &r : topic.references)
            html += QStringLiteral("<li>%1 <span class=\"label\">%2</span></li>").arg(esc(plainTitle(r.title)), esc(r.url));
        html += QStringLiteral("</ul>");
    }
    if (m_options.withQuiz && !topic.cards.isEmpty()) {
        const bool inlineAnswers = m_options.answers == AnswerPlacement::Inline;
        html += QStringLiteral("<h2>%1</h2>")
                    .arg(inlineAnswers ? SummaryPrinter::tr("Questions and answers") : SummaryPrinter::tr("Questions"));
        int n = 0;
        for (const Card &card : topic.cards)
            html += questionHtml(topic, card, ++n, inlineAnswers);
        // On a page of their own, so that reading the questions does not show the answers.
        if (m_options.answers == AnswerPlacement::EndOfTopic)
            html += answersSection(topic, QStringLiteral(" style=\"page-break-before: always;\""));
    }
    setHtmlCached(doc.get(), html);
    paginate(doc.get(), 3, true);
    return doc;
}

std::unique_ptr<QTextDocument> SummaryPrinter::answersDocument(QPagedPaintDevice *device) const
{
    if (!m_options.withQuiz || m_options.answers != AnswerPlacement::EndOfDocument)
        return nullptr;
    QString html;
    for (const SummaryTopic &t : m_topics) {
        if (!t.topic->cards.isEmpty())
            html += answersSection(*t.topic, QString());
    }
    if (html.isEmpty())
        return nullptr;
    auto doc = newDocument(device);
    setHtmlCached(doc.get(), QStringLiteral("<h1>%1</h1>").arg(SummaryPrinter::tr("Answers")) + html);
    paginate(doc.get(), 3, true);
    return doc;
}

void SummaryPrinter::keepHeadingsWithNext(QTextDocument *doc, int linesAfter)
{
    paginate(doc, linesAfter, false);
}

// One pass from the top: each page break it adds moves only what follows, so later blocks are measured where
// they finally are.
void SummaryPrinter::paginate(QTextDocument *doc, int headingLinesAfter, bool keepMarked)
{
    const qreal pageHeight = doc->pageSize().height();
    if (pageHeight <= 0)
        return;
    const auto marked = [](const QTextBlock &block) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().anchorNames().contains(keepTogether))
                return true;
        }
        return false;
    };
    const auto breakBefore = [doc](const QTextBlock &block) {
        QTextBlockFormat format = block.blockFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(block).setBlockFormat(format);
        // A change lays out again only up to where the old layout resumes and shifts the rest without paginating
        // it again: everything from this block on is laid out anew (lazily, as far as the next block measured).
        doc->markContentsDirty(block.position(), doc->characterCount() - block.position());
    };
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        if (headingLinesAfter > 0 && block.blockFormat().headingLevel() > 0 && block.next().isValid()) {
            const QRectF heading = doc->documentLayout()->blockBoundingRect(block);
            const qreal line = QFontMetricsF(block.charFormat().font(), doc->documentLayout()->paintDevice()).lineSpacing();
            const qreal roomBelow = pageHeight - std::fmod(heading.bottom(), pageHeight);
            if (std::fmod(heading.top(), pageHeight) > 0 && roomBelow < headingLinesAfter * line)
                breakBefore(block);
        } else if (keepMarked && marked(block)) {
            doc->documentLayout()->blockBoundingRect(block); // lays the document out up to here
            const QTextLayout *layout = block.layout();
            if (!layout || layout->lineCount() == 0)
                continue;
            const qreal top = layout->position().y() + layout->lineAt(0).y();
            const QTextLine last = layout->lineAt(layout->lineCount() - 1);
            const qreal bottom = layout->position().y() + last.y() + last.height();
            if (bottom - top < pageHeight && std::floor(top / pageHeight) != std::floor((bottom - 0.01) / pageHeight))
                breakBefore(block);
        }
    }
}

std::unique_ptr<QTextDocument> SummaryPrinter::contentsDocument(QPagedPaintDevice *device) const
{
    auto doc = std::make_unique<QTextDocument>();
    doc->documentLayout()->setPaintDevice(device);
    doc->setDefaultFont(bodyFont());
    doc->setDocumentMargin(0);
    doc->setPageSize(m_body);
    QString html = QStringLiteral("<h1 style=\"font-size:17pt; color:#0d2b52;\">%1</h1><table width=\"100%\" cellpadding=\"2\">")
                       .arg(SummaryPrinter::tr("Contents"));
    QString section;
    for (int i = 0; i < m_topics.size(); ++i) {
        if (m_topics[i].sectionTitle != section) {
            section = m_topics[i].sectionTitle;
            html += QStringLiteral("<tr><td colspan=\"2\"><b>%1</b></td></tr>").arg(esc(section));
        }
        const QString page = i < m_topicPages.size() ? QString::number(m_topicPages[i]) : QStringLiteral("000");
        html += QStringLiteral("<tr><td>&nbsp;&nbsp;&nbsp;%1</td><td align=\"right\">%2</td></tr>").arg(esc(plainTitle(m_topics[i].topic->title)), page);
    }
    if (m_options.withQuiz && m_options.answers == AnswerPlacement::EndOfDocument) {
        html += QStringLiteral("<tr><td colspan=\"2\">&nbsp;</td></tr><tr><td><b>%1</b></td><td align=\"right\">%2</td></tr>")
                    .arg(SummaryPrinter::tr("Answers"), m_answersPage > 0 ? QString::number(m_answersPage) : QStringLiteral("000"));
    }
    html += QStringLiteral("</table>");
    setHtmlCached(doc.get(), html);
    return doc;
}

bool SummaryPrinter::paint(QPagedPaintDevice *device, QString *error)
{
    device->setPageSize(m_options.pageSize);
    device->setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    const QSizeF page(device->width(), device->height());
    const qreal margin = mm(marginMm, device);
    const qreal band = mm(headerMm, device);
    m_body = QSizeF(page.width() - 2 * margin, page.height() - 2 * margin - 2 * band);
    const QPointF bodyAt(margin, margin + band);

    // Pass 1: lay every topic out to know where it starts; the contents' length does not depend on the numbers.
    m_cancelled = false;
    std::vector<std::unique_ptr<QTextDocument>> docs;
    docs.reserve(m_topics.size());
    for (const SummaryTopic &t : std::as_const(m_topics)) {
        docs.push_back(topicDocument(t, device));
        if (!reportProgress(int(docs.size()), error))
            return false;
    }
    const std::unique_ptr<QTextDocument> answers = answersDocument(device);
    const bool titlePage = hasContents() || m_topics.isEmpty();
    const int contentsPages = hasContents() ? contentsDocument(device)->pageCount() : 0;
    m_topicPages.clear();
    int next = (titlePage ? 2 : 1) + contentsPages;
    for (const auto &doc : docs) {
        m_topicPages.append(next);
        next += doc->pageCount();
    }
    m_answersPage = answers ? next : 0;
    if (answers)
        next += answers->pageCount();
    m_pageCount = next - 1;

    QPainter painter;
    if (!painter.begin(device)) {
        *error = SummaryPrinter::tr("cannot start drawing on the output");
        return false;
    }
    const QFont small = [] { QFont f = bodyFont(); f.setPointSizeF(7.5); return f; }();
    int pageNumber = 1;
    const auto frame = [&](const QString &left, const QString &right) {
        painter.save();
        painter.setFont(small);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QRectF header(margin, margin, page.width() - 2 * margin, band * 0.8);
        painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, left);
        painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter, right);
        painter.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), mm(0.2, device)));
        painter.drawLine(QPointF(margin, margin + band * 0.85), QPointF(page.width() - margin, margin + band * 0.85));
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QRectF footer(margin, page.height() - margin - band * 0.8, page.width() - 2 * margin, band * 0.8);
        painter.drawText(footer, Qt::AlignCenter, SummaryPrinter::tr("Page %1 of %2").arg(pageNumber).arg(m_pageCount));
        painter.restore();
    };
    const auto drawPages = [&](QTextDocument *doc, const QString &left, const QString &right) {
        for (int p = 0; p < doc->pageCount(); ++p) {
            if (pageNumber > 1 && !device->newPage()) {
                *error = SummaryPrinter::tr("the output is full or was closed");
                return false;
            }
            frame(left, right);
            painter.save();
            painter.translate(bodyAt);
            const QRectF clip(0, p * m_body.height(), m_body.width(), m_body.height());
            painter.translate(0, -clip.top());
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = clip;
            context.palette.setColor(QPalette::Text, Qt::black);
            painter.setClipRect(clip);
            doc->documentLayout()->draw(&painter, context);
            painter.restore();
            ++pageNumber;
        }
        return true;
    };

    if (titlePage) {
        paintTitlePage(&painter, device);
        ++pageNumber;
    }
    if (hasContents()) {
        auto contents = contentsDocument(device); // now with the real page numbers
        if (!drawPages(contents.get(), m_options.deckTitle, SummaryPrinter::tr("Contents")))
            return false;
    }
    for (size_t i = 0; i < docs.size(); ++i) {
        if (!drawPages(docs[i].get(), m_options.deckTitle, plainTitle(m_topics[int(i)].topic->title))
            || !reportProgress(int(docs.size() + i + 1), error))
            return false;
    }
    if (answers && !drawPages(answers.get(), m_options.deckTitle, SummaryPrinter::tr("Answers")))
        return false;
    if (!painter.end()) {
        *error = SummaryPrinter::tr("cannot finish the output");
        return false;
    }
    return true;
}

void SummaryPrinter::paintTitlePage(QPainter *p, QPagedPaintDevice *device) const
{
    QPainter &painter = *p;
    const QSizeF page(device->width(), device->height());
    const qreal margin = mm(marginMm, device);
    painter.save();
    QFont title = bodyFont();
    title.setPointSizeF(26);
    title.setBold(true);
    painter.setFont(title);
    painter.setPen(QColor(0x0d, 0x2b, 0x52));
    const QRectF titleBox(margin, page.height() * 0.28, page.width() - 2 * margin, mm(40, device));
    painter.drawText(titleBox, Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap, m_options.deckTitle);
    QFont sub = bodyFont();
    sub.setPointSizeF(13);
    painter.setFont(sub);
    painter.setPen(QColor(0x33, 0x33, 0x33));
    int cards = 0;
    int mastered = 0;
    int due = 0;
    for (const SummaryTopic &t : std::as_const(m_topics)) {
        cards += int(t.topic->cards.size());
        mastered += t.stats.mastered;
        due += t.stats.due;
    }
    const QStringList lines{
        SummaryPrinter::tr("Topic summaries"),
        m_options.scope,
        QLocale().toString(m_options.date.date(), QLocale::LongFormat),
        QString(),
        SummaryPrinter::tr("Topics: %1 · quiz cards: %2").arg(m_topics.size()).arg(cards),
        SummaryPrinter::tr("Cards mastered: %1 · due: %2").arg(mastered).arg(due),
    };
    painter.drawText(QRectF(margin, titleBox.bottom() + mm(8, device), page.width() - 2 * margin, page.height() / 2),
                     Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, lines.join(QLatin1Char('\n')));
    painter.setPen(QPen(QColor(0x1e, 0x88, 0xe5), mm(1.2, device)));
    painter.drawLine(QPointF(margin, titleBox.bottom() + mm(3, device)), QPointF(margin + mm(40, device), titleBox.bottom() + mm(3, device)));
    painter.restore();
}

bool SummaryPrinter::exportPdf(const QString &file, QString *error)
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = SummaryPrinter::tr("cannot write %1: %2").arg(file, out.errorString());
        return false;
    }
    {
        QPdfWriter writer(&out);
        writer.setResolution(300);
        writer.setTitle(m_options.deckTitle + QStringLiteral(" — ") + m_options.scope);
        writer.setCreator(QStringLiteral("Deep Dive"));
        if (!paint(&writer, error)) {
            out.cancelWriting();
            return false;
        }
    }
    if (!out.commit()) {
        *error = SummaryPrinter::tr("cannot write %1: %2").arg(file, out.errorString());
        return false;
    }
    return true;
}

} // namespace DeepDive
