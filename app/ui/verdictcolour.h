#pragma once

#include <QPalette>
#include <QString>
#include <QWidget>

namespace DeepDive {

// Green for right and red for wrong, light enough to read on a dark palette and dark enough on a light one.
inline QString verdictColour(const QWidget *widget, bool good)
{
    const bool dark = widget->palette().color(QPalette::Base).lightness() < 128;
    if (good)
        return dark ? QStringLiteral("#81c784") : QStringLiteral("#2e7d32");
    return dark ? QStringLiteral("#ef9a9a") : QStringLiteral("#c62828");
}

} // namespace DeepDive
