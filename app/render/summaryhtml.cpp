#include "summaryhtml.h"

#include "topicdocument.h"
#include "summaryprinter.h"

#include <QRegularExpression>

namespace DeepDive::SummaryHtml {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString markdownHtml(const QString &markdown)
{
    // Markdown's code blocks come without margins: the heading after one would touch its last line.
    return markdownToHtml(markdown).replace(QLatin1String("<pre style=\" margin-top:0px; margin-bottom:0px;"),
                                            QLatin1String("<pre style=\" margin-top:4px; margin-bottom:8px;"));
}

// Markdown of one paragraph as inline HTML (to follow a number or precede an arrow); empty when it is more than that.
QString inlineMarkdown(const QString &markdown)
{
    static const QRegularExpression paragraph(QStringLiteral("^<p(?: [^>]*)?>(.*)</p>$"),
                                              QRegularExpression::DotMatchesEverythingOption);
    const QString html = markdownToHtml(markdown);
    const auto match = paragraph.match(html);
    if (!match.hasMatch() || match.captured(1).contains(QLatin1String("<p")))
        return {};
    return match.captured(1);
}

// Block HTML with a number (or letter) in front of its first paragraph: "3. What does is compare?"; on a line of its
// own above content that does not start with a paragraph (code).
QString withNumber(const QString &number, const QString &html)
{
    static const QRegularExpression firstParagraph(QStringLiteral("^<p(?: [^>]*)?>"));
    const auto match = firstParagraph.match(html);
    if (match.hasMatch())
        return html.left(match.capturedEnd()) + QStringLiteral("<b>%1</b> ").arg(number) + html.mid(match.capturedEnd());
    return QStringLiteral("<p><b>%1</b></p>").arg(number) + html;
}

QString numbered(const QString &number, const QString &markdown)
{
    if (markdown.trimmed().isEmpty())
        return QStringLiteral("<p><b>%1</b></p>").arg(number);
    return withNumber(number, markdownHtml(markdown));
}

QString letter(int index)
{
    return QString(QChar(u'a' + index % 26)) + QLatin1Char(')');
}

// The anchor that marks a paragraph to be kept on one page (see SummaryPrinter::paginate).
const QString keepTogether = QStringLiteral("deepdive-keep-together");

// A pair's situation and its concept as one unbreakable unit: the arrow and the concept never wrap away from the
// situation's last word, and the paragraph is kept on one page.
QString pairLine(const QString &prefix, const QString &situation, const QString &answerConcept)
{
    const QString inlineSituation = inlineMarkdown(situation);
    const QString inlineConcept = inlineMarkdown(answerConcept);
    const QString answer = QStringLiteral("<span style=\"white-space:nowrap\">→ <b>%1</b></span>")
                               .arg(inlineConcept.isEmpty() ? esc(answerConcept) : inlineConcept);
    if (inlineSituation.isEmpty())
        return markdownHtml(situation) + QStringLiteral("<p>%1</p>").arg(answer);
    return QStringLiteral("<p><a name=\"%1\">%2%3&nbsp;%4</a></p>")
        .arg(keepTogether, prefix.isEmpty() ? QString() : QStringLiteral("<b>%1</b> ").arg(prefix), inlineSituation, answer);
}

QString snippetTitle(const Topic &topic, const QString &id)
{
    const Snippet *s = topic.snippet(id);
    return s ? s->title : id;
}

// The answer to a card. `marked`: a choice card shows every option with ✓ or ✗ (under the question); otherwise
// the right options by their letters (the question lists them).
QString answerHtml(const Topic &topic, const Card &card, bool marked)
{
    QString answer;
    switch (card.type) {
    case CardType::Recall:
        answer = markdownHtml(card.answer);
        break;
    case CardType::Choice:
        if (marked) {
            answer = QStringLiteral("<table cellpadding=\"1\">");
            for (const ChoiceOption &o : card.options)
                answer += QStringLiteral("<tr><td valign=\"top\">%1&nbsp;</td><td>%2</td></tr>")
                              .arg(o.correct ? QStringLiteral("✓") : QStringLiteral("✗"), markdownHtml(o.text));
            answer += QStringLiteral("</table>");
        } else {
            for (int i = 0; i < card.options.size(); ++i) {
                if (card.options[i].correct)
                    answer += numbered(letter(i), card.options[i].text);
            }
        }
        break;
    case CardType::Predict:
        if (const Snippet *s = topic.snippet(card.snippetId))
            answer = QStringLiteral("<pre>%1</pre>").arg(esc(s->expectedOutput + s->expectedRaises));
        break;
    case CardType::SpotBug: {
        QStringList lines;
        for (int l : card.bugLines)
            lines << QString::number(l);
        answer = SummaryPrinter::tr("<p>The bug is on line %1 of “%2”.</p>")
                     .arg(lines.join(QStringLiteral(", ")), esc(snippetTitle(topic, card.snippetId)));
        break;
    }
    case CardType::Pair:
        for (int i = 0; i < card.pairs.size(); ++i) {
            const PairItem &p = card.pairs[i];
            answer += pairLine(marked ? QString() : letter(i), p.situation, p.side == 0 ? card.conceptA : card.conceptB);
        }
        break;
    }
    if (!card.explanation.isEmpty())
        answer += markdownHtml(card.explanation);
    return answer;
}

// A card's question; `withAnswer` puts its answer under it.
QString questionHtml(const Topic &topic, const Card &card, int number, bool withAnswer)
{
    QString html = numbered(QStringLiteral("%1.").arg(number), card.prompt);
    switch (card.type) {
    case CardType::Recall:
        break;
    case CardType::Choice:
        if (!withAnswer) {
            for (int i = 0; i < card.options.size(); ++i)
                html += numbered(letter(i), card.options[i].text);
        }
        break;
    case CardType::Predict:
    case CardType::SpotBug:
        html += QStringLiteral("<p class=\"label\">%1</p>")
                    .arg(SummaryPrinter::tr("Snippet “%1”").arg(esc(snippetTitle(topic, card.snippetId))));
        break;
    case CardType::Pair: {
        const QString a = inlineMarkdown(card.conceptA);
        const QString b = inlineMarkdown(card.conceptB);
        html += QStringLiteral("<p class=\"label\">%1</p>")
                    .arg(SummaryPrinter::tr("Each situation: %1 or %2?")
                             .arg(a.isEmpty() ? esc(card.conceptA) : a, b.isEmpty() ? esc(card.conceptB) : b));
        if (!withAnswer) {
            for (int i = 0; i < card.pairs.size(); ++i)
                html += numbered(letter(i), card.pairs[i].situation);
        }
        break;
    }
    }
    if (withAnswer)
        html += QStringLiteral("<p class=\"label\">%1</p>").arg(SummaryPrinter::tr("Answer")) + answerHtml(topic, card, true);
    return html;
}

// The answers to a topic's numbered questions, under "Answers — Topic title".
QString answersSection(const Topic &topic, const QString &headingStyle)
{
    QString html = QStringLiteral("<h2%1>%2</h2>")
                       .arg(headingStyle, SummaryPrinter::tr("Answers — %1").arg(esc(plainTitle(topic.title))));
    int n = 0;
    for (const Card &card : topic.cards)
        html += withNumber(QStringLiteral("%1.").arg(++n), answerHtml(topic, card, false));
    return html;
}

QString kindTitle(SnippetKind kind)
{
    switch (kind) {
    case SnippetKind::Pitfall:
        return SummaryPrinter::tr("Pitfall");
    case SnippetKind::Fix:
        return SummaryPrinter::tr("Fix");
    case SnippetKind::Example:
        break;
    }
    return SummaryPrinter::tr("Example");
}

} // namespace DeepDive::SummaryHtml
