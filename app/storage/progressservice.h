#pragma once

#include "fsrs.h"
#include "progressindex.h"

#include <QObject>
#include <QSet>

#include <memory>

namespace DeepDive {

class Clock;
class TopicModel;
class UserData;

// What the window shows of the learner's progress: every topic's stats in the TopicModel (cards due and new,
// mastery, bookmark, weakness) and the status bar's totals and streak. One topic is recomputed on the spot after an
// answer or a bookmark; the whole deck either on the spot (a deck just set) or in a worker, through a connection of
// its own (at start, after an import, a restore or a sync: a year of history takes the window's thread too long).
class ProgressService : public QObject
{
    Q_OBJECT
public:
    struct Summary
    {
        int cards = 0;
        int mastered = 0;
        int due = 0;
        int streakDays = 0;
    };

    // `fsrs` is read each time (the desired retention can change); the model gets the stats.
    ProgressService(const UserData &data, const Fsrs &fsrs, TopicModel &model, const Clock &clock, QObject *parent = nullptr);
    ~ProgressService() override;

    // Every topic, now, on this thread.
    void refreshAll();
    // Every topic, computed in a worker; refreshed() follows when the model has it. A refresh asked for while one
    // runs is made once that one is done. A topic refreshed meanwhile (an answer) keeps its newer stats. Without a
    // database file to read from another thread (in memory), or when the worker cannot open it: refreshAll().
    void refreshAllInBackground();
    bool isRefreshing() const { return m_running; }
    // One topic (after an answer, an undo or a bookmark) and the streak: only today is looked at again on the day it
    // was last counted (answers and undos change only today).
    void refreshTopic(const QString &deckId, const QString &topicId);

    // The totals over every topic the model has stats for, and the streak as last computed.
    Summary summary() const;
    const ProgressIndex &index() const { return m_index; }

Q_SIGNALS:
    // The model's stats changed: every topic's (`key` empty) or one topic's ("deck/topic").
    void refreshed(const QString &key);

private:
    struct Computed;
    void apply(Computed computed);

    const UserData &m_data;
    const Fsrs &m_fsrs;
    TopicModel &m_model;
    const Clock &m_clock;
    ProgressIndex m_index;
    ProgressIndex::Streak m_streak;
    bool m_running = false;
    bool m_again = false;
    QSet<QString> m_refreshedMeanwhile; // topics refreshed while the worker ran: its figures for them are older
    bool m_workerOutdated = false;      // the whole deck was refreshed here while the worker ran
};

} // namespace DeepDive
