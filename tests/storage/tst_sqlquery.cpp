#include "database.h"
#include "sqlquery.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QTest>

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

QTEST_GUILESS_MAIN(TestSqlQuery)
#include "tst_sqlquery.moc"
