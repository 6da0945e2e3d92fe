#include "quiztab.h"

#include "codeeditor.h"
#include "codeexposure.h"
#include "codepane.h"
#include "quizpanel.h"
#include "quizsession.h"

#include <QVBoxLayout>

namespace DeepDive {

QuizTab::QuizTab(QuizSession *quiz, CodePane *codePane, QWidget *parent)
    : QWidget(parent)
    , m_quiz(quiz)
    , m_codePane(codePane)
{
    setObjectName(QStringLiteral("quizTab"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

QuizPanel *QuizTab::panel()
{
    if (!m_panel) {
        m_panel = new QuizPanel(m_quiz, this);
        layout()->addWidget(m_panel);
        m_panel->show(); // shown with its tab (a child added to a visible widget starts hidden)
        connect(m_panel, &QuizPanel::snippetFocusRequested, this, &QuizTab::snippetFocusRequested);
        connect(m_panel, &QuizPanel::retryMissedRequested, this, [this] { m_quiz->start(m_quiz->missedItems()); });
        connect(m_panel, &QuizPanel::nextTopicRequested, this, [this] { Q_EMIT nextTopicRequested(false); });
        connect(m_panel, &QuizPanel::nextWeakTopicRequested, this, [this] { Q_EMIT nextTopicRequested(true); });
    }
    return m_panel;
}

void QuizTab::startTopic(const QString &deckId, const Topic *topic, const QString &firstCardId)
{
    QList<QuizSession::Item> items;
    if (topic) {
        for (const Card &card : topic->cards) {
            if (!firstCardId.isEmpty() && card.id == firstCardId)
                items.prepend({deckId, topic, &card});
            else
                items.append({deckId, topic, &card});
        }
    }
    m_quiz->start(items);
}

void QuizTab::followCard(bool onScreen)
{
    const QuizSession::Item *item = onScreen ? m_quiz->current() : nullptr;
    const bool answered = m_quiz->phase() == QuizSession::Phase::Answered || m_quiz->phase() == QuizSession::Phase::Revealed;
    m_codePane->setExposure(CodeExposure::forCard(item ? item->card : nullptr, item ? item->topic : nullptr, answered,
                                                  m_quiz->pickedLine()));
    const bool pick = m_codePane->exposure().pickLine;
    if (m_panel) // also when the quiz is given the focus after this (a study session, Ctrl+3)
        m_panel->setFocusProxy(pick ? m_codePane->editor() : nullptr);
    if (pick)
        m_codePane->editor()->setFocus();
}

} // namespace DeepDive
