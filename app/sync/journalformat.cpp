#include "journalformat.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonParseError>

namespace DeepDive::Journal {

namespace {
constexpr qsizetype checksumDigits = 16;

QByteArray checksum(QByteArrayView json)
{
    return QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex().left(checksumDigits);
}
} // namespace

QByteArray sha256Hex(QByteArrayView data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray encodeLine(const QJsonObject &event)
{
    const QByteArray json = QJsonDocument(event).toJson(QJsonDocument::Compact);
    return json + '\t' + checksum(json) + '\n';
}

bool decodeLine(QByteArrayView line, QJsonObject *event, QString *problem)
{
    if (line.endsWith('\r'))
        line.chop(1);
    const qsizetype tab = line.lastIndexOf('\t');
    if (tab < 0 || line.size() - tab - 1 != checksumDigits) {
        *problem = QCoreApplication::translate("DeepDive::Journal", "the line has no checksum");
        return false;
    }
    const QByteArrayView json = line.first(tab);
    if (checksum(json) != line.sliced(tab + 1)) {
        *problem = QCoreApplication::translate("DeepDive::Journal", "the line's checksum does not match (damaged or incomplete)");
        return false;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (!doc.isObject()) {
        *problem = QCoreApplication::translate("DeepDive::Journal", "the line is not a JSON object");
        return false;
    }
    *event = doc.object();
    return true;
}

QJsonObject header(const QString &deviceId, const QString &deviceName, int segment)
{
    return {{QStringLiteral("t"), QStringLiteral("header")},
            {QStringLiteral("format"), QLatin1StringView(formatName)},
            {QStringLiteral("v"), formatVersion},
            {QStringLiteral("dev"), deviceId},
            {QStringLiteral("name"), deviceName},
            {QStringLiteral("seg"), segment}};
}

QString headerProblem(const QJsonObject &event, bool *newer)
{
    *newer = false;
    if (event.value(QStringLiteral("t")).toString() != QLatin1String("header")
        || event.value(QStringLiteral("format")).toString() != QLatin1StringView(formatName)
        || event.value(QStringLiteral("dev")).toString().isEmpty())
        return QCoreApplication::translate("DeepDive::Journal", "its first line is not a Deep Dive journal header");
    const int version = event.value(QStringLiteral("v")).toInt();
    if (version > formatVersion) {
        *newer = true;
        return QCoreApplication::translate("DeepDive::Journal",
                                           "it was written by a newer Deep Dive (journal format %1; this version reads "
                                           "up to %2): its changes are not merged until Deep Dive is updated")
            .arg(version)
            .arg(formatVersion);
    }
    if (version < 1)
        return QCoreApplication::translate("DeepDive::Journal", "its header has no valid format version");
    return {};
}

QString fileName(const QString &deviceId)
{
    return deviceId + QStringLiteral(".jsonl");
}

bool isJournalName(const QString &name)
{
    // Syncthing's temporary files are ".syncthing.<name>.tmp", Nextcloud's ".<name>.~<n>", Dropbox keeps its own
    // elsewhere; a file of ours being written is "<name>.XXXXXX" (QSaveFile): none ends in ".jsonl".
    return name.endsWith(QLatin1String(".jsonl")) && !name.startsWith(QLatin1Char('.'));
}

} // namespace DeepDive::Journal
