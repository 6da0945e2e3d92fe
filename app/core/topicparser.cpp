#include "topicparser.h"

#include "frontmatter.h"
#include "markdownblocks.h"

#include <QRegularExpression>

namespace DeepDive {

QString stripListMarker(const QString &itemSource)
{
    static const QRegularExpression marker(QStringLiteral(R"(^\s*(?:[-*+]|\d+[.)])[ \t]+(?:\[[ xX]\][ \t]+)?)"));
    QStringList lines = itemSource.split(QLatin1Char('\n'));
    if (lines.isEmpty())
        return {};
    const auto match = marker.match(lines.first());
    const int indent = match.hasMatch() ? int(match.capturedLength()) : 0;
    lines.first().remove(0, indent);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QString &line = lines[i];
        int strip = 0;
        while (strip < indent && strip < line.size() && line.at(strip) == QLatin1Char(' '))
            ++strip;
        line.remove(0, strip);
    }
    return lines.join(QLatin1Char('\n')).trimmed();
}

namespace {

// The blocks of one part of a document: [begin, end) among the top-level blocks, and the lines they cover.
struct Range
{
    int begin = 0;
    int end = 0;
    int firstLine = 0;
    int lastLine = 0;
};

class TopicReader
{
public:
    TopicReader(const QString &file, QList<Diagnostic> *diagnostics)
        : m_file(file)
        , m_diagnostics(diagnostics)
    {
    }

    Topic read(const QByteArray &utf8);

private:
    void error(int line, const QString &message) { m_diagnostics->append({m_file, line, message}); }
    const MarkdownBlock &top(int i) const { return m_doc.blocks()[m_top[i]]; }
    bool isHeading(int i, int level) const { return top(i).type == MarkdownBlock::Heading && top(i).level == level; }
    // Splits r at headings of `level`; the part before the first heading is returned in `preamble`.
    QList<Range> split(const Range &r, int level, Range *preamble = nullptr) const;
    QString source(const Range &r) const;
    QString source(int firstLine, int lastLine) const { return m_doc.lines(firstLine, lastLine).trimmed(); }
    QString headingSource(int i) const;
    QStringList listItems(int topIndex) const;
    int firstList(const Range &r, bool tasks) const;

    void readKeyPoints(const Range &r, Topic &topic);
    void readReferences(const Range &r, Topic &topic);
    void readSnippet(const Range &r, Topic &topic);
    void readCard(const Range &r, Topic &topic);

    QString m_file;
    QList<Diagnostic> *m_diagnostics;
    MarkdownBlocks m_doc;
    QList<int> m_top; // indexes of the top-level blocks
    int m_lastLine = 0;
};

QList<Range> TopicReader::split(const Range &r, int level, Range *preamble) const
{
    QList<Range> parts;
    Range current{r.begin, r.begin, r.firstLine, r.lastLine};
    bool inPart = false;
    for (int i = r.begin; i < r.end; ++i) {
        const MarkdownBlock &b = top(i);
        if (b.type == MarkdownBlock::Heading && b.level <= level) {
            current.end = i;
            current.lastLine = b.firstLine - 1;
            if (inPart)
                parts.append(current);
            else if (preamble)
                *preamble = current;
            current = Range{i, i, b.firstLine, r.lastLine};
            inPart = true;
        }
    }
    current.end = r.end;
    current.lastLine = r.lastLine;
    if (inPart)
        parts.append(current);
    else if (preamble)
        *preamble = current;
    return parts;
}

QString TopicReader::source(const Range &r) const
{
    return m_doc.lines(r.firstLine, r.lastLine).trimmed();
}

QString TopicReader::headingSource(int i) const
{
    QString line = m_doc.lines(top(i).firstLine, top(i).firstLine).trimmed();
    while (line.startsWith(QLatin1Char('#')))
        line.remove(0, 1);
    return line.trimmed();
}

QStringList TopicReader::listItems(int topIndex) const
{
    QStringList items;
    const int listIndex = m_top[topIndex];
    const auto &blocks = m_doc.blocks();
    for (int j = listIndex + 1; j < blocks.size() && blocks[j].depth > blocks[listIndex].depth; ++j) {
        if (blocks[j].parent == listIndex && blocks[j].type == MarkdownBlock::ListItem)
            items.append(stripListMarker(m_doc.lines(blocks[j].firstLine, blocks[j].lastLine)));
    }
    return items;
}

int TopicReader::firstList(const Range &r, bool tasks) const
{
    const auto &blocks = m_doc.blocks();
    for (int i = r.begin; i < r.end; ++i) {
        if (top(i).type != MarkdownBlock::List)
            continue;
        const int listIndex = m_top[i];
        const bool isTaskList = listIndex + 1 < blocks.size() && blocks[listIndex + 1].task;
        if (isTaskList == tasks)
            return i;
    }
    return -1;
}

void TopicReader::readKeyPoints(const Range &r, Topic &topic)
{
    const int list = firstList(r, false);
    if (list < 0) {
        error(r.firstLine, QStringLiteral("`## Key points` needs a bullet list, one point per item"));
        return;
    }
    topic.keyPoints = listItems(list);
}

void TopicReader::readReferences(const Range &r, Topic &topic)
{
    static const QRegularExpression link(QStringLiteral(R"(^\[(.+)\]\((\S+)\)\s*(.*)$)"),
                                         QRegularExpression::DotMatchesEverythingOption);
    const int list = firstList(r, false);
    if (list < 0) {
        error(r.firstLine, QStringLiteral("`## References` needs a bullet list of links, e.g. `- [Title](https://...)`"));
        return;
    }
    const QStringList items = listItems(list);
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

void TopicReader::readSnippet(const Range &r, Topic &topic)
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

void TopicReader::readCard(const Range &r, Topic &topic)
{
    const qsizetype errorsBefore = m_diagnostics->size();
    Card card;
    card.line = top(r.begin).firstLine;
    const Attributes attrs = Attributes::parse(headingSource(r.begin));
    if (!attrs.error.isEmpty()) {
        error(card.line, QStringLiteral("cannot read the card heading: %1").arg(attrs.error));
        return;
    }
    if (!cardTypeFromName(attrs.head, &card.type)) {
        error(card.line, QStringLiteral("unknown card type `%1`; use recall, choice, predict, spot-bug or pair")
                             .arg(attrs.head));
        return;
    }
    card.id = attrs.values.value(QStringLiteral("id"));
    if (card.id.isEmpty()) {
        error(card.line, QStringLiteral("the card has no id; add `id=...` to its heading"));
        return;
    }
    if (!isValidId(card.id)) {
        error(card.line,
              QStringLiteral("`%1` is not a valid id; use lower-case letters, digits, `-` and `_`").arg(card.id));
        return;
    }
    QStringList allowed{QStringLiteral("id")};
    switch (card.type) {
    case CardType::Predict:
        allowed << QStringLiteral("snippet");
        break;
    case CardType::SpotBug:
        allowed << QStringLiteral("snippet") << QStringLiteral("line");
        break;
    case CardType::Pair:
        allowed << QStringLiteral("a") << QStringLiteral("b") << QStringLiteral("show");
        break;
    case CardType::Recall:
    case CardType::Choice:
        allowed << QStringLiteral("show");
        break;
    }
    for (auto it = attrs.values.cbegin(); it != attrs.values.cend(); ++it) {
        if (!allowed.contains(it.key()))
            error(card.line, QStringLiteral("a %1 card has no attribute `%2`; it takes %3")
                                 .arg(attrs.head, it.key(), allowed.join(QStringLiteral(", "))));
    }
    card.snippetId = attrs.values.value(QStringLiteral("snippet"));
    card.showId = attrs.values.value(QStringLiteral("show"));
    card.conceptA = attrs.values.value(QStringLiteral("a"));
    card.conceptB = attrs.values.value(QStringLiteral("b"));

    const Range body{r.begin + 1, r.end, card.line + 1, r.lastLine};
    Range prompt = body;
    const QList<Range> parts = split(body, 4, &prompt);
    bool hasAnswer = false;
    for (const Range &part : parts) {
        const QString name = top(part.begin).text.trimmed();
        const QString text = source(part.firstLine + 1, part.lastLine);
        if (name.compare(QLatin1String("Answer"), Qt::CaseInsensitive) == 0 && card.type == CardType::Recall) {
            card.answer = text;
            hasAnswer = !text.isEmpty();
        } else if (name.compare(QLatin1String("Explanation"), Qt::CaseInsensitive) == 0) {
            card.explanation = text;
        } else {
            error(part.firstLine, QStringLiteral("unknown heading \"%1\" in a %2 card; use `#### %3`")
                                      .arg(name, attrs.head,
                                           card.type == CardType::Recall ? QStringLiteral("Answer` or `#### Explanation")
                                                                         : QStringLiteral("Explanation")));
        }
    }

    int list = -1;
    if (card.type == CardType::Choice)
        list = firstList(prompt, true);
    else if (card.type == CardType::Pair)
        list = firstList(prompt, false);
    if (list >= 0) {
        Range before = prompt;
        before.end = list;
        before.lastLine = top(list).firstLine - 1;
        card.prompt = source(before);
        if (top(list).lastLine < prompt.lastLine) {
            // Text after the list still belongs to the prompt.
            const QString after = source(top(list).lastLine + 1, prompt.lastLine);
            if (!after.isEmpty())
                card.prompt += QStringLiteral("\n\n") + after;
        }
    } else {
        card.prompt = source(prompt);
    }

    switch (card.type) {
    case CardType::Recall:
        if (card.prompt.isEmpty())
            error(card.line, QStringLiteral("the recall card `%1` has no question").arg(card.id));
        if (!hasAnswer)
            error(card.line, QStringLiteral("the recall card `%1` has no answer; add `#### Answer` and the answer below "
                                            "the question").arg(card.id));
        break;
    case CardType::Choice: {
        if (list < 0) {
            error(card.line, QStringLiteral("the choice card `%1` has no options; add a task list with `- [x]` for the "
                                            "correct and `- [ ]` for the wrong options").arg(card.id));
            break;
        }
        const QStringList items = listItems(list);
        for (const QString &item : items) {
            ChoiceOption option;
            const qsizetype gap = item.indexOf(QLatin1String("\n\n"));
            option.text = (gap < 0 ? item : item.left(gap)).trimmed();
            option.explanation = gap < 0 ? QString() : item.mid(gap + 2).trimmed();
            card.options.append(option);
        }
        // The task marks come from md4c, in the same order as the items.
        const auto &blocks = m_doc.blocks();
        const int listIndex = m_top[list];
        int k = 0;
        for (int j = listIndex + 1; j < blocks.size() && blocks[j].depth > blocks[listIndex].depth; ++j) {
            if (blocks[j].parent == listIndex && blocks[j].type == MarkdownBlock::ListItem) {
                if (k < card.options.size()) {
                    card.options[k].correct = blocks[j].checked;
                    if (!blocks[j].task)
                        error(blocks[j].firstLine, QStringLiteral("every option needs `[x]` or `[ ]` after the bullet"));
                    else if (!blocks[j].checked && card.options[k].explanation.isEmpty())
                        error(blocks[j].firstLine, QStringLiteral("the wrong option \"%1\" needs an indented paragraph "
                                                                  "below it saying why it is wrong")
                                                       .arg(card.options[k].text.left(60)));
                }
                ++k;
            }
        }
        if (card.options.size() < 2)
            error(card.line, QStringLiteral("the choice card `%1` needs at least two options").arg(card.id));
        if (std::none_of(card.options.cbegin(), card.options.cend(), [](const ChoiceOption &o) { return o.correct; }))
            error(card.line, QStringLiteral("the choice card `%1` has no correct option; mark at least one with `- [x]`")
                                 .arg(card.id));
        break;
    }
    case CardType::Predict:
        if (card.snippetId.isEmpty())
            error(card.line, QStringLiteral("the predict card `%1` needs `snippet=ID`, a snippet with an `output` "
                                            "block").arg(card.id));
        break;
    case CardType::SpotBug: {
        if (card.snippetId.isEmpty())
            error(card.line, QStringLiteral("the spot-bug card `%1` needs `snippet=ID`, a pitfall with a fix")
                                 .arg(card.id));
        const QStringList lines = splitList(attrs.values.value(QStringLiteral("line")));
        for (const QString &value : lines) {
            bool ok = false;
            const int n = value.toInt(&ok);
            if (!ok || n < 1)
                error(card.line, QStringLiteral("`line=%1` is not a line number; give the 1-based line of the bug in "
                                                "the snippet, e.g. `line=3`").arg(value));
            else
                card.bugLines.append(n);
        }
        if (lines.isEmpty())
            error(card.line, QStringLiteral("the spot-bug card `%1` needs `line=N`, the line of the bug in the snippet")
                                 .arg(card.id));
        break;
    }
    case CardType::Pair: {
        if (card.conceptA.isEmpty() || card.conceptB.isEmpty())
            error(card.line, QStringLiteral("the pair card `%1` needs both `a=\"...\"` and `b=\"...\"`").arg(card.id));
        if (list < 0) {
            error(card.line, QStringLiteral("the pair card `%1` needs a bullet list of situations, each starting "
                                            "with `A:` or `B:`").arg(card.id));
            break;
        }
        const QStringList items = listItems(list);
        for (const QString &item : items) {
            PairItem pair;
            if (item.startsWith(QLatin1String("A:")))
                pair.side = 0;
            else if (item.startsWith(QLatin1String("B:")))
                pair.side = 1;
            else {
                error(top(list).firstLine, QStringLiteral("the situation \"%1\" must start with `A:` or `B:`")
                                               .arg(item.left(60)));
                continue;
            }
            pair.situation = item.mid(2).trimmed();
            card.pairs.append(pair);
        }
        if (card.pairs.size() < 2)
            error(card.line, QStringLiteral("the pair card `%1` needs at least two situations").arg(card.id));
        break;
    }
    }
    // A card with a problem would mislead the learner: it is reported and left out.
    if (m_diagnostics->size() == errorsBefore)
        topic.cards.append(card);
}

Topic TopicReader::read(const QByteArray &utf8)
{
    Topic topic;
    topic.file = m_file;
    const FrontMatter fm = FrontMatter::parse(
        utf8, m_file, {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("tags")}, m_diagnostics);
    topic.id = fm.value(QStringLiteral("id"));
    topic.title = fm.value(QStringLiteral("title"));
    topic.tags = splitList(fm.value(QStringLiteral("tags")));
    if (topic.id.isEmpty())
        error(1, QStringLiteral("the topic has no id; add `id: some-topic` to the front matter"));
    else if (!isValidId(topic.id))
        error(fm.lineOf(QStringLiteral("id")),
              QStringLiteral("`%1` is not a valid id; use lower-case letters, digits, `-` and `_`").arg(topic.id));
    if (topic.title.isEmpty())
        error(1, QStringLiteral("the topic has no title; add `title: ...` to the front matter"));

    m_doc = MarkdownBlocks::parse(fm.body, fm.bodyLine - 1);
    m_lastLine = fm.bodyLine - 1 + m_doc.lineCount();
    const auto &blocks = m_doc.blocks();
    for (int i = 0; i < blocks.size(); ++i) {
        if (blocks[i].parent < 0)
            m_top.append(i);
        if (blocks[i].unterminated)
            error(blocks[i].firstLine, QStringLiteral("this code fence is never closed; add a closing ``` line"));
    }

    const Range all{0, int(m_top.size()), fm.bodyLine, m_lastLine};
    Range preamble = all;
    const QList<Range> parts = split(all, 2, &preamble);
    QStringList notes{source(preamble)};
    QStringList seen;
    for (const Range &part : parts) {
        const QString name = top(part.begin).text.trimmed();
        const Range inner{part.begin + 1, part.end, part.firstLine + 1, part.lastLine};
        const bool known = name == QLatin1String("Key points") || name == QLatin1String("References")
            || name == QLatin1String("Snippets") || name == QLatin1String("Cards");
        if (known && seen.contains(name)) {
            error(part.firstLine, QStringLiteral("`## %1` appears twice; merge the two parts").arg(name));
            continue;
        }
        seen.append(name);
        if (name == QLatin1String("Key points")) {
            readKeyPoints(inner, topic);
        } else if (name == QLatin1String("References")) {
            readReferences(inner, topic);
        } else if (name == QLatin1String("Snippets") || name == QLatin1String("Cards")) {
            Range loose = inner;
            const QList<Range> items = split(inner, 3, &loose);
            if (loose.begin < loose.end && !source(loose).isEmpty())
                error(top(loose.begin).firstLine, QStringLiteral("text under `## %1` must follow a `###` heading").arg(name));
            for (const Range &item : items) {
                if (!isHeading(item.begin, 3)) {
                    error(item.firstLine, QStringLiteral("only `###` headings start items under `## %1`").arg(name));
                    continue;
                }
                if (name == QLatin1String("Snippets"))
                    readSnippet(item, topic);
                else
                    readCard(item, topic);
            }
        } else {
            notes.append(source(part));
        }
    }
    notes.removeAll(QString());
    topic.notes = notes.join(QStringLiteral("\n\n"));
    return topic;
}

} // namespace

Topic parseTopic(const QByteArray &utf8, const QString &file, QList<Diagnostic> *diagnostics)
{
    return TopicReader(file, diagnostics).read(utf8);
}

} // namespace DeepDive
