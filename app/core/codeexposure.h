#pragma once

#include "deck.h"

namespace DeepDive {

// What the code pane may show while a quiz card is on screen. Until the card is answered, the code pane shows only
// the code the card is asked about, and nothing that answers it: no snippet title (a pitfall's title names the bug),
// no expected output, no explanation, no fix. Recall, choice and pair cards see no snippet unless their heading names
// one with `show=ID`. Once answered, everything comes back. Free of widgets: CodePane applies it.
struct CodeExposure
{
    enum class Mode {
        Free,    // no card constrains the code pane: the learner browses the topic's snippets
        Snippet, // the code pane shows `snippetId` for the card
        None,    // no snippet while the card is asked: a placeholder instead
    };
    Mode mode = Mode::Free;
    QString snippetId;
    bool title = true;       // the snippet's own title (else a neutral one)
    bool output = true;      // its expected output
    bool explanation = true; // its explanation (and its fix's)
    bool fix = true;         // a pitfall's fix beside it
    bool browse = true;      // the snippet switcher and Run
    bool pickLine = false;   // spot-bug: the learner picks the line of the bug
    QList<int> markedLines;  // spot-bug, answered: the bug's lines, and a wrong pick as a negative number

    bool operator==(const CodeExposure &) const = default;

    // `card` is the quiz card on screen, or nullptr when the quiz is not on screen or has no card; `answered` is true
    // once its answer shows (a recall card's revealed answer counts); `pickedLine` is a spot-bug card's pick.
    static CodeExposure forCard(const Card *card, const Topic *topic, bool answered, int pickedLine = 0);
};

} // namespace DeepDive
