#include "quizsession.h"

#include <QHash>
#include <QSet>

#include "clock.h"

namespace DeepDive {

QuizSession::QuizSession(const Clock &clock, Committer commit, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_commit(std::move(commit))
{
}

void QuizSession::start(const QList<Item> &items, int relearnGap)
{
    m_items = items;
    m_relearnGap = std::max(0, relearnGap);
    m_index = 0;
    m_correctCount = 0;
    m_history.clear();
    m_phase = m_items.isEmpty() ? Phase::Empty : Phase::Asking;
    enterCard();
    Q_EMIT changed();
}

const QuizSession::Item *QuizSession::current() const
{
    if (m_phase == Phase::Empty || m_phase == Phase::Finished || m_index >= m_items.size())
        return nullptr;
    return &m_items[m_index];
}

const Snippet *QuizSession::currentSnippet() const
{
    const Item *item = current();
    return item ? item->topic->snippet(item->card->snippetId) : nullptr;
}

void QuizSession::enterCard()
{
    m_shownMs = m_clock.nowMs();
    m_error.clear();
    m_chosen.clear();
    m_diff.clear();
    m_pickedLine = 0;
    m_assignments.clear();
    if (const Item *item = current())
        m_assignments = QList<int>(item->card->pairs.size(), -1);
}

bool QuizSession::expect(Phase phase, CardType type) const
{
    const Item *item = current();
    return item && m_phase == phase && item->card->type == type;
}

bool QuizSession::finish(bool correct, int grade)
{
    const Item *item = current();
    Answer answer;
    answer.deckId = item->deckId;
    answer.topicId = item->topic->id;
    answer.cardId = item->card->id;
    answer.grade = grade;
    answer.correct = correct;
    answer.answeredMs = m_clock.nowMs();
    answer.responseMs = std::max<qint64>(0, answer.answeredMs - m_shownMs);
    QString error;
    if (m_commit && !m_commit(answer, &error)) {
        m_error = error;
        Q_EMIT commitFailed(error);
        Q_EMIT changed();
        return false;
    }
    m_error.clear();
    m_lastCorrect = correct;
    m_lastGrade = grade;
    m_correctCount += correct ? 1 : 0;
    int repeatAt = -1;
    if (!correct && m_relearnGap > 0) {
        repeatAt = int(std::min<qsizetype>(m_index + 1 + m_relearnGap, m_items.size()));
        m_items.insert(repeatAt, *item); // `item` points into m_items: copied before the list can move
    }
    m_history.append({m_index, answer, repeatAt});
    m_phase = Phase::Answered;
    Q_EMIT answered(answer);
    Q_EMIT changed();
    return true;
}

bool QuizSession::reveal()
{
    if (!expect(Phase::Asking, CardType::Recall))
        return false;
    m_phase = Phase::Revealed;
    Q_EMIT changed();
    return true;
}

bool QuizSession::grade(int g)
{
    if (!expect(Phase::Revealed, CardType::Recall) || g < 1 || g > 4)
        return false;
    return finish(g > 1, g);
}

bool QuizSession::isMultipleAnswer() const
{
    const Item *item = current();
    if (!item || item->card->type != CardType::Choice)
        return false;
    return std::count_if(item->card->options.cbegin(), item->card->options.cend(),
                         [](const ChoiceOption &o) { return o.correct; })
        > 1;
}

bool QuizSession::choose(int option)
{
    if (!expect(Phase::Asking, CardType::Choice) || option < 0 || option >= current()->card->options.size())
        return false;
    if (isMultipleAnswer())
        return toggleOption(option);
    m_chosen = {option};
    const bool correct = current()->card->options[option].correct;
    if (!finish(correct, correct ? 3 : 1)) {
        m_chosen.clear();
        return false;
    }
    return true;
}

bool QuizSession::toggleOption(int option)
{
    if (!expect(Phase::Asking, CardType::Choice) || option < 0 || option >= current()->card->options.size())
        return false;
    if (m_chosen.contains(option))
        m_chosen.removeAll(option);
    else
        m_chosen.append(option);
    Q_EMIT changed();
    return true;
}

bool QuizSession::submitChoice()
{
    if (!expect(Phase::Asking, CardType::Choice) || m_chosen.isEmpty())
        return false;
    const auto &options = current()->card->options;
    bool correct = true;
    for (int i = 0; i < options.size(); ++i)
        correct = correct && (options[i].correct == m_chosen.contains(i));
    return finish(correct, correct ? 3 : 1);
}

QString QuizSession::normaliseOutput(const QString &text)
{
    QStringList lines = QString(text).replace(QLatin1String("\r\n"), QLatin1String("\n")).split(QLatin1Char('\n'));
    for (QString &line : lines) {
        while (!line.isEmpty() && line.back().isSpace())
            line.chop(1);
    }
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines.join(QLatin1Char('\n'));
}

bool QuizSession::submitPrediction(const QString &text)
{
    if (!expect(Phase::Asking, CardType::Predict))
        return false;
    const Snippet *snippet = currentSnippet();
    if (!snippet)
        return false;
    // What the terminal shows: the output, then the traceback's last line on a line of its own.
    QString expectedText = snippet->expectedOutput;
    if (snippet->raises()) {
        if (!expectedText.isEmpty() && !expectedText.endsWith(QLatin1Char('\n')))
            expectedText += QLatin1Char('\n');
        expectedText += snippet->expectedRaises;
    }
    const QStringList expected = normaliseOutput(expectedText).split(QLatin1Char('\n'));
    const QString givenText = normaliseOutput(text);
    const QStringList given = givenText.split(QLatin1Char('\n'));
    QList<DiffLine> diff;
    for (qsizetype i = 0; i < std::max(expected.size(), given.size()); ++i) {
        DiffLine line{expected.value(i), given.value(i), false};
        line.same = i < expected.size() && i < given.size() && expected[i] == given[i];
        diff.append(line);
    }
    const bool correct = normaliseOutput(expectedText) == givenText;
    if (!finish(correct, correct ? 3 : 1))
        return false;
    m_diff = diff;
    Q_EMIT changed();
    return true;
}

bool QuizSession::pickLine(int line)
{
    if (!expect(Phase::Asking, CardType::SpotBug) || line < 1)
        return false;
    m_pickedLine = line;
    const bool correct = current()->card->bugLines.contains(line);
    if (!finish(correct, correct ? 3 : 1)) {
        m_pickedLine = 0;
        return false;
    }
    return true;
}

bool QuizSession::assign(int situation, int side)
{
    if (!expect(Phase::Asking, CardType::Pair) || situation < 0 || situation >= m_assignments.size() || side < 0
        || side > 1)
        return false;
    m_assignments[situation] = side;
    Q_EMIT changed();
    return true;
}

bool QuizSession::submitPairs()
{
    if (!expect(Phase::Asking, CardType::Pair) || m_assignments.contains(-1))
        return false;
    const auto &pairs = current()->card->pairs;
    bool correct = true;
    for (int i = 0; i < pairs.size(); ++i)
        correct = correct && pairs[i].side == m_assignments[i];
    return finish(correct, correct ? 3 : 1);
}

QList<QuizSession::Item> QuizSession::missedItems() const
{
    QHash<const Card *, bool> lastCorrect;
    for (const Done &done : m_history)
        lastCorrect.insert(m_items[done.index].card, done.answer.correct);
    QList<Item> missed;
    QSet<const Card *> listed;
    for (const Item &item : m_items) {
        if (!lastCorrect.value(item.card, true) && !listed.contains(item.card)) {
            listed.insert(item.card);
            missed.append(item);
        }
    }
    return missed;
}

int QuizSession::cardCount() const
{
    QSet<const Card *> cards;
    for (const Item &item : m_items)
        cards.insert(item.card);
    return int(cards.size());
}

int QuizSession::firstTimeCorrectCount() const
{
    QSet<const Card *> seen;
    int count = 0;
    for (const Done &done : m_history) {
        const Card *card = m_items[done.index].card;
        if (!seen.contains(card)) {
            seen.insert(card);
            count += done.answer.correct ? 1 : 0;
        }
    }
    return count;
}

int QuizSession::lastRepeatDistance() const
{
    if (m_history.isEmpty() || m_history.last().repeatAt < 0)
        return 0;
    return m_history.last().repeatAt - m_history.last().index;
}

int QuizSession::resumePosition() const
{
    return std::min(int(m_items.size()), m_index + (m_phase == Phase::Answered ? 1 : 0));
}

std::optional<std::array<qint64, 4>> QuizSession::nextIntervals() const
{
    const Item *item = current();
    if (!item || !m_preview)
        return std::nullopt;
    return m_preview(*item);
}

bool QuizSession::next()
{
    if (m_phase != Phase::Answered)
        return false;
    ++m_index;
    m_phase = m_index < m_items.size() ? Phase::Asking : Phase::Finished;
    enterCard();
    Q_EMIT changed();
    return true;
}

const QuizSession::Item *QuizSession::lastAnsweredItem() const
{
    return m_history.isEmpty() ? nullptr : &m_items[m_history.last().index];
}

bool QuizSession::undo()
{
    if (m_history.isEmpty() || !m_undo)
        return false;
    const Done last = m_history.last();
    QString error;
    if (!m_undo(last.answer, &error)) {
        Q_EMIT undoFailed(error); // not lastError(): that one says an answer was not saved
        return false;
    }
    m_history.removeLast();
    if (last.repeatAt >= 0)
        m_items.removeAt(last.repeatAt);
    m_correctCount -= last.answer.correct ? 1 : 0;
    m_index = last.index;
    m_phase = Phase::Asking;
    enterCard();
    Q_EMIT undone(last.answer);
    Q_EMIT changed();
    return true;
}

} // namespace DeepDive
