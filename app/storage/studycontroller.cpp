#include "studycontroller.h"

#include "clock.h"
#include "topicmodel.h"
#include "topicref.h"
#include "topicstats.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcStudy, "deepdive.storage.study", QtWarningMsg)

namespace DeepDive {

StudyController::StudyController(SessionStore &sessions, QuizSession &quiz, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_sessions(sessions)
    , m_quiz(quiz)
    , m_clock(clock)
{
    connect(&m_quiz, &QuizSession::answered, this, &StudyController::savePlace);
    connect(&m_quiz, &QuizSession::undone, this, &StudyController::savePlace);
}

QList<QuizSession::Item> StudyController::itemsOf(const StudySession &session, TopicModel &model)
{
    // Where each of the session's cards is now: one pass over the decks' card ids, not one per card.
    QHash<QString, std::pair<int, int>> where; // card key -> (deck, topic)
    for (qsizetype i = session.position; i < session.cardKeys.size(); ++i)
        where.insert(session.cardKeys[i], {-1, -1});
    const QList<Deck> &decks = model.decks();
    for (int d = 0; d < decks.size(); ++d) {
        CardKeys keys(decks[d].id);
        for (int t = 0; t < decks[d].topics.size(); ++t) {
            for (qsizetype c = 0; c < decks[d].topics[t].cardCount(); ++c) {
                if (const auto it = where.find(keys.of(decks[d].topics[t].cardId(c))); it != where.end())
                    *it = {d, t};
            }
        }
    }
    QList<QuizSession::Item> items;
    for (qsizetype i = session.position; i < session.cardKeys.size(); ++i) {
        const auto [d, t] = where.value(session.cardKeys[i], {-1, -1});
        if (d < 0)
            continue;
        const Topic *topic = model.loadedTopic(d, t); // the card's text, from the topic's file
        const QString cardId = session.cardKeys[i].mid(decks[d].id.size() + 1);
        for (const Card &card : topic->cards) {
            if (card.id == cardId)
                items.append({decks[d].id, topic, &card});
        }
    }
    return items;
}

void StudyController::run(const StudySession &session, const QList<QuizSession::Item> &items, const QSet<QString> &weakNow)
{
    m_session = session;
    m_doneKeys = session.cardKeys.mid(0, session.position);
    m_weakAtStart = weakNow;
    m_startedMs = m_clock.nowMs();
    m_quiz.start(items, StudySession::relearnGap);
}

void StudyController::savePlace()
{
    if (!m_session)
        return;
    QStringList keys = m_doneKeys;
    for (const QuizSession::Item &item : m_quiz.items())
        keys.append(item.deckId + QLatin1Char('/') + item.card->id);
    const int position = int(m_doneKeys.size()) + m_quiz.resumePosition();
    QString error;
    if (!m_sessions.save(m_session->id, keys, position, &error))
        Q_EMIT placeNotSaved(error);
}

StudyController::Summary StudyController::finish(const QHash<QString, TopicStats> &statsNow)
{
    Summary summary;
    if (!m_session)
        return summary;
    QString error;
    if (!m_sessions.finish(m_session->id, m_clock.nowMs(), &error))
        qCWarning(lcStudy).noquote() << "the end of the study session was not saved:" << error; // offered to resume, no more
    m_session.reset();
    summary.cards = m_quiz.cardCount();
    summary.firstTimeRight = m_quiz.firstTimeCorrectCount();
    summary.minutes = std::max<qint64>(1, (m_clock.nowMs() - m_startedMs + 30'000) / 60'000);
    for (auto it = statsNow.cbegin(); it != statsNow.cend(); ++it) {
        if (it->weak && !it->bookmarked && !m_weakAtStart.contains(it.key()))
            summary.newlyWeak.append(it.key());
    }
    summary.newlyWeak.sort();
    return summary;
}

} // namespace DeepDive
