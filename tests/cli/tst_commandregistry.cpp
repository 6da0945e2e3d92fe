#include "commandregistry.h"

#include <QCommandLineParser>
#include <QTest>
#include <QTextStream>

using namespace DeepDive;

// Precedence, which arguments run without a display, and what the registry hands a command.
class TestCommandRegistry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void addOptionsTo_addsTheGlobalOptionsAndEveryCommands();
    void requested_theFirstAddedOfThoseAskedFor();
    void run_returnsTheCommandsExitCode_withTheContext();
    void run_withoutACommandAskedFor_exitsTwoAndSaysSo();
    void runsHeadless_data();
    void runsHeadless();
    void dataDirArgument_data();
    void dataDirArgument();

private:
    bool parse(const QStringList &arguments);
    CommandRegistry m_registry;
    QCommandLineParser *m_parser = nullptr;
    std::unique_ptr<QCommandLineParser> m_ownedParser;
};

namespace {

class Fake : public Command
{
public:
    Fake(QStringList names, int exitCode, bool needsDisplay = false)
        : m_names(std::move(names))
        , m_exitCode(exitCode)
        , m_needsDisplay(needsDisplay)
    {
    }
    QList<QCommandLineOption> options() const override
    {
        return {QCommandLineOption(m_names, QStringLiteral("a fake"), m_names.constLast() == QLatin1String("alpha") ? QString() : QStringLiteral("v")),
                QCommandLineOption(m_names.constLast() + QStringLiteral("-detail"))};
    }
    bool needsDisplay() const override { return m_needsDisplay; }
    int run(const CommandContext &context) override
    {
        ++runs;
        context.out << "ran " << m_names.constLast() << " in " << context.dataDir().path();
        return m_exitCode;
    }
    int runs = 0;

private:
    QStringList m_names;
    int m_exitCode;
    bool m_needsDisplay;
};

} // namespace

void TestCommandRegistry::init()
{
    m_registry = CommandRegistry();
    m_ownedParser.reset();
}

bool TestCommandRegistry::parse(const QStringList &arguments)
{
    m_ownedParser = std::make_unique<QCommandLineParser>();
    m_parser = m_ownedParser.get();
    m_registry.addOptionsTo(*m_parser);
    return m_parser->parse(QStringList{QStringLiteral("deepdive")} + arguments);
}

void TestCommandRegistry::addOptionsTo_addsTheGlobalOptionsAndEveryCommands()
{
    m_registry.add<Fake>(QStringList{QStringLiteral("a"), QStringLiteral("alpha")}, 0);
    m_registry.add<Fake>(QStringList{QStringLiteral("beta")}, 0);
    QVERIFY2(parse({QStringLiteral("--data-dir"), QStringLiteral("/d"), QStringLiteral("--content"), QStringLiteral("/c"),
                    QStringLiteral("-a"), QStringLiteral("--alpha-detail"), QStringLiteral("--beta"), QStringLiteral("x"),
                    QStringLiteral("--beta-detail")}),
             qPrintable(m_parser->errorText()));
    QCOMPARE(m_parser->value(CommandRegistry::dataDirOption), QStringLiteral("/d"));
    QCOMPARE(m_parser->value(CommandRegistry::contentOption), QStringLiteral("/c"));
    QCOMPARE(m_parser->value(QStringLiteral("beta")), QStringLiteral("x"));
    QVERIFY(m_parser->isSet(QStringLiteral("alpha-detail")));
    QVERIFY(!parse({QStringLiteral("--gamma")}));
}

void TestCommandRegistry::requested_theFirstAddedOfThoseAskedFor()
{
    Fake &alpha = m_registry.add<Fake>(QStringList{QStringLiteral("a"), QStringLiteral("alpha")}, 0);
    Fake &beta = m_registry.add<Fake>(QStringList{QStringLiteral("beta")}, 0);
    QVERIFY(parse({QStringLiteral("--beta"), QStringLiteral("x"), QStringLiteral("--alpha")}));
    QCOMPARE(m_registry.requested(*m_parser), &alpha);
    QVERIFY(parse({QStringLiteral("--beta"), QStringLiteral("x"), QStringLiteral("--alpha-detail")}));
    QCOMPARE(m_registry.requested(*m_parser), &beta); // an option of alpha's is not alpha
    QVERIFY(parse({QStringLiteral("--data-dir"), QStringLiteral("/d")}));
    QCOMPARE(m_registry.requested(*m_parser), nullptr);
}

void TestCommandRegistry::run_returnsTheCommandsExitCode_withTheContext()
{
    Fake &alpha = m_registry.add<Fake>(QStringList{QStringLiteral("a"), QStringLiteral("alpha")}, 0);
    Fake &beta = m_registry.add<Fake>(QStringList{QStringLiteral("beta")}, 3);
    QVERIFY(parse({QStringLiteral("--data-dir"), QStringLiteral("/d"), QStringLiteral("--beta"), QStringLiteral("x")}));
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    QCOMPARE(m_registry.run(CommandContext(*m_parser, outStream, errStream, Clock::system())), 3);
    outStream.flush();
    QCOMPARE(out, QStringLiteral("ran beta in /d"));
    QVERIFY(err.isEmpty());
    QCOMPARE(beta.runs, 1);
    QCOMPARE(alpha.runs, 0);
}

void TestCommandRegistry::run_withoutACommandAskedFor_exitsTwoAndSaysSo()
{
    m_registry.add<Fake>(QStringList{QStringLiteral("beta")}, 0);
    QVERIFY(parse({}));
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    QCOMPARE(m_registry.run(CommandContext(*m_parser, outStream, errStream, Clock::system())), 2);
    errStream.flush();
    QCOMPARE(err, QStringLiteral("deepdive: no command to run\n"));
}

void TestCommandRegistry::runsHeadless_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("headless");
    const QString program = QStringLiteral("deepdive");
    QTest::newRow("nothing") << QStringList{program} << false;
    QTest::newRow("global options only") << QStringList{program, QStringLiteral("--data-dir"), QStringLiteral("/d")} << false;
    QTest::newRow("long name") << QStringList{program, QStringLiteral("--alpha")} << true;
    QTest::newRow("short name") << QStringList{program, QStringLiteral("-a")} << true;
    QTest::newRow("with =value") << QStringList{program, QStringLiteral("--beta=x")} << true;
    QTest::newRow("value apart") << QStringList{program, QStringLiteral("--data-dir"), QStringLiteral("/d"), QStringLiteral("--beta"), QStringLiteral("x")} << true;
    QTest::newRow("a longer name") << QStringList{program, QStringLiteral("--alphabet")} << false;
    QTest::newRow("long name with one dash") << QStringList{program, QStringLiteral("-alpha")} << false;
    QTest::newRow("an option of the command's") << QStringList{program, QStringLiteral("--alpha-detail")} << false;
    QTest::newRow("the window's option") << QStringList{program, QStringLiteral("--window")} << false;
    QTest::newRow("help") << QStringList{program, QStringLiteral("--help")} << true;
    QTest::newRow("-h") << QStringList{program, QStringLiteral("-h")} << true;
    QTest::newRow("help-all") << QStringList{program, QStringLiteral("--help-all")} << true;
    QTest::newRow("the program's own name") << QStringList{QStringLiteral("--alpha")} << false;
}

void TestCommandRegistry::runsHeadless()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, headless);
    m_registry.add<Fake>(QStringList{QStringLiteral("a"), QStringLiteral("alpha")}, 0);
    m_registry.add<Fake>(QStringList{QStringLiteral("beta")}, 0);
    m_registry.add<Fake>(QStringList{QStringLiteral("window")}, 0, true);
    QCOMPARE(m_registry.runsHeadless(arguments), headless);
}

void TestCommandRegistry::dataDirArgument_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("dataDir");
    const QString program = QStringLiteral("deepdive");
    QTest::newRow("none") << QStringList{program, QStringLiteral("--version")} << QString();
    QTest::newRow("apart") << QStringList{program, QStringLiteral("--data-dir"), QStringLiteral("/d")} << QStringLiteral("/d");
    QTest::newRow("with =") << QStringList{program, QStringLiteral("--data-dir=/d e")} << QStringLiteral("/d e");
    QTest::newRow("the last one") << QStringList{program, QStringLiteral("--data-dir=/a"), QStringLiteral("--data-dir"), QStringLiteral("/b")}
                                  << QStringLiteral("/b");
    QTest::newRow("without its value") << QStringList{program, QStringLiteral("--data-dir")} << QString();
}

void TestCommandRegistry::dataDirArgument()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, dataDir);
    QCOMPARE(CommandRegistry::dataDirArgument(arguments), dataDir);
}

QTEST_GUILESS_MAIN(TestCommandRegistry)
#include "tst_commandregistry.moc"
