#include "ankipackage.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <KZip>

#include <limits>

namespace DeepDive {

namespace {
QString mib(qint64 bytes)
{
    return QString::number(double(bytes) / (1 << 20), 'f', 1);
}
// The number of entries a zip declares in its end of central directory record (zip64 too), read before KZip lists
// them all in memory; -1 when the record cannot be found (KZip then says what is wrong).
qint64 declaredEntries(const QString &file)
{
    QFile zip(file);
    if (!zip.open(QIODevice::ReadOnly) || zip.size() < 22)
        return -1;
    const qint64 tail = std::min<qint64>(zip.size(), 22 + 0xffff + 20);
    zip.seek(zip.size() - tail);
    const QByteArray end = zip.read(tail);
    const qsizetype eocd = end.lastIndexOf(QByteArrayView("PK\x05\x06", 4));
    if (eocd < 0 || eocd + 22 > end.size())
        return -1;
    const auto le = [](const char *p, int bytes) {
        quint64 v = 0;
        for (int i = bytes - 1; i >= 0; --i)
            v = (v << 8) | quint8(p[i]);
        return v;
    };
    const quint64 entries = le(end.constData() + eocd + 10, 2);
    if (entries != 0xffff)
        return qint64(entries);
    // Zip64: the locator just before the record gives the zip64 end record's offset.
    if (eocd < 20 || end.mid(eocd - 20, 4) != QByteArrayView("PK\x06\x07", 4))
        return -1;
    zip.seek(qint64(le(end.constData() + eocd - 20 + 8, 8)));
    const QByteArray record = zip.read(56);
    if (record.size() < 56 || !record.startsWith(QByteArrayView("PK\x06\x06", 4)))
        return -1;
    return qint64(std::min<quint64>(le(record.constData() + 32, 8), quint64(std::numeric_limits<qint64>::max())));
}

} // namespace

AnkiPackage::AnkiPackage(AnkiPackageLimits limits)
    : m_limits(limits)
{
}

AnkiPackage::~AnkiPackage() = default;

bool AnkiPackage::open(const QString &file, const QString &workFolder, QString *error)
{
    m_file = file;
    // A file that cannot be opened at all is not "no package": say why it cannot be read.
    if (QFile probe(file); !probe.open(QIODevice::ReadOnly)) {
        *error = tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(file), probe.errorString());
        return false;
    }
    if (const qint64 entries = declaredEntries(file); entries > m_limits.maxEntries) {
        *error = tr("%1 holds %2 files; an Anki package may hold at most %3")
                     .arg(QDir::toNativeSeparators(file)).arg(entries).arg(m_limits.maxEntries);
        return false;
    }
    m_zip = std::make_unique<KZip>(file);
    if (!m_zip->open(QIODevice::ReadOnly)) {
        *error = tr("%1 is not an Anki package (.apkg): it cannot be read as a zip file (%2)")
                     .arg(QDir::toNativeSeparators(file), m_zip->errorString());
        return false;
    }
    const KArchiveDirectory *root = m_zip->directory();
    if (root->entries().size() > m_limits.maxEntries) {
        *error = tr("%1 holds %2 files; an Anki package may hold at most %3")
                     .arg(QDir::toNativeSeparators(file)).arg(root->entries().size()).arg(m_limits.maxEntries);
        return false;
    }
    if (root->file(QStringLiteral("collection.anki21b"))) {
        *error = tr("%1 was exported in the format of Anki 2.1.50 and later (collection.anki21b), which Deep Dive "
                    "cannot read. In Anki, choose File > Export, \"Anki Deck Package (*.apkg)\", tick \"Support older "
                    "Anki versions (slower/larger files)\" and export again; then import that file.")
                     .arg(QDir::toNativeSeparators(file));
        return false;
    }
    for (const QString &name : {QStringLiteral("collection.anki21"), QStringLiteral("collection.anki2")}) {
        if (root->file(name)) {
            m_collectionName = name;
            break;
        }
    }
    if (m_collectionName.isEmpty()) {
        *error = tr("%1 holds no Anki collection (collection.anki2 or collection.anki21); is it an Anki deck package?")
                     .arg(QDir::toNativeSeparators(file));
        return false;
    }
    m_collectionPath = QDir(workFolder).filePath(QStringLiteral("collection.sqlite"));
    if (!extract(m_collectionName, m_collectionPath, m_limits.maxCollectionBytes, error))
        return false;

    m_media.clear();
    if (const KArchiveFile *media = root->file(QStringLiteral("media"))) {
        constexpr qint64 maxMap = 16 << 20;
        if (media->size() > maxMap) {
            *error = tr("the media list of %1 is over %2 MiB; it cannot be right").arg(QDir::toNativeSeparators(file)).arg(maxMap >> 20);
            return false;
        }
        const QString mapPath = QDir(workFolder).filePath(QStringLiteral("media.json"));
        if (!extract(QStringLiteral("media"), mapPath, maxMap, error))
            return false;
        QFile map(mapPath);
        QJsonParseError parseError;
        const QJsonDocument doc = map.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(map.readAll(), &parseError)
                                                                : QJsonDocument();
        if (!doc.isObject()) {
            *error = tr("the media list of %1 is not the JSON object an Anki package has (%2)")
                         .arg(QDir::toNativeSeparators(file), parseError.errorString());
            return false;
        }
        const QJsonObject object = doc.object();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            m_media.insert(it->toString(), it.key());
    }
    return true;
}

bool AnkiPackage::extractMedia(const QString &name, const QString &target, QString *error)
{
    const QString entry = m_media.value(name);
    if (entry.isEmpty()) {
        *error = tr("%1 is not in the package").arg(name);
        return false;
    }
    return extract(entry, target, m_limits.maxMediaFileBytes, error);
}

bool AnkiPackage::extract(const QString &entryName, const QString &target, qint64 limit, QString *error)
{
    const KArchiveFile *entry = m_zip->directory()->file(entryName);
    if (!entry) {
        *error = tr("%1 lists %2, but the file is not in it").arg(QDir::toNativeSeparators(m_file), entryName);
        return false;
    }
    const qint64 remaining = m_limits.maxTotalBytes - m_unpacked;
    const qint64 allowed = std::min(limit, remaining);
    const auto tooLarge = [&] {
        *error = tr("%1 in %2 unpacks to more than %3 MiB (at most %4 MiB for this file, %5 MiB for the whole "
                    "package); it was not imported")
                     .arg(entryName, QDir::toNativeSeparators(m_file), mib(allowed), mib(limit), mib(m_limits.maxTotalBytes));
        return false;
    };
    if (entry->size() > allowed)
        return tooLarge();
    std::unique_ptr<QIODevice> in(entry->createDevice());
    QFile out(target);
    if (!in || !out.open(QIODevice::WriteOnly)) {
        *error = tr("cannot unpack %1 to %2: %3").arg(entryName, QDir::toNativeSeparators(target), out.errorString());
        return false;
    }
    qint64 total = 0;
    QByteArray chunk;
    // The declared size may lie: count what comes out.
    while (!(chunk = in->read(1 << 16)).isEmpty()) {
        total += chunk.size();
        if (total > allowed) {
            out.close();
            out.remove();
            return tooLarge();
        }
        if (out.write(chunk) != chunk.size()) {
            *error = tr("cannot unpack %1 to %2: %3").arg(entryName, QDir::toNativeSeparators(target), out.errorString());
            out.close();
            out.remove();
            return false;
        }
    }
    if (total != entry->size()) {
        *error = tr("%1 in %2 is damaged: %3 bytes could be unpacked of the %4 it declares")
                     .arg(entryName, QDir::toNativeSeparators(m_file)).arg(total).arg(entry->size());
        // What came out is cut short: never left where it would be taken for the whole file.
        out.close();
        out.remove();
        return false;
    }
    m_unpacked += total;
    return true;
}

} // namespace DeepDive
