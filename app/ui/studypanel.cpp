#include "studypanel.h"

#include "deck.h"
#include "notesdocument.h"

#include <QTextBrowser>

namespace DeepDive {

StudyPanel::StudyPanel(QWidget *parent)
    : QTabWidget(parent)
    , m_notes(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("studyPanel"));
    setAccessibleName(tr("Topic notes, quiz and your notes"));
    setDocumentMode(true);
    m_notes->setObjectName(QStringLiteral("topicNotes"));
    m_notes->setAccessibleName(tr("Topic notes"));
    m_notes->setOpenExternalLinks(true);
    m_notes->document()->setDocumentMargin(12);
    QFont readable = m_notes->font();
    readable.setPointSizeF(readable.pointSizeF() * 1.15); // notes are read for long stretches
    m_notes->setFont(readable);
    addTab(m_notes, tr("&Topic"));
    setTopic(nullptr);
}

void StudyPanel::setTopic(const Topic *topic, bool firstScreen)
{
    if (!topic) {
        m_notes->setMarkdown(tr("Select a topic on the left to read its notes."));
        return;
    }
    const QString markdown = topicNotesMarkdown(*topic);
    const qsizetype end = firstScreen ? firstScreenEnd(markdown) : -1;
    m_notes->setMarkdown(end < 0 ? markdown : markdown.left(end));
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
