#include "settings.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace DeepDive;

// Every setting comes back as it was stored, also from a new Settings on the same file (the next start); a missing
// key gives the documented default, and so should a value that a hand-edited file garbled.
class TestSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void eachSetting_roundTripsThroughTheFile();
    void missingFile_givesTheDefaults();
    void garbledValue_givesTheDocumentedDefault_data();
    void garbledValue_givesTheDocumentedDefault();
    void edgesOfTheRanges_areKept();
    void interviewDate_cleared_isRemovedFromTheFile();

private:
    QString file() const { return m_dir->filePath(QStringLiteral("settings.ini")); }
    // Writes `value` under `key` as a hand edit of the file would.
    void writeRaw(const QString &key, const QVariant &value);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSettings::writeRaw(const QString &key, const QVariant &value)
{
    QSettings raw(file(), QSettings::IniFormat);
    raw.setValue(key, value);
    raw.sync();
    QCOMPARE(raw.status(), QSettings::NoError);
}

void TestSettings::eachSetting_roundTripsThroughTheFile()
{
    const QByteArray geometry("\x01\xd9\xd0\xcb\x00\x03\x00\x00", 8);
    const QByteArray state("\x00\xff\x00\x00\x00\x00\xfd", 7);
    const QByteArray splitter("splitter\0state", 14);
    {
        Settings settings(file());
        settings.setWindowGeometry(geometry);
        settings.setWindowState(state);
        settings.setSplitterState(QStringLiteral("main"), splitter);
        settings.setLastTopic(QStringLiteral("python/gil"));
        settings.setBookmarksVisible(true);
        settings.setCodeFontSize(13.5);
        settings.setHighlightingTheme(QStringLiteral("Solarized Dark"));
        settings.setColorScheme(QStringLiteral("dark"));
        settings.setDesiredRetention(0.85);
        settings.setNewCardsPerDay(25);
        settings.setLanguage(QStringLiteral("de"));
        settings.setInterviewDate(QDate(2027, 2, 14));
        settings.setLastExportFolder(QStringLiteral("/home/learner/handouts"));
        settings.setSyncFolder(QStringLiteral("/home/learner/Sync"));
        settings.setSyncDeviceName(QStringLiteral("  work laptop "));
        settings.sync();
    }
    const Settings settings(file());
    QCOMPARE(settings.windowGeometry(), geometry);
    QCOMPARE(settings.windowState(), state);
    QCOMPARE(settings.splitterState(QStringLiteral("main")), splitter);
    QVERIFY(settings.splitterState(QStringLiteral("other")).isEmpty());
    QCOMPARE(settings.lastTopic(), QStringLiteral("python/gil"));
    QCOMPARE(settings.bookmarksVisible(), true);
    QCOMPARE(settings.codeFontSize(), 13.5);
    QCOMPARE(settings.highlightingTheme(), QStringLiteral("Solarized Dark"));
    QCOMPARE(settings.colorScheme(), QStringLiteral("dark"));
    QCOMPARE(settings.desiredRetention(), 0.85);
    QCOMPARE(settings.newCardsPerDay(), 25);
    QCOMPARE(settings.language(), QStringLiteral("de"));
    QCOMPARE(settings.interviewDate(), QDate(2027, 2, 14));
    QCOMPARE(settings.lastExportFolder(), QStringLiteral("/home/learner/handouts"));
    QCOMPARE(settings.syncFolder(), QStringLiteral("/home/learner/Sync"));
    QCOMPARE(settings.syncDeviceName(), QStringLiteral("work laptop"));
}

void TestSettings::missingFile_givesTheDefaults()
{
    const Settings settings(file());
    QVERIFY(settings.windowGeometry().isEmpty());
    QVERIFY(settings.windowState().isEmpty());
    QVERIFY(settings.splitterState(QStringLiteral("main")).isEmpty());
    QVERIFY(settings.lastTopic().isEmpty());
    QCOMPARE(settings.bookmarksVisible(), false);
    QCOMPARE(settings.codeFontSize(), 0.0); // the system's fixed font size
    QVERIFY(settings.highlightingTheme().isEmpty()); // follow the palette
    QCOMPARE(settings.colorScheme(), QStringLiteral("system"));
    QCOMPARE(settings.desiredRetention(), 0.90);
    QCOMPARE(settings.newCardsPerDay(), 10);
    QVERIFY(settings.language().isEmpty()); // follow the system
    QVERIFY(!settings.interviewDate().isValid());
    QVERIFY(settings.lastExportFolder().isEmpty());
    QVERIFY(settings.syncFolder().isEmpty()); // sync is off
    QVERIFY(settings.syncDeviceName().isEmpty()); // the name sync gave this computer
    QVERIFY2(!QFile::exists(file()), "reading the settings must not create the file");
}

void TestSettings::garbledValue_givesTheDocumentedDefault_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QVariant>("expected");
    QTest::newRow("colour scheme, unknown") << QStringLiteral("view/colorScheme") << QVariant(QStringLiteral("purple"))
                                            << QStringLiteral("colorScheme") << QVariant(QStringLiteral("system"));
    QTest::newRow("colour scheme, empty") << QStringLiteral("view/colorScheme") << QVariant(QString())
                                          << QStringLiteral("colorScheme") << QVariant(QStringLiteral("system"));
    QTest::newRow("code font size, not a number") << QStringLiteral("view/codeFontSize") << QVariant(QStringLiteral("big"))
                                                  << QStringLiteral("codeFontSize") << QVariant(0.0);
    QTest::newRow("interview date, not a date") << QStringLiteral("study/interviewDate") << QVariant(QStringLiteral("soon"))
                                                << QStringLiteral("interviewDate") << QVariant(QDate());
    QTest::newRow("interview date, no such day") << QStringLiteral("study/interviewDate")
                                                 << QVariant(QStringLiteral("2027-02-30")) << QStringLiteral("interviewDate")
                                                 << QVariant(QDate());
    QTest::newRow("retention, not a number") << QStringLiteral("study/desiredRetention") << QVariant(QStringLiteral("high"))
                                             << QStringLiteral("desiredRetention") << QVariant(0.90);
    QTest::newRow("retention, out of range") << QStringLiteral("study/desiredRetention") << QVariant(1.5)
                                             << QStringLiteral("desiredRetention") << QVariant(0.90);
    QTest::newRow("retention, below the range") << QStringLiteral("study/desiredRetention") << QVariant(0.5)
                                                << QStringLiteral("desiredRetention") << QVariant(0.90);
    QTest::newRow("retention, negative") << QStringLiteral("study/desiredRetention") << QVariant(-0.9)
                                         << QStringLiteral("desiredRetention") << QVariant(0.90);
    QTest::newRow("new cards, not a number") << QStringLiteral("study/newCardsPerDay") << QVariant(QStringLiteral("many"))
                                             << QStringLiteral("newCardsPerDay") << QVariant(10);
    QTest::newRow("new cards, negative") << QStringLiteral("study/newCardsPerDay") << QVariant(-3)
                                         << QStringLiteral("newCardsPerDay") << QVariant(10);
    QTest::newRow("new cards, too large") << QStringLiteral("study/newCardsPerDay") << QVariant(Settings::maxNewCardsPerDay + 1)
                                          << QStringLiteral("newCardsPerDay") << QVariant(10);
    QTest::newRow("new cards, a fraction") << QStringLiteral("study/newCardsPerDay") << QVariant(QStringLiteral("7.5"))
                                           << QStringLiteral("newCardsPerDay") << QVariant(10);
}

void TestSettings::garbledValue_givesTheDocumentedDefault()
{
    QFETCH(QString, key);
    QFETCH(QVariant, value);
    QFETCH(QString, setting);
    QFETCH(QVariant, expected);
    writeRaw(key, value);
    const Settings settings(file());
    QVariant actual;
    if (setting == QLatin1String("colorScheme"))
        actual = settings.colorScheme();
    else if (setting == QLatin1String("codeFontSize"))
        actual = settings.codeFontSize();
    else if (setting == QLatin1String("interviewDate"))
        actual = settings.interviewDate();
    else if (setting == QLatin1String("desiredRetention"))
        actual = settings.desiredRetention();
    else if (setting == QLatin1String("newCardsPerDay"))
        actual = settings.newCardsPerDay();
    else
        QFAIL(qPrintable(QStringLiteral("the test does not know the setting %1").arg(setting)));
    QCOMPARE(actual, expected);
}

void TestSettings::edgesOfTheRanges_areKept()
{
    writeRaw(QStringLiteral("study/desiredRetention"), 0.70);
    writeRaw(QStringLiteral("study/newCardsPerDay"), 0);
    QCOMPARE(Settings(file()).desiredRetention(), 0.70);
    QCOMPARE(Settings(file()).newCardsPerDay(), 0);
    writeRaw(QStringLiteral("study/desiredRetention"), 0.97);
    writeRaw(QStringLiteral("study/newCardsPerDay"), Settings::maxNewCardsPerDay);
    QCOMPARE(Settings(file()).desiredRetention(), 0.97);
    QCOMPARE(Settings(file()).newCardsPerDay(), Settings::maxNewCardsPerDay);
}

void TestSettings::interviewDate_cleared_isRemovedFromTheFile()
{
    {
        Settings settings(file());
        settings.setInterviewDate(QDate(2027, 1, 5));
        settings.sync();
    }
    QVERIFY(QSettings(file(), QSettings::IniFormat).contains(QStringLiteral("study/interviewDate")));
    {
        Settings settings(file());
        settings.setInterviewDate(QDate());
        settings.sync();
    }
    QVERIFY(!QSettings(file(), QSettings::IniFormat).contains(QStringLiteral("study/interviewDate")));
    QVERIFY(!Settings(file()).interviewDate().isValid());
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
