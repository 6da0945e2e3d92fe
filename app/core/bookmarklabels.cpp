#include "bookmarklabels.h"

#include <QCoreApplication>

namespace DeepDive::BookmarkLabels {

namespace {
const char *const context = "DeepDive::BookmarkLabels";
const char *const labels[] = {QT_TRANSLATE_NOOP("DeepDive::BookmarkLabels", "weak"),
                              QT_TRANSLATE_NOOP("DeepDive::BookmarkLabels", "before the interview"),
                              QT_TRANSLATE_NOOP("DeepDive::BookmarkLabels", "review again")};
} // namespace

QString weak()
{
    return QString::fromLatin1(labels[0]);
}

QStringList suggested()
{
    QStringList list;
    for (const char *label : labels)
        list.append(QString::fromLatin1(label));
    return list;
}

QString display(const QString &stored)
{
    for (const char *label : labels) {
        if (stored.compare(QLatin1StringView(label), Qt::CaseInsensitive) == 0)
            return QCoreApplication::translate(context, label);
    }
    return stored;
}

QString toStored(const QString &shown)
{
    const QString text = shown.trimmed();
    for (const char *label : labels) {
        if (text.compare(QCoreApplication::translate(context, label), Qt::CaseInsensitive) == 0
            || text.compare(QLatin1StringView(label), Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(label);
    }
    return text;
}

} // namespace DeepDive::BookmarkLabels
