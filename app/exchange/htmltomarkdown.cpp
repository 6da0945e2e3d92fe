#include "htmltomarkdown.h"

#include "htmlparser.h"

#include <QRegularExpression>
#include <QUrl>

namespace DeepDive {

namespace {

const QSet<QString> &blockTags()
{
    static const QSet<QString> tags{
        QStringLiteral("p"), QStringLiteral("div"), QStringLiteral("ul"), QStringLiteral("ol"), QStringLiteral("li"),
        QStringLiteral("h1"), QStringLiteral("h2"), QStringLiteral("h3"), QStringLiteral("h4"), QStringLiteral("h5"),
        QStringLiteral("h6"), QStringLiteral("pre"), QStringLiteral("blockquote"), QStringLiteral("hr"),
        QStringLiteral("table"), QStringLiteral("tr"), QStringLiteral("section"), QStringLiteral("article"),
        QStringLiteral("header"), QStringLiteral("footer"), QStringLiteral("dl"), QStringLiteral("dt"),
        QStringLiteral("dd"), QStringLiteral("center"), QStringLiteral("figure"), QStringLiteral("body")};
    return tags;
}

QString escapeInline(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (QStringView(u"\\`*_[]<>|~&$").contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

// A run of inline text as lines that cannot start a block: no heading, quote, list, thematic break, setext
// underline or indented code. (Our own block markup is added around such runs, never inside them.)
QString inlineLines(const QString &run)
{
    QStringList lines = run.split(QLatin1Char('\n'));
    static const QRegularExpression spaces(QStringLiteral(" {2,}"));
    for (QString &line : lines) {
        line = line.trimmed();
        line.replace(spaces, QStringLiteral(" ")); // as a browser shows them (code spans hold no runs: simplified())
        if (line.isEmpty())
            continue;
        const QChar c = line[0];
        if (c == QLatin1Char('#') || c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-'))
            line.prepend(QLatin1Char('\\'));
        else if (c.isDigit()) {
            qsizetype d = 0;
            while (d < line.size() && line[d].isDigit())
                ++d;
            if (d < line.size() && (line[d] == QLatin1Char('.') || line[d] == QLatin1Char(')')))
                line.insert(d, QLatin1Char('\\'));
        }
    }
    // A hard break ("\\" at the end of a line) only means something before more text.
    const auto trailingBreak = [](const QString &line) {
        qsizetype n = 0;
        while (n < line.size() && line[line.size() - 1 - n] == QLatin1Char('\\'))
            ++n;
        return n % 2 == 1;
    };
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i] == QLatin1String("\\"))
            lines[i].clear();
    }
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (trailingBreak(lines[i]) && (i + 1 == lines.size() || lines[i + 1].isEmpty()))
            lines[i] = lines[i].chopped(1).trimmed();
    }
    return lines.join(QLatin1Char('\n'));
}

class Renderer
{
public:
    Renderer(const HtmlToMarkdown::ImageResolver &images, QStringList *dropped)
        : m_images(images)
        , m_dropped(dropped)
    {
    }

    QString blocks(const HtmlNode &node, int listDepth)
    {
        QStringList out;
        QString inlineRun;
        const auto flush = [&] {
            const QString text = inlineLines(inlineRun).trimmed();
            if (!text.isEmpty())
                out.append(text);
            inlineRun.clear();
        };
        int number = 0;
        for (const auto &child : node.children) {
            if (child->tag.isEmpty() || !blockTags().contains(child->tag)) {
                inlineRun += inlines(*child);
                continue;
            }
            flush();
            const QString &tag = child->tag;
            QString block;
            if (tag == QLatin1String("pre")) {
                block = fenced(textOf(*child));
            } else if (tag == QLatin1String("hr")) {
                block = QStringLiteral("---");
            } else if (tag == QLatin1String("ul") || tag == QLatin1String("ol")) {
                block = list(*child, tag == QLatin1String("ol"), listDepth);
            } else if (tag == QLatin1String("li")) {
                block = listItem(*child, node.tag == QLatin1String("ol") ? QString::number(++number) + QStringLiteral(". ")
                                                                          : QStringLiteral("- "),
                                 listDepth);
            } else if (tag.size() == 2 && tag[0] == QLatin1Char('h') && tag[1].isDigit()) {
                const QString text = blocks(*child, listDepth).simplified();
                block = text.isEmpty() ? QString() : QStringLiteral("**") + text + QStringLiteral("**");
            } else if (tag == QLatin1String("blockquote")) {
                QStringList lines = blocks(*child, listDepth).split(QLatin1Char('\n'));
                for (QString &line : lines)
                    line.prepend(QStringLiteral("> "));
                block = lines.join(QLatin1Char('\n'));
            } else {
                block = blocks(*child, listDepth);
            }
            if (!block.trimmed().isEmpty())
                out.append(block);
        }
        flush();
        return out.join(QStringLiteral("\n\n"));
    }

private:
    QString list(const HtmlNode &node, bool ordered, int listDepth)
    {
        QStringList items;
        int number = 0;
        for (const auto &child : node.children) {
            if (child->tag.isEmpty() && child->text.trimmed().isEmpty())
                continue;
            const QString marker = ordered ? QString::number(++number) + QStringLiteral(". ") : QStringLiteral("- ");
            items.append(listItem(*child, marker, listDepth));
        }
        return items.join(QLatin1Char('\n'));
    }

    QString listItem(const HtmlNode &node, const QString &marker, int listDepth)
    {
        const QString body = node.tag == QLatin1String("li") ? blocks(node, listDepth + 1) : inlineLines(inlines(node)).trimmed();
        QStringList lines = body.split(QLatin1Char('\n'));
        const QString indent(marker.size(), QLatin1Char(' '));
        for (qsizetype i = 1; i < lines.size(); ++i) {
            if (!lines[i].isEmpty())
                lines[i].prepend(indent);
        }
        return marker + lines.join(QLatin1Char('\n'));
    }

    QString fenced(QString code)
    {
        while (code.endsWith(QLatin1Char('\n')))
            code.chop(1);
        while (code.startsWith(QLatin1Char('\n')))
            code.remove(0, 1);
        if (code.trimmed().isEmpty())
            return {};
        int longest = 0, run = 0;
        for (const QChar c : code) {
            run = c == QLatin1Char('`') ? run + 1 : 0;
            longest = std::max(longest, run);
        }
        const QString fence(std::max(3, longest + 1), QLatin1Char('`'));
        return fence + QStringLiteral("text\n") + code + QLatin1Char('\n') + fence;
    }

    // The text of a <pre>: line breaks kept, tags dropped. Anki's editor keeps the indentation typed in code as
    // "&nbsp; &nbsp; ": in a code block it is spaces.
    QString textOf(const HtmlNode &node)
    {
        QString text;
        for (const auto &child : node.children) {
            if (child->tag.isEmpty())
                text += QString(child->text).replace(QChar(0xa0), QLatin1Char(' '));
            else if (child->tag == QLatin1String("br"))
                text += QLatin1Char('\n');
            else {
                if (blockTags().contains(child->tag) && !text.isEmpty() && !text.endsWith(QLatin1Char('\n')))
                    text += QLatin1Char('\n');
                text += textOf(*child);
            }
        }
        return text;
    }

    QString inlines(const HtmlNode &node)
    {
        if (node.tag.isEmpty()) {
            QString text = node.text;
            text.replace(QChar(0xa0), QLatin1Char(' '));
            for (QChar &c : text) {
                if (c.isSpace())
                    c = QLatin1Char(' ');
            }
            return escapeInline(text);
        }
        const QString &tag = node.tag;
        if (tag == QLatin1String("br"))
            return QStringLiteral("\\\n");
        if (tag == QLatin1String("img"))
            return image(node);
        if (tag == QLatin1String("code") || tag == QLatin1String("kbd") || tag == QLatin1String("tt")
            || tag == QLatin1String("samp")) {
            const QString text = textOf(node).simplified();
            if (text.isEmpty())
                return {};
            const QString ticks = text.contains(QLatin1Char('`')) ? QStringLiteral("`` ") : QStringLiteral("`");
            const QString closing = text.contains(QLatin1Char('`')) ? QStringLiteral(" ``") : QStringLiteral("`");
            return ticks + text + closing;
        }
        if (blockTags().contains(tag))
            return QLatin1Char(' ') + blocks(node, 0).simplified() + QLatin1Char(' ');
        QString inner;
        for (const auto &child : node.children)
            inner += inlines(*child);
        if (inner.trimmed().isEmpty())
            return inner;
        if (tag == QLatin1String("b") || tag == QLatin1String("strong"))
            return wrap(inner, QStringLiteral("**"));
        if (tag == QLatin1String("i") || tag == QLatin1String("em"))
            return wrap(inner, QStringLiteral("*"));
        if (tag == QLatin1String("a"))
            return link(node, inner);
        return inner;
    }

    static QString wrap(const QString &inner, const QString &mark)
    {
        // Emphasis must hug its text: "** a**" is not bold.
        const qsizetype start = inner.size() - inner.trimmed().size() > 0 ? inner.indexOf(inner.trimmed()) : 0;
        const QString lead = inner.left(start);
        const QString body = inner.trimmed();
        const QString trail = inner.mid(start + body.size());
        return lead + mark + body + mark + trail;
    }

    QString link(const HtmlNode &node, const QString &inner)
    {
        const QUrl url(node.attributes.value(QStringLiteral("href")).trimmed());
        const QString scheme = url.scheme().toLower();
        // A web page's address: http or https, and a host ("https:x" has none; a viewer reads it as it likes).
        const bool webPage = scheme == QLatin1String("http") || scheme == QLatin1String("https");
        if (!url.isValid() || !webPage || url.host().isEmpty()) {
            if (!node.attributes.value(QStringLiteral("href")).isEmpty() && (!webPage || url.host().isEmpty()))
                m_dropped->append(QStringLiteral("a link that is not http(s)"));
            return inner;
        }
        QString href = url.toString(QUrl::FullyEncoded);
        href.replace(QLatin1Char('('), QStringLiteral("%28")).replace(QLatin1Char(')'), QStringLiteral("%29"));
        return QLatin1Char('[') + inner.trimmed() + QStringLiteral("](") + href + QLatin1Char(')');
    }

    QString image(const HtmlNode &node)
    {
        const QString src = node.attributes.value(QStringLiteral("src")).trimmed();
        if (src.isEmpty())
            return {};
        const QUrl url(src);
        if (!url.scheme().isEmpty() || src.startsWith(QLatin1String("//"))) {
            m_dropped->append(QStringLiteral("the remote image %1").arg(src.left(200)));
            return {};
        }
        QString reason;
        const QString file = m_images ? m_images(src, &reason) : QString();
        if (file.isEmpty()) {
            m_dropped->append(reason.isEmpty() ? QStringLiteral("the image %1").arg(src.left(200)) : reason);
            return {};
        }
        // A description, never markup: nothing that could close or open a tag in the viewer's alt attribute.
        QString alt = node.attributes.value(QStringLiteral("alt")).simplified();
        alt.removeIf([](QChar c) { return QStringView(u"<>\"'`[]\\&").contains(c); });
        QString target = file;
        target.replace(QLatin1Char(' '), QStringLiteral("%20")).replace(QLatin1Char('('), QStringLiteral("%28"))
            .replace(QLatin1Char(')'), QStringLiteral("%29"));
        return QStringLiteral("![") + alt + QStringLiteral("](") + target + QLatin1Char(')');
    }

    const HtmlToMarkdown::ImageResolver &m_images;
    QStringList *m_dropped;
};

} // namespace

HtmlToMarkdown::HtmlToMarkdown(ImageResolver images)
    : m_images(std::move(images))
{
}

QString HtmlToMarkdown::convert(const QString &html)
{
    m_dropped.clear();
    QSet<QString> droppedNames;
    const std::unique_ptr<HtmlNode> root = parseHtml(html, &droppedNames);
    QStringList names(droppedNames.cbegin(), droppedNames.cend());
    names.sort();
    for (const QString &name : std::as_const(names))
        m_dropped.append(name == QLatin1String("on*") ? QStringLiteral("event handlers (on...)") : QStringLiteral("<%1>").arg(name));
    const QString markdown = Renderer(m_images, &m_dropped).blocks(*root, 0);
    // Lines made of spaces, and runs of blank lines, go.
    QStringList lines = markdown.split(QLatin1Char('\n'));
    QStringList kept;
    for (QString &line : lines) {
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        if (line.isEmpty() && (kept.isEmpty() || kept.last().isEmpty()))
            continue;
        kept.append(line);
    }
    while (!kept.isEmpty() && (kept.last().isEmpty() || kept.last() == QLatin1String("\\")))
        kept.removeLast();
    return kept.join(QLatin1Char('\n'));
}

} // namespace DeepDive
