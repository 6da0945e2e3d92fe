#pragma once

#include <QTabWidget>

class QTextBrowser;

namespace DeepDive {

struct Topic;

// The right-hand panel: the topic's notes rendered from Markdown (the quiz and personal notes join it as tabs).
class StudyPanel : public QTabWidget
{
    Q_OBJECT
public:
    explicit StudyPanel(QWidget *parent = nullptr);

    void setTopic(const Topic *topic);
    QTextBrowser *notesView() const { return m_notes; }

private:
    QTextBrowser *m_notes;
};

} // namespace DeepDive
