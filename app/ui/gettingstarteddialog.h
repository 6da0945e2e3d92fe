#pragma once

#include "helppage.h"

namespace DeepDive {

class ActionRegistry;

// Help > Getting Started: one short page on the window and a first evening with it. Menu items and keys are named
// from the action registry, so the page says what the menus say, in the learner's language, with the real keys.
class GettingStartedDialog : public HelpPage
{
    Q_OBJECT
public:
    GettingStartedDialog(const ActionRegistry &actions, QWidget *parent = nullptr);
};

} // namespace DeepDive
