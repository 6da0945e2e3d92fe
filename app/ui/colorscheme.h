#pragma once

#include <QString>

namespace DeepDive {

// View > Appearance: the whole window in light or dark colours, or as the system has it. A dark scheme is a dark
// palette for every widget (the code pane's "automatic" highlighting theme follows it), not a dark code pane in a
// light window.
namespace ColorScheme {

// "system", "light" or "dark".
void apply(const QString &scheme);
bool isDark();

} // namespace ColorScheme

} // namespace DeepDive
