#pragma once

#include "deck.h"
#include "searchtext.h"

#include <QString>
#include <QStringList>

#include <utility>

namespace DeepDive {

// One search hit: where it is and the matching text with the matched words between \x01 and \x02.
struct SearchHit
{
    enum Kind { TopicHit, SnippetHit, CardHit, NoteHit };
    Kind kind = TopicHit;
    QString deckId;
    QString topicId;
    QString itemId; // snippet or card id
    QString title;  // marked
    QString context; // marked
    QString topicTitle; // plain: the topic a card, snippet or note belongs to
    QStringList terms; // the words searched for, folded (to highlight them where the hit opens)
};

// Full-text search over topic titles and notes, snippets, cards and the learner's own notes, through SQLite FTS5 in
// a cache database of its own (never the learner's data). The index is rebuilt only when the content changes; the
// learner's notes are updated as they are saved.
class SearchIndex
{
public:
    SearchIndex();
    ~SearchIndex();
    SearchIndex(const SearchIndex &) = delete;
    SearchIndex &operator=(const SearchIndex &) = delete;

    // Opens (or rebuilds) the index in `file`. Fails, removing the file, when less than reserveBytes are free there.
    bool open(const QString &file, QString *error);
    static constexpr qint64 reserveBytes = 64 * 1024 * 1024;
    QString file() const { return m_file; }

    // The content's signature: decks, versions and the hash of their files.
    static QString signatureOf(const QList<Deck> &decks);
    bool isCurrent(const QString &signature) const;
    // Replaces the indexed content (not the learner's notes) and records the signature. Safe to call from another
    // thread than the one that searches: it uses its own connection to the same file.
    static bool build(const QString &file, const QList<Deck> &decks, QString *error);

    bool setNote(const QString &deckId, const QString &topicId, const QString &title, const QString &body, QString *error);
    struct IndexedNote
    {
        QString deckId;
        QString topicId;
        QString title; // the topic's
        QString body;
    };
    // Every note at once, in one transaction (at start, and after Import Progress, Restore Backup or a sync replaced
    // them): the notes indexed before are forgotten. All or nothing.
    bool replaceNotes(const QList<IndexedNote> &notes, QString *error);

    // Hits for what the learner typed; every word of two letters or more matches as a prefix. Up to
    // rankedMatchLimit matching rows they are ranked by bm25 (titles weigh eight times more than bodies); beyond, the
    // rows whose titles match come first, in the decks' order.
    static constexpr qint64 rankedMatchLimit = 4000;
    // Topics whose title or tags match come first (a tag equal to the query, then a title holding it as typed,
    // then bm25), then every other match.
    QList<SearchHit> search(const QString &text, int limit = 50, qint64 rankedLimit = rankedMatchLimit) const;
    static QString ftsQuery(const QString &text);

    // For a query that finds nothing: the same query with each word that matches no indexed word replaced by the
    // nearest indexed word (edit distance at most 1 for words of up to four letters, 2 beyond); empty when there is
    // none, or when every word matches already.
    QString suggestion(const QString &text) const;

    // The text side of search lives in SearchText; these names stay for the callers that know them from here.
    static int editDistance(QStringView a, QStringView b, int limit) { return SearchText::editDistance(a, b, limit); }
    static QString plainText(const QString &markdown) { return SearchText::plainText(markdown); }
    static QStringList terms(const QString &text) { return SearchText::terms(text); }
    static QList<std::pair<qsizetype, qsizetype>> matchRanges(const QString &text, const QStringList &terms)
    {
        return SearchText::matchRanges(text, terms);
    }

private:
    QString m_connection;
    QString m_file;
};

} // namespace DeepDive
