#pragma once

#include "markdownblocks.h"

#include <QStringList>

namespace DeepDive {

// A run of top-level blocks of a document: [begin, end) among them, and the source lines they cover.
struct BlockRange
{
    int begin = 0;
    int end = 0;
    int firstLine = 0;
    int lastLine = 0;
};

// The top-level blocks of a parsed Markdown document as the deck parser walks them: parts split at headings, the
// Markdown source of a part, the items of a list. Holds a reference to `document`, which must outlive it.
class BlockOutline
{
public:
    explicit BlockOutline(const MarkdownBlocks &document);

    const MarkdownBlocks &document() const { return m_doc; }
    // The number of top-level blocks, and the i-th of them.
    int size() const { return int(m_top.size()); }
    const MarkdownBlock &top(int i) const { return m_doc.blocks()[m_top[i]]; }
    bool isHeading(int i, int level) const;

    // Splits r at headings of `level` or above; the part before the first such heading is returned in `preamble`
    // (the whole of r when there is none).
    QList<BlockRange> split(const BlockRange &r, int level, BlockRange *preamble = nullptr) const;
    // The Markdown of r, or of lines [firstLine, lastLine], trimmed.
    QString source(const BlockRange &r) const;
    QString source(int firstLine, int lastLine) const { return m_doc.lines(firstLine, lastLine).trimmed(); }
    // The line of the heading at i without its `#` marks.
    QString headingSource(int i) const;

    // The first list in r that is a task list (`tasks`) or is not; -1 when there is none.
    int firstList(const BlockRange &r, bool tasks) const;
    // The items of the list at i: their Markdown without the markers, and their blocks (for the task marks).
    QStringList listItems(int i) const;
    QList<const MarkdownBlock *> listItemBlocks(int i) const;

private:
    const MarkdownBlocks &m_doc;
    QList<int> m_top; // indexes of the top-level blocks in m_doc.blocks()
};

// Removes a list item's marker (`- `, `1. `, `- [x] `) and the continuation indent from its source lines.
QString stripListMarker(const QString &itemSource);

} // namespace DeepDive
