#pragma once

#include <QString>

namespace DeepDive {

struct Topic;

// A topic's study notes as one Markdown document: title, summary, key points and references. The notes panel renders
// it with QTextDocument's Markdown support; the PDF export builds on the same text.
QString topicNotesMarkdown(const Topic &topic);

} // namespace DeepDive
