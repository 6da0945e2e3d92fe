#include "exportdialog.h"

#include "summaryprinter.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace DeepDive {

namespace {
std::optional<std::optional<ExportDialog::Choice>> nextChoice;
} // namespace

ExportDialog::ScopeButtons::ScopeButtons(const Context &context, Scope fallback, const QString &namePrefix, QBoxLayout *layout,
                                         QWidget *parent)
    : QButtonGroup(parent)
    , m_context(context)
{
    const QList<QPair<int, QString>> scopes{
        {Current, ExportDialog::tr("The &current topic")},
        {Selected, ExportDialog::tr("The topics &selected in the tree (%1)").arg(context.selectedTopicIds.size())},
        {CurrentSection, ExportDialog::tr("The current s&ection")},
        {Bookmarked, ExportDialog::tr("The &bookmarked topics")},
        {Weak, ExportDialog::tr("The &weak topics")},
        {All, ExportDialog::tr("The whole &deck")},
    };
    for (const auto &[id, text] : scopes) {
        auto *radio = new QRadioButton(text, parent);
        radio->setObjectName(namePrefix + QString::number(id));
        addButton(radio, id);
        layout->addWidget(radio);
    }
    button(Current)->setEnabled(!context.currentTopicId.isEmpty());
    button(Selected)->setEnabled(context.selectedTopicIds.size() > 1);
    button(CurrentSection)->setEnabled(!context.currentSectionId.isEmpty());
    const Scope checked = context.selectedTopicIds.size() > 1 ? Selected
                          : button(fallback)->isEnabled()      ? fallback
                                                               : All;
    button(checked)->setChecked(true);
}

QString ExportDialog::ScopeButtons::scope() const
{
    switch (checkedId()) {
    case Current:
        return QStringLiteral("topics:") + m_context.currentTopicId;
    case Selected:
        return QStringLiteral("topics:") + m_context.selectedTopicIds.join(QLatin1Char(','));
    case CurrentSection:
        return QStringLiteral("section:") + m_context.currentSectionId;
    case Bookmarked:
        return QStringLiteral("bookmarked");
    case Weak:
        return QStringLiteral("weak");
    default:
        return QStringLiteral("all");
    }
}

ExportDialog::ExportDialog(const Context &context, QWidget *parent)
    : QDialog(parent)
    , m_quiz(new QCheckBox(tr("Add each topic's &questions with their answers"), this))
    , m_answers(new QComboBox(this))
    , m_notes(new QCheckBox(tr("Include my &notes"), this))
    , m_paper(new QComboBox(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Print the summaries of:"), this));
    m_scope = new ScopeButtons(context, ScopeButtons::Current, QStringLiteral("scope"), layout, this);
    m_quiz->setObjectName(QStringLiteral("exportWithQuiz"));
    layout->addWidget(m_quiz);
    m_answers->setObjectName(QStringLiteral("exportAnswers"));
    m_answers->addItem(tr("Under each question"), int(AnswerPlacement::Inline));
    m_answers->addItem(tr("At the end of each topic"), int(AnswerPlacement::EndOfTopic));
    m_answers->addItem(tr("At the end of the handout"), int(AnswerPlacement::EndOfDocument));
    m_answers->setToolTip(tr("Answers after the questions let you test yourself with the handout."));
    m_answers->setEnabled(false);
    connect(m_quiz, &QCheckBox::toggled, m_answers, &QWidget::setEnabled);
    auto *answersLabel = new QLabel(tr("&Answers:"), this);
    answersLabel->setBuddy(m_answers);
    auto *answersRow = new QHBoxLayout;
    answersRow->setContentsMargins(20, 0, 0, 0);
    answersRow->addWidget(answersLabel);
    answersRow->addWidget(m_answers, 1);
    layout->addLayout(answersRow);
    m_notes->setObjectName(QStringLiteral("exportWithNotes"));
    m_notes->setToolTip(tr("Your own notes on each topic, under “My notes”."));
    layout->addWidget(m_notes);
    m_paper->setObjectName(QStringLiteral("exportPaper"));
    m_paper->addItem(tr("A4"), int(QPageSize::A4));
    m_paper->addItem(tr("US Letter"), int(QPageSize::Letter));
    m_paper->setCurrentIndex(SummaryOptions::localePageSize().id() == QPageSize::Letter ? 1 : 0);
    auto *form = new QFormLayout;
    form->addRow(tr("&Paper:"), m_paper);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

ExportDialog::Choice ExportDialog::choice() const
{
    Choice c;
    c.scope = m_scope->scope();
    c.withQuiz = m_quiz->isChecked();
    c.answers = AnswerPlacement(m_answers->currentData().toInt());
    c.withNotes = m_notes->isChecked();
    c.pageSize = QPageSize(QPageSize::PageSizeId(m_paper->currentData().toInt()));
    return c;
}

std::optional<ExportDialog::Choice> ExportDialog::ask(const Context &context, const QString &title, QWidget *parent)
{
    if (nextChoice) {
        const auto answer = *nextChoice;
        nextChoice.reset();
        return answer;
    }
    ExportDialog dialog(context, parent);
    dialog.setWindowTitle(title);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.choice();
}

void ExportDialog::setNextChoice(const std::optional<Choice> &choice)
{
    nextChoice = choice;
}

} // namespace DeepDive
