#pragma once

#include <QString>

namespace DeepDive {

struct Topic;

// A topic as one Markdown document: title, summary, key points and references. The Topic tab renders it with
// QTextDocument's Markdown support. (The learner's own notes are another thing: NoteStore, NotesEditor, "My Notes".)
QString topicMarkdown(const Topic &topic);

// Markdown as the body HTML QTextDocument makes of it, so that Markdown mixes with hand-built HTML in one document
// (the quiz's options, the PDF's cells).
QString markdownToHtml(const QString &markdown);

} // namespace DeepDive
