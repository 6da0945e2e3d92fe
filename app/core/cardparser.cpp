#include "cardparser.h"

#include "frontmatter.h"

#include <algorithm>

namespace DeepDive {

namespace {
// The attributes a card of `type` takes besides its id.
QStringList allowedAttributes(CardType type)
{
    QStringList allowed{QStringLiteral("id")};
    switch (type) {
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
    return allowed;
}
} // namespace

CardParser::CardParser(const BlockOutline &outline, const QString &file, QList<Diagnostic> *diagnostics)
    : m_outline(outline)
    , m_file(file)
    , m_diagnostics(diagnostics)
{
}

std::optional<Card> CardParser::parse(const BlockRange &r) const
{
    const qsizetype errorsBefore = m_diagnostics->size();
    Card card;
    Attributes attrs;
    if (!readHeading(r, card, attrs))
        return std::nullopt;
    bool hasAnswer = false;
    const BlockRange prompt = readSubsections(r, attrs.head, card, &hasAnswer);
    int list = -1;
    if (card.type == CardType::Choice)
        list = m_outline.firstList(prompt, true);
    else if (card.type == CardType::Pair)
        list = m_outline.firstList(prompt, false);
    readPrompt(prompt, list, card);

    switch (card.type) {
    case CardType::Recall:
        if (card.prompt.isEmpty())
            error(card.line, QStringLiteral("the recall card `%1` has no question").arg(card.id));
        if (!hasAnswer)
            error(card.line, QStringLiteral("the recall card `%1` has no answer; add `#### Answer` and the answer below "
                                            "the question").arg(card.id));
        break;
    case CardType::Choice:
        if (list < 0)
            error(card.line, QStringLiteral("the choice card `%1` has no options; add a task list with `- [x]` for the "
                                            "correct and `- [ ]` for the wrong options").arg(card.id));
        else
            readChoiceOptions(list, card);
        break;
    case CardType::Predict:
        if (card.snippetId.isEmpty())
            error(card.line, QStringLiteral("the predict card `%1` needs `snippet=ID`, a snippet with an `output` "
                                            "block").arg(card.id));
        break;
    case CardType::SpotBug:
        if (card.snippetId.isEmpty())
            error(card.line, QStringLiteral("the spot-bug card `%1` needs `snippet=ID`, a pitfall with a fix")
                                 .arg(card.id));
        readBugLines(attrs, card);
        break;
    case CardType::Pair:
        if (card.conceptA.isEmpty() || card.conceptB.isEmpty())
            error(card.line, QStringLiteral("the pair card `%1` needs both `a=\"...\"` and `b=\"...\"`").arg(card.id));
        if (list < 0)
            error(card.line, QStringLiteral("the pair card `%1` needs a bullet list of situations, each starting "
                                            "with `A:` or `B:`").arg(card.id));
        else
            readPairSituations(list, card);
        break;
    }
    if (m_diagnostics->size() != errorsBefore)
        return std::nullopt;
    return card;
}

bool CardParser::readHeading(const BlockRange &r, Card &card, Attributes &attrs) const
{
    card.line = m_outline.top(r.begin).firstLine;
    attrs = Attributes::parse(m_outline.headingSource(r.begin));
    if (!attrs.error.isEmpty()) {
        error(card.line, QStringLiteral("cannot read the card heading: %1").arg(attrs.error));
        return false;
    }
    if (!cardTypeFromName(attrs.head, &card.type)) {
        error(card.line, QStringLiteral("unknown card type `%1`; use recall, choice, predict, spot-bug or pair")
                             .arg(attrs.head));
        return false;
    }
    card.id = attrs.values.value(QStringLiteral("id"));
    if (card.id.isEmpty()) {
        error(card.line, QStringLiteral("the card has no id; add `id=...` to its heading"));
        return false;
    }
    if (!isValidId(card.id)) {
        error(card.line,
              QStringLiteral("`%1` is not a valid id; use lower-case letters, digits, `-` and `_`").arg(card.id));
        return false;
    }
    const QStringList allowed = allowedAttributes(card.type);
    for (auto it = attrs.values.cbegin(); it != attrs.values.cend(); ++it) {
        if (!allowed.contains(it.key()))
            error(card.line, QStringLiteral("a %1 card has no attribute `%2`; it takes %3")
                                 .arg(attrs.head, it.key(), allowed.join(QStringLiteral(", "))));
    }
    card.snippetId = attrs.values.value(QStringLiteral("snippet"));
    card.showId = attrs.values.value(QStringLiteral("show"));
    card.conceptA = attrs.values.value(QStringLiteral("a"));
    card.conceptB = attrs.values.value(QStringLiteral("b"));
    return true;
}

BlockRange CardParser::readSubsections(const BlockRange &r, const QString &typeName, Card &card, bool *hasAnswer) const
{
    const BlockRange body{r.begin + 1, r.end, card.line + 1, r.lastLine};
    BlockRange prompt = body;
    const QList<BlockRange> parts = m_outline.split(body, 4, &prompt);
    for (const BlockRange &part : parts) {
        const QString name = m_outline.top(part.begin).text.trimmed();
        const QString text = m_outline.source(part.firstLine + 1, part.lastLine);
        if (name.compare(QLatin1String("Answer"), Qt::CaseInsensitive) == 0 && card.type == CardType::Recall) {
            card.answer = text;
            *hasAnswer = !text.isEmpty();
        } else if (name.compare(QLatin1String("Explanation"), Qt::CaseInsensitive) == 0) {
            card.explanation = text;
        } else {
            error(part.firstLine, QStringLiteral("unknown heading \"%1\" in a %2 card; use `#### %3`")
                                      .arg(name, typeName,
                                           card.type == CardType::Recall ? QStringLiteral("Answer` or `#### Explanation")
                                                                         : QStringLiteral("Explanation")));
        }
    }
    return prompt;
}

void CardParser::readPrompt(const BlockRange &prompt, int list, Card &card) const
{
    if (list < 0) {
        card.prompt = m_outline.source(prompt);
        return;
    }
    BlockRange before = prompt;
    before.end = list;
    before.lastLine = m_outline.top(list).firstLine - 1;
    card.prompt = m_outline.source(before);
    if (m_outline.top(list).lastLine < prompt.lastLine) {
        // Text after the list still belongs to the prompt.
        const QString after = m_outline.source(m_outline.top(list).lastLine + 1, prompt.lastLine);
        if (!after.isEmpty())
            card.prompt += QStringLiteral("\n\n") + after;
    }
}

void CardParser::readChoiceOptions(int list, Card &card) const
{
    const QStringList items = m_outline.listItems(list);
    // The task marks come from md4c, in the same order as the items.
    const QList<const MarkdownBlock *> blocks = m_outline.listItemBlocks(list);
    for (qsizetype k = 0; k < items.size(); ++k) {
        ChoiceOption option;
        const QString &item = items[k];
        const qsizetype gap = item.indexOf(QLatin1String("\n\n"));
        option.text = (gap < 0 ? item : item.left(gap)).trimmed();
        option.explanation = gap < 0 ? QString() : item.mid(gap + 2).trimmed();
        const MarkdownBlock &block = *blocks[k];
        option.correct = block.checked;
        if (!block.task)
            error(block.firstLine, QStringLiteral("every option needs `[x]` or `[ ]` after the bullet"));
        else if (!block.checked && option.explanation.isEmpty())
            error(block.firstLine, QStringLiteral("the wrong option \"%1\" needs an indented paragraph below it saying "
                                                  "why it is wrong")
                                       .arg(option.text.left(60)));
        card.options.append(option);
    }
    if (card.options.size() < 2)
        error(card.line, QStringLiteral("the choice card `%1` needs at least two options").arg(card.id));
    if (std::none_of(card.options.cbegin(), card.options.cend(), [](const ChoiceOption &o) { return o.correct; }))
        error(card.line, QStringLiteral("the choice card `%1` has no correct option; mark at least one with `- [x]`")
                             .arg(card.id));
}

void CardParser::readBugLines(const Attributes &attrs, Card &card) const
{
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
}

void CardParser::readPairSituations(int list, Card &card) const
{
    const QStringList items = m_outline.listItems(list);
    for (const QString &item : items) {
        PairItem pair;
        if (item.startsWith(QLatin1String("A:"))) {
            pair.side = 0;
        } else if (item.startsWith(QLatin1String("B:"))) {
            pair.side = 1;
        } else {
            error(m_outline.top(list).firstLine,
                  QStringLiteral("the situation \"%1\" must start with `A:` or `B:`").arg(item.left(60)));
            continue;
        }
        pair.situation = item.mid(2).trimmed();
        card.pairs.append(pair);
    }
    if (card.pairs.size() < 2)
        error(card.line, QStringLiteral("the pair card `%1` needs at least two situations").arg(card.id));
}

} // namespace DeepDive
