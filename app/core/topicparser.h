#pragma once

#include "deck.h"

#include <QByteArray>

namespace DeepDive {

// Reads one topic file (front matter + Markdown) into a Topic. Every problem is appended to `diagnostics` with its
// line; whatever could be read is still returned. Checks that span files (unique ids, snippet references) are the
// DeckLoader's.
Topic parseTopic(const QByteArray &utf8, const QString &file, QList<Diagnostic> *diagnostics);

} // namespace DeepDive
