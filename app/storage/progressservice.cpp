#include "progressservice.h"

#include "background.h"
#include "clock.h"
#include "topicmodel.h"
#include "userdata.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcProgress, "deepdive.storage.progress", QtWarningMsg)

namespace DeepDive {

struct ProgressService::Computed
{
    QHash<QString, TopicStats> stats;
    ProgressIndex::Streak streak;
};

ProgressService::ProgressService(const UserData &data, const Fsrs &fsrs, TopicModel &model, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_data(data)
    , m_fsrs(fsrs)
    , m_model(model)
    , m_clock(clock)
    , m_index(data, fsrs)
{
}

ProgressService::~ProgressService() = default;

void ProgressService::refreshAll()
{
    const qint64 now = m_clock.nowMs();
    m_again = false;
    m_workerOutdated = m_running; // these figures are the newest: a running worker's are not applied over them
    m_streak = m_index.streak(now);
    m_model.setStats(m_index.compute(m_model.decks(), now));
    Q_EMIT refreshed(QString());
}

void ProgressService::refreshAllInBackground()
{
    if (!m_data.database.isOnDisk()) {
        refreshAll();
        return;
    }
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    m_workerOutdated = false;
    m_refreshedMeanwhile.clear();
    runInBackground(
        this,
        [file = m_data.database.file(), decks = m_model.decks(), fsrs = m_fsrs, now = m_clock.nowMs()]() -> std::optional<Computed> {
            std::optional<Computed> computed;
            {
                UserData reader;
                QString error;
                if (!reader.database.openForInspection(file, &error)) {
                    qCWarning(lcProgress).noquote() << "progress is computed on the window's thread:" << error;
                    return std::nullopt;
                }
                const ProgressIndex index(reader, fsrs);
                computed = Computed{index.compute(decks, now), index.streak(now)};
            }
            Background::releaseFreeMemory(); // what reading a year of answers over every topic freed
            return computed;
        },
        [this](std::optional<Computed> computed) {
            m_running = false;
            if (!computed)
                refreshAll();
            else if (!m_workerOutdated)
                apply(std::move(*computed));
            m_refreshedMeanwhile.clear();
            if (std::exchange(m_again, false))
                refreshAllInBackground();
        });
}

void ProgressService::apply(Computed computed)
{
    // Topics answered while the worker read keep what was computed for them after the answer.
    for (const QString &key : std::as_const(m_refreshedMeanwhile))
        computed.stats.insert(key, m_model.allStats().value(key));
    m_streak = m_index.streakAfterToday(computed.streak, m_clock.nowMs()); // answers since the worker counted
    m_model.setStats(computed.stats);
    Q_EMIT refreshed(QString());
}

void ProgressService::refreshTopic(const QString &deckId, const QString &topicId)
{
    const QModelIndex index = m_model.findTopic({deckId, topicId});
    const Topic *topic = m_model.topic(index);
    if (!topic)
        return;
    const qint64 now = m_clock.nowMs();
    const QString key = topicKey(deckId, topicId);
    m_model.setTopicStats(key, m_index.computeTopic(deckId, *topic, now));
    m_streak = m_index.streakAfterToday(m_streak, now);
    if (m_running)
        m_refreshedMeanwhile.insert(key);
    Q_EMIT refreshed(key);
}

ProgressService::Summary ProgressService::summary() const
{
    Summary s;
    for (const TopicStats &stats : m_model.allStats()) {
        s.cards += stats.cards;
        s.mastered += stats.mastered;
        s.due += stats.due;
    }
    s.streakDays = m_streak.days;
    return s;
}

} // namespace DeepDive
