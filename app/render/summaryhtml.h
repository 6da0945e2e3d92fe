#pragma once

#include "deck.h"

#include <QString>

namespace DeepDive::SummaryHtml {

// The HTML of a printed handout's parts, in the subset QTextDocument reads: Markdown as blocks or inline, numbered
// questions with their answers, and confusable pairs kept whole. The words are the handout's (SummaryPrinter's
// translations).

QString esc(const QString &text);
// Markdown as block HTML; code blocks get a margin so the heading after one does not touch its last line.
QString markdownHtml(const QString &markdown);
// Markdown of one paragraph as inline HTML; empty when it is more than one paragraph.
QString inlineMarkdown(const QString &markdown);
// Block HTML with `number` in bold before its first paragraph (on a line of its own before code).
QString withNumber(const QString &number, const QString &html);
QString numbered(const QString &number, const QString &markdown);
QString letter(int index); // "a)", "b)", …
// The anchor that marks a paragraph to be kept on one page (SummaryPrinter's pagination).
extern const QString keepTogether;
// A pair's situation and its concept as one unbreakable paragraph: "situation → concept".
QString pairLine(const QString &prefix, const QString &situation, const QString &answerConcept);
// The answer to a card; `marked`: a choice card lists every option with ✓ or ✗, otherwise the right letters.
QString answerHtml(const Topic &topic, const Card &card, bool marked);
// A card's question, numbered; `withAnswer` puts its answer under it.
QString questionHtml(const Topic &topic, const Card &card, int number, bool withAnswer);
// The answers to a topic's numbered questions, under "Answers — Topic title".
QString answersSection(const Topic &topic, const QString &headingStyle);
QString kindTitle(SnippetKind kind); // "Pitfall", "Fix", "Example"

} // namespace DeepDive::SummaryHtml
