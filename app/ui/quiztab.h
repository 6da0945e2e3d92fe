#pragma once

#include <QWidget>

namespace DeepDive {

class CodePane;
class QuizPanel;
class QuizSession;
struct Topic;

// The Quiz tab's page. Its QuizPanel is made when the tab is first shown (the card views cost a millisecond at
// start-up; until then QuizSession holds the state, and the panel renders it when it comes). While the quiz is on
// screen the code pane follows the card: a spot-the-bug card takes the keyboard to its code, where the arrow keys
// and Enter pick the line; otherwise the code pane shows snippets plainly.
class QuizTab : public QWidget
{
    Q_OBJECT
public:
    QuizTab(QuizSession *quiz, CodePane *codePane, QWidget *parent = nullptr);

    QuizPanel *panel();
    QuizPanel *existingPanel() const { return m_panel; }
    // A quiz over the topic's cards in their order, `firstCardId` first when given (a search hit on that card).
    void startTopic(const QString &deckId, const Topic *topic, const QString &firstCardId = QString());
    // What the code pane shows of the current card, with the quiz on screen or not.
    void followCard(bool onScreen);

Q_SIGNALS:
    // The panel's "Next topic" and "Next weak topic".
    void nextTopicRequested(bool weakOnly);
    // The panel asks for the code pane to have the keyboard (a spot-the-bug card).
    void snippetFocusRequested();

private:
    QuizSession *m_quiz;
    CodePane *m_codePane;
    QuizPanel *m_panel = nullptr;
};

} // namespace DeepDive
