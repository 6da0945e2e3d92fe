#pragma once

#include <QString>
#include <QStringList>

namespace DeepDive::Anki {

// Ids that stay the same from one export to the next, so that Anki updates the notes it already has instead of
// adding them again: all derived from the deck's and the card's ids.
QString noteGuid(const QString &deckId, const QString &cardId, int part = -1);
// An id from `key` in the range of Anki's own ids, which are creation times in milliseconds: between 2001 and 2020,
// so that Anki never takes it for one from the future (it gives such ids new values when it opens a collection).
qint64 stableId(const QString &key);

// The fields as Anki stores them: joined with the unit separator.
QString joinFields(const QStringList &fields);
QStringList splitFields(const QString &flds);
// What Anki sorts and finds duplicates by: the field as text, and the first 32 bits of its SHA-1.
QString sortField(const QString &html);
qint64 fieldChecksum(const QString &html);
// A tag: no spaces (Anki splits tags on them), no backticks.
QString tag(const QString &text);

} // namespace DeepDive::Anki
