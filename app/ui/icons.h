#pragma once

#include <QIcon>

namespace DeepDive::Icons {

// The icon theme's icon `name`, or Deep Dive's own icon `fallback` ("bookmark", "bookmarked", "run", "search",
// "study") where the theme has none. The fallback's PNGs are read when first painted, not when the icon is made.
QIcon themed(const QString &name, const QString &fallback = {});

} // namespace DeepDive::Icons
