#include "command.h"
#include "commandregistry.h"
#include "deck.h"
#include "testsupport.h"

#include <QCommandLineParser>
#include <QDir>
#include <QScopeGuard>
#include <QTest>
#include <QTextStream>

using namespace DeepDive;

// What every command gets from CommandContext: the data folder, the deck folders in order, the decks with their
// problems printed, errors in one form.
class TestCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void dataDir_isTheDataDirOption_madeAbsolute();
    void deckFolders_bundledThenTheDataFoldersDecksThenContent();
    void deckFolders_withoutABundledDeck();
    void loadDecks_readsEveryFolder_andPrintsEveryProblem();
    void printError_saysWhoSpeaks();
    void isRequested_whenTheFirstOptionIsSet();

private:
    void parse(const QStringList &arguments);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QCommandLineParser> m_parser;
    QString m_out;
    QString m_err;
};

namespace {

class Probe : public Command
{
public:
    QList<QCommandLineOption> options() const override
    {
        return {QCommandLineOption(QStringLiteral("probe")),
                QCommandLineOption(QStringLiteral("probe-detail"), QString(), QStringLiteral("x"))};
    }
    int run(const CommandContext &) override { return 0; }
};

} // namespace

void TestCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_out.clear();
    m_err.clear();
}

void TestCommand::parse(const QStringList &arguments)
{
    m_parser = std::make_unique<QCommandLineParser>();
    m_parser->addOptions(CommandRegistry::globalOptions());
    m_parser->addOptions(Probe().options());
    QVERIFY2(m_parser->parse(QStringList{QStringLiteral("deepdive")} + arguments), qPrintable(m_parser->errorText()));
}

void TestCommand::dataDir_isTheDataDirOption_madeAbsolute()
{
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(m_dir->path()));
    const auto restore = qScopeGuard([&] { QDir::setCurrent(previous); });
    parse({QStringLiteral("--data-dir"), QStringLiteral("relative/data")});
    QTextStream out(&m_out);
    QTextStream err(&m_err);
    const CommandContext context(*m_parser, out, err, Clock::system());
    const QString expected = QDir(QDir::currentPath()).filePath(QStringLiteral("relative/data"));
    QCOMPARE(context.dataDir().path(), expected);
    QCOMPARE(context.dataDir().databaseFile(), expected + QStringLiteral("/deepdive.db"));
}

void TestCommand::deckFolders_bundledThenTheDataFoldersDecksThenContent()
{
    QVERIFY(Test::writeFiles(*m_dir, {
        {QStringLiteral("data/decks/b/deck.md"), Test::manifest(QStringLiteral("b"))},
        {QStringLiteral("data/decks/a/deck.md"), Test::manifest(QStringLiteral("a"))},
        {QStringLiteral("data/decks/not-a-deck/notes.md"), "no manifest"},
    }));
    parse({QStringLiteral("--data-dir"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("--content"),
           m_dir->filePath(QStringLiteral("mine"))});
    QTextStream out(&m_out);
    QTextStream err(&m_err);
    CommandContext context(*m_parser, out, err, Clock::system());
    context.bundledDeck = QStringLiteral(":/bundled");
    QCOMPARE(context.deckFolders(), (QStringList{QStringLiteral(":/bundled"), m_dir->filePath(QStringLiteral("data/decks/a")),
                                                 m_dir->filePath(QStringLiteral("data/decks/b")),
                                                 m_dir->filePath(QStringLiteral("mine"))}));
}

void TestCommand::deckFolders_withoutABundledDeck()
{
    parse({QStringLiteral("--data-dir"), m_dir->path()});
    QTextStream out(&m_out);
    QTextStream err(&m_err);
    CommandContext context(*m_parser, out, err, Clock::system());
    QCOMPARE(context.bundledDeck, QStringLiteral(":/content/python")); // what the binary embeds
    context.bundledDeck.clear();
    QCOMPARE(context.deckFolders(), QStringList());
}

void TestCommand::loadDecks_readsEveryFolder_andPrintsEveryProblem()
{
    QVERIFY(Test::writeFiles(*m_dir, {
        {QStringLiteral("broken/deck.md"), Test::manifest(QStringLiteral("broken"))},
        {QStringLiteral("broken/1/section.md"), Test::sectionFile(QStringLiteral("s"), QStringLiteral("S"))},
        {QStringLiteral("broken/1/1.md"), "---\nid: a\ntitle: A\n---\n\n## Cards\n\n### choice id=c\n\nQ\n\n- [ ] x\n\n    no\n\n- [ ] y\n\n    no\n"},
    }));
    parse({QStringLiteral("--data-dir"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("--content"),
           m_dir->filePath(QStringLiteral("broken"))});
    QTextStream out(&m_out);
    QTextStream err(&m_err);
    CommandContext context(*m_parser, out, err, Clock::system());
    context.bundledDeck = Test::dataPath(QStringLiteral("decks/sample"));
    const QList<Deck> decks = context.loadDecks();
    QCOMPARE(decks.size(), 2);
    QCOMPARE(decks[0].id, QStringLiteral("sample"));
    QCOMPARE(decks[1].id, QStringLiteral("broken"));
    QCOMPARE(m_err, m_dir->filePath(QStringLiteral("broken/1/1.md"))
                        + QStringLiteral(":8: error: the choice card `c` has no correct option; mark at least one with "
                                         "`- [x]`\n"));
    QVERIFY(m_out.isEmpty());
}

void TestCommand::printError_saysWhoSpeaks()
{
    parse({});
    QTextStream out(&m_out);
    QTextStream err(&m_err);
    const CommandContext context(*m_parser, out, err, Clock::system());
    context.printError(QStringLiteral("cannot read x"));
    err.flush();
    QCOMPARE(m_err, QStringLiteral("deepdive: cannot read x\n"));
    QVERIFY(m_out.isEmpty());
}

void TestCommand::isRequested_whenTheFirstOptionIsSet()
{
    Probe probe;
    parse({QStringLiteral("--probe-detail"), QStringLiteral("1")});
    QVERIFY(!probe.isRequested(*m_parser));
    parse({QStringLiteral("--probe")});
    QVERIFY(probe.isRequested(*m_parser));
    QVERIFY(!probe.needsDisplay());
}

QTEST_GUILESS_MAIN(TestCommand)
#include "tst_command.moc"
