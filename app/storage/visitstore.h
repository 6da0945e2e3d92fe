#pragma once

#include <QList>
#include <QString>

namespace DeepDive {

class Database;

struct TopicVisit
{
    QString deckId;
    QString topicId;
    qint64 lastOpenedMs = 0;
    qint64 secondsSpent = 0;

    bool operator==(const TopicVisit &) const = default;
};

// When each topic was last opened and how long the learner spent on it.
class VisitStore
{
public:
    explicit VisitStore(Database &db);

    // Records an opening at `openedMs` and adds `seconds` to the time spent.
    bool record(const QString &deckId, const QString &topicId, qint64 openedMs, qint64 seconds, QString *error);
    QList<TopicVisit> all() const;
    // For imports: the later opening and the larger time spent win, so importing twice changes nothing.
    bool merge(const TopicVisit &visit, QString *error);

private:
    Database &m_db;
};

} // namespace DeepDive
