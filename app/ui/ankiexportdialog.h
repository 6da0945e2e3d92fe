#pragma once

#include "exportdialog.h"

#include <QDialog>

#include <optional>

class QCheckBox;

namespace DeepDive {

// File > Export for Anki: which topics (the scopes of the PDF export) and whether to carry the schedule along.
class AnkiExportDialog : public QDialog
{
    Q_OBJECT
public:
    struct Choice
    {
        QString scope; // as PrintScope reads it
        bool withSchedule = false;
    };

    explicit AnkiExportDialog(const ExportDialog::Context &context, QWidget *parent = nullptr);
    Choice choice() const;

    // Asks (or returns the answer a test set in advance); nothing when cancelled.
    static std::optional<Choice> ask(const ExportDialog::Context &context, QWidget *parent);
    static void setNextChoice(const std::optional<Choice> &choice);

private:
    ExportDialog::ScopeButtons *m_scope;
    QCheckBox *m_schedule;
};

} // namespace DeepDive
