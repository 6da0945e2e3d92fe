#include "printscope.h"

#include <QCoreApplication>
#include <QSet>

#include <functional>

namespace DeepDive {

bool PrintScope::resolve(const QString &scope, const QList<Deck> &decks, const QHash<QString, TopicStats> &stats,
                         QList<Entry> *entries, QString *label, QString *error)
{
    entries->clear();
    const auto add = [&](const std::function<bool(const Deck &, const Topic &)> &wanted) {
        for (int d = 0; d < decks.size(); ++d) {
            // Section order, then topic order: the order of the tree.
            for (const Section &section : decks[d].sections) {
                for (int t : section.topics) {
                    if (wanted(decks[d], decks[d].topics[t]))
                        entries->append({d, t});
                }
            }
        }
    };
    if (scope == QLatin1String("all")) {
        add([](const Deck &, const Topic &) { return true; });
        *label = tr("All topics");
    } else if (scope == QLatin1String("bookmarked")) {
        add([&](const Deck &d, const Topic &t) { return stats.value(topicKey(d.id, t.id)).bookmarked; });
        *label = tr("Bookmarked topics");
    } else if (scope == QLatin1String("weak")) {
        add([&](const Deck &d, const Topic &t) { return stats.value(topicKey(d.id, t.id)).weak; });
        *label = tr("Weak topics");
    } else if (scope.startsWith(QLatin1String("section:"))) {
        const QString id = scope.mid(8);
        const Section *found = nullptr;
        for (const Deck &deck : decks) {
            for (const Section &section : deck.sections) {
                if (section.id == id)
                    found = &section;
            }
        }
        if (!found) {
            *error = tr("there is no section with the id \"%1\"").arg(id);
            return false;
        }
        add([&](const Deck &, const Topic &t) { return t.sectionId == id; });
        *label = tr("Section: %1").arg(found->title);
    } else if (scope.startsWith(QLatin1String("deck:"))) {
        const QString id = scope.mid(5);
        const auto deck = std::find_if(decks.cbegin(), decks.cend(), [&](const Deck &d) { return d.id == id; });
        if (deck == decks.cend()) {
            *error = tr("there is no deck with the id \"%1\"").arg(id);
            return false;
        }
        add([&](const Deck &d, const Topic &) { return d.id == id; });
        *label = deck->title;
    } else if (scope.startsWith(QLatin1String("topics:"))) {
        QStringList ids = scope.mid(7).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString &id : ids)
            id = id.trimmed();
        QSet<QString> known;
        add([&](const Deck &, const Topic &t) {
            known.insert(t.id);
            return ids.contains(t.id);
        });
        for (const QString &id : std::as_const(ids)) {
            if (!known.contains(id)) {
                *error = tr("there is no topic with the id \"%1\"").arg(id);
                return false;
            }
        }
        *label = entries->size() == 1 ? decks[entries->first().deck].topics[entries->first().topic].title
                                      : tr("Selected topics");
    } else {
        *error = tr("unknown scope \"%1\"; use all, bookmarked, weak, deck:ID, section:ID or topics:ID,ID").arg(scope);
        return false;
    }
    return true;
}

} // namespace DeepDive
