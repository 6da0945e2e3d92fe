#include "checkcontentcommand.h"
#include "commandrun.h"
#include "testsupport.h"

#include <QDir>
#include <QTest>

using namespace DeepDive;

class TestCheckContentCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanDeck_exitsZeroWithSummary();
    void faultyDeck_listsEveryProblemAndExitsOne();
    void notADeck_exitsOne();
    void readsNeitherTheDataFolderNorOtherDecks();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCheckContentCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCheckContentCommand::cleanDeck_exitsZeroWithSummary()
{
    CheckContentCommand command;
    const Test::CommandRun run =
        Test::runCommand(command, {QStringLiteral("--check-content"), Test::dataPath(QStringLiteral("decks/sample"))});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QStringLiteral("3 topics, 6 cards, 4 snippets (4 with expected output)\n"));
    QVERIFY(run.err.isEmpty());
}

void TestCheckContentCommand::faultyDeck_listsEveryProblemAndExitsOne()
{
    QVERIFY(Test::writeFiles(*m_dir, {
        {QStringLiteral("deck.md"), Test::manifest()},
        {QStringLiteral("1/section.md"), Test::sectionFile(QStringLiteral("s"), QStringLiteral("S"))},
        {QStringLiteral("1/1.md"), "---\nid: a\ntitle: A\n---\n\n## Cards\n\n### choice id=c\n\nQ\n\n- [ ] x\n\n    no\n\n- [ ] y\n\n    no\n"},
        {QStringLiteral("1/2.md"), "---\nid: b\ntitle: B\n---\n\n## Snippets\n\n### S\n\n```python id=s\nx = 1\n```\n\n"
                                   "## Cards\n\n### choice id=d show=nope\n\nQ\n\n- [x] x\n- [ ] y\n\n    no\n"},
    }));
    CheckContentCommand command;
    const Test::CommandRun run = Test::runCommand(command, {QStringLiteral("--check-content"), m_dir->path()});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, m_dir->filePath(QStringLiteral("1/1.md"))
                          + QStringLiteral(":8: error: the choice card `c` has no correct option; mark at least one "
                                           "with `- [x]`\n")
                          + m_dir->filePath(QStringLiteral("1/2.md"))
                          + QStringLiteral(":16: error: card `d` shows snippet `nope` (`show=`), which is not in this "
                                           "topic\n2 topics, 0 cards, 1 snippets (0 with expected output)\n"));
    QVERIFY(run.err.isEmpty());
}

void TestCheckContentCommand::notADeck_exitsOne()
{
    CheckContentCommand command;
    const Test::CommandRun run = Test::runCommand(command, {QStringLiteral("--check-content"), m_dir->path()});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.endsWith(QStringLiteral("0 topics, 0 cards, 0 snippets (0 with expected output)\n")), qPrintable(run.out));
}

void TestCheckContentCommand::readsNeitherTheDataFolderNorOtherDecks()
{
    // A data folder whose decks/ holds a broken deck, and a broken --content: neither is looked at.
    QVERIFY(Test::writeFiles(*m_dir, {
        {QStringLiteral("data/decks/x/deck.md"), "not a manifest"},
        {QStringLiteral("other/deck.md"), "not a manifest"},
    }));
    CheckContentCommand command;
    const Test::CommandRun run = Test::runCommand(
        command, {QStringLiteral("--data-dir"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("--content"),
                  m_dir->filePath(QStringLiteral("other")), QStringLiteral("--check-content"),
                  Test::dataPath(QStringLiteral("decks/sample"))},
        Clock::system(), m_dir->filePath(QStringLiteral("other")));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QStringLiteral("3 topics, 6 cards, 4 snippets (4 with expected output)\n"));
    QVERIFY(run.err.isEmpty());
    QCOMPARE(QDir(m_dir->filePath(QStringLiteral("data"))).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
             QStringList{QStringLiteral("decks")});
}

QTEST_GUILESS_MAIN(TestCheckContentCommand)
#include "tst_checkcontentcommand.moc"
