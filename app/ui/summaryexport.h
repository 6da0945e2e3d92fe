#pragma once

#include "summaryprinter.h"

#include <QHash>

namespace DeepDive {

class UserData;

// Gathers the topics of a print scope with the learner's notes and progress, for the SummaryPrinter.
QList<SummaryTopic> summaryTopics(const QList<Deck> &decks, const QHash<QString, TopicStats> &stats, const UserData &data,
                                  const QString &scope, QString *label, QString *error);

} // namespace DeepDive
