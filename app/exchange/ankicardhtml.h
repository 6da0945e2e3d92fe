#pragma once

#include "deck.h"

#include <QCoreApplication>
#include <QStringList>

namespace DeepDive {

class HighlightingEngine;

namespace Anki {

// One Anki note made from a card: a pair card gives one per situation (`part` 0, 1, ...), every other card one
// (`part` -1).
struct NoteContent
{
    CardType type = CardType::Recall;
    int part = -1;
    QStringList fields; // in the order of the note type's fields
};

// Cards as the HTML of Anki fields: Markdown through md4c, code highlighted with a light theme and inline colours.
class CardHtml
{
    Q_DECLARE_TR_FUNCTIONS(DeepDive::Anki::CardHtml)

public:
    // `engine` may be null: code is then plain.
    explicit CardHtml(const HighlightingEngine *engine);

    QList<NoteContent> notes(const Topic &topic, const Card &card) const;

    QString markdown(const QString &markdown) const;
    QString code(const QString &code, const QString &language) const;
    // The code with its line numbers, for spot-the-bug.
    QString numberedCode(const QString &code, const QString &language) const;
    // Markdown of one line (a concept of a pair) without its paragraph.
    QString inlineMarkdown(const QString &text) const;

private:
    QString shownSnippet(const Topic &topic, const Card &card) const;
    QString explanation(const Card &card) const;

    const HighlightingEngine *m_engine = nullptr;
    QString m_theme;
};

} // namespace Anki
} // namespace DeepDive
