#pragma once

#include <QLocale>

class QCoreApplication;

namespace DeepDive::Translations {

// Installs the UI's translators on `app`: the English plural forms ("1 card", "2 cards") always, the translation for
// `locale` over them when there is one, and Qt's own strings (dialog buttons) for `locale`.
// Returns false when `locale` asks for a language Deep Dive has no translation for (the UI then stays English).
bool install(QCoreApplication *app, const QLocale &locale);

// The languages the UI is translated into, as codes ("de", "es"), English not included.
QStringList languages();
// A language's name in that language, as its speakers look for it in a menu: "Deutsch", "Español".
QString nativeName(const QString &code);

} // namespace DeepDive::Translations
