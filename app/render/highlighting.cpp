#include "highlighting.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QPalette>
#include <QPluginLoader>

Q_LOGGING_CATEGORY(lcHighlighting, "deepdive.render.highlighting", QtWarningMsg)

namespace DeepDive {

namespace {
HighlightingEngine *g_engine = nullptr;
QString g_error;
bool g_tried = false;

// The plugin's folder: DEEPDIVE_PLUGIN_DIR (the test suite's build tree), else beside the binary as installed.
QStringList pluginDirs()
{
    QStringList dirs;
    if (const QString env = qEnvironmentVariable("DEEPDIVE_PLUGIN_DIR"); !env.isEmpty())
        dirs.append(env);
    dirs.append(QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/" DEEPDIVE_PLUGIN_RELATIVE_DIR)));
    return dirs;
}
} // namespace

Highlighting *Highlighting::instance()
{
    static Highlighting *highlighting = new Highlighting; // lives as long as the process, like the engine
    return highlighting;
}

HighlightingEngine *Highlighting::engine()
{
    return g_engine;
}

HighlightingEngine *Highlighting::load(QString *error)
{
    if (!g_tried) {
        g_tried = true;
        QStringList tried;
        for (const QString &dir : pluginDirs()) {
            QPluginLoader loader(QDir(dir).filePath(QStringLiteral("deepdive_highlighting")));
            if (QObject *plugin = loader.instance()) {
                g_engine = qobject_cast<HighlightingEngine *>(plugin);
                if (g_engine)
                    break;
            }
            tried.append(QDir::toNativeSeparators(dir) + QStringLiteral(": ") + loader.errorString()); // where it looked, too
        }
        if (g_engine) {
            Q_EMIT instance()->loaded();
        } else {
            g_error = QCoreApplication::translate("DeepDive::Highlighting", "the highlighting plugin could not be loaded (%1)")
                          .arg(tried.join(QStringLiteral("; ")));
            qCWarning(lcHighlighting).noquote() << g_error;
        }
    }
    if (!g_engine && error)
        *error = g_error;
    return g_engine;
}

bool Highlighting::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

CodeTheme Highlighting::theme(const QString &name, const QPalette &palette)
{
    if (g_engine) {
        if (!name.isEmpty()) {
            const CodeTheme named = g_engine->theme(name);
            if (!named.name.isEmpty())
                return named;
        }
        return g_engine->defaultTheme(isDark(palette));
    }
    CodeTheme plain;
    plain.background = palette.color(QPalette::Base);
    plain.text = palette.color(QPalette::Text);
    plain.selection = palette.color(QPalette::Highlight);
    plain.currentLine = palette.color(QPalette::AlternateBase);
    plain.lineNumbers = palette.color(QPalette::PlaceholderText);
    plain.currentLineNumber = palette.color(QPalette::Text);
    plain.border = palette.color(QPalette::Window);
    return plain;
}

} // namespace DeepDive
