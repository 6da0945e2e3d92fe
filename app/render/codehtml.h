#pragma once

#include <QString>

namespace DeepDive {

class HighlightingEngine;

// Code as HTML for printing (the content of a <pre>), highlighted by `engine` with `themeName` (plain when `engine`
// is null), every line kept whole: a line longer than `columns` characters is wrapped, with a visible marker at the
// break, instead of being cut off at the page edge.
QString codeToHtml(const QString &code, const QString &language, const HighlightingEngine *engine,
                   const QString &themeName, int columns);

// The marker put where a long line was wrapped.
inline constexpr QChar wrapMarker = QChar(0x21AA); // ↪

} // namespace DeepDive
