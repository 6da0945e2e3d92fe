#include "contentcheck.h"

#include "deckloader.h"

#include <QTextStream>

namespace DeepDive {

int checkContent(const QString &folder, QTextStream &out)
{
    const DeckLoadResult result = DeckLoader::load(folder);
    for (const Diagnostic &d : result.diagnostics)
        out << d.toString() << '\n';
    out << result.deck.topics.size() << " topics, " << result.cardCount() << " cards, " << result.snippetCount()
        << " snippets (" << result.snippetsWithOutputCount() << " with expected output)\n";
    out.flush();
    return result.diagnostics.isEmpty() && result.loaded ? 0 : 1;
}

} // namespace DeepDive
