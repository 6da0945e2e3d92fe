#include "notesdocument.h"

#include "deck.h"

namespace DeepDive {

QString topicNotesMarkdown(const Topic &topic)
{
    QString md;
    md += QStringLiteral("# ") + topic.title + QStringLiteral("\n\n");
    if (!topic.notes.isEmpty())
        md += topic.notes + QStringLiteral("\n\n");
    if (!topic.keyPoints.isEmpty()) {
        md += QStringLiteral("## Key points\n\n");
        for (const QString &point : topic.keyPoints)
            md += QStringLiteral("- ") + QString(point).replace(QLatin1Char('\n'), QStringLiteral("\n  ")) + QLatin1Char('\n');
        md += QLatin1Char('\n');
    }
    if (!topic.references.isEmpty()) {
        md += QStringLiteral("## References\n\n");
        for (const Reference &ref : topic.references)
            md += QStringLiteral("- [%1](%2)\n").arg(ref.title, ref.url);
    }
    return md;
}

} // namespace DeepDive
