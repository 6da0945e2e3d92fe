#include "visittracker.h"

#include "clock.h"
#include "database.h"
#include "visitstore.h"

#include <algorithm>
#include <utility>

namespace DeepDive {

VisitTracker::VisitTracker(VisitStore &visits, const Database &db, const Clock &clock)
    : m_visits(visits)
    , m_db(db)
    , m_clock(clock)
{
}

bool VisitTracker::open(const QString &deckId, const QString &topicId, QString *error)
{
    const bool recorded = close(error);
    m_deckId = deckId;
    m_topicId = topicId;
    m_openedMs = m_clock.nowMs();
    return recorded;
}

bool VisitTracker::close(QString *error)
{
    if (m_topicId.isEmpty())
        return true;
    const QString deckId = std::exchange(m_deckId, QString());
    const QString topicId = std::exchange(m_topicId, QString());
    if (!m_db.isWritable())
        return true;
    const qint64 seconds = std::max<qint64>(0, m_clock.nowMs() - m_openedMs) / 1000; // a clock set back counts nothing
    return m_visits.record(deckId, topicId, m_openedMs, seconds, error);
}

} // namespace DeepDive
