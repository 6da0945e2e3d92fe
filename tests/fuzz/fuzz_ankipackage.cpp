// libFuzzer target: any bytes given as an Anki package (.apkg, a zip) are opened or refused with a reason, never
// crash, and never unpack past the limits (a zip bomb, or a zip that lies about its sizes, stops at them).
#include "ankipackage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("input.apkg"));
    const QString work = dir.filePath(QStringLiteral("work"));
    QDir(work).removeRecursively();
    QDir().mkpath(work);
    {
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            __builtin_trap();
        out.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    DeepDive::AnkiPackageLimits limits;
    limits.maxCollectionBytes = 1 << 20;
    limits.maxMediaFileBytes = 256 << 10;
    limits.maxTotalBytes = 2 << 20;
    limits.maxEntries = 64;
    DeepDive::AnkiPackage package(limits);
    QString error;
    if (!package.open(file, work, &error)) {
        if (error.isEmpty())
            __builtin_trap(); // a refusal says why
        return 0;
    }
    if (QFileInfo(package.collectionPath()).size() > limits.maxCollectionBytes)
        __builtin_trap();
    // The media the seeds name, and names a hostile map could use to leave the folder.
    for (const QString &name : {QStringLiteral("a.png"), QStringLiteral("../escape.png"), QStringLiteral("/etc/passwd")}) {
        if (!package.hasMedia(name))
            continue;
        const QString target = QDir(work).filePath(QStringLiteral("media.out"));
        if (package.extractMedia(name, target, &error) && QFileInfo(target).size() > limits.maxMediaFileBytes)
            __builtin_trap();
        QFile::remove(target);
    }
    return 0;
}
