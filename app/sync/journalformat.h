#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace DeepDive::Journal {

// The journals in the sync folder: deepdive-sync/<device-id>.jsonl, one per device, written only by that device.
// Every line is one compact JSON object, a tab and the first 16 hex digits of the SHA-256 of the JSON, so that a
// line that arrived half-synced (or was damaged) is recognised and ignored. The first line is the header
// {"t":"header","format":"deepdive-sync","v":1,"dev":ID,"name":NAME,"seg":N}; every later line is one event.
inline constexpr int formatVersion = 1;
inline constexpr const char *formatName = "deepdive-sync";
inline const QString folderName = QStringLiteral("deepdive-sync");

QByteArray encodeLine(const QJsonObject &event); // with the checksum and the newline
// The event on `line` (without its newline); false, with `problem` saying what is wrong, when the checksum does
// not match or it is not a JSON object.
bool decodeLine(QByteArrayView line, QJsonObject *event, QString *problem);

QJsonObject header(const QString &deviceId, const QString &deviceName, int segment);
// What is wrong with `event` as a header: not one, or one from a newer Deep Dive (`newer` is then set).
QString headerProblem(const QJsonObject &event, bool *newer);

QString fileName(const QString &deviceId); // "<device-id>.jsonl"
// Whether `name` in the sync folder is a journal: a device's own, or a copy a sync tool made of one in a conflict
// (Syncthing's "<id>.sync-conflict-<date>-<device>.jsonl", Nextcloud's and Dropbox's "<id> (conflicted copy
// ...).jsonl"). Sync tools' temporary files are not.
bool isJournalName(const QString &name);

QByteArray sha256Hex(QByteArrayView data);

} // namespace DeepDive::Journal
