#include "icons.h"

namespace DeepDive::Icons {

QIcon themed(const QString &name, const QString &fallback)
{
    if (fallback.isEmpty() || QIcon::hasThemeIcon(name))
        return QIcon::fromTheme(name);
    QIcon icon;
    // With its size given, a file is only read when the icon is drawn at that size.
    for (const int size : {16, 22, 32, 48})
        icon.addFile(QStringLiteral(":/icons/%1-%2.png").arg(fallback).arg(size), QSize(size, size));
    return icon;
}

} // namespace DeepDive::Icons
