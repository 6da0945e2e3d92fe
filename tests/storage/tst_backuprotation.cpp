#include "backuprotation.h"

#include "database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace DeepDive;

class TestBackupRotation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void madeAt_readsTheTimeFromTheName_data();
    void madeAt_readsTheTimeFromTheName();
    void rotate_makesTodaysCopyOnce_andKeepsTheNewestDailies();
    void rotate_missingDatabase_failsAndSaysWhy();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestBackupRotation::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestBackupRotation::madeAt_readsTheTimeFromTheName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QDateTime>("madeAt");
    QTest::newRow("before an upgrade") << QStringLiteral("deepdive-before-schema-2-20260301-080910.db")
                                       << QDateTime(QDate(2026, 3, 1), QTime(8, 9, 10));
    // A daily one written on another day than its name (copied here): the start of its day.
    QTest::newRow("daily, copied") << QStringLiteral("deepdive-2026-02-27.db") << QDateTime(QDate(2026, 2, 27), QTime(0, 0));
}

void TestBackupRotation::madeAt_readsTheTimeFromTheName()
{
    QFETCH(QString, name);
    QFETCH(QDateTime, madeAt);
    QFile f(path(name));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    QCOMPARE(BackupRotation::madeAt(QFileInfo(path(name))), madeAt);
}

void TestBackupRotation::rotate_makesTodaysCopyOnce_andKeepsTheNewestDailies()
{
    const QString file = path(QStringLiteral("deepdive.db"));
    const QString backups = path(QStringLiteral("backups"));
    {
        Database db;
        QVERIFY2(db.open(file, backups), qPrintable(db.notice()));
    }
    QString error;
    const QDate start(2026, 3, 1);
    for (int day = 0; day < 5; ++day)
        QVERIFY2(BackupRotation::rotate(file, backups, QDateTime(start.addDays(day), QTime(9, 0)), 3, &error), qPrintable(error));
    // Again on the last day: nothing new.
    QVERIFY(BackupRotation::rotate(file, backups, QDateTime(start.addDays(4), QTime(18, 0)), 3, &error));
    const QStringList listed = BackupRotation::list(backups);
    QCOMPARE(listed.size(), 3);
    QCOMPARE(QFileInfo(listed.first()).fileName(), QStringLiteral("deepdive-2026-03-05.db"));
    QCOMPARE(QFileInfo(listed.last()).fileName(), QStringLiteral("deepdive-2026-03-03.db"));
    // Each copy is a database that opens.
    Database copy;
    QVERIFY2(copy.openForReading(listed.first(), &error), qPrintable(error));
}

void TestBackupRotation::rotate_missingDatabase_failsAndSaysWhy()
{
    QString error;
    QVERIFY(!BackupRotation::rotate(path(QStringLiteral("missing/deepdive.db")), path(QStringLiteral("backups")),
                                    QDateTime(QDate(2026, 3, 1), QTime(9, 0)), 7, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(BackupRotation::list(path(QStringLiteral("backups"))).isEmpty());
}

QTEST_GUILESS_MAIN(TestBackupRotation)
#include "tst_backuprotation.moc"
