#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <utility>

namespace DeepDive {

// The text side of search, apart from the index: what a title or body reads as once its Markdown is gone, the words
// as the index splits and folds them, and where the words searched for are in what a hit shows. No database.
class SearchText
{
public:
    // Markdown as plain text for titles and snippets: no emphasis markers, backticks, heading or list marks, link
    // targets or code fences; what is inside backticks is kept as written.
    static QString plainText(const QString &markdown);
    // The words of `text` as the index splits them, case-folded and without diacritics (for highlighting).
    static QStringList terms(const QString &text);
    // One word case-folded and without diacritics, as the index compares it.
    static QString folded(QStringView word);
    // Where the words of `text` that start with one of `terms` (folded) are: start and length of each.
    static QList<std::pair<qsizetype, qsizetype>> matchRanges(const QString &text, const QStringList &terms);
    // `text` with each word that starts with one of `terms` between \x01 and \x02.
    static QString marked(const QString &text, const QStringList &terms);
    // About fourteen words of `body` around its first match, marked, with "…" where it was cut (FTS5's snippet(),
    // done for the rows shown only).
    static QString context(const QString &body, const QStringList &terms);
    // Levenshtein distance with adjacent transpositions, stopping early past `limit` (returns limit + 1).
    static int editDistance(QStringView a, QStringView b, int limit);
};

} // namespace DeepDive
