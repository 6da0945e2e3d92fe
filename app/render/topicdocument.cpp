#include "topicdocument.h"

#include "deck.h"

#include <QCoreApplication>
#include <QTextDocument>

namespace DeepDive {

namespace {
// A title is plain text in which backticks mark code (plainTitle() drops them): the rest of its ASCII punctuation is
// escaped, or Markdown would read "__slots__" as bold, "list<T>" as a tag and a last " #" as the heading's end.
QString titleMarkdown(const QString &title)
{
    QString md;
    bool inCode = false;
    for (qsizetype i = 0; i < title.size(); ++i) {
        const QChar c = title.at(i);
        if (c == QLatin1Char('`') && (inCode || title.indexOf(QLatin1Char('`'), i + 1) >= 0))
            inCode = !inCode;
        else if (!inCode && c.unicode() < 128 && c.isPrint() && !c.isLetterOrNumber() && !c.isSpace())
            md += QLatin1Char('\\');
        md += c;
    }
    return md;
}
} // namespace

QString topicMarkdown(const Topic &topic)
{
    QString md;
    md += QStringLiteral("# ") + titleMarkdown(topic.title) + QStringLiteral("\n\n");
    if (!topic.summary.isEmpty())
        md += topic.summary + QStringLiteral("\n\n");
    if (!topic.keyPoints.isEmpty()) {
        md += QStringLiteral("## ") + QCoreApplication::translate("DeepDive::TopicNotes", "Key points") + QStringLiteral("\n\n");
        for (const QString &point : topic.keyPoints)
            md += QStringLiteral("- ") + QString(point).replace(QLatin1Char('\n'), QStringLiteral("\n  ")) + QLatin1Char('\n');
        md += QLatin1Char('\n');
    }
    if (!topic.references.isEmpty()) {
        md += QStringLiteral("## ") + QCoreApplication::translate("DeepDive::TopicNotes", "References") + QStringLiteral("\n\n");
        for (const Reference &ref : topic.references)
            md += QStringLiteral("- [%1](%2)\n").arg(ref.title, ref.url);
    }
    return md;
}

QString markdownToHtml(const QString &markdown)
{
    QTextDocument doc;
    doc.setMarkdown(markdown);
    const QString html = doc.toHtml();
    const qsizetype body = html.indexOf(QLatin1String("<body"));
    const qsizetype start = html.indexOf(QLatin1Char('>'), body) + 1;
    const qsizetype end = html.lastIndexOf(QLatin1String("</body>"));
    return html.mid(start, end - start).trimmed();
}

} // namespace DeepDive
