#include "blockoutline.h"

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

BlockOutline::BlockOutline(const MarkdownBlocks &document)
    : m_doc(document)
{
    const auto &blocks = m_doc.blocks();
    for (int i = 0; i < blocks.size(); ++i) {
        if (blocks[i].parent < 0)
            m_top.append(i);
    }
}

bool BlockOutline::isHeading(int i, int level) const
{
    return top(i).type == MarkdownBlock::Heading && top(i).level == level;
}

QList<BlockRange> BlockOutline::split(const BlockRange &r, int level, BlockRange *preamble) const
{
    QList<BlockRange> parts;
    BlockRange current{r.begin, r.begin, r.firstLine, r.lastLine};
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
            current = BlockRange{i, i, b.firstLine, r.lastLine};
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

QString BlockOutline::source(const BlockRange &r) const
{
    return m_doc.lines(r.firstLine, r.lastLine).trimmed();
}

QString BlockOutline::headingSource(int i) const
{
    QString line = m_doc.lines(top(i).firstLine, top(i).firstLine).trimmed();
    while (line.startsWith(QLatin1Char('#')))
        line.remove(0, 1);
    return line.trimmed();
}

int BlockOutline::firstList(const BlockRange &r, bool tasks) const
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

QList<const MarkdownBlock *> BlockOutline::listItemBlocks(int i) const
{
    QList<const MarkdownBlock *> items;
    const int listIndex = m_top[i];
    const auto &blocks = m_doc.blocks();
    for (int j = listIndex + 1; j < blocks.size() && blocks[j].depth > blocks[listIndex].depth; ++j) {
        if (blocks[j].parent == listIndex && blocks[j].type == MarkdownBlock::ListItem)
            items.append(&blocks[j]);
    }
    return items;
}

QStringList BlockOutline::listItems(int i) const
{
    QStringList items;
    const QList<const MarkdownBlock *> blocks = listItemBlocks(i);
    for (const MarkdownBlock *item : blocks)
        items.append(stripListMarker(m_doc.lines(item->firstLine, item->lastLine)));
    return items;
}

} // namespace DeepDive
