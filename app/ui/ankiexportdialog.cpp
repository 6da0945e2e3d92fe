#include "ankiexportdialog.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace DeepDive {

namespace {
std::optional<std::optional<AnkiExportDialog::Choice>> nextChoice;
enum Scope { Current, Selected, CurrentSection, Bookmarked, Weak, All };
} // namespace

AnkiExportDialog::AnkiExportDialog(const ExportDialog::Context &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_scope(new QButtonGroup(this))
    , m_schedule(new QCheckBox(tr("Include my &schedule (when each card is due, and how well I know it)"), this))
{
    setObjectName(QStringLiteral("ankiExportDialog"));
    setWindowTitle(tr("Export for Anki"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Make an Anki deck (.apkg) of the cards of:"), this));
    const QList<QPair<int, QString>> scopes{
        {Current, tr("The &current topic")},
        {Selected, tr("The topics &selected in the tree (%1)").arg(context.selectedTopicIds.size())},
        {CurrentSection, tr("The current s&ection")},
        {Bookmarked, tr("The &bookmarked topics")},
        {Weak, tr("The &weak topics")},
        {All, tr("The whole &deck")},
    };
    for (const auto &[id, text] : scopes) {
        auto *radio = new QRadioButton(text, this);
        radio->setObjectName(QStringLiteral("ankiScope%1").arg(id));
        m_scope->addButton(radio, id);
        layout->addWidget(radio);
    }
    m_scope->button(Current)->setEnabled(!context.currentTopicId.isEmpty());
    m_scope->button(Selected)->setEnabled(context.selectedTopicIds.size() > 1);
    m_scope->button(CurrentSection)->setEnabled(!context.currentSectionId.isEmpty());
    m_scope->button(context.selectedTopicIds.size() > 1 ? Selected : All)->setChecked(true);
    m_schedule->setObjectName(QStringLiteral("ankiWithSchedule"));
    m_schedule->setAccessibleName(tr("Include my schedule"));
    layout->addWidget(m_schedule);
    auto *note = new QLabel(tr("Cards you have answered arrive as review cards due on the same day. Anki 23.10 and later "
                               "(AnkiDroid 2.17, AnkiMobile 23.10) also take their FSRS memory when FSRS is on; older "
                               "versions keep the due date only; before 2.1.50, Anki takes the schedule only on its v1 scheduler. "
                               "Without the schedule every card arrives new, in any Anki."),
                            this);
    note->setObjectName(QStringLiteral("ankiScheduleNote"));
    note->setWordWrap(true);
    note->setContentsMargins(20, 0, 0, 0);
    layout->addWidget(note);
    auto *guid = new QLabel(tr("Importing a later export into Anki updates these notes instead of adding them again."), this);
    guid->setWordWrap(true);
    layout->addWidget(guid);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

AnkiExportDialog::Choice AnkiExportDialog::choice() const
{
    Choice c;
    switch (m_scope->checkedId()) {
    case Current:
        c.scope = QStringLiteral("topics:") + m_context.currentTopicId;
        break;
    case Selected:
        c.scope = QStringLiteral("topics:") + m_context.selectedTopicIds.join(QLatin1Char(','));
        break;
    case CurrentSection:
        c.scope = QStringLiteral("section:") + m_context.currentSectionId;
        break;
    case Bookmarked:
        c.scope = QStringLiteral("bookmarked");
        break;
    case Weak:
        c.scope = QStringLiteral("weak");
        break;
    default:
        c.scope = QStringLiteral("all");
        break;
    }
    c.withSchedule = m_schedule->isChecked();
    return c;
}

std::optional<AnkiExportDialog::Choice> AnkiExportDialog::ask(const ExportDialog::Context &context, QWidget *parent)
{
    if (nextChoice) {
        const auto answer = *nextChoice;
        nextChoice.reset();
        return answer;
    }
    AnkiExportDialog dialog(context, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.choice();
}

void AnkiExportDialog::setNextChoice(const std::optional<Choice> &choice)
{
    nextChoice = choice;
}

} // namespace DeepDive
