#include "markdownblocks.h"

#include <md4c.h>

#include <algorithm>

namespace DeepDive {

struct MarkdownBlocksBuilder
{
    MarkdownBlocks &doc;
    QList<int> open; // stack of indexes into doc.m_blocks
    QList<int> firstOffset;
    QList<int> lastOffset;
    int codeFenceLength = 0;
    int doneLine = 0; // the last line (within the body) of what was read so far

    int lineAt(int offset) const
    {
        const auto &starts = doc.m_lineStarts;
        const auto it = std::upper_bound(starts.cbegin(), starts.cend(), offset);
        return int(it - starts.cbegin()); // 1-based
    }

    void touch(int offset, int end)
    {
        doneLine = std::max(doneLine, lineAt(std::max(offset, end - 1)));
        for (int index : std::as_const(open)) {
            if (firstOffset[index] < 0 || offset < firstOffset[index])
                firstOffset[index] = offset;
            lastOffset[index] = std::max(lastOffset[index], end);
        }
    }

    bool pointsIntoSource(const MD_CHAR *text) const
    {
        const char *begin = doc.m_source.constData();
        return text >= begin && text <= begin + doc.m_source.size();
    }

    static MarkdownBlock::Type typeOf(MD_BLOCKTYPE type)
    {
        switch (type) {
        case MD_BLOCK_H:
            return MarkdownBlock::Heading;
        case MD_BLOCK_P:
            return MarkdownBlock::Paragraph;
        case MD_BLOCK_UL:
        case MD_BLOCK_OL:
            return MarkdownBlock::List;
        case MD_BLOCK_LI:
            return MarkdownBlock::ListItem;
        case MD_BLOCK_CODE:
            return MarkdownBlock::Code;
        case MD_BLOCK_QUOTE:
            return MarkdownBlock::Quote;
        case MD_BLOCK_TABLE:
            return MarkdownBlock::Table;
        case MD_BLOCK_HTML:
            return MarkdownBlock::Html;
        case MD_BLOCK_HR:
            return MarkdownBlock::Rule;
        default:
            return MarkdownBlock::Other;
        }
    }

    int enter(MD_BLOCKTYPE type, void *detail)
    {
        if (type == MD_BLOCK_DOC)
            return 0;
        MarkdownBlock block;
        block.type = typeOf(type);
        block.parent = open.isEmpty() ? -1 : open.last();
        block.depth = int(open.size());
        const int index = int(doc.m_blocks.size());
        firstOffset.append(-1);
        lastOffset.append(-1);
        if (type == MD_BLOCK_H) {
            block.level = int(static_cast<MD_BLOCK_H_DETAIL *>(detail)->level);
        } else if (type == MD_BLOCK_LI) {
            const auto *li = static_cast<MD_BLOCK_LI_DETAIL *>(detail);
            block.task = li->is_task;
            block.checked = li->is_task && (li->task_mark == 'x' || li->task_mark == 'X');
            if (li->is_task) {
                open.append(index);
                doc.m_blocks.append(block);
                touch(int(li->task_mark_offset), int(li->task_mark_offset) + 1);
                return 0;
            }
        } else if (type == MD_BLOCK_CODE) {
            const auto *code = static_cast<MD_BLOCK_CODE_DETAIL *>(detail);
            block.fenced = code->fence_char != 0;
            if (code->info.size > 0)
                block.info = QString::fromUtf8(code->info.text, code->info.size);
            if (block.fenced && code->info.size > 0 && pointsIntoSource(code->info.text)) {
                // The info string sits on the opening fence line: that is where the block starts.
                const int at = int(code->info.text - doc.m_source.constData());
                firstOffset[index] = at;
                lastOffset[index] = at;
            }
        }
        open.append(index);
        doc.m_blocks.append(block);
        return 0;
    }

    int leave(MD_BLOCKTYPE type)
    {
        if (type == MD_BLOCK_DOC || open.isEmpty())
            return 0;
        const int index = open.takeLast();
        MarkdownBlock &block = doc.m_blocks[index];
        if (firstOffset[index] < 0) {
            // No text at all (a rule, an empty code block or item): it is on the first line with anything on it after
            // what was read before.
            block.firstLine = block.lastLine = firstLineAfter(doneLine) + doc.m_lineOffset;
        } else {
            block.firstLine = lineAt(firstOffset[index]) + doc.m_lineOffset;
            block.lastLine = lineAt(std::max(firstOffset[index], lastOffset[index] - 1)) + doc.m_lineOffset;
        }
        if (block.type == MarkdownBlock::Code && block.fenced) {
            if (block.info.isEmpty() && firstOffset[index] >= 0)
                block.firstLine -= 1; // the first text is the first line of code, below the fence
            finishFence(block, type);
        }
        // The lines without text (a closing fence, a rule) belong to the enclosing blocks too.
        const auto &starts = doc.m_lineStarts;
        touch(starts[block.firstLine - doc.m_lineOffset - 1], starts[block.lastLine - doc.m_lineOffset - 1] + 1);
        return 0;
    }

    int firstLineAfter(int line) const
    {
        const int total = int(doc.m_lineStarts.size());
        for (int next = line + 1; next <= total; ++next) {
            if (!withoutQuoteMarkers(lineBytes(next)).isEmpty())
                return next;
        }
        return std::clamp(line + 1, 1, total);
    }

    // A line's content inside block quotes: without its `>` markers and the spaces around them.
    static QByteArray withoutQuoteMarkers(const QByteArray &line)
    {
        qsizetype i = 0;
        while (i < line.size() && (line.at(i) == '>' || line.at(i) == ' ' || line.at(i) == '\t'))
            ++i;
        return line.mid(i).trimmed();
    }

    // md4c follows CommonMark: a fence that is never closed runs to the end of the document. Find the closing fence
    // in the source to tell the two apart.
    void finishFence(MarkdownBlock &block, MD_BLOCKTYPE)
    {
        const int opening = block.firstLine - doc.m_lineOffset; // 1-based within the body
        // The fence is the first backtick or tilde on its line, after the markers of the quote or list item it is in.
        const QByteArray openLine = lineBytes(opening);
        qsizetype start = 0;
        while (start < openLine.size() && openLine.at(start) != '`' && openLine.at(start) != '~')
            ++start;
        if (start == openLine.size())
            return;
        const char fence = openLine.at(start);
        qsizetype length = 0;
        while (start + length < openLine.size() && openLine.at(start + length) == fence)
            ++length;
        const int total = int(doc.m_lineStarts.size());
        const int contentLines = int(block.text.count(QLatin1Char('\n')));
        for (int line = opening + 1 + contentLines; line <= total; ++line) {
            const QByteArray candidate = withoutQuoteMarkers(lineBytes(line));
            qsizetype run = 0;
            while (run < candidate.size() && candidate.at(run) == fence)
                ++run;
            if (run >= length && run == candidate.size()) {
                block.lastLine = line + doc.m_lineOffset;
                return;
            }
        }
        block.unterminated = true;
        block.lastLine = total + doc.m_lineOffset;
    }

    QByteArray lineBytes(int line) const
    {
        const auto &starts = doc.m_lineStarts;
        if (line < 1 || line > starts.size())
            return {};
        const int begin = starts[line - 1];
        const int end = line < starts.size() ? starts[line] : int(doc.m_source.size());
        return doc.m_source.mid(begin, end - begin);
    }

    int text(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size)
    {
        if (pointsIntoSource(text) && type != MD_TEXT_NULLCHAR) {
            const int at = int(text - doc.m_source.constData());
            touch(at, at + int(size));
        }
        if (open.isEmpty())
            return 0;
        MarkdownBlock &block = doc.m_blocks[open.last()];
        if (block.type == MarkdownBlock::Code || block.type == MarkdownBlock::Heading) {
            if (type == MD_TEXT_NULLCHAR)
                block.text += QChar::ReplacementCharacter;
            else if (type == MD_TEXT_BR || type == MD_TEXT_SOFTBR)
                block.text += block.type == MarkdownBlock::Code ? QLatin1Char('\n') : QLatin1Char(' ');
            else // md4c passes a NUL on in the text after its NULLCHAR
                block.text += QString::fromUtf8(text, size).remove(QChar(u'\0'));
        }
        return 0;
    }
};

MarkdownBlocks MarkdownBlocks::parse(const QByteArray &utf8, int lineOffset)
{
    MarkdownBlocks doc;
    doc.m_source = utf8;
    doc.m_lineOffset = lineOffset;
    doc.m_lineStarts.append(0);
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        if (utf8.at(i) == '\n' && i + 1 < utf8.size())
            doc.m_lineStarts.append(int(i + 1));
    }
    MarkdownBlocksBuilder builder{doc, {}, {}, {}, 0};
    MD_PARSER parser = {};
    parser.flags = MD_DIALECT_GITHUB | MD_FLAG_NOHTML;
    parser.enter_block = [](MD_BLOCKTYPE type, void *detail, void *user) {
        return static_cast<MarkdownBlocksBuilder *>(user)->enter(type, detail);
    };
    parser.leave_block = [](MD_BLOCKTYPE type, void *, void *user) {
        return static_cast<MarkdownBlocksBuilder *>(user)->leave(type);
    };
    parser.enter_span = [](MD_SPANTYPE, void *, void *) { return 0; };
    parser.leave_span = [](MD_SPANTYPE, void *, void *) { return 0; };
    parser.text = [](MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *user) {
        return static_cast<MarkdownBlocksBuilder *>(user)->text(type, text, size);
    };
    md_parse(utf8.constData(), MD_SIZE(utf8.size()), &parser, &builder);
    return doc;
}

QString MarkdownBlocks::lines(int first, int last) const
{
    first -= m_lineOffset;
    last -= m_lineOffset;
    first = std::max(first, 1);
    last = std::min(last, int(m_lineStarts.size()));
    if (first > last)
        return {};
    const int begin = m_lineStarts[first - 1];
    const int end = last < m_lineStarts.size() ? m_lineStarts[last] : int(m_source.size());
    return QString::fromUtf8(m_source.constData() + begin, end - begin);
}

} // namespace DeepDive
