#include "highlighting.h"

#include <KSyntaxHighlighting/Repository>

#include <QPalette>

namespace DeepDive {

KSyntaxHighlighting::Repository &Highlighting::repository()
{
    static KSyntaxHighlighting::Repository instance;
    return instance;
}

KSyntaxHighlighting::Definition Highlighting::definitionFor(const QString &language)
{
    auto &repo = repository();
    KSyntaxHighlighting::Definition definition = repo.definitionForName(language);
    if (!definition.isValid())
        definition = repo.definitionForFileName(QStringLiteral("snippet.") + language);
    return definition;
}

bool Highlighting::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

KSyntaxHighlighting::Theme Highlighting::themeFor(const QPalette &palette)
{
    return repository().defaultTheme(isDark(palette) ? KSyntaxHighlighting::Repository::DarkTheme
                                                     : KSyntaxHighlighting::Repository::LightTheme);
}

KSyntaxHighlighting::Theme Highlighting::theme(const QString &name, const QPalette &palette)
{
    if (!name.isEmpty()) {
        const KSyntaxHighlighting::Theme named = repository().theme(name);
        if (named.isValid())
            return named;
    }
    return themeFor(palette);
}

} // namespace DeepDive
