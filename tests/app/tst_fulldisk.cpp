#include "bookmarkstore.h"
#include "database.h"
#include "notestore.h"
#include "reviewstore.h"
#include "searchindex.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace DeepDive;

// The learner's data on a disk that fills up while they study. The test runs in a small tmpfs of its own: main()
// starts this binary again inside bubblewrap with a 3 MiB file system at $DEEPDIVE_FULL_DISK.
class TestFullDisk : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void fullDisk_writesFailClearly_nothingIsLost_andRestartsWork();

private:
    // Fills the file system until not even 512 bytes fit.
    void fill();
    void unfill() { QVERIFY(QFile::remove(m_filler)); }
    bool answer(Database &db, int n, QString *error);
    QString m_data;
    QString m_filler;
};

void TestFullDisk::init()
{
    const QString disk = qEnvironmentVariable("DEEPDIVE_FULL_DISK");
    QVERIFY(!disk.isEmpty());
    m_data = disk + QStringLiteral("/data");
    m_filler = disk + QStringLiteral("/filler");
    QVERIFY(QDir().mkpath(m_data));
}

void TestFullDisk::cleanup()
{
    QFile::remove(m_filler);
    QDir(m_data).removeRecursively();
}

void TestFullDisk::fill()
{
    QFile filler(m_filler);
    QVERIFY(filler.open(QIODevice::Append));
    for (const qsizetype chunk : {qsizetype(64 * 1024), qsizetype(4096), qsizetype(512)}) {
        const QByteArray block(chunk, 'f');
        while (filler.write(block) == chunk && filler.flush()) {
        }
        filler.close();
        QVERIFY(filler.open(QIODevice::Append)); // a failed write leaves the device in error: start again
    }
}

bool TestFullDisk::answer(Database &db, int n, QString *error)
{
    const qint64 ms = 1'000'000 + n;
    Review review{QStringLiteral("python"), QStringLiteral("card-%1").arg(n), QStringLiteral("gil"), ms, 3, true, 1000};
    CardState after{QStringLiteral("python"), review.cardId, QStringLiteral("gil"), CardState::Review, 2.5, 5.0, ms + 86'400'000, ms, 1, 0};
    return ReviewStore(db).recordAnswer(review, after, error);
}

void TestFullDisk::fullDisk_writesFailClearly_nothingIsLost_andRestartsWork()
{
    const QString file = m_data + QStringLiteral("/deepdive.db");
    const QString backups = m_data + QStringLiteral("/backups");
    const int before = 20;
    QString error;
    {
        Database db;
        QVERIFY2(db.open(file, backups), qPrintable(db.notice()));
        QCOMPARE(db.mode(), Database::Mode::Normal);
        for (int i = 0; i < before; ++i)
            QVERIFY2(answer(db, i, &error), qPrintable(error));
        QVERIFY(NoteStore(db).save({QStringLiteral("python"), QStringLiteral("gil"), QStringLiteral("written before"), 5}, &error));
        QVERIFY(BookmarkStore(db).set({QStringLiteral("python"), Bookmark::Topic, QStringLiteral("gil"), QStringLiteral("weak"), 6}, &error));

        // The disk fills up while the learner answers: each write fails and says why in plain words.
        fill();
        QVERIFY(!answer(db, before, &error));
        QVERIFY2(error.contains(QStringLiteral("the disk is full")), qPrintable(error));
        QVERIFY(!NoteStore(db).save({QStringLiteral("python"), QStringLiteral("gil"), QString(8000, QLatin1Char('n')), 7}, &error));
        QVERIFY2(error.contains(QStringLiteral("the disk is full")), qPrintable(error));

        // Everything written before is there and sound.
        QCOMPARE(ReviewStore(db).reviewCount(), before);
        QCOMPARE(NoteStore(db).note(QStringLiteral("python"), QStringLiteral("gil"))->body, QStringLiteral("written before"));
        QCOMPARE(BookmarkStore(db).all().size(), 1);
        QCOMPARE(db.quickCheck(), QStringLiteral("ok"));
    } // closing on the full disk cannot checkpoint: the log stays beside the file

    const auto movedAside = [&] {
        return QDir(m_data).entryList({QStringLiteral("deepdive.db.*"), QStringLiteral("deepdive.db-wal.*")}, QDir::Files);
    };
    {
        // A restart on the full disk, log and all: the progress is there, nothing was moved aside or started afresh.
        Database db;
        const bool writable = db.open(file, backups);
        QVERIFY2(writable == (db.mode() == Database::Mode::Normal), qPrintable(db.notice()));
        QVERIFY2(db.mode() == Database::Mode::Normal || db.mode() == Database::Mode::ReadOnly, qPrintable(db.notice()));
        QCOMPARE(ReviewStore(db).reviewCount(), before);
        QVERIFY2(movedAside().isEmpty(), qPrintable(movedAside().join(u' ')));
        // The search index, a cache, stays off and takes no space.
        SearchIndex search;
        const QString index = m_data + QStringLiteral("/cache/search.db");
        QVERIFY(!search.open(index, &error));
        QVERIFY2(error.contains(QStringLiteral("search stays off")), qPrintable(error));
        QVERIFY(!QFile::exists(index));
    }

    // Space comes back, the app closes cleanly (the log goes into the file), then the disk fills up again.
    unfill();
    {
        Database db;
        QVERIFY2(db.open(file, backups), qPrintable(db.notice()));
        QCOMPARE(db.mode(), Database::Mode::Normal);
    }
    QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
    fill();
    {
        // Starting now needs SQLite's index beside the file, which does not fit: the progress is shown read-only,
        // with a notice that says why; the file is not taken for damaged.
        Database db;
        QVERIFY(!db.open(file, backups, &error));
        QCOMPARE(error, db.notice());
        QCOMPARE(db.mode(), Database::Mode::ReadOnly);
        QVERIFY2(db.notice().contains(QStringLiteral("nothing new can be saved")), qPrintable(db.notice()));
        QCOMPARE(ReviewStore(db).reviewCount(), before);
        QVERIFY(movedAside().isEmpty());
    }
    {
        // The real app starts on the full disk, and leaves the database where it was.
        QProcess app;
        app.start(QStringLiteral(DEEPDIVE_BINARY), {QStringLiteral("--data-dir"), m_data, QStringLiteral("--screenshot"),
                                                   QDir::temp().filePath(QStringLiteral("deepdive-fulldisk.png"))});
        QVERIFY(app.waitForFinished(60000));
        const QString output = QString::fromUtf8(app.readAllStandardError());
        QCOMPARE(app.exitCode(), 0);
        QVERIFY2(output.contains(QStringLiteral("nothing new can be saved")), qPrintable(output));
        QVERIFY2(movedAside().isEmpty(), qPrintable(movedAside().join(u' ')));
        QFile::remove(QDir::temp().filePath(QStringLiteral("deepdive-fulldisk.png")));
    }
    unfill();
    Database db;
    QVERIFY2(db.open(file, backups), qPrintable(db.notice()));
    QCOMPARE(db.mode(), Database::Mode::Normal);
    QVERIFY2(answer(db, before, &error), qPrintable(error));
    QCOMPARE(ReviewStore(db).reviewCount(), before + 1);
    QCOMPARE(NoteStore(db).note(QStringLiteral("python"), QStringLiteral("gil"))->body, QStringLiteral("written before"));
    QCOMPARE(db.quickCheck(), QStringLiteral("ok"));
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (!qEnvironmentVariableIsSet("DEEPDIVE_FULL_DISK")) {
        // Again, inside bubblewrap, with a small file system of its own to fill (no root needed: a user namespace).
        const QString bwrap = QStandardPaths::findExecutable(QStringLiteral("bwrap"));
        if (bwrap.isEmpty()) {
            QTextStream(stderr) << "SKIP: bubblewrap (bwrap) is not installed; the full-disk test needs it for a small "
                                   "file system of its own (packaging/devenv has it)\n";
            return 77;
        }
        QTemporaryDir mountPoint;
        QStringList args{QStringLiteral("--unshare-user"), QStringLiteral("--dev-bind"), QStringLiteral("/"), QStringLiteral("/"),
                         QStringLiteral("--size"), QString::number(3 * 1024 * 1024), QStringLiteral("--tmpfs"), mountPoint.path(),
                         QStringLiteral("--setenv"), QStringLiteral("DEEPDIVE_FULL_DISK"), mountPoint.path(),
                         QStringLiteral("--die-with-parent"), QCoreApplication::applicationFilePath()};
        args += QCoreApplication::arguments().mid(1);
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(bwrap, args);
        if (!child.waitForFinished(300000)) {
            QTextStream(stderr) << "FAIL: the test in bubblewrap did not finish: " << child.errorString() << '\n';
            return 1;
        }
        return child.exitStatus() == QProcess::NormalExit ? child.exitCode() : 1;
    }
    TestFullDisk test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_fulldisk.moc"
