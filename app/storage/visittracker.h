#pragma once

#include <QString>

namespace DeepDive {

class Clock;
class Database;
class VisitStore;

// The time the learner spends reading each topic: opening a topic starts counting, and the topic read until then is
// recorded (when it was opened, how many whole seconds it was read) in the visit log. Nothing is recorded on a
// database that cannot be written.
class VisitTracker
{
public:
    VisitTracker(VisitStore &visits, const Database &db, const Clock &clock);

    // Records the topic being read, if any, and starts counting `topicId`'s time.
    bool open(const QString &deckId, const QString &topicId, QString *error);
    // Records the topic being read, if any (another topic opened, the window closed, the decks changed).
    bool close(QString *error);
    bool isOpen() const { return !m_topicId.isEmpty(); }

private:
    VisitStore &m_visits;
    const Database &m_db;
    const Clock &m_clock;
    QString m_deckId;
    QString m_topicId;
    qint64 m_openedMs = 0;
};

} // namespace DeepDive
