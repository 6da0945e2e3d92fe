#pragma once

#include "summaryprinter.h"

#include <QDialog>
#include <QPageSize>

#include <optional>

class QButtonGroup;
class QCheckBox;
class QComboBox;

namespace DeepDive {

// File > Export PDF / Print: which topics (the current one, the selected ones, the section, the bookmarked or weak
// ones, or everything), with or without the quiz (and where its answers go), with or without the learner's notes,
// on which paper.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    struct Choice
    {
        QString scope; // as PrintScope reads it
        bool withQuiz = false;
        AnswerPlacement answers = AnswerPlacement::Inline;
        bool withNotes = false;
        QPageSize pageSize;
    };
    struct Context
    {
        QString currentTopicId;
        QStringList selectedTopicIds;
        QString currentSectionId;
    };

    ExportDialog(const Context &context, QWidget *parent = nullptr);
    Choice choice() const;

    // Asks (or returns the answer a test set in advance); nothing when cancelled.
    static std::optional<Choice> ask(const Context &context, const QString &title, QWidget *parent);
    static void setNextChoice(const std::optional<Choice> &choice);

private:
    Context m_context;
    QButtonGroup *m_scope;
    QCheckBox *m_quiz;
    QComboBox *m_answers;
    QCheckBox *m_notes;
    QComboBox *m_paper;
};

} // namespace DeepDive
