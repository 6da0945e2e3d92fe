#pragma once

#include <QTabWidget>

class QTextBrowser;

namespace DeepDive {

class FindBar;
struct Topic;

// The right-hand panel: tabs for the topic's notes rendered from Markdown, the quiz and the learner's own notes.
class StudyPanel : public QTabWidget
{
    Q_OBJECT
public:
    explicit StudyPanel(QWidget *parent = nullptr);

    // With `firstScreen`, only about a screenful of the notes is laid out (the window's first frame waits for it);
    // setTopic() again without it fills in the rest.
    void setTopic(const Topic *topic, bool firstScreen = false);
    QTextBrowser *summaryView() const { return m_summary; }
    // Find in the notes (Ctrl+F), and the search's matched words highlighted there.
    FindBar *findBar() const { return m_findBar; }

    // Where a screenful of `markdown` ends: the first block boundary (a blank line outside code) after `chars`
    // characters, or -1 when the text is not much longer than that.
    static qsizetype firstScreenEnd(const QString &markdown, qsizetype chars = 1500);

    enum Tab { TopicTab = 0, QuizTab = 1, MyNotesTab = 2 };

private:
    QTextBrowser *m_summary; // the topic: title, summary, key points, references
    FindBar *m_findBar;
    QString m_topicId;
};

} // namespace DeepDive
