#include "ankicardhtml.h"

#include "codehtml.h"
#include "highlightingengine.h"

#include <QRegularExpression>

#include <md4c-html.h>

namespace DeepDive::Anki {

namespace {

constexpr int noWrap = 100'000; // Anki wraps code itself (white-space: pre-wrap)

void appendHtml(const MD_CHAR *text, MD_SIZE size, void *out)
{
    static_cast<QByteArray *>(out)->append(text, qsizetype(size));
}

QString unescape(QString html)
{
    html.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    html.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    html.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    html.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return html;
}

} // namespace

CardHtml::CardHtml(const HighlightingEngine *engine)
    : m_engine(engine)
    , m_theme(engine ? engine->defaultTheme(false).name : QString())
{
}

QString CardHtml::markdown(const QString &markdown) const
{
    const QByteArray utf8 = markdown.toUtf8();
    QByteArray out;
    // Raw HTML in a deck is not passed on: a card shows text, never markup it did not ask for.
    md_html(utf8.constData(), MD_SIZE(utf8.size()), appendHtml, &out, MD_DIALECT_GITHUB | MD_FLAG_NOHTML, 0);
    QString html = QString::fromUtf8(out).trimmed();
    // Fenced code in the text gets the same highlighting as the snippets.
    static const QRegularExpression fenced(QStringLiteral("<pre><code(?: class=\"language-([^\"]*)\")?>(.*?)</code></pre>"),
                                           QRegularExpression::DotMatchesEverythingOption);
    QString result;
    qsizetype at = 0;
    for (auto it = fenced.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        result += QStringView(html).mid(at, m.capturedStart() - at);
        result += code(unescape(m.captured(2)), m.captured(1).isEmpty() ? QStringLiteral("text") : m.captured(1));
        at = m.capturedEnd();
    }
    result += QStringView(html).mid(at);
    return result;
}

QString CardHtml::code(const QString &code, const QString &language) const
{
    return QStringLiteral("<pre class=\"dd-code\">") + codeToHtml(code, language, m_engine, m_theme, noWrap)
        + QStringLiteral("</pre>");
}

QString CardHtml::numberedCode(const QString &code, const QString &language) const
{
    const QStringList lines = codeToHtml(code, language, m_engine, m_theme, noWrap).split(QLatin1Char('\n'));
    const int width = int(QString::number(lines.size()).size());
    QStringList numbered;
    for (int i = 0; i < lines.size(); ++i)
        numbered.append(QStringLiteral("<span class=\"dd-line\">%1 </span>").arg(i + 1, width) + lines[i]);
    return QStringLiteral("<pre class=\"dd-code\">") + numbered.join(QLatin1Char('\n')) + QStringLiteral("</pre>");
}

QString CardHtml::shownSnippet(const Topic &topic, const Card &card) const
{
    const Snippet *shown = card.showId.isEmpty() ? nullptr : topic.snippet(card.showId);
    return shown ? QStringLiteral("\n") + code(shown->code, shown->language) : QString();
}

QString CardHtml::explanation(const Card &card) const
{
    return card.explanation.isEmpty() ? QString() : QStringLiteral("\n") + markdown(card.explanation);
}

QList<NoteContent> CardHtml::notes(const Topic &topic, const Card &card) const
{
    const Snippet *snippet = card.snippetId.isEmpty() ? nullptr : topic.snippet(card.snippetId);
    switch (card.type) {
    case CardType::Recall:
        return {{card.type, -1, {markdown(card.prompt) + shownSnippet(topic, card), markdown(card.answer) + explanation(card)}}};
    case CardType::Choice: {
        QString options = QStringLiteral("<ol class=\"dd-options\">");
        QString answer = QStringLiteral("<ol class=\"dd-options\">");
        for (const ChoiceOption &option : card.options) {
            options += QStringLiteral("<li>") + inlineMarkdown(option.text) + QStringLiteral("</li>");
            answer += QStringLiteral("<li><span class=\"%1\">%2</span> ")
                          .arg(option.correct ? QStringLiteral("dd-right") : QStringLiteral("dd-wrong"),
                               option.correct ? tr("✓ Right:") : tr("✗ Wrong:"))
                + inlineMarkdown(option.text);
            if (!option.explanation.isEmpty())
                answer += QStringLiteral("<div class=\"dd-why\">") + markdown(option.explanation) + QStringLiteral("</div>");
            answer += QStringLiteral("</li>");
        }
        options += QStringLiteral("</ol>");
        answer += QStringLiteral("</ol>");
        return {{card.type, -1, {markdown(card.prompt) + shownSnippet(topic, card), options, answer + explanation(card)}}};
    }
    case CardType::Predict: {
        const QString prompt = card.prompt.isEmpty() ? tr("What does this code print?") : card.prompt;
        QString output;
        if (snippet) {
            if (snippet->hasExpectedOutput)
                output = QStringLiteral("<pre class=\"dd-code\">") + snippet->expectedOutput.toHtmlEscaped() + QStringLiteral("</pre>");
            if (snippet->raises())
                output += QStringLiteral("<p>") + tr("It raises: <code>%1</code>").arg(snippet->expectedRaises.toHtmlEscaped())
                    + QStringLiteral("</p>");
            if (!snippet->explanation.isEmpty())
                output += QStringLiteral("\n") + markdown(snippet->explanation);
        }
        return {{card.type, -1,
                 {markdown(prompt), snippet ? code(snippet->code, snippet->language) : QString(), output + explanation(card)}}};
    }
    case CardType::SpotBug: {
        const QString prompt = card.prompt.isEmpty() ? tr("Which line has the bug?") : card.prompt;
        QString fix;
        if (snippet) {
            const QStringList lines = snippet->code.split(QLatin1Char('\n'));
            QStringList bugs;
            for (int line : card.bugLines)
                bugs.append(tr("line %1: <code>%2</code>").arg(line).arg(lines.value(line - 1).trimmed().toHtmlEscaped()));
            fix = QStringLiteral("<p>") + tr("The bug: %1").arg(bugs.join(QStringLiteral("; "))) + QStringLiteral("</p>");
            if (!snippet->explanation.isEmpty())
                fix += QStringLiteral("\n") + markdown(snippet->explanation);
            if (const Snippet *fixed = topic.snippet(snippet->fixId)) {
                fix += QStringLiteral("\n<p>") + tr("The fix:") + QStringLiteral("</p>\n") + code(fixed->code, fixed->language);
                if (!fixed->explanation.isEmpty())
                    fix += QStringLiteral("\n") + markdown(fixed->explanation);
            }
        }
        return {{card.type, -1,
                 {markdown(prompt), snippet ? numberedCode(snippet->code, snippet->language) : QString(), fix + explanation(card)}}};
    }
    case CardType::Pair: {
        QList<NoteContent> notes;
        const QString choices = QStringLiteral("<p>") + tr("A: %1 &nbsp;or&nbsp; B: %2").arg(inlineMarkdown(card.conceptA), inlineMarkdown(card.conceptB))
            + QStringLiteral("</p>");
        for (int i = 0; i < card.pairs.size(); ++i) {
            const PairItem &item = card.pairs[i];
            const QString name = item.side == 0 ? card.conceptA : card.conceptB;
            const QString answer = QStringLiteral("<p><b>%1</b> %2</p>")
                                       .arg(item.side == 0 ? QStringLiteral("A:") : QStringLiteral("B:"), inlineMarkdown(name));
            notes.append({card.type, i, {markdown(card.prompt) + QStringLiteral("\n") + markdown(item.situation), choices,
                                         answer + explanation(card)}});
        }
        return notes;
    }
    }
    return {};
}

QString CardHtml::inlineMarkdown(const QString &text) const
{
    QString html = markdown(text);
    if (html.startsWith(QLatin1String("<p>")) && html.endsWith(QLatin1String("</p>")) && html.count(QLatin1String("<p>")) == 1)
        html = html.mid(3, html.size() - 7);
    return html;
}

} // namespace DeepDive::Anki
