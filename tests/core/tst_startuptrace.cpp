#include "startuptrace.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>

using namespace DeepDive;

namespace {
// Started first thing in main(): the trace's clock, started while the program was loaded, is ahead of it.
QElapsedTimer sinceMain;

struct Message
{
    QtMsgType type;
    QString category;
    QString text;
};
QList<Message> messages;
QtMessageHandler previousHandler = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    messages.append({type, QString::fromUtf8(context.category ? context.category : ""), text});
}
} // namespace

// Marks on the way to the first frame, for profiling start-up: silent unless the "deepdive.startup" category's info
// messages are on, and then one line per mark with the milliseconds since the program was loaded and what was reached.
class TestStartupTrace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void off_byDefault_marksPrintNothing();
    void on_eachMarkIsOneInfoLine_withItsTimeAndName();
    void times_countFromTheProgramsLoad_andOnlyGrow();
    void otherCategories_doNotTurnItOn();

private:
    static double msOf(const Message &m)
    {
        static const QRegularExpression line(QStringLiteral(R"(^ *(\d+\.\d\d) ms  (.*)$)"));
        const QRegularExpressionMatch match = line.match(m.text);
        return match.hasMatch() ? match.captured(1).toDouble() : -1;
    }
};

void TestStartupTrace::init()
{
    messages.clear();
    previousHandler = qInstallMessageHandler(capture);
}

void TestStartupTrace::cleanup()
{
    qInstallMessageHandler(previousHandler);
    QLoggingCategory::setFilterRules(QString());
}

void TestStartupTrace::off_byDefault_marksPrintNothing()
{
    QVERIFY(!lcStartup().isInfoEnabled());
    QVERIFY(lcStartup().isWarningEnabled()); // the category itself works: only its chatter is off
    StartupTrace::mark("main window");
    StartupTrace::mark("first frame");
    QCOMPARE(messages.size(), 0);
}

void TestStartupTrace::on_eachMarkIsOneInfoLine_withItsTimeAndName()
{
    QLoggingCategory::setFilterRules(QStringLiteral("deepdive.startup.info=true"));
    QVERIFY(lcStartup().isInfoEnabled());
    StartupTrace::mark("database");
    StartupTrace::mark("decks read: 3 (Grüße)");
    QCOMPARE(messages.size(), 2);
    for (const Message &m : std::as_const(messages)) {
        QCOMPARE(m.type, QtInfoMsg);
        QCOMPARE(m.category, QStringLiteral("deepdive.startup"));
        QVERIFY2(msOf(m) >= 0, qPrintable(m.text));
    }
    QVERIFY2(messages[0].text.endsWith(QLatin1String(" ms  database")), qPrintable(messages[0].text));
    QVERIFY2(messages[1].text.endsWith(QStringLiteral(" ms  decks read: 3 (Grüße)")), qPrintable(messages[1].text));
    QVERIFY2(messages[0].text.indexOf(QLatin1String(" ms  ")) >= 7,
             qPrintable(messages[0].text)); // right-aligned in 7 places
}

void TestStartupTrace::times_countFromTheProgramsLoad_andOnlyGrow()
{
    QLoggingCategory::setFilterRules(QStringLiteral("deepdive.startup.info=true"));
    const double mainBefore = sinceMain.nsecsElapsed() / 1e6;
    StartupTrace::mark("one");
    StartupTrace::mark("two");
    StartupTrace::mark("three");
    const double mainAfter = sinceMain.nsecsElapsed() / 1e6;
    QCOMPARE(messages.size(), 3);
    const double one = msOf(messages[0]);
    const double three = msOf(messages[2]);
    // Not from the first mark (that would print about 0 here, long after main() began): from before main().
    QVERIFY2(one >= mainBefore - 0.01, qPrintable(QStringLiteral("%1 < %2").arg(one).arg(mainBefore)));
    QVERIFY(msOf(messages[1]) >= one);
    QVERIFY(three >= msOf(messages[1]));
    // And the same clock: the marks are no further apart than the time they took.
    QVERIFY2(three - one <= mainAfter - mainBefore + 0.01, qPrintable(QStringLiteral("%1 .. %2").arg(one).arg(three)));
}

void TestStartupTrace::otherCategories_doNotTurnItOn()
{
    QLoggingCategory::setFilterRules(QStringLiteral("deepdive.storage.info=true\ndeepdive.startup.debug=true"));
    StartupTrace::mark("main window");
    QCOMPARE(messages.size(), 0);
}

int main(int argc, char *argv[])
{
    sinceMain.start();
    QCoreApplication app(argc, argv);
    TestStartupTrace test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_startuptrace.moc"
