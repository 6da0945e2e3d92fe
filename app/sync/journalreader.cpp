#include "journalreader.h"

#include "journalformat.h"

#include <QFile>

namespace DeepDive {

JournalRead JournalReader::read(const QString &file, const JournalPosition &from)
{
    JournalRead result;
    result.file = file;
    result.position = from;
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        result.error = tr("%1 cannot be read: %2").arg(file, in.errorString());
        return result;
    }
    if (in.size() > maxJournalBytes) {
        result.error = tr("%1 is larger than a journal can be (%2 bytes); it was not read").arg(file).arg(in.size());
        return result;
    }
    const QByteArray data = in.readAll();
    if (in.error() != QFile::NoError) {
        result.error = tr("%1 cannot be read: %2").arg(file, in.errorString());
        return result;
    }
    JournalPosition at = from;
    if (at.bytes > data.size() || Journal::sha256Hex(QByteArrayView(data).first(at.bytes)) != at.prefixSha256) {
        result.restarted = at.bytes > 0;
        at = {};
    }

    // The header: the device this journal belongs to, and whether this version can read it.
    const qsizetype headerEnd = data.indexOf('\n');
    if (headerEnd < 0)
        return result; // not even the header has arrived yet
    QJsonObject header;
    QString problem;
    if (!Journal::decodeLine(QByteArrayView(data).first(headerEnd), &header, &problem)) {
        result.error = tr("%1:1: %2; the journal was not read").arg(file, problem);
        return result;
    }
    bool newer = false;
    if (const QString wrong = Journal::headerProblem(header, &newer); !wrong.isEmpty()) {
        result.refused = newer;
        result.error = tr("%1: %2").arg(file, wrong);
        return result;
    }
    result.deviceId = header.value(QStringLiteral("dev")).toString();
    result.deviceName = header.value(QStringLiteral("name")).toString();
    if (at.bytes == 0) {
        at.bytes = headerEnd + 1;
        at.lines = 1;
    }

    qint64 offset = at.bytes;
    int line = at.lines;
    while (offset < data.size()) {
        const qsizetype end = data.indexOf('\n', offset);
        if (end < 0)
            break; // still arriving
        ++line;
        QJsonObject event;
        if (Journal::decodeLine(QByteArrayView(data).sliced(offset, end - offset), &event, &problem))
            result.events.append({line, event});
        else
            result.problems.append(tr("%1:%2: %3; the line was skipped").arg(file).arg(line).arg(problem));
        offset = end + 1;
    }
    result.position = {offset, line, Journal::sha256Hex(QByteArrayView(data).first(offset))};
    return result;
}

} // namespace DeepDive
