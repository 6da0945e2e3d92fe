#include "ankiids.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace DeepDive::Anki {

namespace {
QByteArray sha1(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1);
}
} // namespace

QString noteGuid(const QString &deckId, const QString &cardId, int part)
{
    QString key = QStringLiteral("deepdive:") + deckId + QLatin1Char(':') + cardId;
    if (part >= 0)
        key += QLatin1Char(':') + QString::number(part);
    return QString::fromLatin1(sha1(key).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals).left(12));
}

qint64 stableId(const QString &key)
{
    const QByteArray hash = sha1(key);
    quint64 value = 0;
    for (int i = 0; i < 8; ++i)
        value = (value << 8) | quint8(hash[i]);
    constexpr quint64 base = 1'000'000'000'000ULL; // 2001-09-09
    constexpr quint64 span = 600'000'000'000ULL;    // to 2020-09-13
    return qint64(base + value % span);
}

QString joinFields(const QStringList &fields)
{
    return fields.join(QChar(0x1f));
}

QStringList splitFields(const QString &flds)
{
    return flds.split(QChar(0x1f));
}

QString sortField(const QString &html)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    QString text = html;
    text.remove(tags);
    text.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    text.replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text.simplified();
}

qint64 fieldChecksum(const QString &html)
{
    return qint64(sha1(sortField(html)).left(4).toHex().toUInt(nullptr, 16));
}

QString tag(const QString &text)
{
    QString t = text;
    t.remove(QLatin1Char('`'));
    t.remove(QLatin1Char('"'));
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return t.trimmed().replace(space, QStringLiteral("_"));
}

} // namespace DeepDive::Anki
