#include "backuprestore.h"

#include "database.h"
#include "reviewstore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace DeepDive;

class TestBackupRestore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void problemWith_saysWhyABackupCannotBeRestored_data();
    void problemWith_saysWhyABackupCannotBeRestored();
    void prepare_goodBackup_leavesACheckedCopy_andDiscardRemovesIt();
    void swapIn_bringsTheBackupBack_andKeepsTheCurrentFileAside();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    // A database at `file` with `answers` answers, closed.
    void makeDatabase(const QString &file, int answers);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestBackupRestore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestBackupRestore::makeDatabase(const QString &file, int answers)
{
    Database db;
    QVERIFY2(db.open(file, path(QStringLiteral("backups"))), qPrintable(db.notice()));
    ReviewStore store(db);
    for (int i = 0; i < answers; ++i) {
        QString error;
        const Review review{QStringLiteral("python"), QStringLiteral("c%1").arg(i), QStringLiteral("gil"), 100 + i, 3, true, 1};
        const CardState after{QStringLiteral("python"), review.cardId, QStringLiteral("gil"), CardState::Review, 1.0, 5.0, 500, 100 + i, 1, 0};
        QVERIFY2(store.recordAnswer(review, after, &error), qPrintable(error));
    }
}

void TestBackupRestore::problemWith_saysWhyABackupCannotBeRestored_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("problem");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("it is empty");
    QTest::newRow("not SQLite") << QByteArray("just some text, long enough to be a file") << QStringLiteral("it is not a SQLite database");
}

void TestBackupRestore::problemWith_saysWhyABackupCannotBeRestored()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, problem);
    QFile f(path(QStringLiteral("copy.db")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    QCOMPARE(BackupRestore::problemWith(path(QStringLiteral("copy.db"))), problem);

    // What prepare says about it, with nothing left behind.
    QString error;
    const QString staging = BackupRestore::stagingFileOf(path(QStringLiteral("deepdive.db")));
    QVERIFY(!BackupRestore::prepare(path(QStringLiteral("copy.db")), staging, &error));
    QVERIFY2(error.contains(problem) && error.contains(QStringLiteral("Nothing was changed")), qPrintable(error));
    QVERIFY(!QFile::exists(staging));
}

void TestBackupRestore::prepare_goodBackup_leavesACheckedCopy_andDiscardRemovesIt()
{
    makeDatabase(path(QStringLiteral("backup.db")), 2);
    QCOMPARE(BackupRestore::problemWith(path(QStringLiteral("backup.db"))), QString());
    const QString staging = BackupRestore::stagingFileOf(path(QStringLiteral("deepdive.db")));
    QCOMPARE(staging, path(QStringLiteral("deepdive.db.restoring")));
    QString error;
    QVERIFY2(BackupRestore::prepare(path(QStringLiteral("backup.db")), staging, &error), qPrintable(error));
    QVERIFY(QFile::exists(staging));
    QVERIFY(!QFile::exists(staging + QStringLiteral("-wal")));
    BackupRestore::discard(staging);
    QVERIFY(!QFile::exists(staging));
    QVERIFY(QFile::exists(path(QStringLiteral("backup.db")))); // the backup itself is never touched
}

void TestBackupRestore::swapIn_bringsTheBackupBack_andKeepsTheCurrentFileAside()
{
    makeDatabase(path(QStringLiteral("backup.db")), 1);
    const QString file = path(QStringLiteral("deepdive.db"));
    makeDatabase(file, 3);
    Database db;
    QVERIFY2(db.open(file, path(QStringLiteral("backups"))), qPrintable(db.notice()));
    QString error;
    QVERIFY2(BackupRestore::prepare(path(QStringLiteral("backup.db")), BackupRestore::stagingFileOf(file), &error),
             qPrintable(error));
    QVERIFY2(BackupRestore::swapIn(db, path(QStringLiteral("backup.db")), &error), qPrintable(error));
    QCOMPARE(db.mode(), Database::Mode::Normal);
    QCOMPARE(ReviewStore(db).reviewCount(), 1);
    QStringList kept = QDir(m_dir->path()).entryList({QStringLiteral("deepdive.db.before-restore-*")}, QDir::Files);
    kept.removeIf([](const QString &name) { return name.endsWith(QLatin1String("-wal")) || name.endsWith(QLatin1String("-shm")); });
    QCOMPARE(kept.size(), 1);
    Database before;
    QVERIFY2(before.openForReading(m_dir->filePath(kept.first()), &error), qPrintable(error));
    QCOMPARE(ReviewStore(before).reviewCount(), 3);
}

QTEST_GUILESS_MAIN(TestBackupRestore)
#include "tst_backuprestore.moc"
