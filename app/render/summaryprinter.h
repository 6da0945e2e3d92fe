#pragma once

#include "codehtml.h"
#include "deck.h"
#include "topicstats.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPageSize>
#include <QSizeF>

#include <functional>
#include <memory>
#include <optional>

class QPagedPaintDevice;
class QPainter;
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

// Where the quiz's answers go: under each question, or (to test oneself) after the topic's questions or at the end
// of the handout, referring to the numbered questions.
enum class AnswerPlacement { Inline, EndOfTopic, EndOfDocument };

struct SummaryOptions
{
    QString deckTitle;
    QString scope;   // e.g. "Bookmarked topics"
    QDateTime date;
    bool withQuiz = false;
    AnswerPlacement answers = AnswerPlacement::Inline;
    bool withNotes = false; // the learner's own notes, under "My notes"
    QPageSize pageSize = QPageSize(QPageSize::A4);

    // A4, or Letter where the locale measures in inches.
    static QPageSize localePageSize();
    // "inline", "topic" or "end" (the command line's words); nothing for anything else.
    static std::optional<AnswerPlacement> answerPlacement(const QString &word);
};

// Topic summaries as a printed handout (no dialogs: paint devices and paths in). A long handout opens with a title
// page and a table of contents with page numbers; a short one (up to shortHandout topics) with a title line on its
// first page. Then each topic on its own pages: title, status, summary, key points, the snippets highlighted with a
// light theme (a pitfall beside its fix, the expected output under each), optionally the learner's notes,
// references, and optionally the quiz with its answers (under each question, after the topic's questions, or in an
// answers part at the end). Headers and footers carry the deck, the topic and the page numbers.
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
    // Highlights every snippet now, on this thread, so that paint() and exportPdf() can then run in a worker: the
    // highlighting engine's repository belongs to the thread that loaded it (the window's). Without it, paint()
    // highlights as it lays each topic out.
    void highlightNow() { highlight(codeToHighlight()); }
    // The same in parts (the window highlights a hundred topics' snippets a few at a time between its events): the
    // (code, language) pairs that paint() prints, and highlighting some of them.
    QList<std::pair<QString, QString>> codeToHighlight() const;
    void highlight(const QList<std::pair<QString, QString>> &codeAndLanguage) { m_code.prepare(codeAndLanguage); }
    // Called after each topic is laid out and after each is drawn (`done` of `total`, twice the topics); returning
    // false stops painting: paint() and exportPdf() return false (wasCancelled()), and exportPdf() writes no file.
    void setProgress(std::function<bool(int done, int total)> progress) { m_progress = std::move(progress); }
    bool wasCancelled() const { return m_cancelled; }

    int pageCount() const { return m_pageCount; }
    // Handouts with up to this many topics have no title page and no contents.
    static constexpr int shortHandout = 5;

    // Moves every heading that would be the last thing on a page (with less than `linesAfter` lines of room left
    // below it) to the top of the next page. `doc` must be paginated (a page size set).
    static void keepHeadingsWithNext(QTextDocument *doc, int linesAfter = 3);
    // The page (1-based) each topic starts on, after paint().
    QList<int> topicPages() const { return m_topicPages; }
    // The page the answers part starts on (answers at the end of the document), 0 when there is none.
    int answersPage() const { return m_answersPage; }
    // Whether paint() made a title page and a contents page.
    bool hasContents() const { return m_topics.size() > shortHandout; }

private:
    std::unique_ptr<QTextDocument> topicDocument(const SummaryTopic &topic, QPagedPaintDevice *device) const;
    std::unique_ptr<QTextDocument> contentsDocument(QPagedPaintDevice *device) const;
    std::unique_ptr<QTextDocument> answersDocument(QPagedPaintDevice *device) const;
    std::unique_ptr<QTextDocument> newDocument(QPagedPaintDevice *device) const;
    // keepHeadingsWithNext, and (with `keepMarked`) moves each paragraph marked to be kept whole (a pair's situation
    // with its answer) that would straddle a page break to the top of the next page.
    static void paginate(QTextDocument *doc, int headingLinesAfter, bool keepMarked);
    void paintTitlePage(QPainter *painter, QPagedPaintDevice *device) const;
    bool reportProgress(int done, QString *error);

    QList<SummaryTopic> m_topics;
    SummaryOptions m_options;
    int m_pageCount = 0;
    QList<int> m_topicPages;
    int m_answersPage = 0;
    QSizeF m_body; // the text area of a page, in device pixels
    std::function<bool(int, int)> m_progress;
    bool m_cancelled = false;
    PrintedCode m_code; // the snippets' colours
};

} // namespace DeepDive
