#include "summaryexport.h"

#include "printscope.h"
#include "userdata.h"

namespace DeepDive {

QList<SummaryTopic> summaryTopics(const QList<Deck> &decks, const QHash<QString, TopicStats> &stats, const UserData &data,
                                  const QString &scope, QString *label, QString *error,
                                  const std::function<const Topic *(int deck, int topic)> &topicAt)
{
    QList<PrintScope::Entry> entries;
    QList<SummaryTopic> topics;
    if (!PrintScope::resolve(scope, decks, stats, &entries, label, error))
        return topics;
    for (const PrintScope::Entry &e : std::as_const(entries)) {
        const Deck &deck = decks[e.deck];
        const Topic &topic = topicAt ? *topicAt(e.deck, e.topic) : deck.topics[e.topic];
        SummaryTopic item;
        item.topic = &topic;
        for (const Section &s : deck.sections) {
            if (s.id == topic.sectionId)
                item.sectionTitle = s.title;
        }
        if (const auto note = data.notes.note(deck.id, topic.id))
            item.myNotes = note->body;
        item.stats = stats.value(topicKey(deck.id, topic.id));
        topics.append(item);
    }
    return topics;
}

} // namespace DeepDive
