#include "answering.h"

#include <QTest>

#include <algorithm>

namespace DeepDive::Test {

namespace {
// What the terminal shows for the snippet: its output, then the exception's last line.
QString rightPrediction(const Snippet &snippet)
{
    QString text = snippet.expectedOutput;
    if (snippet.raises()) {
        if (!text.isEmpty() && !text.endsWith(QLatin1Char('\n')))
            text += QLatin1Char('\n');
        text += snippet.expectedRaises;
    }
    return text;
}
} // namespace

void answerCurrentCard(QuizSession &quiz, bool right)
{
    QVERIFY2(quiz.current() && quiz.phase() == QuizSession::Phase::Asking, "no card is being asked");
    const Card &card = *quiz.current()->card;
    switch (card.type) {
    case CardType::Recall:
        QVERIFY(quiz.reveal());
        QVERIFY(quiz.grade(right ? 3 : 1));
        break;
    case CardType::Choice: {
        // One right option: picking grades it. Several: right picks them all, wrong picks one wrong; then submit.
        const auto rightOptions = std::count_if(card.options.cbegin(), card.options.cend(),
                                                [](const ChoiceOption &o) { return o.correct; });
        for (int i = 0; i < card.options.size(); ++i) {
            if (card.options[i].correct == right) {
                QVERIFY(quiz.choose(i));
                if (rightOptions == 1 || !right)
                    break;
            }
        }
        if (quiz.phase() == QuizSession::Phase::Asking)
            QVERIFY(quiz.submitChoice());
        break;
    }
    case CardType::Predict: {
        const Snippet *snippet = quiz.currentSnippet();
        QVERIFY2(snippet, qPrintable(QStringLiteral("the predict card %1 has no snippet").arg(card.id)));
        QVERIFY(quiz.submitPrediction(right ? rightPrediction(*snippet) : QStringLiteral("surely not this\n")));
        break;
    }
    case CardType::SpotBug:
        QVERIFY(quiz.pickLine(right ? card.bugLines.first() : card.bugLines.first() + 1));
        break;
    case CardType::Pair:
        for (int i = 0; i < card.pairs.size(); ++i)
            QVERIFY(quiz.assign(i, right ? card.pairs[i].side : 1 - card.pairs[i].side));
        QVERIFY(quiz.submitPairs());
        break;
    }
    QVERIFY2(quiz.phase() == QuizSession::Phase::Answered,
             qPrintable(QStringLiteral("card %1 did not take the answer").arg(card.id)));
}

} // namespace DeepDive::Test
