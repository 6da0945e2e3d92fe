#include "sqlerror.h"

#include <QSqlError>
#include <QTest>

using namespace DeepDive;

class TestSqlError : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void describeSqlError_saysWhatWentWrongAndKeepsSQLitesWords_data();
    void describeSqlError_saysWhatWentWrongAndKeepsSQLitesWords();
    void kinds_busyAndStorage_data();
    void kinds_busyAndStorage();
};

namespace {
QSqlError sqliteError(const QString &code, const QString &text = QStringLiteral("raw text"))
{
    return QSqlError(QString(), text, QSqlError::StatementError, code);
}
} // namespace

void TestSqlError::describeSqlError_saysWhatWentWrongAndKeepsSQLitesWords_data()
{
    QTest::addColumn<QSqlError>("error");
    QTest::addColumn<QString>("described");
    QTest::newRow("full") << sqliteError(QStringLiteral("13")) << QStringLiteral("the disk is full (SQLite: raw text)");
    QTest::newRow("busy") << sqliteError(QStringLiteral("5"))
                          << QStringLiteral("the database is busy: another program is writing to it (SQLite: raw text)");
    // Extended codes keep the primary one in their low byte: SQLITE_IOERR_WRITE is 778.
    QTest::newRow("extended") << sqliteError(QStringLiteral("778"))
                              << QStringLiteral("the disk reported a read or write error (SQLite: raw text)");
    QTest::newRow("damaged") << sqliteError(QStringLiteral("11")) << QStringLiteral("the database file is damaged (SQLite: raw text)");
    QTest::newRow("no words of ours") << sqliteError(QStringLiteral("19"), QStringLiteral("UNIQUE constraint failed"))
                                      << QStringLiteral("UNIQUE constraint failed");
    QTest::newRow("no SQLite text") << sqliteError(QStringLiteral("13"), QString()) << QStringLiteral("the disk is full");
    QTest::newRow("no code") << sqliteError(QString(), QStringLiteral("Driver not loaded"))
                             << QStringLiteral("Driver not loaded");
}

void TestSqlError::describeSqlError_saysWhatWentWrongAndKeepsSQLitesWords()
{
    QFETCH(QSqlError, error);
    QFETCH(QString, described);
    QCOMPARE(describeSqlError(error), described);
}

void TestSqlError::kinds_busyAndStorage_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("busy");
    QTest::addColumn<bool>("storage");
    QTest::newRow("busy") << QStringLiteral("5") << true << false;
    QTest::newRow("busy recovery (261)") << QStringLiteral("261") << true << false;
    QTest::newRow("locked") << QStringLiteral("6") << true << false;
    QTest::newRow("read-only") << QStringLiteral("8") << false << true;
    QTest::newRow("io error") << QStringLiteral("10") << false << true;
    QTest::newRow("full") << QStringLiteral("13") << false << true;
    QTest::newRow("cannot open") << QStringLiteral("14") << false << true;
    QTest::newRow("damaged: neither") << QStringLiteral("11") << false << false;
    QTest::newRow("not a number") << QStringLiteral("x") << false << false;
}

void TestSqlError::kinds_busyAndStorage()
{
    QFETCH(QString, code);
    QFETCH(bool, busy);
    QFETCH(bool, storage);
    QCOMPARE(isBusyError(sqliteError(code)), busy);
    QCOMPARE(isStorageError(sqliteError(code)), storage);
}

QTEST_GUILESS_MAIN(TestSqlError)
#include "tst_sqlerror.moc"
