#pragma once

#include "helppage.h"

namespace DeepDive {

class ActionRegistry;

// Help > Keyboard Shortcuts: every action of the registry with its keys, and the keys of the quiz, in one page.
class ShortcutsDialog : public HelpPage
{
    Q_OBJECT
public:
    ShortcutsDialog(const ActionRegistry &actions, QWidget *parent = nullptr);
};

} // namespace DeepDive
