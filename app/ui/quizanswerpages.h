#pragma once

#include "quizhtml.h"

#include <QStackedWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace DeepDive {

class PairView;
class QuizSession;

// The part of the quiz panel that follows the card's type: one page per type with the controls that answer it (the
// reveal button and the grades of a recall card, the options of a multiple-choice card, the prediction field, the
// spot-the-bug hint, the situations of a pair), shown as the session's phase has them. Its strings keep the quiz
// panel's translation context.
class QuizAnswerPages : public QStackedWidget
{
    Q_OBJECT
public:
    enum Page { RecallPage, ChoicePage, PredictPage, SpotBugPage, PairPage };

    explicit QuizAnswerPages(QuizSession *session, QWidget *parent = nullptr);

    // Shows the page of the session's current card (there must be one) in the session's phase.
    void render(const QuizHtml::Colours &colours);
    // The control whose keys answer the card on screen, while it is being asked; nullptr when there is none.
    QWidget *answeringControl() const;
    // Ctrl+Enter: checks the prediction, the picked options or the assigned situations.
    void check();
    // A digit key on a pair card: puts the marked situation on side 0 (A) or 1 (B).
    void assignCurrentSituation(int side);

    QPlainTextEdit *predictionEditor() const { return m_prediction; }
    QTextBrowser *optionsView() const { return m_options; }

Q_SIGNALS:
    // A grade button of a recall card was pressed.
    void gradeChosen(int grade);
    // The card on screen needs the code pane: predict and spot-the-bug cards show their snippet their own way.
    void snippetFocusRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *makeRecallPage();
    QWidget *makeChoicePage();
    QWidget *makePredictPage();
    QWidget *makeSpotBugPage();
    QWidget *makePairPage();
    void renderRecall();
    void renderChoice(const QuizHtml::Colours &colours);
    void renderPredict();
    void renderSpotBug();
    void renderPair();
    void submitPrediction();

    QuizSession *m_session;
    // recall
    QPushButton *m_reveal = nullptr;
    QTextBrowser *m_answer = nullptr;
    QWidget *m_grades = nullptr;
    QList<QPushButton *> m_gradeButtons;
    // choice
    QTextBrowser *m_options = nullptr;
    QPushButton *m_submitChoice = nullptr;
    // predict
    QPlainTextEdit *m_prediction = nullptr;
    QPushButton *m_check = nullptr;
    // spot the bug
    QLabel *m_spotHint = nullptr;
    // pair
    PairView *m_pairView = nullptr;
    QLabel *m_pairKeys = nullptr;
    QPushButton *m_submitPairs = nullptr;
};

// A QTextBrowser that grows with its content instead of scrolling inside the quiz panel's own scroll area.
QTextBrowser *fittingBrowser(const QString &name, QWidget *parent);
// Shows `markdown` in `browser`, unless it shows it already: a grade re-renders the card, and laying its question and
// answer out again cost the verdict's frame milliseconds (and dropped a selection made in them).
void showMarkdown(QTextBrowser *browser, const QString &markdown);

} // namespace DeepDive
