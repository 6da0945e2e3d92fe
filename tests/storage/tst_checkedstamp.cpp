#include "checkedstamp.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>

using namespace DeepDive;

// The stamp holds for the file it was made for, as it was: any write, a replacement by a copy, or commits waiting in a
// write-ahead log beside it, and the file is checked again.
class TestCheckedStamp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void recorded_matchesTheFileAsItWas();
    void noStampOrAnotherOne_doesNotMatch();
    void aWrite_evenOfTheSameSize_doesNotMatch();
    void aCopyPutInItsPlace_withTheSameTimes_doesNotMatch();
    void aLogWithCommitsBesideIt_doesNotMatch_anEmptyOneDoes();
    void forgotten_doesNotMatch();

private:
    QString file() const { return m_dir->filePath(QStringLiteral("deepdive.db")); }
    void write(const QString &name, const QByteArray &bytes);
    void record();
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCheckedStamp::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    write(file(), QByteArray(8192, 'a'));
}

void TestCheckedStamp::write(const QString &name, const QByteArray &bytes)
{
    QFile f(name);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

void TestCheckedStamp::record()
{
    QString error;
    QVERIFY2(CheckedStamp::record(file(), &error), qPrintable(error));
}

void TestCheckedStamp::recorded_matchesTheFileAsItWas()
{
    record();
    QCOMPARE(CheckedStamp::stampFile(file()), file() + QStringLiteral("-checked"));
    QVERIFY(QFileInfo::exists(CheckedStamp::stampFile(file())));
    QVERIFY(CheckedStamp::matches(file()));
    QVERIFY(CheckedStamp::matches(file())); // reading it changes nothing
    QString error;
    QVERIFY(!CheckedStamp::record(m_dir->filePath(QStringLiteral("missing.db")), &error));
    QVERIFY(error.contains(QStringLiteral("missing.db")));
}

void TestCheckedStamp::noStampOrAnotherOne_doesNotMatch()
{
    QVERIFY(!CheckedStamp::matches(file()));
    write(CheckedStamp::stampFile(file()), "deepdive-checked 1 1 2 8192 0.0\n");
    QVERIFY(!CheckedStamp::matches(file()));
    write(CheckedStamp::stampFile(file()), "");
    QVERIFY(!CheckedStamp::matches(file()));
    QVERIFY(!CheckedStamp::matches(m_dir->filePath(QStringLiteral("missing.db"))));
}

void TestCheckedStamp::aWrite_evenOfTheSameSize_doesNotMatch()
{
    record();
    struct stat before;
    QCOMPARE(::stat(QFile::encodeName(file()).constData(), &before), 0);
    QFile f(file());
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.seek(4096));
    QCOMPARE(f.write("b"), 1);
    f.close();
    // A write in the same nanosecond as the stamp would go unseen: the time is moved on to be sure the write is.
    struct timespec times[2] = {before.st_atim, before.st_mtim};
    times[1].tv_nsec = (times[1].tv_nsec + 1) % 1'000'000'000;
    QCOMPARE(::utimensat(AT_FDCWD, QFile::encodeName(file()).constData(), times, 0), 0);
    QCOMPARE(QFileInfo(file()).size(), 8192);
    QVERIFY(!CheckedStamp::matches(file()));
    record();
    QVERIFY(CheckedStamp::matches(file()));
    QFile grown(file());
    QVERIFY(grown.open(QIODevice::Append));
    QCOMPARE(grown.write("c"), 1);
    grown.close();
    QCOMPARE(::utimensat(AT_FDCWD, QFile::encodeName(file()).constData(), times, 0), 0); // the same times, bigger
    QVERIFY(!CheckedStamp::matches(file()));
}

void TestCheckedStamp::aCopyPutInItsPlace_withTheSameTimes_doesNotMatch()
{
    record();
    struct stat before;
    QCOMPARE(::stat(QFile::encodeName(file()).constData(), &before), 0);
    const QString copy = m_dir->filePath(QStringLiteral("copy.db"));
    QVERIFY(QFile::copy(file(), copy));
    const struct timespec times[2] = {before.st_atim, before.st_mtim};
    QCOMPARE(::utimensat(AT_FDCWD, QFile::encodeName(copy).constData(), times, 0), 0);
    QVERIFY(QFile::remove(file()));
    QVERIFY(QFile::rename(copy, file())); // as a sync tool or a restore by hand puts a file in place
    QVERIFY(!CheckedStamp::matches(file()));
}

void TestCheckedStamp::aLogWithCommitsBesideIt_doesNotMatch_anEmptyOneDoes()
{
    record();
    write(file() + QStringLiteral("-wal"), QByteArray());
    QVERIFY(CheckedStamp::matches(file())); // SQLite leaves an empty log behind in some modes
    write(file() + QStringLiteral("-wal"), QByteArray(32, 'w'));
    QVERIFY(!CheckedStamp::matches(file()));
}

void TestCheckedStamp::forgotten_doesNotMatch()
{
    record();
    CheckedStamp::forget(file());
    QVERIFY(!QFileInfo::exists(CheckedStamp::stampFile(file())));
    QVERIFY(!CheckedStamp::matches(file()));
    CheckedStamp::forget(file()); // nothing to forget: nothing happens
}

QTEST_GUILESS_MAIN(TestCheckedStamp)
#include "tst_checkedstamp.moc"
