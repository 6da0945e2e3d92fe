#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace DeepDive {

// One Anki card as its question and answer: the HTML of the fields each side shows, in order.
struct AnkiCardContent
{
    qint64 noteId = 0;
    int ord = 0;
    QString deckName; // "Python::asyncio"
    QString noteType;
    QStringList prompt; // field HTML
    QStringList answer;
    QStringList tags;
};

// Reads the cards of a legacy Anki collection (schema 11: collection.anki2 or .anki21). A card's question is the
// fields its template's front names, its answer the fields only its back names (so Basic gives Front / Back, and the
// reversed card of "Basic (and reversed card)" Back / Front); a Cloze card asks its text with that cloze hidden and
// answers with it shown, followed by the other fields of the back ("Back Extra").
class AnkiNoteReader
{
    Q_DECLARE_TR_FUNCTIONS(DeepDive::AnkiNoteReader)

public:
    static bool read(const QString &collectionFile, QList<AnkiCardContent> *cards, QStringList *skipped, QString *error);

    // Cloze text with cloze `number` hidden ("[...]", or its hint) or shown in bold, the others shown.
    static QString cloze(const QString &html, int number, bool reveal);
    // A type-in answer ({{type:Back}}) is a text box on the front, and on the back the field it is checked against.
    enum class TypeIn { Skip, AsField };
    // The fields a template names, in order (no conditionals, no special fields; type-in answers as `typeIn` says).
    static QStringList templateFields(const QString &format, TypeIn typeIn = TypeIn::Skip);
};

} // namespace DeepDive
