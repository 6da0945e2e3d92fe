#include "contentcheck.h"
#include "testsupport.h"

#include <QBuffer>
#include <QDir>
#include <QTest>
#include <QTextStream>

using namespace DeepDive;

// `--check-content DIR` without the command line around it: every problem of the deck as `file:line: error: message`,
// then one line counting what loaded, and the exit code (0 only for a deck that loaded without a single problem).
class TestContentCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanDeck_countsWhatLoaded_andExitsZero();
    void cleanDeck_countsSnippetsWithAndWithoutOutput();
    void everyProblem_isOneFileLineError_beforeTheCount();
    void oneProblem_amongValidTopics_stillExitsOne();
    void notADeck_data();
    void notADeck();
    void output_isFlushed_beforeItReturns();

private:
    struct Check
    {
        int exitCode = -1;
        QStringList lines;
    };
    static Check check(const QString &folder)
    {
        QString output;
        QTextStream out(&output);
        Check result;
        result.exitCode = checkContent(folder, out);
        result.lines = output.split(QLatin1Char('\n'));
        if (result.lines.constLast().isEmpty())
            result.lines.removeLast(); // every line ends in a newline
        else
            result.lines.append(QStringLiteral("<the output does not end in a newline>"));
        return result;
    }
    QString path(const QString &relative) const { return m_dir->filePath(relative); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {
QByteArray topic(const QByteArray &id, const QByteArray &body)
{
    return "---\nid: " + id + "\ntitle: Topic " + id + "\n---\n\n" + body;
}
const QByteArray recall = "## Cards\n\n### recall id=r\n\nQ\n\n#### Answer\n\nA\n";
} // namespace

void TestContentCheck::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestContentCheck::cleanDeck_countsWhatLoaded_andExitsZero()
{
    const Check c = check(Test::dataPath(QStringLiteral("decks/sample")));
    QCOMPARE(c.lines, QStringList{QStringLiteral("3 topics, 6 cards, 4 snippets (4 with expected output)")});
    QCOMPARE(c.exitCode, 0);
}

void TestContentCheck::cleanDeck_countsSnippetsWithAndWithoutOutput()
{
    const QByteArray snippets = "## Snippets\n\n### With\n\n```python id=w\nprint(1)\n```\n\n```output\n1\n```\n\n"
                                "### Without\n\n```python id=n\nx = 1\n```\n\n";
    QVERIFY(Test::writeFiles(*m_dir, {
        {QStringLiteral("deck.md"), Test::manifest()},
        {QStringLiteral("1/section.md"), Test::sectionFile(QStringLiteral("s"), QStringLiteral("S"))},
        {QStringLiteral("1/1.md"), topic("a", snippets + recall)},
        {QStringLiteral("1/2.md"), topic("b", "Only notes, no cards.\n")},
    }));
    const Check c = check(m_dir->path());
    QCOMPARE(c.lines, QStringList{QStringLiteral("2 topics, 1 cards, 2 snippets (1 with expected output)")});
    QCOMPARE(c.exitCode, 0);
}

void TestContentCheck::everyProblem_isOneFileLineError_beforeTheCount()
{
    const QByteArray noCorrectOption = "## Cards\n\n### choice id=c\n\nQ\n\n- [ ] x\n\n    no\n\n- [ ] y\n\n    no\n";
    QVERIFY(Test::writeFiles(*m_dir, {
        {QStringLiteral("deck.md"), Test::manifest()},
        {QStringLiteral("1/section.md"), Test::sectionFile(QStringLiteral("s"), QStringLiteral("S"))},
        {QStringLiteral("1/1.md"), topic("a", noCorrectOption)},
        {QStringLiteral("1/2.md"), topic("b", "```python\nnever closed\n")},
        {QStringLiteral("1/3.md"), topic("c", recall)},
    }));
    const Check c = check(m_dir->path());
    QCOMPARE(c.exitCode, 1);
    QVERIFY2(c.lines.size() == 3, qPrintable(c.lines.join(QLatin1Char('\n'))));
    QVERIFY2(c.lines[0].startsWith(path(QStringLiteral("1/1.md")) + QStringLiteral(":8: error: ")),
             qPrintable(c.lines[0]));
    QVERIFY2(c.lines[0].contains(QLatin1String("no correct option")), qPrintable(c.lines[0]));
    QVERIFY2(c.lines[1].startsWith(path(QStringLiteral("1/2.md")) + QStringLiteral(":6: error: ")),
             qPrintable(c.lines[1]));
    QVERIFY2(c.lines[1].contains(QLatin1String("never closed")), qPrintable(c.lines[1]));
    QCOMPARE(c.lines[2], QStringLiteral("3 topics, 1 cards, 0 snippets (0 with expected output)"));
}

void TestContentCheck::oneProblem_amongValidTopics_stillExitsOne()
{
    // The valid topics load (and are counted), but a deck with any problem is not clean.
    QVERIFY(Test::writeFiles(*m_dir, {
        {QStringLiteral("deck.md"), Test::manifest()},
        {QStringLiteral("1/section.md"), Test::sectionFile(QStringLiteral("s"), QStringLiteral("S"))},
        {QStringLiteral("1/1.md"), topic("a", recall)},
        {QStringLiteral("1/2.md"), "---\ntitle: No id\n---\n\n" + recall},
    }));
    const Check c = check(m_dir->path());
    QCOMPARE(c.exitCode, 1);
    QCOMPARE(c.lines.size(), 2);
    QVERIFY2(c.lines[0].startsWith(path(QStringLiteral("1/2.md")) + QStringLiteral(":1: error: ")),
             qPrintable(c.lines[0]));
    QVERIFY2(c.lines[0].contains(QLatin1String("no id")), qPrintable(c.lines[0]));
    QVERIFY2(c.lines[1].startsWith(QLatin1String("1 topics, 1 cards")), qPrintable(c.lines[1]));
}

void TestContentCheck::notADeck_data()
{
    QTest::addColumn<QString>("folder");      // under the test's folder
    QTest::addColumn<QByteArray>("manifest"); // written as <folder>/deck.md unless empty
    QTest::newRow("missing folder") << QStringLiteral("nowhere") << QByteArray();
    QTest::newRow("folder without deck.md") << QStringLiteral("empty") << QByteArray();
    QTest::newRow("deck.md without front matter") << QStringLiteral("plain") << QByteArray("# Just a heading\n");
    QTest::newRow("deck.md without an id")
        << QStringLiteral("noid") << QByteArray("---\ntitle: T\nversion: 1\nlanguage: en\n---\n");
}

void TestContentCheck::notADeck()
{
    QFETCH(QString, folder);
    QFETCH(QByteArray, manifest);
    if (folder != QLatin1String("nowhere"))
        QVERIFY(QDir().mkpath(path(folder)));
    if (!manifest.isEmpty())
        QVERIFY(Test::writeFiles(*m_dir, {{folder + QStringLiteral("/deck.md"), manifest}}));
    const Check c = check(path(folder));
    QCOMPARE(c.exitCode, 1);
    QVERIFY2(c.lines.size() >= 2, qPrintable(c.lines.join(QLatin1Char('\n')))); // at least one problem, and the count
    for (qsizetype i = 0; i + 1 < c.lines.size(); ++i)
        QVERIFY2(c.lines[i].startsWith(path(folder)) && c.lines[i].contains(QLatin1String(": error: ")),
                 qPrintable(c.lines[i]));
    QCOMPARE(c.lines.constLast(), QStringLiteral("0 topics, 0 cards, 0 snippets (0 with expected output)"));
}

void TestContentCheck::output_isFlushed_beforeItReturns()
{
    // The command's stream is the process's stdout: what it printed must be there before the process exits.
    QBuffer device;
    QVERIFY(device.open(QIODevice::WriteOnly));
    QTextStream out(&device);
    QCOMPARE(checkContent(Test::dataPath(QStringLiteral("decks/sample")), out), 0);
    QCOMPARE(device.data(), QByteArray("3 topics, 6 cards, 4 snippets (4 with expected output)\n"));
}

QTEST_GUILESS_MAIN(TestContentCheck)
#include "tst_contentcheck.moc"
