#include "deck.h"

namespace DeepDive {

namespace {
struct CardTypeName
{
    CardType type;
    const char *name;
};
constexpr CardTypeName cardTypeNames[] = {
    {CardType::Recall, "recall"}, {CardType::Choice, "choice"},     {CardType::Predict, "predict"},
    {CardType::SpotBug, "spot-bug"}, {CardType::Pair, "pair"},
};
} // namespace

const Snippet *Topic::snippet(const QString &snippetId) const
{
    for (const Snippet &s : snippets) {
        if (s.id == snippetId)
            return &s;
    }
    return nullptr;
}

void Topic::setIndexedCardIds(const QStringList &ids)
{
    indexedCardIds.clear();
    for (const QString &cardIdOf : ids)
        indexedCardIds += cardIdOf + QLatin1Char('\n');
    indexedCardIds.squeeze();
    indexedCardCount = int(ids.size());
}

QStringView Topic::cardId(qsizetype i) const
{
    if (loaded)
        return cards[i].id;
    qsizetype from = 0;
    for (; i > 0; --i)
        from = indexedCardIds.indexOf(QLatin1Char('\n'), from) + 1;
    return QStringView(indexedCardIds).mid(from, indexedCardIds.indexOf(QLatin1Char('\n'), from) - from);
}

QStringList Topic::cardIds() const
{
    QStringList ids;
    ids.reserve(cardCount());
    for (qsizetype i = 0; i < cardCount(); ++i)
        ids.append(cardId(i).toString());
    return ids;
}

QString Diagnostic::toString() const
{
    return QStringLiteral("%1:%2: error: %3").arg(file, QString::number(line), message); // one pass: a "%2" in `file` stays
}

QString plainTitle(const QString &title)
{
    return QString(title).remove(QLatin1Char('`'));
}

QString cardTypeName(CardType type)
{
    for (const auto &entry : cardTypeNames) {
        if (entry.type == type)
            return QLatin1StringView(entry.name);
    }
    return {};
}

bool cardTypeFromName(const QString &name, CardType *type)
{
    for (const auto &entry : cardTypeNames) {
        if (name == QLatin1StringView(entry.name)) {
            *type = entry.type;
            return true;
        }
    }
    return false;
}

QString snippetKindName(SnippetKind kind)
{
    switch (kind) {
    case SnippetKind::Pitfall:
        return QStringLiteral("pitfall");
    case SnippetKind::Fix:
        return QStringLiteral("fix");
    case SnippetKind::Example:
        break;
    }
    return QStringLiteral("example");
}

} // namespace DeepDive
