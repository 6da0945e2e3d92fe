#pragma once

#include "summaryprinter.h"

#include <QButtonGroup>
#include <QDialog>
#include <QPageSize>

#include <optional>

class QBoxLayout;
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

    // The scope choice both exports share (this handout and the Anki deck): one radio button per scope, added to
    // `layout`, those that do not apply disabled, and the scope as PrintScope reads it.
    class ScopeButtons : public QButtonGroup
    {
    public:
        enum Scope { Current, Selected, CurrentSection, Bookmarked, Weak, All };
        // `fallback`: checked when no topics are selected (and it applies), else the whole deck. `namePrefix` names
        // the buttons (prefix + scope number), for tests and accessibility tools.
        ScopeButtons(const Context &context, Scope fallback, const QString &namePrefix, QBoxLayout *layout, QWidget *parent);
        QString scope() const;

    private:
        Context m_context;
    };

    ExportDialog(const Context &context, QWidget *parent = nullptr);
    Choice choice() const;

    // Asks (or returns the answer a test set in advance); nothing when cancelled.
    static std::optional<Choice> ask(const Context &context, const QString &title, QWidget *parent);
    static void setNextChoice(const std::optional<Choice> &choice);

private:
    ScopeButtons *m_scope;
    QCheckBox *m_quiz;
    QComboBox *m_answers;
    QCheckBox *m_notes;
    QComboBox *m_paper;
};

} // namespace DeepDive
