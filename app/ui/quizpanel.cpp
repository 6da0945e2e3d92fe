#include "quizpanel.h"

#include "intervaltext.h"
#include "quizanswerpages.h"
#include "quizhtml.h"
#include "quizsession.h"
#include "verdictcolour.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace DeepDive {

namespace {

QString typeName(CardType type)
{
    switch (type) {
    case CardType::Recall:
        return QuizPanel::tr("Recall");
    case CardType::Choice:
        return QuizPanel::tr("Multiple choice");
    case CardType::Predict:
        return QuizPanel::tr("Predict the output");
    case CardType::SpotBug:
        return QuizPanel::tr("Spot the bug");
    case CardType::Pair:
        return QuizPanel::tr("Which one fits?");
    }
    return {};
}

} // namespace

QuizPanel::QuizPanel(QuizSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_header(new QLabel(this))
    , m_verdict(new QLabel(this))
    , m_next(new QPushButton(tr("&Next card"), this))
    , m_error(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_card(new QWidget(this))
    , m_lastAnswer(new QLabel(this))
{
    m_lastAnswer->setObjectName(QStringLiteral("quizLastAnswer"));
    m_lastAnswer->setWordWrap(true);
    m_lastAnswer->setStyleSheet(QStringLiteral("color: palette(placeholder-text)"));
    m_lastAnswer->hide();
    setObjectName(QStringLiteral("quizPanel"));
    m_prompt = fittingBrowser(QStringLiteral("quizPrompt"), m_card);
    m_prompt->setAccessibleName(tr("Question"));
    m_header->setObjectName(QStringLiteral("quizHeader"));
    QFont small = m_header->font();
    small.setBold(true);
    m_header->setFont(small);

    // The controls of each card type, made here so that the tab order runs from the prompt through them to the feedback.
    m_pages = new QuizAnswerPages(session, this);
    connect(m_pages, &QuizAnswerPages::gradeChosen, this, &QuizPanel::gradeAndMoveOn);
    connect(m_pages, &QuizAnswerPages::snippetFocusRequested, this, &QuizPanel::snippetFocusRequested);

    m_verdict->setObjectName(QStringLiteral("quizVerdict"));
    QFont big = m_verdict->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_verdict->setFont(big);
    m_feedback = fittingBrowser(QStringLiteral("quizFeedback"), m_card);
    m_feedback->setAccessibleName(tr("Explanation"));
    m_next->setObjectName(QStringLiteral("quizNext"));
    m_next->setToolTip(tr("Go to the next card (Enter)"));
    m_error->setObjectName(QStringLiteral("quizError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: %1").arg(verdictColour(this, false)));
    m_empty->setObjectName(QStringLiteral("quizEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    connect(m_next, &QPushButton::clicked, this, [this] { m_session->next(); });

    auto *cardLayout = new QVBoxLayout(m_card);
    cardLayout->setContentsMargins(12, 8, 12, 12);
    cardLayout->addWidget(m_lastAnswer);
    cardLayout->addWidget(m_header);
    cardLayout->addWidget(m_prompt);
    cardLayout->addWidget(m_pages);
    cardLayout->addWidget(m_error);
    cardLayout->addWidget(m_verdict);
    cardLayout->addWidget(m_feedback);
    cardLayout->addWidget(m_next, 0, Qt::AlignLeft);
    cardLayout->addStretch(1);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(m_card);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // everything wraps; nothing hides to the right
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
    layout->addWidget(m_empty);
    // When the quiz is done: the obvious next steps.
    m_nextSteps = new QWidget(this);
    m_nextSteps->setObjectName(QStringLiteral("quizNextSteps"));
    auto *steps = new QHBoxLayout(m_nextSteps);
    steps->addStretch();
    m_retryMissed = new QPushButton(m_nextSteps);
    m_retryMissed->setObjectName(QStringLiteral("quizRetryMissed"));
    auto *nextTopic = new QPushButton(tr("Ne&xt topic"), m_nextSteps);
    nextTopic->setObjectName(QStringLiteral("quizNextTopic"));
    auto *nextWeak = new QPushButton(tr("Next &weak topic"), m_nextSteps);
    nextWeak->setObjectName(QStringLiteral("quizNextWeakTopic"));
    for (QPushButton *button : {m_retryMissed, nextTopic, nextWeak})
        steps->addWidget(button);
    steps->addStretch();
    layout->addWidget(m_nextSteps);
    m_nextSteps->hide();
    connect(m_retryMissed, &QPushButton::clicked, this, &QuizPanel::retryMissedRequested);
    connect(nextTopic, &QPushButton::clicked, this, &QuizPanel::nextTopicRequested);
    connect(nextWeak, &QPushButton::clicked, this, &QuizPanel::nextWeakTopicRequested);

    for (int n = 1; n <= 9; ++n) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::Key_0 + n), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, n] { digit(n); });
    }
    auto *space = new QShortcut(QKeySequence(Qt::Key_Space), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(space, &QShortcut::activated, this, &QuizPanel::space);
    for (const auto key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto *enterKey = new QShortcut(QKeySequence(key), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(enterKey, &QShortcut::activated, this, &QuizPanel::enter);
        auto *check = new QShortcut(QKeySequence(Qt::CTRL | key), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(check, &QShortcut::activated, m_pages, &QuizAnswerPages::check);
    }
    connect(m_session, &QuizSession::changed, this, &QuizPanel::render);
    render();
}

QString QuizPanel::headerText() const
{
    return m_header->text();
}

QPlainTextEdit *QuizPanel::predictionEditor() const
{
    return m_pages->predictionEditor();
}

QTextBrowser *QuizPanel::optionsView() const
{
    return m_pages->optionsView();
}

void QuizPanel::digit(int n)
{
    const auto *item = m_session->current();
    if (!item)
        return;
    if (m_session->phase() == QuizSession::Phase::Revealed && n <= 4)
        gradeAndMoveOn(n);
    else if (m_session->phase() == QuizSession::Phase::Asking && item->card->type == CardType::Choice)
        m_session->choose(n - 1);
    else if (m_session->phase() == QuizSession::Phase::Asking && item->card->type == CardType::Pair && n <= 2)
        m_pages->assignCurrentSituation(n - 1);
}

// A self-graded card needs nothing more once graded: the next card comes at once, and a line above it says how the
// last one was saved.
void QuizPanel::gradeAndMoveOn(int grade)
{
    const auto preview = m_session->nextIntervals();
    if (!m_session->grade(grade))
        return; // not saved: the card stays, with the reason
    const QStringList names{tr("Again"), tr("Hard"), tr("Good"), tr("Easy")};
    QString saved = preview ? tr("Saved “%1” · next review in %2").arg(names.value(grade - 1), intervalText(preview->at(grade - 1)))
                            : tr("Saved “%1”.").arg(names.value(grade - 1));
    if (const int repeatIn = m_session->lastRepeatDistance())
        saved += QStringLiteral(" · ") + QuizHtml::comesBack(repeatIn);
    m_lastAnswer->setText(saved);
    m_lastAnswerFor = m_session->position() + 1;
    m_session->next();
}

void QuizPanel::space()
{
    if (m_session->phase() == QuizSession::Phase::Asking)
        m_session->reveal();
}

void QuizPanel::enter()
{
    if (m_session->phase() == QuizSession::Phase::Answered)
        m_session->next();
    else if (m_session->phase() == QuizSession::Phase::Finished)
        Q_EMIT (m_retryMissed->isVisible() ? retryMissedRequested() : nextTopicRequested()); // the first next step
}

void QuizPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::FontChange)
        return;
    // The header and the verdict are bold (and the verdict larger) versions of the panel's font, which zoom changes.
    QFont bold = font();
    bold.setBold(true);
    m_header->setFont(bold);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_verdict->setFont(bold);
}

void QuizPanel::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    focusCurrentControl();
}

// The keys of the card on screen work at once: the focus goes to what answers it.
void QuizPanel::focusCurrentControl()
{
    const QuizSession::Item *item = m_session->current();
    if (!item || !isVisible())
        return;
    QWidget *target = m_session->phase() == QuizSession::Phase::Answered ? m_next : m_pages->answeringControl();
    if (target && target->isVisible())
        target->setFocus(Qt::OtherFocusReason);
}

void QuizPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        render();
}

void QuizPanel::render()
{
    const auto *item = m_session->current();
    if (!item || (item->card->type != CardType::Predict && item->card->type != CardType::SpotBug))
        Q_EMIT snippetFocusRequested();
    // In a window on screen, a hidden tab waits until it is shown (laying out the card's text costs a frame).
    m_stale = window()->isVisible() && !isVisible();
    if (m_stale)
        return;
    const auto phase = m_session->phase();
    m_empty->setVisible(!item);
    m_scroll->setVisible(item != nullptr);
    m_nextSteps->setVisible(!item && phase == QuizSession::Phase::Finished);
    if (!item && phase == QuizSession::Phase::Finished) {
        const int missed = int(m_session->missedItems().size());
        m_retryMissed->setText(tr("&Retry the %n missed card(s)", nullptr, missed));
        m_retryMissed->setVisible(missed > 0);
        m_retryMissed->setDefault(missed > 0);
        if (isVisible())
            (missed > 0 ? m_retryMissed : m_nextSteps->findChild<QPushButton *>(QStringLiteral("quizNextTopic")))->setFocus();
    }
    if (!item) {
        m_empty->setText(phase == QuizSession::Phase::Finished
                             ? tr("Done: %1 of %2 correct. Pick another topic, or study what is due.")
                                   .arg(m_session->firstTimeCorrectCount())
                                   .arg(m_session->cardCount())
                             : tr("This topic has no quiz cards."));
        return;
    }
    m_lastAnswer->setVisible(m_lastAnswerFor == m_session->position() && phase == QuizSession::Phase::Asking);
    m_header->setText(tr("Card %1 of %2 · %3").arg(m_session->position() + 1).arg(m_session->count()).arg(typeName(item->card->type)));
    QString prompt = item->card->prompt;
    if (prompt.isEmpty() && item->card->type == CardType::Predict)
        prompt = tr("What does the snippet in the code pane print?");
    if (prompt.isEmpty() && item->card->type == CardType::SpotBug)
        prompt = tr("Which line of the snippet in the code pane has the bug?");
    showMarkdown(m_prompt, prompt);
    m_error->setText(m_session->lastError().isEmpty() ? QString() : tr("Your answer was not saved: %1").arg(m_session->lastError()));
    m_error->setVisible(!m_session->lastError().isEmpty());

    m_pages->render(colours());
    renderFeedback();
}

QuizHtml::Colours QuizPanel::colours() const
{
    return {verdictColour(this, true), verdictColour(this, false), palette().color(QPalette::PlaceholderText).name()};
}

void QuizPanel::renderFeedback()
{
    const bool answered = m_session->phase() == QuizSession::Phase::Answered;
    const QuizSession::Item *item = m_session->current();
    m_verdict->setVisible(answered);
    m_next->setVisible(answered);
    m_feedback->setVisible(answered);
    if (!answered)
        return;
    const bool correct = m_session->lastCorrect();
    if (item->card->type == CardType::Recall) {
        m_verdict->setText(tr("Saved as “%1”.").arg(QStringList{tr("Again"), tr("Hard"), tr("Good"), tr("Easy")}.value(m_session->lastGrade() - 1)));
        m_verdict->setStyleSheet(QString());
    } else {
        m_verdict->setText(correct ? tr("✓ Correct") : tr("✗ Not quite"));
        m_verdict->setStyleSheet(QStringLiteral("color: %1").arg(verdictColour(this, correct)));
    }
    const QString html = QuizHtml::feedback(*m_session, colours());
    m_feedback->setHtml(html);
    m_feedback->setVisible(!html.isEmpty());
    m_next->setText(m_session->position() + 1 < m_session->count() ? tr("&Next card (Enter)") : tr("&Finish (Enter)"));
    if (isVisible())
        m_next->setFocus();
}

} // namespace DeepDive
