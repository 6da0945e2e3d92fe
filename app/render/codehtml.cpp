#include "codehtml.h"

#include "highlighting.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/State>

#include <QColor>

namespace DeepDive {

namespace {

struct Span
{
    int start;
    int length;
    QString style;
};

// Collects the highlighter's formats for one line at a time.
class Collector : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    QList<Span> spans;
    KSyntaxHighlighting::State highlight(const QString &line, const KSyntaxHighlighting::State &state)
    {
        spans.clear();
        return highlightLine(line, state);
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        if (length == 0 || format.isDefaultTextStyle(theme()))
            return;
        QString style;
        if (format.hasTextColor(theme()))
            style += QStringLiteral("color:%1;").arg(format.textColor(theme()).name());
        if (format.isBold(theme()))
            style += QStringLiteral("font-weight:bold;");
        if (format.isItalic(theme()))
            style += QStringLiteral("font-style:italic;");
        if (!style.isEmpty())
            spans.append({offset, length, style});
    }
};

QString styled(const QString &line, const QList<Span> &spans, int from, int to)
{
    QString html;
    int at = from;
    for (const Span &span : spans) {
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

QString codeToHtml(const QString &code, const QString &language, const KSyntaxHighlighting::Theme &theme, int columns)
{
    Collector collector;
    collector.setTheme(theme);
    collector.setDefinition(Highlighting::definitionFor(language));
    QString text = code;
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    text.replace(QLatin1Char('\t'), QStringLiteral("    "));
    const QString marker = QStringLiteral("<span style=\"color:#9e9e9e;\">%1</span>").arg(wrapMarker);
    QStringList lines;
    KSyntaxHighlighting::State state;
    columns = std::max(columns, 16);
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        state = collector.highlight(line, state);
        // Wrapped pieces: the first takes `columns`, the rest start with the marker and take one less.
        int from = 0;
        bool first = true;
        do {
            const int width = first ? columns : columns - 2;
            const int to = std::min<int>(int(line.size()), from + width);
            lines.append((first ? QString() : marker + QLatin1Char(' ')) + styled(line, collector.spans, from, to));
            from = to;
            first = false;
        } while (from < line.size());
    }
    return lines.join(QLatin1Char('\n')); // inside a <pre>: spaces and line breaks stay as they are
}

} // namespace DeepDive
