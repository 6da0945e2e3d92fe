#include "database.h"
#include "sqlquery.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QDateTime>
#include <QScopeGuard>
#include <QTest>

#include <ctime>

Q_LOGGING_CATEGORY(lcSqlQueryTest, "deepdive.test.sqlquery", QtWarningMsg)

using namespace DeepDive;

class TestSqlQuery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void runStatement_bindsTheValuesInOrder();
    void runQuery_readsTheRowsForwardOnly();
    void runStatement_failure_fillsTheErrorAsDescribeSqlErrorSaysIt();
    void runStatement_failure_changesNothing();
    void runQuery_withACategory_logsTheFailureAndTheStatement();
    void localDays_areTheLocalDaysBounds_forwardAndBack_acrossAClockChange();

private:
    Database m_db;
};

void TestSqlQuery::init()
{
    m_db.openEmpty();
    QString error;
    QVERIFY2(runStatement(m_db.connection(), QStringLiteral("CREATE TABLE t (a TEXT NOT NULL, b INTEGER, c REAL)"), {},
                          &error),
             qPrintable(error));
}

void TestSqlQuery::runStatement_bindsTheValuesInOrder()
{
    QString error;
    QVERIFY2(runStatement(m_db.connection(), QStringLiteral("INSERT INTO t (a, b, c) VALUES (?, ?, ?)"),
                          {QStringLiteral("first"), qint64(1) << 40, 0.5}, &error),
             qPrintable(error));
    QVERIFY(error.isEmpty());
    std::optional<QSqlQuery> q = runQuery(m_db.connection(), QStringLiteral("SELECT a, b, c FROM t"), {}, &error);
    QVERIFY(q);
    QVERIFY(q->next());
    QCOMPARE(q->value(0).toString(), QStringLiteral("first"));
    QCOMPARE(q->value(1).toLongLong(), qint64(1) << 40);
    QCOMPARE(q->value(2).toDouble(), 0.5);
    QVERIFY(!q->next());
}

void TestSqlQuery::runQuery_readsTheRowsForwardOnly()
{
    QString error;
    for (int i = 0; i < 3; ++i)
        QVERIFY(runStatement(m_db.connection(), QStringLiteral("INSERT INTO t (a, b) VALUES (?, ?)"),
                             {QStringLiteral("row"), i}, &error));
    std::optional<QSqlQuery> q = runQuery(m_db.connection(), QStringLiteral("SELECT b FROM t WHERE b >= ? ORDER BY b"),
                                          {1}, &error);
    QVERIFY(q);
    QVERIFY(q->isForwardOnly());
    QList<int> rows;
    while (q->next())
        rows.append(q->value(0).toInt());
    QCOMPARE(rows, (QList<int>{1, 2}));
}

void TestSqlQuery::runStatement_failure_fillsTheErrorAsDescribeSqlErrorSaysIt()
{
    // The same failure, by hand: what the helper reports must be exactly describeSqlError's words for it.
    QSqlQuery byHand(m_db.connection());
    QVERIFY(byHand.prepare(QStringLiteral("INSERT INTO t (a) VALUES (?)")));
    byHand.addBindValue(QVariant(QMetaType(QMetaType::QString)));
    QVERIFY(!byHand.exec());
    const QString expected = describeSqlError(byHand.lastError());
    QVERIFY(expected.contains(QLatin1String("NOT NULL")));

    QString error;
    QVERIFY(!runStatement(m_db.connection(), QStringLiteral("INSERT INTO t (a) VALUES (?)"),
                          {QVariant(QMetaType(QMetaType::QString))}, &error));
    QCOMPARE(error, expected);

    error.clear();
    QVERIFY(!runQuery(m_db.connection(), QStringLiteral("SELECT x FROM missing"), {}, &error));
    QVERIFY2(error.contains(QLatin1String("no such table")), qPrintable(error));
}

void TestSqlQuery::runStatement_failure_changesNothing()
{
    QString error;
    // Too few values for the placeholders: refused as a whole.
    QVERIFY(!runStatement(m_db.connection(), QStringLiteral("INSERT INTO t (a, b) VALUES (?, ?)"),
                          {QStringLiteral("only one")}, &error));
    QVERIFY(!error.isEmpty());
    std::optional<QSqlQuery> q = runQuery(m_db.connection(), QStringLiteral("SELECT count(*) FROM t"), {}, &error);
    QVERIFY(q && q->next());
    QCOMPARE(q->value(0).toInt(), 0);
}

void TestSqlQuery::runQuery_withACategory_logsTheFailureAndTheStatement()
{
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("no such table.*in: SELECT b FROM missing WHERE b = \\?")));
    QVERIFY(!runQuery(m_db.connection(), QStringLiteral("SELECT b FROM missing\n  WHERE b = ?"), {1}, lcSqlQueryTest()));
    // A statement that works logs nothing.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    QVERIFY(runQuery(m_db.connection(), QStringLiteral("SELECT b FROM t"), {}, lcSqlQueryTest()));
}

// Days of 23 and 25 hours where the clocks change: each day's bounds are its own local midnights, shared with its
// neighbours, and a statement can count over them.
void TestSqlQuery::localDays_areTheLocalDaysBounds_forwardAndBack_acrossAClockChange()
{
    const QByteArray zone = qgetenv("TZ");
    qputenv("TZ", "Europe/Berlin");
    tzset();
    const auto restore = qScopeGuard([&zone] {
        if (zone.isEmpty())
            qunsetenv("TZ");
        else
            qputenv("TZ", zone);
        tzset();
    });
    const auto midnight = [](const QDate &day) { return QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch(); };
    const QDate first(2026, 3, 28); // the clocks go forward in the night to the 29th
    const DayTable forward = localDays(first, 3);
    QCOMPARE(forward.days, (QList<QDate>{first, first.addDays(1), first.addDays(2)}));
    QCOMPARE(forward.values.size(), 6);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(forward.values[2 * i].toLongLong(), midnight(first.addDays(i)));
        QCOMPARE(forward.values[2 * i + 1].toLongLong(), midnight(first.addDays(i + 1)));
    }
    QCOMPARE(forward.values[3].toLongLong() - forward.values[2].toLongLong(), 23 * 3'600'000LL);
    const DayTable back = localDays(first.addDays(2), 3, -1);
    QCOMPARE(back.days, (QList<QDate>{first.addDays(2), first.addDays(1), first}));
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(back.values[2 * i].toLongLong(), midnight(back.days[i]));
        QCOMPARE(back.values[2 * i + 1].toLongLong(), midnight(back.days[i].addDays(1)));
    }
    // The table in a statement: day i's hours, 24, 23, 24.
    QString error;
    std::optional<QSqlQuery> q = runQuery(m_db.connection(),
                                          forward.with + QStringLiteral("SELECT i, (end - start) / 3600000 FROM day ORDER BY i"),
                                          forward.values, &error);
    QVERIFY2(q, qPrintable(error));
    QList<int> hours;
    while (q->next())
        hours.append(q->value(1).toInt());
    QCOMPARE(hours, (QList<int>{24, 23, 24}));
}

QTEST_GUILESS_MAIN(TestSqlQuery)
#include "tst_sqlquery.moc"
