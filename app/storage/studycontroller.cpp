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

namespace {
// The card `cardId` of topic `t` of deck `d`, with its text from the topic's file.
void appendItem(QList<QuizSession::Item> &items, TopicModel &model, int d, int t, QStringView cardId)
{
    const Topic *topic = model.loadedTopic(d, t);
    for (const Card &card : topic->cards) {
        if (card.id == cardId)
            items.append({model.decks()[d].id, topic, &card});
    }
}
} // namespace

QList<QuizSession::Item> StudyController::itemsOf(const QList<StudyQueue::Item> &queue, TopicModel &model)
{
    QList<QuizSession::Item> items;
    items.reserve(queue.size());
    for (const StudyQueue::Item &item : queue)
        appendItem(items, model, item.deck, item.topic, model.decks()[item.deck].topics[item.topic].cardId(item.card));
    return items;
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
        if (d >= 0)
            appendItem(items, model, d, t, QStringView(session.cardKeys[i]).mid(decks[d].id.size() + 1));
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
