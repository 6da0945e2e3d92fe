#pragma once

#include <QDialog>

class QTextBrowser;

namespace DeepDive {

class ActionRegistry;

// Help > Getting Started: one short page on the window and a first evening with it. Menu items and keys are named
// from the action registry, so the page says what the menus say, in the learner's language, with the real keys.
class GettingStartedDialog : public QDialog
{
    Q_OBJECT
public:
    GettingStartedDialog(const ActionRegistry &actions, QWidget *parent = nullptr);

    QString text() const;

private:
    QTextBrowser *m_view;
};

} // namespace DeepDive
