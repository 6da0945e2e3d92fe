#include "allcommands.h"
#include "checkdatabasecommand.h"
#include "commandregistry.h"
#include "exportpdfcommand.h"
#include "exportprogresscommand.h"
#include "screenshotcommand.h"
#include "translations.h"
#include "versioncommand.h"
#include "windowcommand.h"

#include <QCommandLineParser>
#include <QTest>

using namespace DeepDive;

// deepdive's own command line: every option README documents, which of them run without a display, and which
// command a line runs.
class TestAllCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void everyDocumentedOption_isThere();
    void runsHeadless_data();
    void runsHeadless();
    void requested_data();
    void requested();
    void descriptions_keepTheirTranslations(); // last: it installs the German translation for good

private:
    CommandRegistry m_registry;
};

void TestAllCommands::init()
{
    m_registry = CommandRegistry();
    registerAllCommands(m_registry);
}

void TestAllCommands::everyDocumentedOption_isThere()
{
    QCommandLineParser parser;
    parser.addHelpOption();
    m_registry.addOptionsTo(parser);
    const QString help = parser.helpText();
    for (const char *option : {"-v, --version", "--data-dir <dir>", "--content <dir>", "--check-content <dir>",
                               "--screenshot <file>", "--check-database", "--export-progress <file>",
                               "--import-progress <file>", "--sync", "--sync-folder <dir>", "--export-pdf <file>",
                               "--scope <scope>", "--with-quiz", "--answers <where>", "--with-notes", "--page-size <size>"})
        QVERIFY2(help.contains(QLatin1String(option)), option);
    QVERIFY(!help.contains(QLatin1String("quit-after-first-frame"))); // for the benchmarks only
    QVERIFY(parser.parse({QStringLiteral("deepdive"), QStringLiteral("--quit-after-first-frame")}));
}

void TestAllCommands::runsHeadless_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<bool>("headless");
    for (const char *option : {"--version", "-v", "--help", "-h", "--help-all", "--screenshot", "--check-content",
                               "--check-database", "--export-progress", "--import-progress", "--sync", "--export-pdf",
                               "--export-pdf=out.pdf"})
        QTest::newRow(option) << QString::fromLatin1(option) << true;
    for (const char *option : {"--data-dir", "--content", "--quit-after-first-frame", "--scope", "--with-quiz",
                               "--sync-folder"})
        QTest::newRow(option) << QString::fromLatin1(option) << false;
}

void TestAllCommands::runsHeadless()
{
    QFETCH(QString, argument);
    QFETCH(bool, headless);
    QCOMPARE(m_registry.runsHeadless({QStringLiteral("deepdive"), argument}), headless);
}

void TestAllCommands::requested_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("command");
    QTest::newRow("nothing: the window") << QStringList{QStringLiteral("--data-dir"), QStringLiteral("d")}
                                         << QByteArray(typeid(WindowCommand).name());
    QTest::newRow("version before all") << QStringList{QStringLiteral("--check-database"), QStringLiteral("-v")}
                                        << QByteArray(typeid(VersionCommand).name());
    QTest::newRow("check before export") << QStringList{QStringLiteral("--export-progress"), QStringLiteral("f"),
                                                        QStringLiteral("--check-database")}
                                         << QByteArray(typeid(CheckDatabaseCommand).name());
    QTest::newRow("export before import") << QStringList{QStringLiteral("--import-progress"), QStringLiteral("f"),
                                                         QStringLiteral("--export-progress"), QStringLiteral("g")}
                                          << QByteArray(typeid(ExportProgressCommand).name());
    QTest::newRow("pdf before screenshot") << QStringList{QStringLiteral("--screenshot"), QStringLiteral("s"),
                                                          QStringLiteral("--export-pdf"), QStringLiteral("p")}
                                           << QByteArray(typeid(ExportPdfCommand).name());
    QTest::newRow("screenshot") << QStringList{QStringLiteral("--screenshot"), QStringLiteral("s")}
                                << QByteArray(typeid(ScreenshotCommand).name());
}

void TestAllCommands::requested()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, command);
    QCommandLineParser parser;
    m_registry.addOptionsTo(parser);
    QVERIFY(parser.parse(QStringList{QStringLiteral("deepdive")} + arguments));
    const Command *requested = m_registry.requested(parser);
    QVERIFY(requested);
    QCOMPARE(QByteArray(typeid(*requested).name()), command);
}

// The commands' strings kept the translation context they had in main.cpp, and so their German and Spanish text.
void TestAllCommands::descriptions_keepTheirTranslations()
{
    QVERIFY(Translations::install(QCoreApplication::instance(), QLocale(QLocale::German)));
    m_registry = CommandRegistry();
    registerAllCommands(m_registry); // the descriptions are translated when the options are made
    QCommandLineParser parser;
    m_registry.addOptionsTo(parser);
    const QString help = parser.helpText().simplified();
    for (const char *german : {"Die Version ausgeben und beenden.", // a headless command's
                               "Alle Benutzerdaten und Einstellungen in <dir> ablegen.", // a global option
                               "Die Fortschrittsdatenbank prüfen (Integrität, Schema, Zeilen)",
                               "Das Fenster in 1280x800 anzeigen, als PNG in <file> speichern und beenden."})
        QVERIFY2(help.contains(QString::fromUtf8(german)), qPrintable(help));
}

QTEST_MAIN(TestAllCommands)
#include "tst_allcommands.moc"
