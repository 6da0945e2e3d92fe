#include "deckloader.h"
#include "testsupport.h"

#include <QHash>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QVersionNumber>

using namespace DeepDive;

// The bundled Python deck: complete, well-formed, and every snippet that claims an output prints exactly that when
// run with the real python3.
class TestPythonDeck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void load_reportsNoProblems();
    void size_meetsTheDeckTargets();
    void everyTopic_hasNotesKeyPointsReferencesAndCards();
    void snippets_printTheirExpectedOutput_data();
    void snippets_printTheirExpectedOutput();
    void snippets_withoutOutput_compile();

private:
    struct Located
    {
        const Topic *topic;
        const Snippet *snippet;
    };
    // Empty when python3 can run `snippet`; else why not.
    QString missingRequirement(const Snippet &snippet);
    QString python(const QStringList &args, int *exitCode, QString *err = nullptr, const QString &cwd = {});

    DeckLoadResult m_result;
    QHash<QString, Located> m_snippets;
    QVersionNumber m_pythonVersion;
    QHash<QString, bool> m_modules;
    bool m_strict = false;
};

QString TestPythonDeck::python(const QStringList &args, int *exitCode, QString *err, const QString &cwd)
{
    QProcess process;
    process.setWorkingDirectory(cwd);
    process.start(QStringLiteral("python3"), args);
    if (!process.waitForStarted(10000)) {
        *exitCode = -1;
        return {};
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        *exitCode = -2;
    } else {
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -3;
    }
    if (err)
        *err = QString::fromUtf8(process.readAllStandardError());
    return QString::fromUtf8(process.readAllStandardOutput());
}

void TestPythonDeck::initTestCase()
{
    m_result = DeckLoader::load(Test::sourcePath(QStringLiteral("content/python")));
    QVERIFY(m_result.loaded);
    for (const Topic &topic : std::as_const(m_result.deck.topics)) {
        for (const Snippet &snippet : topic.snippets)
            m_snippets.insert(snippet.id, {&topic, &snippet});
    }
    m_strict = qEnvironmentVariableIntValue("DEEPDIVE_STRICT_SNIPPETS") == 1;
    int code = 0;
    const QString version = python({QStringLiteral("-c"), QStringLiteral("import sys; print('%d.%d' % sys.version_info[:2])")}, &code);
    if (code != 0)
        QFAIL("python3 is needed to check the deck's snippets; install python3");
    m_pythonVersion = QVersionNumber::fromString(version.trimmed());
    qInfo("checking snippets with python3 %s", qPrintable(m_pythonVersion.toString()));
}

QString TestPythonDeck::missingRequirement(const Snippet &snippet)
{
    for (const QString &req : snippet.requirements) {
        if (req.startsWith(QLatin1String("python>="))) {
            const QVersionNumber needed = QVersionNumber::fromString(req.mid(8));
            if (m_pythonVersion < needed)
                return QStringLiteral("needs Python %1, python3 is %2").arg(needed.toString(), m_pythonVersion.toString());
            continue;
        }
        if (!m_modules.contains(req)) {
            int code = 0;
            python({QStringLiteral("-c"), QStringLiteral("import ") + req}, &code);
            m_modules.insert(req, code == 0);
        }
        if (!m_modules.value(req))
            return QStringLiteral("needs the Python module %1 (Debian: python3-%1)").arg(req);
    }
    return {};
}

void TestPythonDeck::load_reportsNoProblems()
{
    QStringList problems;
    for (const Diagnostic &d : std::as_const(m_result.diagnostics))
        problems.append(d.toString());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestPythonDeck::size_meetsTheDeckTargets()
{
    QVERIFY2(m_result.deck.topics.size() >= 40, qPrintable(QString::number(m_result.deck.topics.size())));
    QVERIFY2(m_result.cardCount() >= 200, qPrintable(QString::number(m_result.cardCount())));
    QVERIFY2(m_result.snippetCount() >= 40, qPrintable(QString::number(m_result.snippetCount())));
    int pairs = 0;
    QSet<CardType> types;
    for (const Topic &topic : std::as_const(m_result.deck.topics)) {
        for (const Snippet &s : topic.snippets) {
            const auto fix = m_snippets.constFind(s.fixId);
            if (s.kind == SnippetKind::Pitfall && s.checksOutput() && fix != m_snippets.cend()
                && fix->snippet->checksOutput())
                ++pairs;
        }
        for (const Card &card : topic.cards)
            types.insert(card.type);
    }
    QVERIFY2(pairs >= 25, qPrintable(QStringLiteral("%1 pitfall/fix pairs with expected output").arg(pairs)));
    QCOMPARE(types.size(), 5);
}

void TestPythonDeck::everyTopic_hasNotesKeyPointsReferencesAndCards()
{
    for (const Topic &topic : std::as_const(m_result.deck.topics)) {
        const QByteArray name = topic.id.toUtf8();
        QVERIFY2(topic.notes.size() > 200, name.constData());
        QVERIFY2(!topic.keyPoints.isEmpty(), name.constData());
        QVERIFY2(!topic.references.isEmpty(), name.constData());
        QVERIFY2(topic.cards.size() >= 3, name.constData());
        QVERIFY2(!topic.snippets.isEmpty(), name.constData());
        for (const Reference &ref : topic.references)
            QVERIFY2(ref.url.startsWith(QLatin1String("https://")), qPrintable(topic.id + QLatin1Char(' ') + ref.url));
    }
}

void TestPythonDeck::snippets_printTheirExpectedOutput_data()
{
    QTest::addColumn<QString>("snippetId");
    for (const Topic &topic : std::as_const(m_result.deck.topics)) {
        for (const Snippet &s : topic.snippets) {
            if (s.checksOutput())
                QTest::newRow(qPrintable(topic.id + QLatin1Char('/') + s.id)) << s.id;
        }
    }
    if (m_result.snippetsWithOutputCount() == 0)
        QTest::newRow("none") << QString();
}

void TestPythonDeck::snippets_printTheirExpectedOutput()
{
    QFETCH(QString, snippetId);
    if (snippetId.isEmpty())
        QFAIL("the deck has no snippet with an expected output");
    const Snippet &snippet = *m_snippets.value(snippetId).snippet;
    const QString missing = missingRequirement(snippet);
    if (!missing.isEmpty()) {
        if (m_strict)
            QFAIL(qPrintable(missing));
        QSKIP(qPrintable(missing));
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(Test::writeFiles(dir, {{QStringLiteral("snippet.py"), snippet.code.toUtf8()}}));
    int code = 0;
    QString err;
    const QString out = python({QStringLiteral("-I"), QStringLiteral("snippet.py")}, &code, &err, dir.path());
    QVERIFY2(code != -2, "timed out after 30 s");
    if (snippet.raises()) {
        QVERIFY2(code != 0, "expected an exception, but the snippet exited normally");
        const QStringList lines = err.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.last().trimmed(), snippet.expectedRaises);
    } else {
        QVERIFY2(code == 0, qPrintable(QStringLiteral("exit code %1:\n%2").arg(code).arg(err)));
    }
    QCOMPARE(out, snippet.expectedOutput);
}

void TestPythonDeck::snippets_withoutOutput_compile()
{
    QTemporaryDir dir;
    QStringList files;
    int skipped = 0;
    for (const Topic &topic : std::as_const(m_result.deck.topics)) {
        for (const Snippet &s : topic.snippets) {
            if (s.checksOutput() || s.language != QLatin1String("python"))
                continue;
            if (!missingRequirement(s).isEmpty() && s.requirements.join(QString()).contains(QLatin1String("python>="))) {
                ++skipped; // syntax newer than this python3
                continue;
            }
            const QString name = topic.id + QLatin1String("__") + s.id + QLatin1String(".py");
            QVERIFY(Test::writeFiles(dir, {{name, s.code.toUtf8()}}));
            files.append(dir.filePath(name));
        }
    }
    if (files.isEmpty())
        return;
    const QString script = QStringLiteral(
        "import sys\nbad = 0\nfor f in sys.argv[1:]:\n    try:\n        compile(open(f, encoding='utf-8').read(), f, 'exec')\n"
        "    except SyntaxError as e:\n        bad += 1\n        print(f'{f}: {e}')\nsys.exit(1 if bad else 0)\n");
    int code = 0;
    const QString out = python(QStringList{QStringLiteral("-c"), script} + files, &code);
    QVERIFY2(code == 0, qPrintable(out));
    qInfo("%lld snippets without output compile (%d need a newer python3)", qlonglong(files.size()), skipped);
}

QTEST_GUILESS_MAIN(TestPythonDeck)
#include "tst_pythondeck.moc"
