#pragma once

#include "blockoutline.h"
#include "deck.h"

#include <optional>

namespace DeepDive {

struct Attributes;

// Reads one card of a topic file, from its `### TYPE id=...` heading to the next `###`: the prompt, the blocks its
// type takes (the options of a choice card, the situations of a pair, the bug's lines) and `#### Answer` /
// `#### Explanation`. Every problem goes to `diagnostics` with its line. A card with any problem is not returned:
// it would mislead the learner.
class CardParser
{
public:
    CardParser(const BlockOutline &outline, const QString &file, QList<Diagnostic> *diagnostics);

    std::optional<Card> parse(const BlockRange &card) const;

private:
    void error(int line, const QString &message) const { m_diagnostics->append({m_file, line, message}); }
    // The heading: type, id and the attributes that type takes. False (with the reason reported) when the card
    // cannot be read at all.
    bool readHeading(const BlockRange &r, Card &card, Attributes &attrs) const;
    // `#### Answer` and `#### Explanation` below the prompt; returns the prompt's range.
    BlockRange readSubsections(const BlockRange &r, const QString &typeName, Card &card, bool *hasAnswer) const;
    // The prompt, without the list that the card's type reads (`list`, -1 when none).
    void readPrompt(const BlockRange &prompt, int list, Card &card) const;
    void readChoiceOptions(int list, Card &card) const;
    void readBugLines(const Attributes &attrs, Card &card) const;
    void readPairSituations(int list, Card &card) const;

    const BlockOutline &m_outline;
    QString m_file;
    QList<Diagnostic> *m_diagnostics;
};

} // namespace DeepDive
