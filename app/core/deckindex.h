#pragma once

#include "deck.h"

#include <optional>

namespace DeepDive {

// A deck's index: the deck without its topics' content (notes, code, card texts), which is what the tree, progress,
// study sessions and statistics need. Read from a small binary file at start-up instead of parsing every topic;
// the topics are read from their files when opened (DeckLoader::loadTopic).
namespace DeckIndex {

// `deck` with only the ids, titles, tags and file of each topic and the ids of its cards.
Deck skeleton(const Deck &deck);
Topic skeleton(const Topic &topic);

// Writes `deck`'s skeleton to `file` atomically; false (and why) when it cannot.
bool write(const QString &file, const Deck &deck, QString *error);
// The skeleton in `file` of the deck in `folder`; nothing when there is none, or it is damaged or from another
// version of the format. Whether it is still current is for the caller to check (DeckLoader::signature).
std::optional<Deck> read(const QString &file, const QString &folder);

} // namespace DeckIndex

} // namespace DeepDive
