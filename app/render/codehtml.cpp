#include "codehtml.h"

#include "highlighting.h"
#include "highlightingengine.h"

#include <QStringList>

namespace DeepDive {

namespace {

QString styled(const QString &line, const QList<CodeSpan> &spans, int from, int to)
{
    QString html;
    int at = from;
    for (const CodeSpan &span : spans) {
        const int start = std::max(span.start, from);
        const int end = std::min(span.start + span.length, to);
        if (end <= start)
            continue;
        if (start > at)
            html += line.mid(at, start - at).toHtmlEscaped();
        html += QStringLiteral("<span style=\"%1\">%2</span>").arg(span.style, line.mid(start, end - start).toHtmlEscaped());
        at = end;
    }
    if (at < to)
        html += line.mid(at, to - at).toHtmlEscaped();
    return html;
}

} // namespace

QStringList codeLines(const QString &code)
{
    QString text = code;
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    text.replace(QLatin1Char('\t'), QStringLiteral("    "));
    return text.split(QLatin1Char('\n'));
}

QString codeToHtml(const QString &code, const QString &language, const HighlightingEngine *engine,
                   const QString &themeName, int columns)
{
    const QStringList source = codeLines(code);
    return codeLinesToHtml(source, engine ? engine->spans(source, language, themeName) : QList<QList<CodeSpan>>(), columns);
}

QString codeLinesToHtml(const QStringList &source, const QList<QList<CodeSpan>> &spans, int columns)
{
    const QString marker = QStringLiteral("<span style=\"color:#9e9e9e;\">%1</span>").arg(wrapMarker);
    QStringList lines;
    columns = std::max(columns, 16);
    for (qsizetype i = 0; i < source.size(); ++i) {
        const QString &line = source[i];
        const QList<CodeSpan> lineSpans = spans.value(i);
        // Wrapped pieces: the first takes `columns`, the rest start with the marker and take one less.
        int from = 0;
        bool first = true;
        do {
            const int width = first ? columns : columns - 2;
            const int to = std::min<int>(int(line.size()), from + width);
            lines.append((first ? QString() : marker + QLatin1Char(' ')) + styled(line, lineSpans, from, to));
            from = to;
            first = false;
        } while (from < line.size());
    }
    return lines.join(QLatin1Char('\n')); // inside a <pre>: spaces and line breaks stay as they are
}

void PrintedCode::prepare(const QList<std::pair<QString, QString>> &codeAndLanguage)
{
    const HighlightingEngine *engine = Highlighting::load();
    const QString theme = engine ? engine->defaultTheme(false).name : QString();
    for (const auto &[code, language] : codeAndLanguage) {
        const QString key = language + QLatin1Char('\n') + code;
        if (engine && !m_spans.contains(key))
            m_spans.insert(key, engine->spans(codeLines(code), language, theme));
    }
    m_prepared = true;
}

QString PrintedCode::html(const QString &code, const QString &language, int columns) const
{
    const QStringList lines = codeLines(code);
    if (m_prepared)
        return codeLinesToHtml(lines, m_spans.value(language + QLatin1Char('\n') + code), columns);
    const HighlightingEngine *engine = Highlighting::load();
    return codeLinesToHtml(lines, engine ? engine->spans(lines, language, engine->defaultTheme(false).name) : QList<QList<CodeSpan>>(),
                           columns);
}

} // namespace DeepDive
