#pragma once

#include "summaryprinter.h"

#include <QHash>

#include <functional>

namespace DeepDive {

class UserData;

// Gathers the topics of a print scope with the learner's notes and progress, for the SummaryPrinter. `topicAt`
// gives each topic with its content (the window's decks list indexed topics); by default `decks` has it.
QList<SummaryTopic> summaryTopics(const QList<Deck> &decks, const QHash<QString, TopicStats> &stats, const UserData &data,
                                  const QString &scope, QString *label, QString *error,
                                  const std::function<const Topic *(int deck, int topic)> &topicAt = {});

} // namespace DeepDive
