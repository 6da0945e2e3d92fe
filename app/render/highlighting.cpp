#include "highlighting.h"

#include "background.h"

#include <QCoreApplication>
#include <QMutex>
#include <QDir>
#include <QLoggingCategory>
#include <QPalette>
#include <QPluginLoader>

#include <utility>

Q_LOGGING_CATEGORY(lcHighlighting, "deepdive.render.highlighting", QtWarningMsg)

namespace DeepDive {

namespace {
// Written once, by whichever of load() and loadInBackground()'s worker comes first, under g_loading.
QMutex g_loading;
HighlightingEngine *g_engine = nullptr;
QString g_error;
bool g_tried = false;
bool g_announced = false; // `loaded` was emitted (on the UI thread)

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
    return g_announced ? g_engine : nullptr; // not while a worker may still be writing it
}

namespace {

// Loads the plugin once (the caller holds g_loading); its object is handed to the application's thread.
void loadPlugin()
{
    if (g_tried)
        return;
    g_tried = true;
    QStringList tried;
    for (const QString &dir : pluginDirs()) {
        QPluginLoader loader(QDir(dir).filePath(QStringLiteral("deepdive_highlighting")));
        if (QObject *plugin = loader.instance()) {
            g_engine = qobject_cast<HighlightingEngine *>(plugin);
            if (g_engine) {
                plugin->moveToThread(QCoreApplication::instance()->thread()); // nothing to do when loaded there
                break;
            }
        }
        tried.append(QDir::toNativeSeparators(dir) + QStringLiteral(": ") + loader.errorString()); // where it looked, too
    }
    if (!g_engine) {
        g_error = QCoreApplication::translate("DeepDive::Highlighting", "the highlighting plugin could not be loaded (%1)")
                      .arg(tried.join(QStringLiteral("; ")));
        qCWarning(lcHighlighting).noquote() << g_error;
    }
}

// On the UI thread: tells the code views, once.
void announce()
{
    if (g_engine && !std::exchange(g_announced, true))
        Q_EMIT Highlighting::instance()->loaded();
}

} // namespace

HighlightingEngine *Highlighting::load(QString *error)
{
    {
        const QMutexLocker lock(&g_loading);
        loadPlugin();
    }
    announce();
    if (!g_engine && error)
        *error = g_error;
    return g_engine;
}

void Highlighting::loadInBackground(QObject *context, const std::function<void(const QString &error)> &done)
{
    runInBackground(
        context,
        [] {
            const QMutexLocker lock(&g_loading);
            loadPlugin();
            // The first code highlighted reads its language's definition and compiles its rules: ten milliseconds of
            // the window's thread for Python, the bundled deck's language, unless done here first. The engine is not
            // the window's until announced, so nothing else uses it meanwhile.
            if (g_engine)
                g_engine->spans({QStringLiteral("def first(items: list[int]) -> int:  # a comment"),
                                 QStringLiteral("    return items[0] if items else print(f'{0x1F!r}', \"none\")")},
                                QStringLiteral("python"), QString());
            return 0;
        },
        [done](int) {
            announce();
            done(g_engine ? QString() : g_error);
        });
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
