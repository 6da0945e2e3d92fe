#include "codeexposure.h"

namespace DeepDive {

CodeExposure CodeExposure::forCard(const Card *card, const Topic *topic, bool answered, int pickedLine)
{
    CodeExposure e;
    if (!card)
        return e;
    const bool ownSnippet = card->type == CardType::Predict || card->type == CardType::SpotBug;
    const QString id = ownSnippet ? card->snippetId : card->showId;
    const bool exists = !id.isEmpty() && topic && topic->snippet(id);
    if (answered) {
        if (!exists)
            return e; // as before the card: the learner's own choice of snippet
        e.mode = Mode::Snippet;
        e.snippetId = id;
        if (card->type == CardType::SpotBug) {
            e.markedLines = card->bugLines;
            if (pickedLine > 0 && !e.markedLines.contains(pickedLine))
                e.markedLines.append(-pickedLine);
        }
        return e;
    }
    e.mode = exists ? Mode::Snippet : Mode::None;
    e.snippetId = exists ? id : QString();
    e.title = false;
    e.output = false;
    e.explanation = false;
    e.fix = false;
    e.browse = false;
    e.pickLine = exists && card->type == CardType::SpotBug;
    return e;
}

} // namespace DeepDive
