#include "ankipackage.h"

#include "apkgbuilder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QTest>

#include <KZip>

using namespace DeepDive;

// AnkiPackage: an .apkg opened for reading: its collection unpacked, its media map read, its media unpacked on
// demand; a file that is not a package of a format we read is refused with a reason, and nothing unpacks past the
// limits, whatever sizes the zip declares.
class TestAnkiPackage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void open_unpacksTheCollection_andReadsTheMediaMap_data();
    void open_unpacksTheCollection_andReadsTheMediaMap();
    void open_prefersCollectionAnki21_toTheAnki2BesideIt();
    void open_withoutAMediaMap_hasNoMedia();
    void malformed_isRefusedWithItsReason_andTheFileKept_data();
    void malformed_isRefusedWithItsReason_andTheFileKept();
    void missingFile_saysItCannotBeRead_notThatItIsNoPackage();
    void anki21b_isRefusedWithHowToExportAFileWeRead();
    void mediaMap_thatIsNotAJsonObject_isRefused_data();
    void mediaMap_thatIsNotAJsonObject_isRefused();
    void extractMedia_unknownName_orAnEntryNotInTheZip_fails();
    void tooManyEntries_declared_isRefusedBeforeTheyAreListed();
    void collection_overItsLimit_isRefused_andNotUnpacked();
    void media_overItsLimit_orThePackagesTotal_isRefused();
    void sizesThatLie_smaller_stopAtTheLimit_andLeaveNoFile();
    void sizesThatLie_larger_areDamage_andLeaveNoFile();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString work() const { return m_dir->filePath(QStringLiteral("work")); }
    QStringList workEntries() const { return QDir(work()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden); }
    QByteArray m_collection; // a small real collection (one note), made once
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {
using Entries = QList<QPair<QString, QByteArray>>;

bool writeZip(const QString &file, const Entries &entries)
{
    KZip zip(file);
    if (!zip.open(QIODevice::WriteOnly))
        return false;
    for (const auto &[name, data] : entries) {
        if (!zip.writeFile(name, data))
            return false;
    }
    return zip.close();
}

QByteArray readAll(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &file, const QByteArray &data)
{
    QFile f(file);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

void putLe32(QByteArray *bytes, qsizetype at, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        (*bytes)[at + i] = char((value >> (8 * i)) & 0xff);
}

// Makes the zip declare `size` as the unpacked size of `name`, in its local header and its central directory.
int declareSize(QByteArray *zip, const QString &name, quint32 size)
{
    const QByteArray utf8 = name.toUtf8();
    int patched = 0;
    for (qsizetype at = zip->indexOf("PK\x03\x04"); at >= 0; at = zip->indexOf("PK\x03\x04", at + 4)) {
        if (zip->mid(at + 30, utf8.size()) == utf8) {
            putLe32(zip, at + 22, size);
            ++patched;
        }
    }
    for (qsizetype at = zip->indexOf("PK\x01\x02"); at >= 0; at = zip->indexOf("PK\x01\x02", at + 4)) {
        if (zip->mid(at + 46, utf8.size()) == utf8) {
            putLe32(zip, at + 24, size);
            ++patched;
        }
    }
    return patched;
}

QByteArray makeCollection()
{
    QTemporaryDir dir;
    const QString apkg = dir.filePath(QStringLiteral("c.apkg"));
    if (!Test::writeApkg(apkg, QStringLiteral("collection.anki2"),
                         {{QStringLiteral("D"), Test::basicId, {QStringLiteral("q"), QStringLiteral("a")}}}))
        return {};
    KZip zip(apkg);
    if (!zip.open(QIODevice::ReadOnly))
        return {};
    const KArchiveFile *entry = zip.directory()->file(QStringLiteral("collection.anki2"));
    return entry ? entry->data() : QByteArray();
}
} // namespace

void TestAnkiPackage::initTestCase()
{
    m_collection = makeCollection();
    QVERIFY(m_collection.startsWith("SQLite format 3"));
}

void TestAnkiPackage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir().mkpath(work()));
}

void TestAnkiPackage::open_unpacksTheCollection_andReadsTheMediaMap_data()
{
    QTest::addColumn<QString>("collectionName");
    QTest::newRow("collection.anki2") << QStringLiteral("collection.anki2");
    QTest::newRow("collection.anki21") << QStringLiteral("collection.anki21");
}

void TestAnkiPackage::open_unpacksTheCollection_andReadsTheMediaMap()
{
    QFETCH(QString, collectionName);
    const QByteArray png("\x89PNG\r\n\x1a\n picture", 17);
    const QString apkg = path(QStringLiteral("t.apkg"));
    QVERIFY(writeZip(apkg, {{collectionName, m_collection},
                            {QStringLiteral("media"), QByteArray("{\"0\": \"my pic.png\", \"1\": \"caf\xc3\xa9.jpg\"}")},
                            {QStringLiteral("0"), png},
                            {QStringLiteral("1"), QByteArray("jpeg")}}));
    AnkiPackage package;
    QString error;
    QVERIFY2(package.open(apkg, work(), &error), qPrintable(error));
    QCOMPARE(package.collectionName(), collectionName);
    QCOMPARE(QFileInfo(package.collectionPath()).absolutePath(), QFileInfo(work()).absoluteFilePath());
    QCOMPARE(readAll(package.collectionPath()), m_collection);
    // Media by the names the notes use, not by the numbers in the zip.
    QVERIFY(package.hasMedia(QStringLiteral("my pic.png")));
    QVERIFY(package.hasMedia(QStringLiteral("caf\u00e9.jpg")));
    QVERIFY(!package.hasMedia(QStringLiteral("0")));
    QVERIFY(!package.hasMedia(QStringLiteral("other.png")));
    const QString target = path(QStringLiteral("out.png"));
    QVERIFY2(package.extractMedia(QStringLiteral("my pic.png"), target, &error), qPrintable(error));
    QCOMPARE(readAll(target), png);
    QVERIFY2(package.extractMedia(QStringLiteral("caf\u00e9.jpg"), target, &error), qPrintable(error));
    QCOMPARE(readAll(target), QByteArray("jpeg"));
}

void TestAnkiPackage::open_prefersCollectionAnki21_toTheAnki2BesideIt()
{
    // Anki 2.1.x exports both: the real collection as .anki21 and, as .anki2, one saying "please update Anki".
    const QString apkg = path(QStringLiteral("t.apkg"));
    QVERIFY(writeZip(apkg, {{QStringLiteral("collection.anki2"), QByteArray("a collection that says: please update")},
                            {QStringLiteral("collection.anki21"), m_collection},
                            {QStringLiteral("media"), QByteArray("{}")}}));
    AnkiPackage package;
    QString error;
    QVERIFY2(package.open(apkg, work(), &error), qPrintable(error));
    QCOMPARE(package.collectionName(), QStringLiteral("collection.anki21"));
    QCOMPARE(readAll(package.collectionPath()), m_collection);
}

void TestAnkiPackage::open_withoutAMediaMap_hasNoMedia()
{
    const QString apkg = path(QStringLiteral("t.apkg"));
    QVERIFY(writeZip(apkg, {{QStringLiteral("collection.anki2"), m_collection}, {QStringLiteral("0"), QByteArray("x")}}));
    AnkiPackage package;
    QString error;
    QVERIFY2(package.open(apkg, work(), &error), qPrintable(error));
    QVERIFY(!package.hasMedia(QStringLiteral("0")));
    QVERIFY(!package.extractMedia(QStringLiteral("0"), path(QStringLiteral("out")), &error));
    QCOMPARE(error, QStringLiteral("0 is not in the package"));
}

void TestAnkiPackage::malformed_isRefusedWithItsReason_andTheFileKept_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reason");
    QTest::newRow("not a zip") << "text" << "is not an Anki package (.apkg): it cannot be read as a zip file";
    QTest::newRow("empty") << "empty" << "is not an Anki package (.apkg): it cannot be read as a zip file";
    QTest::newRow("cut in the middle") << "cut 50" << "is not an Anki package (.apkg): it cannot be read as a zip file";
    QTest::newRow("cut before its directory") << "cut 90" << "is not an Anki package (.apkg): it cannot be read as a zip file";
    QTest::newRow("a zip without a collection") << "no collection" << "holds no Anki collection (collection.anki2 or collection.anki21)";
    QTest::newRow("a folder named like the collection") << "folder" << "holds no Anki collection";
}

void TestAnkiPackage::malformed_isRefusedWithItsReason_andTheFileKept()
{
    QFETCH(QString, kind);
    QFETCH(QString, reason);
    const QString apkg = path(QStringLiteral("bad.apkg"));
    const QString good = path(QStringLiteral("good.apkg"));
    QVERIFY(writeZip(good, {{QStringLiteral("collection.anki2"), m_collection}, {QStringLiteral("media"), QByteArray("{}")}}));
    const QByteArray goodBytes = readAll(good);
    if (kind == QLatin1String("text")) {
        QVERIFY(writeAll(apkg, QByteArray("These are my Anki notes, as text.\n").repeated(50)));
    } else if (kind == QLatin1String("empty")) {
        QVERIFY(writeAll(apkg, QByteArray()));
    } else if (kind.startsWith(QLatin1String("cut "))) {
        QVERIFY(writeAll(apkg, goodBytes.left(goodBytes.size() * kind.mid(4).toInt() / 100)));
    } else if (kind == QLatin1String("no collection")) {
        QVERIFY(writeZip(apkg, {{QStringLiteral("media"), QByteArray("{}")}, {QStringLiteral("notes.txt"), QByteArray("x")}}));
    } else if (kind == QLatin1String("folder")) {
        KZip zip(apkg);
        QVERIFY(zip.open(QIODevice::WriteOnly));
        QVERIFY(zip.writeDir(QStringLiteral("collection.anki2")));
        QVERIFY(zip.writeFile(QStringLiteral("collection.anki2/x"), QByteArray("x")));
        QVERIFY(zip.close());
    }
    const QByteArray before = readAll(apkg);
    AnkiPackage package;
    QString error;
    QVERIFY(!package.open(apkg, work(), &error));
    QVERIFY2(error.startsWith(QDir::toNativeSeparators(apkg) + QLatin1Char(' ')), qPrintable(error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QCOMPARE(readAll(apkg), before); // read, never changed
    QCOMPARE(workEntries(), QStringList());
}

void TestAnkiPackage::missingFile_saysItCannotBeRead_notThatItIsNoPackage()
{
    const QString apkg = path(QStringLiteral("gone.apkg"));
    AnkiPackage package;
    QString error;
    QVERIFY(!package.open(apkg, work(), &error));
    QCOMPARE(error, QStringLiteral("%1 cannot be read: No such file or directory").arg(QDir::toNativeSeparators(apkg)));
    QVERIFY(!QFileInfo::exists(apkg));
    QCOMPARE(workEntries(), QStringList());
}

void TestAnkiPackage::anki21b_isRefusedWithHowToExportAFileWeRead()
{
    const QString apkg = path(QStringLiteral("new.apkg"));
    QVERIFY(writeZip(apkg, {{QStringLiteral("collection.anki21b"), QByteArray("\x28\xb5\x2f\xfd zstd", 9)},
                            {QStringLiteral("collection.anki2"), m_collection},
                            {QStringLiteral("meta"), QByteArray("\x08\x03", 2)}}));
    AnkiPackage package;
    QString error;
    QVERIFY(!package.open(apkg, work(), &error));
    QVERIFY2(error.contains(QStringLiteral("Anki 2.1.50 and later (collection.anki21b)")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("tick \"Support older Anki versions")), qPrintable(error));
    QVERIFY2(error.startsWith(QDir::toNativeSeparators(apkg)), qPrintable(error));
    // Not the placeholder beside it, which only asks to update Anki.
    QCOMPARE(workEntries(), QStringList());
}

void TestAnkiPackage::mediaMap_thatIsNotAJsonObject_isRefused_data()
{
    QTest::addColumn<QByteArray>("map");
    QTest::newRow("an array") << QByteArray("[\"a.png\"]");
    QTest::newRow("not JSON") << QByteArray("{\"0\": \"a.png\",");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff", 4);
}

void TestAnkiPackage::mediaMap_thatIsNotAJsonObject_isRefused()
{
    QFETCH(QByteArray, map);
    const QString apkg = path(QStringLiteral("t.apkg"));
    QVERIFY(writeZip(apkg, {{QStringLiteral("collection.anki2"), m_collection}, {QStringLiteral("media"), map}}));
    AnkiPackage package;
    QString error;
    QVERIFY(!package.open(apkg, work(), &error));
    QVERIFY2(error.startsWith(QStringLiteral("the media list of ") + QDir::toNativeSeparators(apkg)
                              + QStringLiteral(" is not the JSON object an Anki package has")),
             qPrintable(error));
}

void TestAnkiPackage::extractMedia_unknownName_orAnEntryNotInTheZip_fails()
{
    const QString apkg = path(QStringLiteral("t.apkg"));
    QVERIFY(writeZip(apkg, {{QStringLiteral("collection.anki2"), m_collection},
                            {QStringLiteral("media"), QByteArray("{\"0\": \"here.png\", \"7\": \"listed.png\"}")},
                            {QStringLiteral("0"), QByteArray("png")}}));
    AnkiPackage package;
    QString error;
    QVERIFY2(package.open(apkg, work(), &error), qPrintable(error));
    const QString target = path(QStringLiteral("out.png"));
    QVERIFY(!package.extractMedia(QStringLiteral("nowhere.png"), target, &error));
    QCOMPARE(error, QStringLiteral("nowhere.png is not in the package"));
    QVERIFY(package.hasMedia(QStringLiteral("listed.png")));
    QVERIFY(!package.extractMedia(QStringLiteral("listed.png"), target, &error));
    QCOMPARE(error, QDir::toNativeSeparators(apkg) + QStringLiteral(" lists 7, but the file is not in it"));
    QVERIFY(!QFileInfo::exists(target));
    // A failure does not spoil the package: the next file still comes out.
    QVERIFY2(package.extractMedia(QStringLiteral("here.png"), target, &error), qPrintable(error));
    QCOMPARE(readAll(target), QByteArray("png"));
}

void TestAnkiPackage::tooManyEntries_declared_isRefusedBeforeTheyAreListed()
{
    const QString apkg = path(QStringLiteral("t.apkg"));
    QVERIFY(writeZip(apkg, {{QStringLiteral("collection.anki2"), m_collection}, {QStringLiteral("media"), QByteArray("{}")}}));
    AnkiPackageLimits limits;
    limits.maxEntries = 100;
    {
        AnkiPackage package(limits);
        QString error;
        QVERIFY2(package.open(apkg, work(), &error), qPrintable(error));
    }
    // The end record claims 65,000 entries: refused from that alone, before KZip lists any.
    QByteArray bytes = readAll(apkg);
    const qsizetype end = bytes.lastIndexOf("PK\x05\x06");
    QVERIFY(end > 0);
    bytes[end + 8] = bytes[end + 10] = char(0xe8);
    bytes[end + 9] = bytes[end + 11] = char(0xfd);
    QVERIFY(writeAll(apkg, bytes));
    AnkiPackage package(limits);
    QString error;
    QVERIFY(!package.open(apkg, work(), &error));
    QCOMPARE(error, QDir::toNativeSeparators(apkg) + QStringLiteral(" holds 65000 files; an Anki package may hold at most 100"));
}

void TestAnkiPackage::collection_overItsLimit_isRefused_andNotUnpacked()
{
    const QString apkg = path(QStringLiteral("bomb.apkg"));
    QVERIFY(writeZip(apkg, {{QStringLiteral("collection.anki2"), QByteArray(4 << 20, '\0')}, {QStringLiteral("media"), QByteArray("{}")}}));
    QVERIFY(QFileInfo(apkg).size() < 100'000); // a few KiB that unpack to 4 MiB
    AnkiPackageLimits limits;
    limits.maxCollectionBytes = 1 << 20;
    AnkiPackage package(limits);
    QString error;
    QVERIFY(!package.open(apkg, work(), &error));
    QCOMPARE(error, QStringLiteral("collection.anki2 in %1 unpacks to more than 1.0 MiB (at most 1.0 MiB for this file, "
                                   "1024.0 MiB for the whole package); it was not imported")
                        .arg(QDir::toNativeSeparators(apkg)));
    QCOMPARE(workEntries(), QStringList());
}

void TestAnkiPackage::media_overItsLimit_orThePackagesTotal_isRefused()
{
    const QString apkg = path(QStringLiteral("t.apkg"));
    QVERIFY(writeZip(apkg, {{QStringLiteral("collection.anki2"), m_collection},
                            {QStringLiteral("media"), QByteArray("{\"0\": \"big.png\", \"1\": \"a.png\", \"2\": \"b.png\"}")},
                            {QStringLiteral("0"), QByteArray(300'000, 'x')},
                            {QStringLiteral("1"), QByteArray(150'000, 'a')},
                            {QStringLiteral("2"), QByteArray(150'000, 'b')}}));
    AnkiPackageLimits limits;
    limits.maxMediaFileBytes = 200'000;
    limits.maxTotalBytes = m_collection.size() + 100 + 250'000; // the collection, the map, and one of the small ones
    AnkiPackage package(limits);
    QString error;
    QVERIFY2(package.open(apkg, work(), &error), qPrintable(error));
    const QString target = path(QStringLiteral("out.png"));
    QVERIFY(!package.extractMedia(QStringLiteral("big.png"), target, &error));
    QVERIFY2(error.startsWith(QStringLiteral("0 in ") + QDir::toNativeSeparators(apkg)
                              + QStringLiteral(" unpacks to more than 0.2 MiB (at most 0.2 MiB for this file")),
             qPrintable(error));
    QVERIFY(!QFileInfo::exists(target));
    QVERIFY2(package.extractMedia(QStringLiteral("a.png"), target, &error), qPrintable(error));
    QCOMPARE(readAll(target), QByteArray(150'000, 'a'));
    // The refused file did not count; this one would pass the total.
    const QString second = path(QStringLiteral("second.png"));
    QVERIFY(!package.extractMedia(QStringLiteral("b.png"), second, &error));
    QVERIFY2(error.startsWith(QStringLiteral("2 in ") + QDir::toNativeSeparators(apkg)
                              + QStringLiteral(" unpacks to more than 0.1 MiB (at most 0.2 MiB for this file")),
             qPrintable(error));
    QVERIFY(!QFileInfo::exists(second));
}

void TestAnkiPackage::sizesThatLie_smaller_stopAtTheLimit_andLeaveNoFile()
{
    const QString apkg = path(QStringLiteral("liar.apkg"));
    QVERIFY(writeZip(apkg, {{QStringLiteral("collection.anki2"), m_collection},
                            {QStringLiteral("media"), QByteArray("{\"0\": \"big.png\"}")},
                            {QStringLiteral("0"), QByteArray(4 << 20, 'x')}}));
    QByteArray bytes = readAll(apkg);
    QCOMPARE(declareSize(&bytes, QStringLiteral("0"), 1000), 2); // says 1000 bytes, unpacks to 4 MiB
    QVERIFY(writeAll(apkg, bytes));
    AnkiPackageLimits limits;
    limits.maxMediaFileBytes = 1 << 20;
    AnkiPackage package(limits);
    QString error;
    QVERIFY2(package.open(apkg, work(), &error), qPrintable(error));
    const QString target = path(QStringLiteral("out.png"));
    QVERIFY(!package.extractMedia(QStringLiteral("big.png"), target, &error));
    QVERIFY2(error.contains(QStringLiteral("unpacks to more than 1.0 MiB")), qPrintable(error));
    QVERIFY(!QFileInfo::exists(target)); // not a megabyte of it
}

void TestAnkiPackage::sizesThatLie_larger_areDamage_andLeaveNoFile()
{
    const QString apkg = path(QStringLiteral("damaged.apkg"));
    QVERIFY(writeZip(apkg, {{QStringLiteral("collection.anki2"), m_collection},
                            {QStringLiteral("media"), QByteArray("{\"0\": \"pic.png\"}")},
                            {QStringLiteral("0"), QByteArray(5000, 'p')}}));
    QByteArray bytes = readAll(apkg);
    QCOMPARE(declareSize(&bytes, QStringLiteral("0"), 8000), 2); // says 8000 bytes, unpacks to 5000
    QVERIFY(writeAll(apkg, bytes));
    AnkiPackage package;
    QString error;
    QVERIFY2(package.open(apkg, work(), &error), qPrintable(error));
    const QString target = path(QStringLiteral("pic.png"));
    QVERIFY(!package.extractMedia(QStringLiteral("pic.png"), target, &error));
    QCOMPARE(error, QStringLiteral("0 in %1 is damaged: 5000 bytes could be unpacked of the 8000 it declares")
                        .arg(QDir::toNativeSeparators(apkg)));
    // A cut picture would be copied into the deck beside the topic: nothing is left.
    QVERIFY(!QFileInfo::exists(target));
}

QTEST_GUILESS_MAIN(TestAnkiPackage)
#include "tst_ankipackage.moc"
