#pragma once

#include "highlightingengine.h"

#include <QObject>

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
    // Loads the plugin now when it is not loaded yet; nullptr (and why in `error`) when it cannot be.
    static HighlightingEngine *load(QString *error = nullptr);

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
