#pragma once

#include <QDialog>

class QTextBrowser;

namespace DeepDive {

class ActionRegistry;

// Help > Keyboard Shortcuts: every action of the registry with its keys, and the keys of the quiz, in one page.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    ShortcutsDialog(const ActionRegistry &actions, QWidget *parent = nullptr);

    QString text() const;

private:
    QTextBrowser *m_view;
};

} // namespace DeepDive
