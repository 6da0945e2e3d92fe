#pragma once

#include <QString>

namespace DeepDive {

// Decks to write in: a new one made from a template (File > New Deck: a section and an example topic with every
// card type and a snippet that runs, so the format is learnt by editing), or a copy of an existing one, such as the
// bundled deck, which the app keeps read-only (File > Copy Deck to Edit). Both go into a folder of their own under
// `decksDir`, never over an existing one, and are written aside and renamed into place, so that a failure leaves
// nothing behind.
class DeckTemplate
{
public:
    // The folder made (decksDir/<slug of title>, or <slug>-2...), or empty with `*error`.
    static QString createDeck(const QString &decksDir, const QString &title, QString *error);
    // Copies the deck folder `from` (a resource path such as :/content/python too) to decksDir/<its name>.
    static QString copyDeck(const QString &from, const QString &decksDir, QString *error);
    // "Python interview prep" -> "python-interview-prep".
    static QString slug(const QString &title);
};

} // namespace DeepDive
