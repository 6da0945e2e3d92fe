#include "topicparser.h"

#include "blockoutline.h"
#include "cardparser.h"
#include "frontmatter.h"
#include "markdownblocks.h"

#include <QRegularExpression>

namespace DeepDive {

namespace {

// The body of a topic file: its notes, key points, references, snippets and cards (each card read by CardParser).
class TopicReader
{
public:
    TopicReader(const BlockOutline &outline, const QString &file, QList<Diagnostic> *diagnostics)
        : m_outline(outline)
        , m_file(file)
        , m_diagnostics(diagnostics)
        , m_cards(outline, file, diagnostics)
    {
    }

    // Reads the blocks of `all` into `topic`.
    void read(const BlockRange &all, Topic &topic);

private:
    void error(int line, const QString &message) { m_diagnostics->append({m_file, line, message}); }
    const MarkdownBlock &top(int i) const { return m_outline.top(i); }
    QString source(const BlockRange &r) const { return m_outline.source(r); }
    QString source(int firstLine, int lastLine) const { return m_outline.source(firstLine, lastLine); }

    void readKeyPoints(const BlockRange &r, Topic &topic);
    void readReferences(const BlockRange &r, Topic &topic);
    void readItems(const QString &part, const BlockRange &r, Topic &topic);
    void readSnippet(const BlockRange &r, Topic &topic);

    const BlockOutline &m_outline;
    QString m_file;
    QList<Diagnostic> *m_diagnostics;
    CardParser m_cards;
};

void TopicReader::readKeyPoints(const BlockRange &r, Topic &topic)
{
    const int list = m_outline.firstList(r, false);
    if (list < 0) {
        error(r.firstLine, QStringLiteral("`## Key points` needs a bullet list, one point per item"));
        return;
    }
    topic.keyPoints = m_outline.listItems(list);
}

void TopicReader::readReferences(const BlockRange &r, Topic &topic)
{
    static const QRegularExpression link(QStringLiteral(R"(^\[(.+)\]\((\S+)\)\s*(.*)$)"),
                                         QRegularExpression::DotMatchesEverythingOption);
    const int list = m_outline.firstList(r, false);
    if (list < 0) {
        error(r.firstLine, QStringLiteral("`## References` needs a bullet list of links, e.g. `- [Title](https://...)`"));
        return;
    }
    const QStringList items = m_outline.listItems(list);
    for (const QString &item : items) {
        const auto match = link.match(item);
        if (!match.hasMatch()) {
            error(top(list).firstLine,
                  QStringLiteral("a reference must be a link `[Title](https://...)`, found \"%1\"").arg(item.left(60)));
            continue;
        }
        topic.references.append({match.captured(1), match.captured(2)});
    }
}

void TopicReader::readSnippet(const BlockRange &r, Topic &topic)
{
    const qsizetype errorsBefore = m_diagnostics->size();
    Snippet snippet;
    snippet.title = top(r.begin).text.trimmed();
    snippet.line = top(r.begin).firstLine;
    int codeAt = -1;
    QStringList explanation;
    for (int i = r.begin + 1; i < r.end; ++i) {
        const MarkdownBlock &b = top(i);
        if (b.type != MarkdownBlock::Code) {
            explanation.append(source(b.firstLine, b.lastLine));
            continue;
        }
        const Attributes attrs = Attributes::parse(b.info);
        if (codeAt < 0) {
            codeAt = i;
            snippet.line = b.firstLine;
            snippet.code = b.text;
            snippet.language = attrs.head.isEmpty() ? QStringLiteral("text") : attrs.head;
            if (!attrs.error.isEmpty())
                error(b.firstLine, QStringLiteral("cannot read the code fence's attributes: %1").arg(attrs.error));
            for (auto it = attrs.values.cbegin(); it != attrs.values.cend(); ++it) {
                const QString &key = it.key();
                if (key == QLatin1String("id")) {
                    snippet.id = it.value();
                } else if (key == QLatin1String("kind")) {
                    if (it.value() == QLatin1String("pitfall"))
                        snippet.kind = SnippetKind::Pitfall;
                    else if (it.value() == QLatin1String("fix"))
                        snippet.kind = SnippetKind::Fix;
                    else if (it.value() == QLatin1String("example"))
                        snippet.kind = SnippetKind::Example;
                    else
                        error(b.firstLine, QStringLiteral("unknown snippet kind `%1`; use pitfall, fix or example")
                                               .arg(it.value()));
                } else if (key == QLatin1String("fix")) {
                    snippet.fixId = it.value();
                } else if (key == QLatin1String("requires")) {
                    snippet.requirements = splitList(it.value());
                } else {
                    error(b.firstLine, QStringLiteral("unknown snippet attribute `%1`; use id, kind, fix or requires")
                                           .arg(key));
                }
            }
        } else if (attrs.head == QLatin1String("output") && !snippet.hasExpectedOutput) {
            snippet.expectedOutput = b.text;
            snippet.hasExpectedOutput = true;
        } else if (attrs.head == QLatin1String("raises") && snippet.expectedRaises.isEmpty()) {
            snippet.expectedRaises = b.text.trimmed();
            if (snippet.expectedRaises.isEmpty() || snippet.expectedRaises.contains(QLatin1Char('\n')))
                error(b.firstLine, QStringLiteral("a `raises` block holds exactly one line: the last line of the "
                                                  "traceback, e.g. `ZeroDivisionError: division by zero`"));
        } else {
            error(b.firstLine, QStringLiteral("snippet \"%1\" has a second code block; give each snippet its own `###` "
                                              "heading, or use `output` / `raises` once each")
                                   .arg(snippet.title));
        }
    }
    if (codeAt < 0) {
        error(snippet.line, QStringLiteral("snippet \"%1\" has no code block; add a fenced block such as "
                                           "```python id=...").arg(snippet.title));
        return;
    }
    snippet.explanation = explanation.join(QStringLiteral("\n\n"));
    if (snippet.id.isEmpty()) {
        error(snippet.line, QStringLiteral("snippet \"%1\" has no id; add `id=...` after the language").arg(snippet.title));
        return;
    }
    if (!isValidId(snippet.id)) {
        error(snippet.line, QStringLiteral("`%1` is not a valid id; use lower-case letters, digits, `-` and `_`")
                                .arg(snippet.id));
        return;
    }
    if (snippet.kind != SnippetKind::Pitfall && !snippet.fixId.isEmpty())
        error(snippet.line, QStringLiteral("only a `kind=pitfall` snippet can name a `fix`"));
    if (m_diagnostics->size() == errorsBefore)
        topic.snippets.append(snippet);
}

void TopicReader::readItems(const QString &part, const BlockRange &r, Topic &topic)
{
    BlockRange loose = r;
    const QList<BlockRange> items = m_outline.split(r, 3, &loose);
    if (loose.begin < loose.end && !source(loose).isEmpty())
        error(top(loose.begin).firstLine, QStringLiteral("text under `## %1` must follow a `###` heading").arg(part));
    for (const BlockRange &item : items) {
        if (!m_outline.isHeading(item.begin, 3)) {
            error(item.firstLine, QStringLiteral("only `###` headings start items under `## %1`").arg(part));
            continue;
        }
        if (part == QLatin1String("Snippets")) {
            readSnippet(item, topic);
        } else if (std::optional<Card> card = m_cards.parse(item)) {
            topic.cards.append(std::move(*card));
        }
    }
}

void TopicReader::read(const BlockRange &all, Topic &topic)
{
    BlockRange preamble = all;
    const QList<BlockRange> parts = m_outline.split(all, 2, &preamble);
    QStringList notes{source(preamble)};
    QStringList seen;
    for (const BlockRange &part : parts) {
        const QString name = top(part.begin).text.trimmed();
        const BlockRange inner{part.begin + 1, part.end, part.firstLine + 1, part.lastLine};
        const bool known = name == QLatin1String("Key points") || name == QLatin1String("References")
            || name == QLatin1String("Snippets") || name == QLatin1String("Cards");
        if (known && seen.contains(name)) {
            error(part.firstLine, QStringLiteral("`## %1` appears twice; merge the two parts").arg(name));
            continue;
        }
        seen.append(name);
        if (name == QLatin1String("Key points"))
            readKeyPoints(inner, topic);
        else if (name == QLatin1String("References"))
            readReferences(inner, topic);
        else if (name == QLatin1String("Snippets") || name == QLatin1String("Cards"))
            readItems(name, inner, topic);
        else
            notes.append(source(part));
    }
    notes.removeAll(QString());
    topic.summary = notes.join(QStringLiteral("\n\n"));
}

} // namespace

Topic parseTopic(const QByteArray &utf8, const QString &file, QList<Diagnostic> *diagnostics)
{
    Topic topic;
    topic.file = file;
    const FrontMatter fm = FrontMatter::parse(
        utf8, file, {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("tags")}, diagnostics);
    topic.id = fm.value(QStringLiteral("id"));
    topic.title = fm.value(QStringLiteral("title"));
    topic.tags = splitList(fm.value(QStringLiteral("tags")));
    if (topic.id.isEmpty())
        diagnostics->append({file, 1, QStringLiteral("the topic has no id; add `id: some-topic` to the front matter")});
    else if (!isValidId(topic.id))
        diagnostics->append({file, fm.lineOf(QStringLiteral("id")),
                             QStringLiteral("`%1` is not a valid id; use lower-case letters, digits, `-` and `_`")
                                 .arg(topic.id)});
    if (topic.title.isEmpty())
        diagnostics->append({file, 1, QStringLiteral("the topic has no title; add `title: ...` to the front matter")});

    const MarkdownBlocks doc = MarkdownBlocks::parse(fm.body, fm.bodyLine - 1);
    for (const MarkdownBlock &block : doc.blocks()) {
        if (block.unterminated)
            diagnostics->append({file, block.firstLine,
                                 QStringLiteral("this code fence is never closed; add a closing ``` line")});
    }
    const BlockOutline outline(doc);
    const int lastLine = fm.bodyLine - 1 + doc.lineCount();
    TopicReader(outline, file, diagnostics).read({0, outline.size(), fm.bodyLine, lastLine}, topic);
    return topic;
}

} // namespace DeepDive
