#include "datadir.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace DeepDive;

// DataDir says where the learner's data lives: the folder given with --data-dir (made absolute), or the system's
// application data folder; every file the app keeps there is named from it. ensureWritable() makes the folder and
// proves that a file can be written in it, or says why not.
class TestDataDir : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void givenFolder_namesEveryFileInsideIt();
    void relativeFolder_isMadeAbsoluteAgainstTheCurrentFolder();
    void noFolder_usesTheSystemsDataAndCacheFolders_andCreatesNothing();
    void ensureWritable_createsMissingParents_andLeavesNoProbeBehind();
    void ensureWritable_existingFolderWithFiles_keepsThem();
    void ensureWritable_aFileInTheWay_failsAndSaysWhich_data();
    void ensureWritable_aFileInTheWay_failsAndSaysWhich();
    void ensureWritable_folderWithoutWritePermission_failsAndSaysWhy();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDataDir::initTestCase()
{
    // The default folders come from QStandardPaths: keep them away from the real home folder.
    QStandardPaths::setTestModeEnabled(true);
}

void TestDataDir::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDataDir::givenFolder_namesEveryFileInsideIt()
{
    const QString folder = path(QStringLiteral("data"));
    const DataDir dir(folder);
    QCOMPARE(dir.path(), folder);
    QCOMPARE(dir.filePath(QStringLiteral("x.txt")), folder + QStringLiteral("/x.txt"));
    QCOMPARE(dir.filePath(QStringLiteral("sub/x.txt")), folder + QStringLiteral("/sub/x.txt"));
    QCOMPARE(dir.settingsFile(), folder + QStringLiteral("/settings.ini"));
    QCOMPARE(dir.decksDir(), folder + QStringLiteral("/decks"));
    QCOMPARE(dir.databaseFile(), folder + QStringLiteral("/deepdive.db"));
    QCOMPARE(dir.backupDir(), folder + QStringLiteral("/backups"));
    QCOMPARE(dir.unsavedNotesDir(), folder + QStringLiteral("/unsaved-notes"));
    // With a data folder of its own, the caches stay in it too (a portable folder, a test's folder).
    QCOMPARE(dir.cacheDir(), folder + QStringLiteral("/cache"));
    // Naming files creates nothing.
    QVERIFY(!QFileInfo::exists(folder));
}

void TestDataDir::relativeFolder_isMadeAbsoluteAgainstTheCurrentFolder()
{
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(m_dir->path()));
    const auto restore = qScopeGuard([&] { QDir::setCurrent(previous); });
    const DataDir dir(QStringLiteral("relative/data"));
    const QString expected = QDir(QDir::currentPath()).filePath(QStringLiteral("relative/data"));
    QVERIFY(QFileInfo(dir.path()).isAbsolute());
    QCOMPARE(dir.path(), expected);
    QCOMPARE(dir.databaseFile(), expected + QStringLiteral("/deepdive.db"));
    // Once made, the path no longer depends on the current folder.
    QVERIFY(QDir::setCurrent(previous));
    QCOMPARE(dir.path(), expected);
    QCOMPARE(dir.cacheDir(), expected + QStringLiteral("/cache"));
}

void TestDataDir::noFolder_usesTheSystemsDataAndCacheFolders_andCreatesNothing()
{
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    QVERIFY(!data.isEmpty());
    QVERIFY(!cache.isEmpty());
    QVERIFY(data != cache);
    const bool existed = QFileInfo::exists(data);
    const DataDir dir;
    QCOMPARE(dir.path(), data);
    QCOMPARE(dir.databaseFile(), data + QStringLiteral("/deepdive.db"));
    // Without --data-dir, caches go where the system keeps caches, not into the data folder (which may be backed up).
    QCOMPARE(dir.cacheDir(), cache);
    QVERIFY(dir.cacheDir() != dir.filePath(QStringLiteral("cache")));
    QCOMPARE(QFileInfo::exists(data), existed);
    // An empty path given explicitly is the same as none.
    QCOMPARE(DataDir(QString()).path(), data);
    QCOMPARE(DataDir(QString()).cacheDir(), cache);
}

void TestDataDir::ensureWritable_createsMissingParents_andLeavesNoProbeBehind()
{
    const DataDir dir(path(QStringLiteral("a/b/c")));
    QString error;
    QVERIFY2(dir.ensureWritable(&error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QVERIFY(QFileInfo(dir.path()).isDir());
    // The write test is removed again: the folder is as empty as it was made.
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot),
             QStringList());
    // A second call finds it ready.
    QVERIFY2(dir.ensureWritable(&error), qPrintable(error));
}

void TestDataDir::ensureWritable_existingFolderWithFiles_keepsThem()
{
    const DataDir dir(path(QStringLiteral("data")));
    QVERIFY(QDir().mkpath(dir.path()));
    {
        QFile db(dir.databaseFile());
        QVERIFY(db.open(QIODevice::WriteOnly));
        QVERIFY(db.write("mine") == 4);
    }
    QString error;
    QVERIFY2(dir.ensureWritable(&error), qPrintable(error));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("deepdive.db")});
    QFile db(dir.databaseFile());
    QVERIFY(db.open(QIODevice::ReadOnly));
    QCOMPARE(db.readAll(), QByteArray("mine"));
}

void TestDataDir::ensureWritable_aFileInTheWay_failsAndSaysWhich_data()
{
    QTest::addColumn<QString>("folder");
    QTest::newRow("the folder is a file") << QStringLiteral("blocker");
    QTest::newRow("a parent is a file") << QStringLiteral("blocker/data");
}

void TestDataDir::ensureWritable_aFileInTheWay_failsAndSaysWhich()
{
    QFETCH(QString, folder);
    {
        QFile blocker(path(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        QVERIFY(blocker.write("not a folder") == 12);
    }
    const DataDir dir(path(folder));
    QString error;
    QVERIFY(!dir.ensureWritable(&error));
    QVERIFY2(error.contains(QStringLiteral("cannot create the data folder ") + dir.path()), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("--data-dir")), qPrintable(error));
    // The file in the way is left as it was.
    QVERIFY(QFileInfo(path(QStringLiteral("blocker"))).isFile());
    QFile blocker(path(QStringLiteral("blocker")));
    QVERIFY(blocker.open(QIODevice::ReadOnly));
    QCOMPARE(blocker.readAll(), QByteArray("not a folder"));
}

void TestDataDir::ensureWritable_folderWithoutWritePermission_failsAndSaysWhy()
{
    const QString folder = path(QStringLiteral("locked"));
    QVERIFY(QDir().mkpath(folder));
    // Listable and enterable by everyone, writable by nobody (the owner restores it for the cleanup).
    QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther
                                             | QFile::ExeOther);
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther);
    const auto restore = qScopeGuard([&] { QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner); });

    const QString output = Test::runAsChild({{QStringLiteral("DEEPDIVE_CHILD_DATADIR"), folder}});
    QVERIFY2(output.contains(QStringLiteral("writable=0")), qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("the data folder %1 is not writable (").arg(folder)), qPrintable(output));
    QVERIFY(output.contains(QStringLiteral("fix its permissions")));
    QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot), QStringList());
}

// In the unprivileged child: ensureWritable on the folder, and what it said.
static int childMain()
{
    QString error;
    const bool writable = DataDir(qEnvironmentVariable("DEEPDIVE_CHILD_DATADIR")).ensureWritable(&error);
    QTextStream(stdout) << "writable=" << int(writable) << " error=" << error << '\n';
    return 0;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("DEEPDIVE_CHILD_DATADIR"))
        return childMain();
    TestDataDir test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_datadir.moc"
