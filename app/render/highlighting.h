#pragma once

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Theme>

class QPalette;

namespace KSyntaxHighlighting {
class Repository;
}

namespace DeepDive {

// The one KSyntaxHighlighting::Repository of the application (loading it reads every syntax definition's header, so
// it is created once, on first use) and the theme choices built on it.
class Highlighting
{
public:
    static KSyntaxHighlighting::Repository &repository();
    static KSyntaxHighlighting::Definition definitionFor(const QString &language);
    // The default dark theme on a dark palette and the default light theme on a light one.
    static KSyntaxHighlighting::Theme themeFor(const QPalette &palette);
    // A named theme, or the palette's default when `name` is empty or unknown.
    static KSyntaxHighlighting::Theme theme(const QString &name, const QPalette &palette);
    static bool isDark(const QPalette &palette);
};

} // namespace DeepDive
