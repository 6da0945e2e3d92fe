#include "quizpanel.h"

#include "notesdocument.h"
#include "intervaltext.h"
#include "pairview.h"
#include "quizhtml.h"
#include "quizsession.h"
#include "verdictcolour.h"

#include <QFontDatabase>
#include <QKeyEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QAbstractTextDocumentLayout>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <utility>

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

// A QTextBrowser that grows with its content instead of scrolling inside the panel's own scroll area.
QTextBrowser *fittingBrowser(const QString &name, QWidget *parent)
{
    auto *browser = new QTextBrowser(parent);
    browser->setObjectName(name);
    browser->setFrameShape(QFrame::NoFrame);
    browser->setOpenExternalLinks(false);
    browser->setOpenLinks(false);
    browser->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    browser->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    browser->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    browser->viewport()->setAutoFillBackground(false);
    QObject::connect(browser->document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, browser,
                     [browser](const QSizeF &size) { browser->setFixedHeight(int(size.height()) + 4); });
    return browser;
}

} // namespace

QuizPanel::QuizPanel(QuizSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_header(new QLabel(this))
    , m_pages(new QStackedWidget(this))
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

    // Recall
    auto *recall = new QWidget(m_pages);
    m_reveal = new QPushButton(tr("Show answer (Space)"), recall);
    m_reveal->setObjectName(QStringLiteral("quizReveal"));
    m_answer = fittingBrowser(QStringLiteral("quizAnswer"), recall);
    m_answer->setAccessibleName(tr("Answer"));
    m_grades = new QWidget(recall);
    auto *gradeRow = new QHBoxLayout(m_grades);
    gradeRow->setContentsMargins(0, 0, 0, 0);
    const QStringList gradeNames{tr("1 Again"), tr("2 Hard"), tr("3 Good"), tr("4 Easy")};
    const QStringList gradeTips{tr("I did not remember it"), tr("I remembered it with real effort"),
                                tr("I remembered it"), tr("I knew it at once")};
    for (int g = 1; g <= 4; ++g) {
        auto *button = new QPushButton(gradeNames[g - 1], m_grades);
        button->setObjectName(QStringLiteral("quizGrade%1").arg(g));
        button->setToolTip(gradeTips[g - 1]);
        button->setProperty("grade", gradeNames[g - 1]);
        gradeRow->addWidget(button);
        m_gradeButtons.append(button);
        connect(button, &QPushButton::clicked, this, [this, g] { gradeAndMoveOn(g); });
    }
    auto *recallLayout = new QVBoxLayout(recall);
    recallLayout->setContentsMargins(0, 0, 0, 0);
    recallLayout->addWidget(m_reveal);
    recallLayout->addWidget(m_answer);
    recallLayout->addWidget(m_grades);
    recallLayout->addStretch();
    connect(m_reveal, &QPushButton::clicked, this, [this] { m_session->reveal(); });

    // Choice
    auto *choice = new QWidget(m_pages);
    m_options = fittingBrowser(QStringLiteral("quizOptions"), choice);
    m_options->setAccessibleName(tr("Options"));
    m_submitChoice = new QPushButton(tr("Check (Ctrl+Enter)"), choice);
    m_submitChoice->setObjectName(QStringLiteral("quizSubmitChoice"));
    auto *choiceLayout = new QVBoxLayout(choice);
    choiceLayout->setContentsMargins(0, 0, 0, 0);
    choiceLayout->addWidget(m_options);
    choiceLayout->addWidget(m_submitChoice, 0, Qt::AlignLeft);
    choiceLayout->addStretch();
    connect(m_options, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("option"))
            m_session->choose(url.path().toInt());
    });
    connect(m_submitChoice, &QPushButton::clicked, this, [this] { m_session->submitChoice(); });

    // Predict
    auto *predict = new QWidget(m_pages);
    m_prediction = new QPlainTextEdit(predict);
    m_prediction->setObjectName(QStringLiteral("quizPrediction"));
    m_prediction->setAccessibleName(tr("Your predicted output"));
    m_prediction->setPlaceholderText(tr("Type what the snippet prints, one line per line"));
    m_prediction->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_prediction->setTabChangesFocus(true);
    m_prediction->setFixedHeight(m_prediction->fontMetrics().lineSpacing() * 5 + 12);
    m_prediction->installEventFilter(this);
    m_check = new QPushButton(tr("Check (Ctrl+Enter)"), predict);
    m_check->setObjectName(QStringLiteral("quizCheckPrediction"));
    auto *predictLayout = new QVBoxLayout(predict);
    predictLayout->setContentsMargins(0, 0, 0, 0);
    predictLayout->addWidget(m_prediction);
    predictLayout->addWidget(m_check, 0, Qt::AlignLeft);
    predictLayout->addStretch();
    connect(m_check, &QPushButton::clicked, this, &QuizPanel::submitPrediction);

    // Spot the bug
    m_spotHint = new QLabel(tr("Keys: ↑ and ↓ move through the lines of the code, Enter picks the line with the bug; "
                               "or click it."),
                            m_pages);
    m_spotHint->setObjectName(QStringLiteral("quizSpotHint"));
    m_spotHint->setWordWrap(true);
    m_spotHint->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    // Pair
    auto *pair = new QWidget(m_pages);
    m_pairView = new PairView(pair);
    m_pairKeys = new QLabel(tr("Keys: 1 or 2 (or A, B) answers the situation marked ▸ and moves on; ↑ and ↓ move the "
                               "mark; Ctrl+Enter checks."),
                            pair);
    m_pairKeys->setObjectName(QStringLiteral("quizPairKeys"));
    m_pairKeys->setWordWrap(true);
    m_pairKeys->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_pairKeys->setStyleSheet(QStringLiteral("color: palette(placeholder-text)"));
    m_submitPairs = new QPushButton(tr("Check (Ctrl+Enter)"), pair);
    m_submitPairs->setObjectName(QStringLiteral("quizSubmitPairs"));
    auto *pairLayout = new QVBoxLayout(pair);
    pairLayout->setContentsMargins(0, 0, 0, 0);
    pairLayout->addWidget(m_pairView);
    pairLayout->addWidget(m_pairKeys);
    pairLayout->addWidget(m_submitPairs, 0, Qt::AlignLeft);
    pairLayout->addStretch();
    connect(m_submitPairs, &QPushButton::clicked, this, [this] { m_session->submitPairs(); });
    connect(m_pairView, &PairView::assigned, this, [this](int situation, int side) { m_session->assign(situation, side); });

    m_pages->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum); // no taller than the page on screen
    m_pages->addWidget(recall);
    m_pages->addWidget(choice);
    m_pages->addWidget(predict);
    m_pages->addWidget(m_spotHint);
    m_pages->addWidget(pair);

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
        connect(check, &QShortcut::activated, this, [this] {
            const auto *item = m_session->current();
            if (!item)
                return;
            if (item->card->type == CardType::Predict)
                submitPrediction();
            else if (item->card->type == CardType::Choice)
                m_session->submitChoice();
            else if (item->card->type == CardType::Pair)
                m_session->submitPairs();
        });
    }
    connect(m_session, &QuizSession::changed, this, &QuizPanel::render);
    render();
}

QString QuizPanel::headerText() const
{
    return m_header->text();
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
        m_pairView->assignCurrent(n - 1);
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

void QuizPanel::submitPrediction()
{
    m_session->submitPrediction(m_prediction->toPlainText());
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
    QWidget *target = nullptr;
    if (m_session->phase() == QuizSession::Phase::Answered)
        target = m_next;
    else if (item->card->type == CardType::Recall && m_session->phase() == QuizSession::Phase::Asking)
        target = m_reveal;
    else if (item->card->type == CardType::Choice)
        target = m_options;
    else if (item->card->type == CardType::Predict)
        target = m_prediction;
    else if (item->card->type == CardType::Pair)
        target = m_pairView;
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
    m_prompt->setMarkdown(prompt);
    m_error->setText(m_session->lastError().isEmpty() ? QString() : tr("Your answer was not saved: %1").arg(m_session->lastError()));
    m_error->setVisible(!m_session->lastError().isEmpty());

    switch (item->card->type) {
    case CardType::Recall:
        renderRecall();
        break;
    case CardType::Choice:
        renderChoice();
        break;
    case CardType::Predict:
        renderPredict();
        break;
    case CardType::SpotBug:
        renderSpotBug();
        break;
    case CardType::Pair:
        renderPair();
        break;
    }
    renderFeedback();
    // A stacked widget is as tall as its tallest page; only the page on screen should count.
    for (int i = 0; i < m_pages->count(); ++i) {
        const bool current = i == m_pages->currentIndex();
        m_pages->widget(i)->setSizePolicy(QSizePolicy::Preferred, current ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    }
    m_pages->adjustSize();
}

void QuizPanel::renderRecall()
{
    m_pages->setCurrentIndex(0);
    const bool revealed = m_session->phase() != QuizSession::Phase::Asking;
    m_reveal->setVisible(!revealed);
    m_answer->setVisible(revealed);
    m_grades->setVisible(m_session->phase() == QuizSession::Phase::Revealed);
    if (revealed) {
        // The explanation comes with the answer: grading moves straight on to the next card.
        const Card &card = *m_session->current()->card;
        m_answer->setMarkdown(card.explanation.isEmpty() ? card.answer : card.answer + QStringLiteral("\n\n---\n\n") + card.explanation);
    }
    // Each grade says when the card would come back, as in Anki.
    const auto intervals = m_session->phase() == QuizSession::Phase::Revealed ? m_session->nextIntervals() : std::nullopt;
    for (int g = 0; g < m_gradeButtons.size(); ++g) {
        const QString name = m_gradeButtons[g]->property("grade").toString();
        m_gradeButtons[g]->setText(intervals ? tr("%1 · %2").arg(name, intervalText(intervals->at(g))) : name);
    }
    if (!revealed && isVisible())
        m_reveal->setFocus();
}

void QuizPanel::renderChoice()
{
    m_pages->setCurrentIndex(1);
    const bool answered = m_session->phase() == QuizSession::Phase::Answered;
    const int markWidth = fontMetrics().horizontalAdvance(QStringLiteral("☑ 99.")) + 8;
    m_options->setHtml(QuizHtml::choice(*m_session, colours(), markWidth));
    m_submitChoice->setVisible(m_session->isMultipleAnswer() && !answered);
}

// Ctrl+Z in the prediction field undoes the typing; with nothing typed to undo, the field lets the keys go on to the
// window (Study > Undo Answer), as the field takes the focus on every predict card.
bool QuizPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_prediction && event->type() == QEvent::ShortcutOverride
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Undo)
        && !m_prediction->document()->isUndoAvailable()) {
        event->ignore();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void QuizPanel::renderPredict()
{
    m_pages->setCurrentIndex(2);
    const auto phase = m_session->phase();
    const QuizSession::Item *item = m_session->current();
    if (phase == QuizSession::Phase::Asking && m_prediction->property("card").toString() != item->card->id) {
        m_prediction->clear();
        m_prediction->setProperty("card", item->card->id);
    }
    m_prediction->setReadOnly(phase != QuizSession::Phase::Asking);
    m_check->setVisible(phase == QuizSession::Phase::Asking);
    if (phase == QuizSession::Phase::Asking && isVisible())
        m_prediction->setFocus();
    Q_EMIT snippetFocusRequested();
}

void QuizPanel::renderSpotBug()
{
    m_pages->setCurrentIndex(3);
    m_spotHint->setVisible(m_session->phase() == QuizSession::Phase::Asking);
    Q_EMIT snippetFocusRequested();
}

void QuizPanel::renderPair()
{
    m_pages->setCurrentIndex(4);
    const bool answered = m_session->phase() == QuizSession::Phase::Answered;
    const QList<int> assigned = m_session->assignments();
    m_pairView->show(*m_session->current()->card, assigned, answered);
    m_pairKeys->setVisible(!answered);
    m_submitPairs->setVisible(!answered);
    m_submitPairs->setEnabled(!assigned.contains(-1));
    if (!answered && isVisible())
        m_pairView->setFocus();
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
