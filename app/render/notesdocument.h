#pragma once

#include <QString>

namespace DeepDive {

struct Topic;

// A topic's study notes as one Markdown document: title, summary, key points and references. The notes panel renders
// it with QTextDocument's Markdown support; the PDF export builds on the same text.
QString topicNotesMarkdown(const Topic &topic);

// Markdown as the body HTML QTextDocument makes of it, so that Markdown mixes with hand-built HTML in one document
// (the quiz's options, the PDF's cells).
QString markdownToHtml(const QString &markdown);

} // namespace DeepDive
