#pragma once

#include "deck.h"
#include "topicstats.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPageSize>
#include <QSizeF>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace DeepDive {

// One topic to print, with what the learner adds to it.
struct SummaryTopic
{
    const Topic *topic = nullptr;
    QString sectionTitle;
    QString myNotes; // Markdown
    TopicStats stats;
};

struct SummaryOptions
{
    QString deckTitle;
    QString scope;   // e.g. "Bookmarked topics"
    QDateTime date;
    bool withQuiz = false;
    QPageSize pageSize = QPageSize(QPageSize::A4);

    // A4, or Letter where the locale measures in inches.
    static QPageSize localePageSize();
};

// Topic summaries as a printed handout (no dialogs: paint devices and paths in). A title page, a table of contents
// with page numbers, then each topic on its own pages: title, status, summary, key points, the snippets highlighted
// with a light theme (a pitfall beside its fix, the expected output under each), the learner's notes, references,
// and optionally the quiz with answers. Headers and footers carry the deck, the topic and the page numbers.
class SummaryPrinter
{
    Q_DECLARE_TR_FUNCTIONS(DeepDive::SummaryPrinter)

public:
    SummaryPrinter(QList<SummaryTopic> topics, SummaryOptions options);
    ~SummaryPrinter();

    // Paints every page on `device` (a QPdfWriter, or a QPrinter from the print preview).
    bool paint(QPagedPaintDevice *device, QString *error);
    // Writes a PDF atomically: the file appears complete or not at all.
    bool exportPdf(const QString &file, QString *error);

    int pageCount() const { return m_pageCount; }

    // Moves every heading that would be the last thing on a page (with less than `linesAfter` lines of room left
    // below it) to the top of the next page. `doc` must be paginated (a page size set).
    static void keepHeadingsWithNext(QTextDocument *doc, int linesAfter = 3);
    // The page (1-based) each topic starts on, after paint().
    QList<int> topicPages() const { return m_topicPages; }

private:
    std::unique_ptr<QTextDocument> topicDocument(const SummaryTopic &topic, QPagedPaintDevice *device) const;
    std::unique_ptr<QTextDocument> contentsDocument(QPagedPaintDevice *device) const;

    QList<SummaryTopic> m_topics;
    SummaryOptions m_options;
    int m_pageCount = 0;
    QList<int> m_topicPages;
    QSizeF m_body; // the text area of a page, in device pixels
};

} // namespace DeepDive
