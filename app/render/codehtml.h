#pragma once

#include <KSyntaxHighlighting/Theme>

#include <QString>

namespace DeepDive {

// Code as HTML for printing (the content of a <pre>): highlighted with a KSyntaxHighlighting theme, every line kept
// whole. A line longer than `columns` characters is wrapped, with a visible marker at the break, instead of being
// cut off at the page edge.
QString codeToHtml(const QString &code, const QString &language, const KSyntaxHighlighting::Theme &theme, int columns);

// The marker put where a long line was wrapped.
inline constexpr QChar wrapMarker = QChar(0x21AA); // ↪

} // namespace DeepDive
