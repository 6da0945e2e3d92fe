#pragma once

#include "quizhtml.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTextBrowser;
class QScrollArea;

namespace DeepDive {

class PairView;
class QuizSession;

// Renders a QuizSession and forwards the learner's input to it: recall (Space reveals, 1-4 grade), multiple choice
// (1-n), predict the output (Ctrl+Enter checks), spot the bug (a line in the code pane), confusable pairs. Enter
// moves on after the feedback.
class QuizPanel : public QWidget
{
    Q_OBJECT
public:
    explicit QuizPanel(QuizSession *session, QWidget *parent = nullptr);

    QuizSession *session() const { return m_session; }
    QPlainTextEdit *predictionEditor() const { return m_prediction; }
    QTextBrowser *feedbackView() const { return m_feedback; }
    QTextBrowser *promptView() const { return m_prompt; }
    QTextBrowser *optionsView() const { return m_options; }
    QString headerText() const;

Q_SIGNALS:
    // The card on screen changed: the code pane should show its snippet the way the card needs it.
    void snippetFocusRequested();
    // The next steps offered when the quiz is done.
    void retryMissedRequested();
    void nextTopicRequested();
    void nextWeakTopicRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void render();
    void focusCurrentControl();
    void renderRecall();
    void renderChoice();
    void renderPredict();
    void renderSpotBug();
    void renderPair();
    void renderFeedback();
    QuizHtml::Colours colours() const;
    void digit(int n);
    void gradeAndMoveOn(int grade);
    void space();
    void enter();
    void submitPrediction();

    QuizSession *m_session;
    bool m_stale = false; // changed while its tab was hidden: rendered when shown
    QLabel *m_header;
    QTextBrowser *m_prompt;
    QStackedWidget *m_pages;
    // recall
    QPushButton *m_reveal;
    QTextBrowser *m_answer;
    QWidget *m_grades;
    // choice
    QTextBrowser *m_options;
    QPushButton *m_submitChoice;
    // predict
    QPlainTextEdit *m_prediction;
    QPushButton *m_check;
    // spot-bug
    QLabel *m_spotHint;
    // pair
    PairView *m_pairView;
    QLabel *m_pairKeys;
    QPushButton *m_submitPairs;
    // outcome
    QLabel *m_verdict;
    QTextBrowser *m_feedback;
    QPushButton *m_next;
    QLabel *m_error;
    QLabel *m_empty;
    QWidget *m_nextSteps;
    QPushButton *m_retryMissed;
    QWidget *m_card;
    QLabel *m_lastAnswer;
    int m_lastAnswerFor = -1; // the position whose card shows it
    QList<QPushButton *> m_gradeButtons;
    QScrollArea *m_scroll;
};

} // namespace DeepDive
