#pragma once

#include "deck.h"

#include <QJsonObject>
#include <QStringList>

namespace DeepDive::Anki {

// One note type of ours: what each card type of a deck becomes in Anki. Each has one card template, and an id that
// never changes, so that Anki matches the notes of a later export to the same note type.
struct NoteType
{
    qint64 id = 0;
    QString name;
    QStringList fields;
    QString front; // the template's question side
    QString back;  // its answer side
};

const NoteType &noteType(CardType type);
QList<const NoteType *> noteTypes();

// The note type as Anki's legacy `col.models` JSON holds it (the keys every Anki since 2.1 reads).
QJsonObject modelJson(const NoteType &type, qint64 deckId, qint64 modSecs);
// The styling all our note types share: code in a light box that stays light in Anki's night mode (its colours are
// the light theme's).
QString css();

} // namespace DeepDive::Anki
