#pragma once

#include "highlightingengine.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace DeepDive {

class HighlightingEngine;

// Code as HTML for printing (the content of a <pre>), highlighted by `engine` with `themeName` (plain when `engine`
// is null), every line kept whole: a line longer than `columns` characters is wrapped, with a visible marker at the
// break, instead of being cut off at the page edge.
QString codeToHtml(const QString &code, const QString &language, const HighlightingEngine *engine,
                   const QString &themeName, int columns);
// The same in two steps, for spans computed beforehand: the code's lines as highlighted (one trailing line break
// dropped, tabs as four spaces), and those lines with their spans (one list per line) as HTML.
QStringList codeLines(const QString &code);
QString codeLinesToHtml(const QStringList &lines, const QList<QList<CodeSpan>> &spans, int columns);

// Code as printed (paper is white: the engine's light theme; plain when the engine cannot be loaded), highlighted as
// it is asked for, or, after prepare(), from spans computed beforehand: prepare() runs on the thread that loaded the
// highlighting engine (the window's), html() then anywhere, such as a worker that prints.
class PrintedCode
{
public:
    // Highlights each (code, language) now; html() then uses only these spans (other code comes out plain).
    void prepare(const QList<std::pair<QString, QString>> &codeAndLanguage);
    bool isPrepared() const { return m_prepared; }
    QString html(const QString &code, const QString &language, int columns) const;

private:
    bool m_prepared = false;
    QHash<QString, QList<QList<CodeSpan>>> m_spans; // "language\ncode" -> spans per line
};

// The marker put where a long line was wrapped.
inline constexpr QChar wrapMarker = QChar(0x21AA); // ↪

} // namespace DeepDive
