#pragma once

#include "quizsession.h"
#include "sessionstore.h"
#include "studyqueue.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <optional>

namespace DeepDive {

class Clock;
class TopicModel;
struct TopicStats;

// A study session as a flow, free of widgets (as KDE Parley keeps practice apart from its views): which cards a
// saved session still asks, where the learner is in it (saved after every answer and every undo, relearning repeats
// included, so that a resumed session asks exactly what this one would have asked next), and what it came to.
// The window shows the quiz and the summary; this class holds the session.
class StudyController : public QObject
{
    Q_OBJECT
public:
    struct Summary
    {
        int cards = 0;          // distinct cards studied
        int firstTimeRight = 0; // of them, right the first time they were asked
        qint64 minutes = 0;     // rounded, at least 1
        QStringList newlyWeak;  // keys of the topics that became weak in the session (not those bookmarked)
    };

    StudyController(SessionStore &sessions, QuizSession &quiz, const Clock &clock, QObject *parent = nullptr);

    // The quiz items of the session's cards from its position on, in order; cards whose content went away are left
    // out (their keys are dropped from the saved list at the next save).
    static QList<QuizSession::Item> itemsOf(const StudySession &session, TopicModel &model);
    // The quiz items of a queue just built from the model's decks: found by their places, with no pass over every
    // card of the decks (sixty thousand cards took 7-16 ms).
    static QList<QuizSession::Item> itemsOf(const QList<StudyQueue::Item> &queue, TopicModel &model);

    // Starts or resumes `session` in the quiz, with relearning; `weakNow`: the topics weak at its start.
    void run(const StudySession &session, const QList<QuizSession::Item> &items, const QSet<QString> &weakNow);
    bool isRunning() const { return m_session.has_value(); }
    // Leaves the session where it is (it stays saved, to be resumed).
    void pause() { m_session.reset(); }
    // Marks the session done and says what it came to; `statsNow`: the topics' progress after its last answer.
    Summary finish(const QHash<QString, TopicStats> &statsNow);

Q_SIGNALS:
    void placeNotSaved(const QString &error);

private:
    void savePlace();

    SessionStore &m_sessions;
    QuizSession &m_quiz;
    const Clock &m_clock;
    std::optional<StudySession> m_session;
    QStringList m_doneKeys; // the saved session's cards answered before this run
    QSet<QString> m_weakAtStart;
    qint64 m_startedMs = 0;
};

} // namespace DeepDive
