#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace DeepDive {

class HighlightingEngine;
struct CodeSpan;

// Code as HTML for printing (the content of a <pre>), highlighted by `engine` with `themeName` (plain when `engine`
// is null), every line kept whole: a line longer than `columns` characters is wrapped, with a visible marker at the
// break, instead of being cut off at the page edge.
QString codeToHtml(const QString &code, const QString &language, const HighlightingEngine *engine,
                   const QString &themeName, int columns);
// The same in two steps, for spans computed beforehand: the code's lines as highlighted (one trailing line break
// dropped, tabs as four spaces), and those lines with their spans (one list per line) as HTML.
QStringList codeLines(const QString &code);
QString codeLinesToHtml(const QStringList &lines, const QList<QList<CodeSpan>> &spans, int columns);

// The marker put where a long line was wrapped.
inline constexpr QChar wrapMarker = QChar(0x21AA); // ↪

} // namespace DeepDive
