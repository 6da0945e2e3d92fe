#include "databasefile.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace DeepDive;

class TestDatabaseFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void headerProblem_saysWhatIsWrong_data();
    void headerProblem_saysWhatIsWrong();
    void moveAside_takesTheCompanionsAlong_andNeverOverwrites();
    void moveAside_missingFile_movesNothing();
    void moveWithCompanions_toNothing_removesThem();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    void write(const QString &name, const QByteArray &content);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDatabaseFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDatabaseFile::write(const QString &name, const QByteArray &content)
{
    QFile f(path(name));
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(content), content.size());
}

void TestDatabaseFile::headerProblem_saysWhatIsWrong_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("problem");
    const QByteArray header("SQLite format 3\0", 16);
    QTest::newRow("empty: SQLite makes it new") << QByteArray() << QString();
    QTest::newRow("a database") << QByteArray(header + QByteArray(1024 - 16, '\0')) << QString();
    QTest::newRow("text") << QByteArray("hello, this is not a database at all") << QStringLiteral("it is not a SQLite database");
    QTest::newRow("cut short") << QByteArray(header + QByteArray(100, '\0')) << QStringLiteral("it is truncated");
}

void TestDatabaseFile::headerProblem_saysWhatIsWrong()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, problem);
    write(QStringLiteral("d.db"), content);
    QCOMPARE(DatabaseFile::headerProblem(path(QStringLiteral("d.db"))), problem);
    // A file that cannot be opened says why in the system's words.
    QVERIFY(!DatabaseFile::headerProblem(path(QStringLiteral("missing.db"))).isEmpty());
}

void TestDatabaseFile::moveAside_takesTheCompanionsAlong_andNeverOverwrites()
{
    for (const QString &name : {QStringLiteral("d.db"), QStringLiteral("d.db-wal"), QStringLiteral("d.db-shm")})
        write(name, name.toUtf8());
    const QString first = DatabaseFile::moveAside(path(QStringLiteral("d.db")), QStringLiteral("damaged"));
    QVERIFY2(QRegularExpression(QStringLiteral("d\\.db\\.damaged-\\d{8}-\\d{6}$")).match(first).hasMatch(), qPrintable(first));
    QVERIFY(!QFile::exists(path(QStringLiteral("d.db"))));
    QVERIFY(!QFile::exists(path(QStringLiteral("d.db-wal"))));
    QVERIFY(QFile::exists(first + QStringLiteral("-wal")));
    QVERIFY(QFile::exists(first + QStringLiteral("-shm")));

    // A second one in the same second gets a name of its own; the first is kept as it was.
    write(QStringLiteral("d.db"), "second");
    const QString second = DatabaseFile::moveAside(path(QStringLiteral("d.db")), QStringLiteral("damaged"));
    QVERIFY(!second.isEmpty());
    QVERIFY(second != first);
    QFile kept(first);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("d.db"));
}

void TestDatabaseFile::moveAside_missingFile_movesNothing()
{
    write(QStringLiteral("d.db-wal"), "log");
    QCOMPARE(DatabaseFile::moveAside(path(QStringLiteral("d.db")), QStringLiteral("damaged")), QString());
    QVERIFY(QFile::exists(path(QStringLiteral("d.db-wal")))); // a log without its file stays where it is
}

void TestDatabaseFile::moveWithCompanions_toNothing_removesThem()
{
    for (const QString &name : {QStringLiteral("s.db"), QStringLiteral("s.db-wal"), QStringLiteral("other.db")})
        write(name, "x");
    QVERIFY(DatabaseFile::moveWithCompanions(path(QStringLiteral("s.db")), QString()));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList{QStringLiteral("other.db")});
}

QTEST_GUILESS_MAIN(TestDatabaseFile)
#include "tst_databasefile.moc"
