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

void StudyPanel::setTopic(const Topic *topic)
{
    if (!topic) {
        m_notes->setMarkdown(tr("Select a topic on the left to read its notes."));
        return;
    }
    m_notes->setMarkdown(topicNotesMarkdown(*topic));
}

} // namespace DeepDive
