#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QLibraryInfo>
#include <QTranslator>

namespace DeepDive::Translations {

namespace {

const QString resourceDir = QStringLiteral(":/i18n");

bool installOne(QCoreApplication *app, const QLocale &locale, const QString &name, const QString &dir)
{
    auto *translator = new QTranslator(app);
    if (!translator->load(locale, name, QStringLiteral("_"), dir)) {
        delete translator;
        return false;
    }
    return QCoreApplication::installTranslator(translator);
}

} // namespace

bool install(QCoreApplication *app, const QLocale &locale)
{
    installOne(app, QLocale(QLocale::English), QStringLiteral("deepdive"), resourceDir);
    installOne(app, locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return true;
    return installOne(app, locale, QStringLiteral("deepdive"), resourceDir);
}

QStringList languages()
{
    QStringList codes;
    for (const QString &file : QDir(resourceDir).entryList({QStringLiteral("deepdive_*.qm")}, QDir::Files, QDir::Name)) {
        const QString code = file.mid(9, file.size() - 12); // deepdive_XX.qm
        if (code != QLatin1String("en"))
            codes.append(code);
    }
    return codes;
}

QString nativeName(const QString &code)
{
    // QLocale names a regional variant ("español de España") where a menu wants the language.
    static const QHash<QString, QString> names{{QStringLiteral("de"), QStringLiteral("Deutsch")},
                                               {QStringLiteral("es"), QStringLiteral("Español")}};
    const QString name = names.value(code, QLocale(code).nativeLanguageName());
    return name.left(1).toUpper() + name.mid(1);
}

} // namespace DeepDive::Translations
