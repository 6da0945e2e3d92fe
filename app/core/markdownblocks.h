#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace DeepDive {

// The block structure of a Markdown document as md4c sees it, with the source lines each block spans, so that the
// deck parser can slice the original Markdown (for rendering later) and report errors at the right line.
struct MarkdownBlock
{
    enum Type { Heading, Paragraph, List, ListItem, Code, Quote, Table, Html, Rule, Other };

    Type type = Other;
    int parent = -1;   // index of the enclosing block, -1 at the top level
    int depth = 0;
    int level = 0;     // heading level
    int firstLine = 0; // 1-based; for fenced code, the opening fence
    int lastLine = 0;  // for fenced code, the closing fence (when there is one)
    bool task = false; // list item with [ ] or [x]
    bool checked = false;
    bool fenced = false;
    bool unterminated = false; // fenced code that runs to the end of the document
    QString text;      // heading: its plain text; code: its contents
    QString info;      // code: the whole info string
};

class MarkdownBlocks
{
public:
    // Parses UTF-8 Markdown; lineOffset is added to every line number (for a body that follows front matter).
    static MarkdownBlocks parse(const QByteArray &utf8, int lineOffset = 0);

    const QList<MarkdownBlock> &blocks() const { return m_blocks; }
    int lineCount() const { return int(m_lineStarts.size()); }
    // The original Markdown of lines [first, last] (1-based, inclusive, with the offset applied).
    QString lines(int first, int last) const;
    int lineOffset() const { return m_lineOffset; }

private:
    friend struct MarkdownBlocksBuilder;
    QByteArray m_source;
    QList<int> m_lineStarts;
    QList<MarkdownBlock> m_blocks;
    int m_lineOffset = 0;
};

} // namespace DeepDive
