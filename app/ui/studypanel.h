#pragma once

#include <QTabWidget>

class QTextBrowser;

namespace DeepDive {

struct Topic;

// The right-hand panel: tabs for the topic's notes rendered from Markdown, the quiz and the learner's own notes.
class StudyPanel : public QTabWidget
{
    Q_OBJECT
public:
    explicit StudyPanel(QWidget *parent = nullptr);

    void setTopic(const Topic *topic);
    QTextBrowser *notesView() const { return m_notes; }

    enum Tab { TopicTab = 0, QuizTab = 1, MyNotesTab = 2 };

private:
    QTextBrowser *m_notes;
};

} // namespace DeepDive
