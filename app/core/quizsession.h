#pragma once

#include "deck.h"

#include <QObject>

#include <array>
#include <functional>
#include <optional>

namespace DeepDive {

class Clock;

// One answer, as the quiz hands it to storage.
struct Answer
{
    QString deckId;
    QString topicId;
    QString cardId;
    int grade = 3; // 1 again, 2 hard, 3 good, 4 easy
    bool correct = true;
    qint64 answeredMs = 0;
    qint64 responseMs = 0;
};

// The quiz as a state machine, free of widgets (as KDE Parley's practice backend): it holds the cards, takes the
// learner's input for each card type, grades it, and commits the answer through a callback before it moves to the
// next phase, so nothing is shown as answered that was not saved. The quiz panel only renders it and forwards input.
class QuizSession : public QObject
{
    Q_OBJECT
public:
    enum class Phase {
        Empty,    // no cards
        Asking,   // waiting for the learner's answer
        Revealed, // recall: the answer is shown, waiting for a self-grade
        Answered, // graded and saved; feedback is shown until next()
        Finished, // past the last card
    };
    struct Item
    {
        QString deckId;
        const Topic *topic = nullptr;
        const Card *card = nullptr;
    };
    // Saves an answer; false (with a message) when it could not be saved.
    using Committer = std::function<bool(const Answer &, QString *error)>;
    // Takes a saved answer back (the newest of its card); false (with a message) when it could not.
    using Undoer = std::function<bool(const Answer &, QString *error)>;
    // For each grade 1-4, how long until the item would be due again if answered with it now (ms).
    using SchedulePreview = std::function<std::array<qint64, 4>(const Item &)>;

    // One line of a predict-the-output comparison.
    struct DiffLine
    {
        QString expected;
        QString given;
        bool same = false;
    };

    QuizSession(const Clock &clock, Committer commit, QObject *parent = nullptr);

    // Relearning, as in Anki: with a `relearnGap`, a card answered wrongly comes back that many cards later (at the
    // end when fewer are left), until it is answered right. 0 turns it off, as for a topic's quiz.
    void start(const QList<Item> &items, int relearnGap = 0);
    Phase phase() const { return m_phase; }
    int position() const { return m_index; } // 0-based
    int count() const { return int(m_items.size()); }
    const Item *current() const;
    const Snippet *currentSnippet() const; // predict and spot-bug cards
    QString lastError() const { return m_error; }

    // recall
    bool reveal();
    bool grade(int grade);
    // choice: a single-answer card is graded at once; with several correct options, toggle then submit
    bool choose(int option);
    bool toggleOption(int option);
    bool submitChoice();
    QList<int> chosenOptions() const { return m_chosen; }
    bool isMultipleAnswer() const;
    // predict
    bool submitPrediction(const QString &text);
    QList<DiffLine> predictionDiff() const { return m_diff; }
    // spot-bug (1-based line in the snippet)
    bool pickLine(int line);
    int pickedLine() const { return m_pickedLine; }
    // pair: assign every situation to side 0 (a) or 1 (b), then submit
    bool assign(int situation, int side);
    QList<int> assignments() const { return m_assignments; }
    bool submitPairs();

    // After an answer: the outcome.
    bool lastCorrect() const { return m_lastCorrect; }
    int lastGrade() const { return m_lastGrade; }
    int correctCount() const { return m_correctCount; }
    // Distinct cards in the quiz, and how many of them were answered right the first time they were asked.
    int cardCount() const;
    int firstTimeCorrectCount() const;
    // Every card of the quiz in order, relearning repeats included, and where a resumed quiz would start: at the
    // current card, or at the one after it once the current one is answered.
    const QList<Item> &items() const { return m_items; }
    int resumePosition() const;
    // How many cards after the last answered one its relearning repeat comes (0: it brought none).
    int lastRepeatDistance() const;
    int relearnGap() const { return m_relearnGap; }

    bool next();

    // Undo: the quiz's answers can be taken back, newest first. The card is asked again where it stood (the cards
    // after it follow it again, without the repeat its wrong answer brought in) and the counters go back. Nothing
    // changes when the undoer fails.
    void setUndoer(Undoer undo) { m_undo = std::move(undo); }
    void setSchedulePreview(SchedulePreview preview) { m_preview = std::move(preview); }
    // The cards of this quiz whose last answer in it was wrong, in quiz order: to go over them again.
    QList<Item> missedItems() const;
    // The current card's next intervals by grade (Again, Hard, Good, Easy), when a preview is set.
    std::optional<std::array<qint64, 4>> nextIntervals() const;
    bool canUndo() const { return !m_history.isEmpty(); }
    const Answer *lastAnswer() const { return m_history.isEmpty() ? nullptr : &m_history.last().answer; }
    // The card of lastAnswer() (for naming it), or nullptr.
    const Item *lastAnsweredItem() const;
    bool undo();

    static QString normaliseOutput(const QString &text);

Q_SIGNALS:
    void changed();
    void answered(const DeepDive::Answer &answer);
    void commitFailed(const QString &error);
    void undone(const DeepDive::Answer &answer);
    void undoFailed(const QString &error);

private:
    bool finish(bool correct, int grade);
    bool expect(Phase phase, CardType type) const;
    void enterCard();

    const Clock &m_clock;
    Committer m_commit;
    Undoer m_undo;
    SchedulePreview m_preview;
    struct Done
    {
        int index = 0;
        Answer answer;
        int repeatAt = -1; // where the relearning repeat this answer brought in was put, or -1
    };
    QList<Done> m_history; // this quiz's saved answers, oldest first
    QList<Item> m_items;
    int m_index = 0;
    Phase m_phase = Phase::Empty;
    qint64 m_shownMs = 0;
    QString m_error;
    QList<int> m_chosen;
    QList<DiffLine> m_diff;
    int m_pickedLine = 0;
    QList<int> m_assignments;
    bool m_lastCorrect = false;
    int m_lastGrade = 0;
    int m_correctCount = 0;
    int m_relearnGap = 0;
};

} // namespace DeepDive
