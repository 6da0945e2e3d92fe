#include "quizanswerpages.h"

#include "intervaltext.h"
#include "pairview.h"
#include "quizpanel.h"
#include "quizsession.h"

#include <QAbstractTextDocumentLayout>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace DeepDive {

// The strings are the quiz panel's (QuizPanel::tr), translated in its context.

namespace {
QVBoxLayout *pageLayout(QWidget *page)
{
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    return layout;
}
} // namespace

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

void showMarkdown(QTextBrowser *browser, const QString &markdown)
{
    static constexpr char shown[] = "deepdiveMarkdown";
    const QVariant before = browser->property(shown);
    if (before.isValid() && before.toString() == markdown)
        return;
    browser->setProperty(shown, markdown);
    browser->setMarkdown(markdown);
}

QuizAnswerPages::QuizAnswerPages(QuizSession *session, QWidget *parent)
    : QStackedWidget(parent)
    , m_session(session)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum); // no taller than the page on screen
    // In the order of Page.
    addWidget(makeRecallPage());
    addWidget(makeChoicePage());
    addWidget(makePredictPage());
    addWidget(makeSpotBugPage());
    addWidget(makePairPage());
}

QWidget *QuizAnswerPages::makeRecallPage()
{
    auto *recall = new QWidget(this);
    m_reveal = new QPushButton(QuizPanel::tr("Show answer (Space)"), recall);
    m_reveal->setObjectName(QStringLiteral("quizReveal"));
    m_answer = fittingBrowser(QStringLiteral("quizAnswer"), recall);
    m_answer->setAccessibleName(QuizPanel::tr("Answer"));
    m_grades = new QWidget(recall);
    auto *gradeRow = new QHBoxLayout(m_grades);
    gradeRow->setContentsMargins(0, 0, 0, 0);
    const QStringList gradeNames{QuizPanel::tr("1 Again"), QuizPanel::tr("2 Hard"), QuizPanel::tr("3 Good"),
                                 QuizPanel::tr("4 Easy")};
    const QStringList gradeTips{QuizPanel::tr("I did not remember it"), QuizPanel::tr("I remembered it with real effort"),
                                QuizPanel::tr("I remembered it"), QuizPanel::tr("I knew it at once")};
    for (int g = 1; g <= 4; ++g) {
        auto *button = new QPushButton(gradeNames[g - 1], m_grades);
        button->setObjectName(QStringLiteral("quizGrade%1").arg(g));
        button->setToolTip(gradeTips[g - 1]);
        button->setProperty("grade", gradeNames[g - 1]);
        gradeRow->addWidget(button);
        m_gradeButtons.append(button);
        connect(button, &QPushButton::clicked, this, [this, g] { Q_EMIT gradeChosen(g); });
    }
    auto *layout = pageLayout(recall);
    layout->addWidget(m_reveal);
    layout->addWidget(m_answer);
    layout->addWidget(m_grades);
    layout->addStretch();
    connect(m_reveal, &QPushButton::clicked, this, [this] { m_session->reveal(); });
    return recall;
}

QWidget *QuizAnswerPages::makeChoicePage()
{
    auto *choice = new QWidget(this);
    m_options = fittingBrowser(QStringLiteral("quizOptions"), choice);
    m_options->setAccessibleName(QuizPanel::tr("Options"));
    m_submitChoice = new QPushButton(QuizPanel::tr("Check (Ctrl+Enter)"), choice);
    m_submitChoice->setObjectName(QStringLiteral("quizSubmitChoice"));
    auto *layout = pageLayout(choice);
    layout->addWidget(m_options);
    layout->addWidget(m_submitChoice, 0, Qt::AlignLeft);
    layout->addStretch();
    connect(m_options, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("option"))
            m_session->choose(url.path().toInt());
    });
    connect(m_submitChoice, &QPushButton::clicked, this, [this] { m_session->submitChoice(); });
    return choice;
}

QWidget *QuizAnswerPages::makePredictPage()
{
    auto *predict = new QWidget(this);
    m_prediction = new QPlainTextEdit(predict);
    m_prediction->setObjectName(QStringLiteral("quizPrediction"));
    m_prediction->setAccessibleName(QuizPanel::tr("Your predicted output"));
    m_prediction->setPlaceholderText(QuizPanel::tr("Type what the snippet prints, one line per line"));
    m_prediction->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_prediction->setTabChangesFocus(true);
    m_prediction->setFixedHeight(m_prediction->fontMetrics().lineSpacing() * 5 + 12);
    m_prediction->installEventFilter(this);
    m_check = new QPushButton(QuizPanel::tr("Check (Ctrl+Enter)"), predict);
    m_check->setObjectName(QStringLiteral("quizCheckPrediction"));
    auto *layout = pageLayout(predict);
    layout->addWidget(m_prediction);
    layout->addWidget(m_check, 0, Qt::AlignLeft);
    layout->addStretch();
    connect(m_check, &QPushButton::clicked, this, &QuizAnswerPages::submitPrediction);
    return predict;
}

QWidget *QuizAnswerPages::makeSpotBugPage()
{
    m_spotHint = new QLabel(QuizPanel::tr("Keys: ↑ and ↓ move through the lines of the code, Enter picks the line with "
                                          "the bug; or click it."),
                            this);
    m_spotHint->setObjectName(QStringLiteral("quizSpotHint"));
    m_spotHint->setWordWrap(true);
    m_spotHint->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    return m_spotHint;
}

QWidget *QuizAnswerPages::makePairPage()
{
    auto *pair = new QWidget(this);
    m_pairView = new PairView(pair);
    m_pairKeys = new QLabel(QuizPanel::tr("Keys: 1 or 2 (or A, B) answers the situation marked ▸ and moves on; ↑ and ↓ "
                                          "move the mark; Ctrl+Enter checks."),
                            pair);
    m_pairKeys->setObjectName(QStringLiteral("quizPairKeys"));
    m_pairKeys->setWordWrap(true);
    m_pairKeys->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_pairKeys->setStyleSheet(QStringLiteral("color: palette(placeholder-text)"));
    m_submitPairs = new QPushButton(QuizPanel::tr("Check (Ctrl+Enter)"), pair);
    m_submitPairs->setObjectName(QStringLiteral("quizSubmitPairs"));
    auto *layout = pageLayout(pair);
    layout->addWidget(m_pairView);
    layout->addWidget(m_pairKeys);
    layout->addWidget(m_submitPairs, 0, Qt::AlignLeft);
    layout->addStretch();
    connect(m_submitPairs, &QPushButton::clicked, this, [this] { m_session->submitPairs(); });
    connect(m_pairView, &PairView::assigned, this, [this](int situation, int side) { m_session->assign(situation, side); });
    return pair;
}

void QuizAnswerPages::render(const QuizHtml::Colours &colours)
{
    switch (m_session->current()->card->type) {
    case CardType::Recall:
        renderRecall();
        break;
    case CardType::Choice:
        renderChoice(colours);
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
    // A stacked widget is as tall as its tallest page; only the page on screen should count.
    for (int i = 0; i < count(); ++i) {
        const bool current = i == currentIndex();
        widget(i)->setSizePolicy(QSizePolicy::Preferred, current ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    }
    adjustSize();
}

QWidget *QuizAnswerPages::answeringControl() const
{
    const QuizSession::Item *item = m_session->current();
    if (!item || m_session->phase() == QuizSession::Phase::Answered)
        return nullptr;
    switch (item->card->type) {
    case CardType::Recall:
        return m_session->phase() == QuizSession::Phase::Asking ? m_reveal : nullptr;
    case CardType::Choice:
        return m_options;
    case CardType::Predict:
        return m_prediction;
    case CardType::Pair:
        return m_pairView;
    case CardType::SpotBug:
        break;
    }
    return nullptr;
}

void QuizAnswerPages::check()
{
    const QuizSession::Item *item = m_session->current();
    if (!item)
        return;
    if (item->card->type == CardType::Predict)
        submitPrediction();
    else if (item->card->type == CardType::Choice)
        m_session->submitChoice();
    else if (item->card->type == CardType::Pair)
        m_session->submitPairs();
}

void QuizAnswerPages::assignCurrentSituation(int side)
{
    m_pairView->assignCurrent(side);
}

void QuizAnswerPages::submitPrediction()
{
    m_session->submitPrediction(m_prediction->toPlainText());
}

// Ctrl+Z in the prediction field undoes the typing; with nothing typed to undo, the field lets the keys go on to the
// window (Study > Undo Answer), as the field takes the focus on every predict card.
bool QuizAnswerPages::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_prediction && event->type() == QEvent::ShortcutOverride
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Undo)
        && !m_prediction->document()->isUndoAvailable()) {
        event->ignore();
        return true;
    }
    return QStackedWidget::eventFilter(watched, event);
}

void QuizAnswerPages::renderRecall()
{
    setCurrentIndex(RecallPage);
    const bool revealed = m_session->phase() != QuizSession::Phase::Asking;
    m_reveal->setVisible(!revealed);
    m_answer->setVisible(revealed);
    m_grades->setVisible(m_session->phase() == QuizSession::Phase::Revealed);
    if (revealed) {
        // The explanation comes with the answer: grading moves straight on to the next card.
        const Card &card = *m_session->current()->card;
        showMarkdown(m_answer, card.explanation.isEmpty() ? card.answer : card.answer + QStringLiteral("\n\n---\n\n") + card.explanation);
    }
    // Each grade says when the card would come back, as in Anki.
    const auto intervals = m_session->phase() == QuizSession::Phase::Revealed ? m_session->nextIntervals() : std::nullopt;
    for (int g = 0; g < m_gradeButtons.size(); ++g) {
        const QString name = m_gradeButtons[g]->property("grade").toString();
        m_gradeButtons[g]->setText(intervals ? QuizPanel::tr("%1 · %2").arg(name, intervalText(intervals->at(g))) : name);
    }
    if (!revealed && isVisible())
        m_reveal->setFocus();
}

void QuizAnswerPages::renderChoice(const QuizHtml::Colours &colours)
{
    setCurrentIndex(ChoicePage);
    const bool answered = m_session->phase() == QuizSession::Phase::Answered;
    const int markWidth = fontMetrics().horizontalAdvance(QStringLiteral("☑ 99.")) + 8;
    m_options->setHtml(QuizHtml::choice(*m_session, colours, markWidth));
    m_submitChoice->setVisible(m_session->isMultipleAnswer() && !answered);
}

void QuizAnswerPages::renderPredict()
{
    setCurrentIndex(PredictPage);
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

void QuizAnswerPages::renderSpotBug()
{
    setCurrentIndex(SpotBugPage);
    m_spotHint->setVisible(m_session->phase() == QuizSession::Phase::Asking);
    Q_EMIT snippetFocusRequested();
}

void QuizAnswerPages::renderPair()
{
    setCurrentIndex(PairPage);
    const bool answered = m_session->phase() == QuizSession::Phase::Answered;
    const QList<int> assigned = m_session->assignments();
    m_pairView->show(*m_session->current()->card, assigned, answered);
    m_pairKeys->setVisible(!answered);
    m_submitPairs->setVisible(!answered);
    m_submitPairs->setEnabled(!assigned.contains(-1));
    if (!answered && isVisible())
        m_pairView->setFocus();
}

} // namespace DeepDive
