#pragma once

#include <QColor>

#include <algorithm>
#include <cmath>

namespace DeepDive::Test {

// WCAG's contrast ratio of two colours, 1 to 21 (4.5 is the least for body text, 7 for enhanced contrast).
inline double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace DeepDive::Test
