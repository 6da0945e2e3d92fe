#pragma once

#include "quizhtml.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QScrollArea;

namespace DeepDive {

class QuizAnswerPages;
class QuizSession;

// Renders a QuizSession and forwards the learner's input to it: recall (Space reveals, 1-4 grade), multiple choice
// (1-n), predict the output (Ctrl+Enter checks), spot the bug (a line in the code pane), confusable pairs. Enter
// moves on after the feedback. The controls of each card type are QuizAnswerPages'; the panel holds the header, the
// prompt, the verdict and feedback, the keys and the next steps once the quiz is done.
class QuizPanel : public QWidget
{
    Q_OBJECT
public:
    explicit QuizPanel(QuizSession *session, QWidget *parent = nullptr);

    QuizSession *session() const { return m_session; }
    QPlainTextEdit *predictionEditor() const;
    QTextBrowser *feedbackView() const { return m_feedback; }
    QTextBrowser *promptView() const { return m_prompt; }
    QTextBrowser *optionsView() const;
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

private:
    void render();
    void focusCurrentControl();
    void renderFeedback();
    QuizHtml::Colours colours() const;
    void digit(int n);
    void gradeAndMoveOn(int grade);
    void space();
    void enter();

    QuizSession *m_session;
    bool m_stale = false; // changed while its tab was hidden: rendered when shown
    QLabel *m_header;
    QTextBrowser *m_prompt;
    QuizAnswerPages *m_pages;
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
    QScrollArea *m_scroll;
};

} // namespace DeepDive
