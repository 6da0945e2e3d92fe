#include "ankiexportdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace DeepDive {

namespace {
std::optional<std::optional<AnkiExportDialog::Choice>> nextChoice;
} // namespace

AnkiExportDialog::AnkiExportDialog(const ExportDialog::Context &context, QWidget *parent)
    : QDialog(parent)
    , m_schedule(new QCheckBox(tr("Include my sc&hedule (when each card is due, and how well I know it)"), this))
{
    setObjectName(QStringLiteral("ankiExportDialog"));
    setWindowTitle(tr("Export for Anki"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Make an Anki deck (.apkg) of the cards of:"), this));
    m_scope = new ExportDialog::ScopeButtons(context, ExportDialog::ScopeButtons::All, QStringLiteral("ankiScope"), layout, this);
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
    c.scope = m_scope->scope();
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
