#include "studypanel.h"

#include "deck.h"
#include "findbar.h"
#include "topicdocument.h"

#include <QTextBrowser>
#include <QVBoxLayout>

namespace DeepDive {

StudyPanel::StudyPanel(QWidget *parent)
    : QTabWidget(parent)
    , m_summary(new QTextBrowser(this))
    , m_findBar(new FindBar(m_summary, this))
{
    setObjectName(QStringLiteral("studyPanel"));
    setAccessibleName(tr("Topic summary, quiz and your notes"));
    setDocumentMode(true);
    m_summary->setObjectName(QStringLiteral("topicSummary"));
    m_summary->setAccessibleName(tr("Topic summary"));
    m_summary->setOpenExternalLinks(true);
    m_summary->document()->setDocumentMargin(12);
    QFont readable = m_summary->font();
    readable.setPointSizeF(readable.pointSizeF() * 1.15); // notes are read for long stretches
    m_summary->setFont(readable);
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("topicPage"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_summary, 1);
    layout->addWidget(m_findBar);
    addTab(page, tr("&Topic"));
    setTopic(nullptr);
}

void StudyPanel::setTopic(const Topic *topic, bool firstScreen)
{
    // Another topic: the search's highlights were for the one before. The same topic laid out in full keeps them.
    const QString id = topic ? topic->id : QString();
    if (id != m_topicId)
        m_findBar->setTerms({});
    m_topicId = id;
    if (!topic) {
        m_summary->setMarkdown(tr("Select a topic on the left to read its notes."));
        m_findBar->refresh();
        return;
    }
    const QString markdown = topicMarkdown(*topic);
    const qsizetype end = firstScreen ? firstScreenEnd(markdown) : -1;
    m_summary->setMarkdown(end < 0 ? markdown : markdown.left(end));
    m_findBar->refresh();
}

qsizetype StudyPanel::firstScreenEnd(const QString &markdown, qsizetype chars)
{
    if (markdown.size() < chars * 3 / 2)
        return -1;
    bool inCode = false;
    qsizetype lineStart = 0;
    while (lineStart < markdown.size()) {
        qsizetype lineEnd = markdown.indexOf(QLatin1Char('\n'), lineStart);
        if (lineEnd < 0)
            lineEnd = markdown.size();
        const QStringView line = QStringView(markdown).mid(lineStart, lineEnd - lineStart);
        if (line.trimmed().startsWith(QLatin1String("```")))
            inCode = !inCode;
        else if (!inCode && line.trimmed().isEmpty() && lineStart >= chars)
            return lineStart;
        lineStart = lineEnd + 1;
    }
    return -1;
}

} // namespace DeepDive
