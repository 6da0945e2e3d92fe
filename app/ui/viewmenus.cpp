#include "viewmenus.h"

#include "colorscheme.h"
#include "dialogs.h"
#include "highlighting.h"
#include "settings.h"
#include "translations.h"

#include <QActionGroup>
#include <QMenu>

namespace DeepDive {

void ViewMenus::addAppearance(QMenu *menu, Settings *settings, const std::function<void()> &applied)
{
    menu->setObjectName(QStringLiteral("menuAppearance"));
    auto *group = new QActionGroup(menu);
    const QString current = settings->colorScheme();
    for (const auto &[scheme, name] : {std::pair{QStringLiteral("system"), tr("&System Colours")},
                                       std::pair{QStringLiteral("light"), tr("&Light")},
                                       std::pair{QStringLiteral("dark"), tr("&Dark")}}) {
        QAction *action = menu->addAction(name);
        action->setObjectName(QStringLiteral("appearance_") + scheme);
        action->setCheckable(true);
        action->setChecked(scheme == current);
        action->setData(scheme);
        group->addAction(action);
    }
    QObject::connect(group, &QActionGroup::triggered, menu, [settings, applied](QAction *action) {
        settings->setColorScheme(action->data().toString());
        ColorScheme::apply(action->data().toString());
        applied(); // an "automatic" highlighting theme follows the new palette
    });
}

void ViewMenus::addHighlightingTheme(QMenu *menu, Settings *settings, const std::function<void()> &applied)
{
    menu->setObjectName(QStringLiteral("menuHighlightingTheme"));
    auto *group = new QActionGroup(menu);
    QAction *automatic = menu->addAction(tr("&Automatic (follows light or dark)"));
    automatic->setObjectName(QStringLiteral("themeAutomatic"));
    automatic->setCheckable(true);
    automatic->setChecked(settings->highlightingTheme().isEmpty());
    automatic->setData(QString());
    group->addAction(automatic);
    menu->addSeparator();
    // The themes come with the highlighting engine, which loads after the first frame.
    const auto addThemes = [settings, menu, group] {
        const QString current = settings->highlightingTheme();
        for (const CodeTheme &theme : Highlighting::engine()->themes()) {
            QAction *action = menu->addAction(theme.translatedName);
            action->setCheckable(true);
            action->setData(theme.name);
            action->setChecked(theme.name == current);
            group->addAction(action);
        }
    };
    if (Highlighting::engine())
        addThemes();
    else
        QObject::connect(Highlighting::instance(), &Highlighting::loaded, menu, addThemes);
    QObject::connect(menu, &QMenu::aboutToShow, menu, [] { Highlighting::load(); });
    QObject::connect(group, &QActionGroup::triggered, menu, [settings, applied](QAction *action) {
        settings->setHighlightingTheme(action->data().toString());
        applied();
    });
}

void ViewMenus::addLanguage(QMenu *menu, Settings *settings, QWidget *dialogParent)
{
    menu->setObjectName(QStringLiteral("menuLanguage"));
    auto *group = new QActionGroup(menu);
    const QString current = settings->language();
    // Each language under its own name, as its speakers look for it.
    QList<QPair<QString, QString>> languages{{QString(), tr("&System Language")}, {QStringLiteral("en"), QStringLiteral("English")}};
    for (const QString &code : Translations::languages())
        languages.append({code, Translations::nativeName(code)});
    for (const auto &[code, name] : languages) {
        QAction *action = menu->addAction(name);
        action->setObjectName(QStringLiteral("language_") + (code.isEmpty() ? QStringLiteral("system") : code));
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        group->addAction(action);
    }
    menu->addSeparator();
    QAction *note = menu->addAction(tr("Takes effect when Deep Dive starts again"));
    note->setEnabled(false); // said where the choice is made, not only after it
    QObject::connect(group, &QActionGroup::triggered, menu, [settings, dialogParent](QAction *action) {
        settings->setLanguage(action->data().toString());
        Dialogs::information(dialogParent, tr("Language"), tr("Deep Dive will use the new language the next time it starts."));
    });
}

} // namespace DeepDive
