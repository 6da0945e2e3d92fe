#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <memory>

class KZip;

namespace DeepDive {

// How much an .apkg may unpack to. The sizes a zip declares are checked first and the bytes actually inflated are
// counted while reading, so a zip bomb (or a zip that lies about its sizes) is stopped at the limit.
struct AnkiPackageLimits
{
    qint64 maxCollectionBytes = 512LL << 20;
    qint64 maxMediaFileBytes = 64LL << 20;
    qint64 maxTotalBytes = 1LL << 30;
    int maxEntries = 100'000;
};

// An Anki package opened for reading: the collection unpacked into a folder, and the media map (file name -> zip
// entry). Refuses collection.anki21b (Anki 2.1.50+'s zstd format) with how to export a file we can read.
class AnkiPackage
{
    Q_DECLARE_TR_FUNCTIONS(DeepDive::AnkiPackage)

public:
    explicit AnkiPackage(AnkiPackageLimits limits = {});
    ~AnkiPackage();

    bool open(const QString &file, const QString &workFolder, QString *error);

    QString collectionPath() const { return m_collectionPath; }
    // "collection.anki2" or "collection.anki21".
    QString collectionName() const { return m_collectionName; }
    bool hasMedia(const QString &name) const { return m_media.contains(name); }
    // Unpacks the media file `name` to `target`.
    bool extractMedia(const QString &name, const QString &target, QString *error);

private:
    bool extract(const QString &entry, const QString &target, qint64 limit, QString *error);

    AnkiPackageLimits m_limits;
    std::unique_ptr<KZip> m_zip;
    QString m_file;
    QString m_collectionPath;
    QString m_collectionName;
    QHash<QString, QString> m_media;
    qint64 m_unpacked = 0;
};

} // namespace DeepDive
