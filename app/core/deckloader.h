#pragma once

#include "deck.h"

#include <optional>

namespace DeepDive {

struct DeckLoadResult
{
    Deck deck;
    QList<Diagnostic> diagnostics;
    bool loaded = false; // false when not even the manifest could be read

    int cardCount() const;
    int snippetCount() const;
    int snippetsWithOutputCount() const;
};

// Loads a deck folder (on disk or under a `:/` resource path). Problems never stop the valid topics from loading:
// each one becomes a Diagnostic and the faulty part is left out.
class DeckLoader
{
public:
    // Content::Drop keeps only what a deck index holds (DeckIndex::skeleton), topic by topic as they are checked: how
    // a large deck is indexed without holding all its text at once.
    enum class Content { Keep, Drop };
    // The largest deck file read (a topic of a few hundred cards is well under it): bigger ones are refused with a
    // diagnostic, so that a runaway file cannot stall start-up, search or printing.
    static constexpr qint64 maxFileBytes = 512 * 1024;
    static DeckLoadResult load(const QString &folder, Content content = Content::Keep);

    // Loads several decks; a deck whose id was already loaded replaces the earlier one (so `--content` can override
    // the bundled deck while it is being edited). Every problem goes to `diagnostics`.
    static QList<Deck> loadAll(const QStringList &folders, QList<Diagnostic> *diagnostics);

    // The content of a topic read from a deck index, from its file: only the cards the index lists (those the whole
    // deck's checks accepted). Nothing, with the reason in `diagnostics`, when the file cannot be read
    // or no longer holds that topic.
    static std::optional<Topic> loadTopic(const Topic &indexed, QList<Diagnostic> *diagnostics);

    // What changes when any of the deck's files changes: their names, sizes and times. Cheap next to reading them.
    static QByteArray signature(const QString &folder);

    // The deck folders under `parent` (each holding a deck.md), sorted by name.
    static QStringList deckFolders(const QString &parent);

    // The 1-based line of the first byte that is not valid UTF-8, or 0 when `data` is valid.
    static int firstInvalidUtf8Line(QByteArrayView data);
};

} // namespace DeepDive
