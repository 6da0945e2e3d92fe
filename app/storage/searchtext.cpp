#include "searchtext.h"

#include <QRegularExpression>

#include <algorithm>

namespace DeepDive {

namespace {

struct Word
{
    qsizetype start;
    qsizetype length;
    bool matches;
};

// Calls `f(start, length)` for each word of `text`: a run of letters and digits, as FTS5's unicode61 tokenizer splits.
template <typename F>
void forEachWord(const QString &text, F f)
{
    for (qsizetype i = 0; i < text.size();) {
        if (!text[i].isLetterOrNumber()) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && text[end].isLetterOrNumber())
            ++end;
        f(i, end - i);
        i = end;
    }
}

bool isAscii(QStringView word)
{
    return std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

// Whether `word`, as written, starts with `term` (folded). An ASCII word folds to its lower case, so it is compared
// without making the folded copy (a hit's body has hundreds of words, and the list shows fifty hits a keystroke).
bool startsWithTerm(QStringView word, const QString &term)
{
    if (isAscii(word))
        return word.startsWith(term, Qt::CaseInsensitive);
    return SearchText::folded(word).startsWith(term);
}

// The words of `text`, each marked when it starts with a term.
QList<Word> words(const QString &text, const QStringList &terms)
{
    QList<Word> list;
    forEachWord(text, [&](qsizetype start, qsizetype length) {
        const QStringView word = QStringView(text).mid(start, length);
        const bool hit = std::any_of(terms.cbegin(), terms.cend(), [&](const QString &t) { return startsWithTerm(word, t); });
        list.append({start, length, hit});
    });
    return list;
}

// `text` from word `from` to word `to` (exclusive), the matching words between \x01 and \x02.
QString markedWords(const QString &text, const QList<Word> &list, qsizetype from, qsizetype to)
{
    if (list.isEmpty())
        return text;
    const qsizetype begin = from == 0 ? 0 : list[from].start;
    const qsizetype end = to >= list.size() ? text.size() : list[to - 1].start + list[to - 1].length;
    QString out;
    qsizetype at = begin;
    for (qsizetype w = from; w < std::min(to, list.size()); ++w) {
        if (!list[w].matches)
            continue;
        out += QStringView(text).mid(at, list[w].start - at);
        out += QChar(1) + text.mid(list[w].start, list[w].length) + QChar(2);
        at = list[w].start + list[w].length;
    }
    out += QStringView(text).mid(at, end - at);
    return out;
}

// About fourteen words of `body` around its first match (FTS5's snippet(), done here for the rows shown only).
QString contextOf(const QString &body, const QStringList &terms)
{
    constexpr qsizetype span = 14;
    const QList<Word> list = words(body, terms);
    // Around the first match of the longest term (the most telling: "enabled" in sys._is_gil_enabled), else of any.
    const QString longest = *std::max_element(terms.cbegin(), terms.cend(),
                                              [](const QString &a, const QString &b) { return a.size() < b.size(); });
    auto first = std::find_if(list.cbegin(), list.cend(), [&](const Word &w) {
        return w.matches && startsWithTerm(QStringView(body).mid(w.start, w.length), longest);
    });
    if (first == list.cend())
        first = std::find_if(list.cbegin(), list.cend(), [](const Word &w) { return w.matches; });
    const qsizetype hit = first == list.cend() ? 0 : first - list.cbegin();
    const qsizetype from = std::clamp<qsizetype>(hit - span / 3, 0, std::max<qsizetype>(0, list.size() - span));
    const qsizetype to = std::min(list.size(), from + span);
    if (list.isEmpty())
        return body.left(120);
    QString text = markedWords(body, list, from, to);
    if (from > 0)
        text.prepend(QStringLiteral("…"));
    if (to < list.size())
        text.append(QStringLiteral("…"));
    return text;
}

} // namespace

QString SearchText::folded(QStringView word)
{
    QString f = word.toString().normalized(QString::NormalizationForm_D);
    f.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
    return f.toCaseFolded();
}

QString SearchText::marked(const QString &text, const QStringList &terms)
{
    const QList<Word> list = words(text, terms);
    return markedWords(text, list, 0, list.size());
}

QString SearchText::context(const QString &body, const QStringList &terms)
{
    return contextOf(body, terms);
}

QStringList SearchText::terms(const QString &text)
{
    QStringList list;
    forEachWord(text, [&](qsizetype start, qsizetype length) { list.append(folded(QStringView(text).mid(start, length))); });
    return list;
}

QList<std::pair<qsizetype, qsizetype>> SearchText::matchRanges(const QString &text, const QStringList &terms)
{
    QList<std::pair<qsizetype, qsizetype>> ranges;
    if (terms.isEmpty())
        return ranges;
    for (const Word &w : words(text, terms)) {
        if (w.matches)
            ranges.append({w.start, w.length});
    }
    return ranges;
}

int SearchText::editDistance(QStringView a, QStringView b, int limit)
{
    if (std::abs(a.size() - b.size()) > limit)
        return limit + 1;
    // Optimal string alignment: insertions, deletions, substitutions and swaps of two neighbours cost one each.
    QList<int> before(b.size() + 1), previous(b.size() + 1), current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        int best = current[0];
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                current[j] = std::min(current[j], before[j - 2] + 1);
            best = std::min(best, current[j]);
        }
        if (best > limit)
            return limit + 1;
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return std::min(previous[b.size()], limit + 1);
}

QString SearchText::plainText(const QString &markdown)
{
    static const QRegularExpression lineMarks(QStringLiteral("^\\s{0,3}(?:#{1,6}\\s+|>\\s?|[-*+]\\s+(?:\\[[ xX]\\]\\s+)?)"));
    static const QRegularExpression link(QStringLiteral("!?\\[([^\\]]*)\\]\\([^)]*\\)"));
    QStringList out;
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    for (QString line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QStringLiteral("```")) || trimmed.startsWith(QStringLiteral("~~~")))
            continue; // a code fence; the code between stays
        line.remove(lineMarks);
        // Outside code spans: no ** or *emphasis* markers, links as their text. Underscores stay: __slots__ is a name.
        QString plain;
        for (qsizetype i = 0; i < line.size();) {
            if (line[i] == QLatin1Char('`')) {
                qsizetype run = 0;
                while (i + run < line.size() && line[i + run] == QLatin1Char('`'))
                    ++run;
                const QString fence(run, QLatin1Char('`'));
                const qsizetype close = line.indexOf(fence, i + run);
                if (close < 0) {
                    i += run; // a lone backtick: dropped
                    continue;
                }
                plain += QStringView(line).mid(i + run, close - i - run).trimmed();
                i = close + run;
                continue;
            }
            qsizetype next = line.indexOf(QLatin1Char('`'), i);
            if (next < 0)
                next = line.size();
            QString prose = line.mid(i, next - i);
            prose.replace(link, QStringLiteral("\\1"));
            prose.remove(QStringLiteral("**"));
            static const QRegularExpression starEmphasis(QStringLiteral("(?<![\\w*])\\*(?=[^\\s*])([^*]+?)(?<=\\S)\\*(?![\\w*])"));
            prose.replace(starEmphasis, QStringLiteral("\\1"));
            plain += prose;
            i = next;
        }
        out.append(plain);
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace DeepDive
