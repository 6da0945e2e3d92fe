#include "quizhtml.h"

#include "topicdocument.h"
#include "quizsession.h"

namespace DeepDive {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char(' '), QStringLiteral("&nbsp;"));
}

} // namespace

// What the learner left out on the expected side, what they put in its place on theirs (a missing comma was lost in
// a line marked red as a whole). Where one side has nothing, a caret shows the spot.
std::pair<QString, QString> QuizHtml::markedDifference(const QString &expected, const QString &given, bool same, const QString &colour)
{
    if (same)
        return {escaped(expected), escaped(given)};
    qsizetype prefix = 0;
    while (prefix < expected.size() && prefix < given.size() && expected[prefix] == given[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < expected.size() - prefix && suffix < given.size() - prefix
           && expected[expected.size() - 1 - suffix] == given[given.size() - 1 - suffix])
        ++suffix;
    const auto mark = [&](const QString &text) -> QString { // a QString, not a QStringBuilder of temporaries
        const QString middle = text.mid(prefix, text.size() - prefix - suffix);
        const QString marked = middle.isEmpty()
            ? QStringLiteral("<b style='color:%1'>‸</b>").arg(colour)
            : QStringLiteral("<span style='background-color:%1; color:white'><b>%2</b></span>").arg(colour, escaped(middle));
        return escaped(text.left(prefix)) + marked + escaped(text.right(suffix));
    };
    return {mark(expected), mark(given)};
}

QString QuizHtml::choice(const QuizSession &session, const Colours &colours, int markWidth)
{
    const Card &card = *session.current()->card;
    const bool answered = session.phase() == QuizSession::Phase::Answered;
    const QList<int> chosen = session.chosenOptions();
    const bool multiple = session.isMultipleAnswer();
    QString html;
    if (multiple && !answered)
        html += QStringLiteral("<p><i>%1</i></p>").arg(tr("More than one option is right: pick each with its number, "
                                                          "then check."));
    // The mark column is as wide as its widest mark and never wraps, so checking an option moves nothing.
    html += QStringLiteral("<table cellspacing='0' cellpadding='4' width='100%'>");
    for (int i = 0; i < card.options.size(); ++i) {
        const ChoiceOption &option = card.options[i];
        const bool picked = chosen.contains(i);
        QString mark = multiple && !answered
            ? QStringLiteral("%1 %2.").arg(picked ? QStringLiteral("☑") : QStringLiteral("☐")).arg(i + 1)
            : QStringLiteral("%1.").arg(i + 1);
        QString colour;
        QString verdict; // in words, not only in colour
        if (answered) {
            if (option.correct) {
                mark = QStringLiteral("✓");
                colour = colours.right;
                verdict = picked ? tr("right, and you picked it") : tr("right, but you did not pick it");
            } else if (picked) {
                mark = QStringLiteral("✗");
                colour = colours.wrong;
                verdict = tr("wrong, and you picked it");
            }
        }
        QString text = markdownToHtml(option.text);
        if (!answered)
            text = QStringLiteral("<a href='option:%1' style='text-decoration:none'>%2</a>").arg(i).arg(text);
        html += QStringLiteral("<tr><td width='%1' nowrap valign='top'%2><b>%3</b></td><td>%4")
                    .arg(QString::number(markWidth), colour.isEmpty() ? QString() : QStringLiteral(" style='color:%1'").arg(colour),
                         mark, text);
        if (!verdict.isEmpty())
            html += QStringLiteral("<div style='color:%1'><i>%2</i></div>").arg(colour, verdict);
        if (answered && !option.explanation.isEmpty() && (picked || !option.correct || card.options.size() <= 4))
            html += QStringLiteral("<div style='color:%1'>%2</div>").arg(colours.quiet, markdownToHtml(option.explanation));
        html += QStringLiteral("</td></tr>");
    }
    html += QStringLiteral("</table>");
    return html;
}

QString QuizHtml::comesBack(int cardsLater)
{
    return cardsLater == 1 ? tr("This card comes back next, to learn it again.")
                           : tr("This card comes back after %n more card(s), to learn it again.", nullptr, cardsLater - 1);
}

QString QuizHtml::feedback(const QuizSession &session, const Colours &colours)
{
    const QuizSession::Item *item = session.current();
    const bool correct = session.lastCorrect();
    QString html;
    if (item->card->type == CardType::Predict) {
        html += QStringLiteral("<table cellspacing='0' cellpadding='3'><tr><th align='left'>%1</th><th align='left'>%2</th></tr>")
                    .arg(tr("Expected"), tr("Yours"));
        for (const auto &line : session.predictionDiff()) {
            const QString colour = line.same ? colours.right : colours.wrong;
            const auto [expected, given] = markedDifference(line.expected, line.given, line.same, colour);
            html += QStringLiteral("<tr><td><code>%1</code></td><td style='color:%2'><code>%3</code></td></tr>")
                        .arg(expected, colour, given);
        }
        html += QStringLiteral("</table>");
    }
    if (item->card->type == CardType::SpotBug) {
        html += QStringLiteral("<p>%1</p>").arg(
            correct ? tr("Line %1 is the bug. The fix is shown with it, in the code pane.").arg(session.pickedLine())
                    : tr("You picked line %1; the bug is on line %2. The fix is shown with it, in the code pane.")
                          .arg(session.pickedLine())
                          .arg(item->card->bugLines.value(0)));
    }
    if (const int repeatIn = session.lastRepeatDistance())
        html += QStringLiteral("<p><i>%1</i></p>").arg(comesBack(repeatIn).toHtmlEscaped());
    if (!item->card->explanation.isEmpty())
        html += markdownToHtml(item->card->explanation);
    return html;
}

} // namespace DeepDive
