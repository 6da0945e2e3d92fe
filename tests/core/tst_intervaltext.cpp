#include "intervaltext.h"

#include <QLocale>
#include <QTest>

using namespace DeepDive;

class TestIntervalText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English)); }
    void interval_data();
    void interval();
};

void TestIntervalText::interval_data()
{
    constexpr qint64 minute = 60'000;
    constexpr qint64 hour = 60 * minute;
    constexpr qint64 day = 24 * hour;
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");
    QTest::newRow("seconds show as a minute") << qint64(20'000) << QStringLiteral("1 min");
    QTest::newRow("ten minutes") << 10 * minute << QStringLiteral("10 min");
    QTest::newRow("an hour and a half rounds") << 90 * minute << QStringLiteral("2 h");
    QTest::newRow("a day") << day << QStringLiteral("1 d");
    QTest::newRow("a day and a few hours") << day + 5 * hour << QStringLiteral("1 d");
    QTest::newRow("thirty days") << 30 * day << QStringLiteral("30 d");
    QTest::newRow("two months") << 61 * day << QStringLiteral("2 mo");
    QTest::newRow("eighteen months") << 548 * day << QStringLiteral("1.5 y");
    QTest::newRow("two years") << 731 * day << QStringLiteral("2 y");
    QTest::newRow("overdue reads as a minute, never negative") << qint64(-5) << QStringLiteral("1 min");
}

void TestIntervalText::interval()
{
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    QCOMPARE(intervalText(ms), text);
}

QTEST_GUILESS_MAIN(TestIntervalText)
#include "tst_intervaltext.moc"
