#pragma once

#include "highlightingengine.h"

#include <QObject>

#include <functional>

class QPalette;

namespace DeepDive {

// Where the highlighting engine comes from: the plugin is loaded once, on first use or when the window asks for it
// after its first frame, and `loaded` tells the code views to highlight what they show. Until then (or if the
// plugin cannot be loaded) code is shown plainly in the palette's colours.
class Highlighting : public QObject
{
    Q_OBJECT
public:
    static Highlighting *instance();

    // The engine, or nullptr while it is not loaded.
    static HighlightingEngine *engine();
    // Loads the plugin now when it is not loaded yet; nullptr (and why in `error`) when it cannot be. Called while
    // loadInBackground() runs, it waits for that.
    static HighlightingEngine *load(QString *error = nullptr);
    // Loads the plugin in a worker (the library and the network libraries it links, and the Repository reading every
    // syntax definition's header: 30-45 ms that held the window after its first frame), then, on `context`'s thread,
    // `loaded` and `done` with the error ("" when loaded). Nothing is called when `context` is gone by then.
    static void loadInBackground(QObject *context, const std::function<void(const QString &error)> &done);

    // The named theme, or the default theme for the palette (light or dark) when `name` is empty or unknown; the
    // palette's own colours while no engine is loaded.
    static CodeTheme theme(const QString &name, const QPalette &palette);
    static bool isDark(const QPalette &palette);

Q_SIGNALS:
    void loaded();

private:
    Highlighting() = default;
};

} // namespace DeepDive
