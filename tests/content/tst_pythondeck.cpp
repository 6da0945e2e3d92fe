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
// run with each real Python the deck supports. DEEPDIVE_PYTHONS lists the interpreters to use (commands separated by
// ':'; packaging/devenv gives Debian 13's python3 and Debian unstable's python3.14), python3 when it is not set.
class TestPythonDeck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void load_reportsNoProblems();
    void size_meetsTheDeckTargets();
    void everySection_usesEveryCardType();
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
    struct Interpreter
    {
        QString command;
        QVersionNumber version;
        QHash<QString, bool> modules;
        int passed = 0;
        int notApplicable = 0;
    };
    // Whether `snippet` is meant for this interpreter's version (requires="python>=3.14", "python<3.14").
    static bool appliesTo(const Snippet &snippet, const QVersionNumber &version);
    // Empty when the interpreter has every module `snippet` needs; else which one is missing.
    QString missingModule(Interpreter &python, const Snippet &snippet);
    static QString run(const QString &command, const QStringList &args, int *exitCode, QString *err = nullptr,
                       const QString &cwd = {});

    DeckLoadResult m_result;
    QHash<QString, Located> m_snippets;
    QList<Interpreter> m_pythons;
    bool m_strict = false;
};

QString TestPythonDeck::run(const QString &command, const QStringList &args, int *exitCode, QString *err,
                            const QString &cwd)
{
    QProcess process;
    process.setWorkingDirectory(cwd);
    process.start(command, args);
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
    QString commands = qEnvironmentVariable("DEEPDIVE_PYTHONS");
    if (commands.isEmpty())
        commands = QStringLiteral("python3");
    for (const QString &command : commands.split(QLatin1Char(':'), Qt::SkipEmptyParts)) {
        int code = 0;
        QString err;
        const QString version = run(command, {QStringLiteral("-c"), QStringLiteral("import sys; print('%d.%d.%d' % sys.version_info[:3])")},
                                    &code, &err);
        if (code != 0)
            QFAIL(qPrintable(QStringLiteral("%1 is needed to check the deck's snippets, but it did not run: %2")
                                 .arg(command, err.trimmed())));
        m_pythons.append({command, QVersionNumber::fromString(version.trimmed()), {}});
        qInfo("checking snippets with %s (Python %s)", qPrintable(command), qPrintable(version.trimmed()));
    }
}

void TestPythonDeck::cleanupTestCase()
{
    for (const Interpreter &python : std::as_const(m_pythons)) {
        qInfo("Python %s (%s): %d snippets printed their expected output, %d are for other versions",
              qPrintable(python.version.toString()), qPrintable(python.command), python.passed, python.notApplicable);
    }
}

bool TestPythonDeck::appliesTo(const Snippet &snippet, const QVersionNumber &version)
{
    const QVersionNumber minor(version.majorVersion(), version.minorVersion());
    for (const QString &req : snippet.requirements) {
        if (req.startsWith(QLatin1String("python>=")) && minor < QVersionNumber::fromString(req.mid(8)))
            return false;
        if (req.startsWith(QLatin1String("python<")) && !req.startsWith(QLatin1String("python<="))
            && minor >= QVersionNumber::fromString(req.mid(7)))
            return false;
    }
    return true;
}

QString TestPythonDeck::missingModule(Interpreter &python, const Snippet &snippet)
{
    for (const QString &req : snippet.requirements) {
        if (req.startsWith(QLatin1String("python")))
            continue;
        if (!python.modules.contains(req)) {
            int code = 0;
            run(python.command, {QStringLiteral("-c"), QStringLiteral("import ") + req}, &code);
            python.modules.insert(req, code == 0);
        }
        if (!python.modules.value(req))
            return QStringLiteral("needs the Python module %1 (Debian: python3-%1) for Python %2")
                .arg(req, python.version.toString());
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
    QVERIFY2(m_result.deck.topics.size() >= 100, qPrintable(QString::number(m_result.deck.topics.size())));
    QVERIFY2(m_result.cardCount() >= 500, qPrintable(QString::number(m_result.cardCount())));
    QVERIFY2(m_result.snippetsWithOutputCount() >= 200, qPrintable(QString::number(m_result.snippetsWithOutputCount())));
    int pairs = 0;
    for (const Topic &topic : std::as_const(m_result.deck.topics)) {
        for (const Snippet &s : topic.snippets) {
            const auto fix = m_snippets.constFind(s.fixId);
            if (s.kind == SnippetKind::Pitfall && s.checksOutput() && fix != m_snippets.cend()
                && fix->snippet->checksOutput())
                ++pairs;
        }
    }
    QVERIFY2(pairs >= 25, qPrintable(QStringLiteral("%1 pitfall/fix pairs with expected output").arg(pairs)));
}

void TestPythonDeck::everySection_usesEveryCardType()
{
    const QList<CardType> all = {CardType::Recall, CardType::Choice, CardType::Predict, CardType::SpotBug, CardType::Pair};
    QStringList missing;
    for (const Section &section : std::as_const(m_result.deck.sections)) {
        QSet<CardType> types;
        for (int t : section.topics) {
            for (const Card &card : m_result.deck.topics[t].cards)
                types.insert(card.type);
        }
        for (CardType type : all) {
            if (!types.contains(type))
                missing.append(section.id + QLatin1String(": no ") + cardTypeName(type) + QLatin1String(" card"));
        }
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
}

void TestPythonDeck::everyTopic_hasNotesKeyPointsReferencesAndCards()
{
    for (const Topic &topic : std::as_const(m_result.deck.topics)) {
        const QByteArray name = topic.id.toUtf8();
        QVERIFY2(topic.summary.size() > 200, name.constData());
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
    QTest::addColumn<int>("python");
    QTest::addColumn<QString>("snippetId");
    QStringList forNoVersion;
    for (const Topic &topic : std::as_const(m_result.deck.topics)) {
        for (const Snippet &s : topic.snippets) {
            if (!s.checksOutput())
                continue;
            bool applied = false;
            for (int i = 0; i < m_pythons.size(); ++i) {
                if (!appliesTo(s, m_pythons[i].version)) {
                    ++m_pythons[i].notApplicable;
                    continue;
                }
                applied = true;
                const QString name = m_pythons[i].version.toString() + QLatin1Char('/') + topic.id + QLatin1Char('/') + s.id;
                QTest::newRow(qPrintable(name)) << i << s.id;
            }
            if (!applied)
                forNoVersion.append(topic.id + QLatin1Char('/') + s.id);
        }
    }
    if (m_strict && !forNoVersion.isEmpty())
        QTest::newRow("not run on any Python") << -1 << forNoVersion.join(QLatin1String(", "));
    if (m_result.snippetsWithOutputCount() == 0)
        QTest::newRow("none") << -1 << QString();
}

void TestPythonDeck::snippets_printTheirExpectedOutput()
{
    QFETCH(int, python);
    QFETCH(QString, snippetId);
    if (snippetId.isEmpty())
        QFAIL("the deck has no snippet with an expected output");
    if (python < 0)
        QFAIL(qPrintable(QStringLiteral("no Python here runs these snippets: ") + snippetId));
    Interpreter &interpreter = m_pythons[python];
    const Snippet &snippet = *m_snippets.value(snippetId).snippet;
    const QString missing = missingModule(interpreter, snippet);
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
    const QString out = run(interpreter.command, {QStringLiteral("-I"), QStringLiteral("snippet.py")}, &code, &err, dir.path());
    QVERIFY2(code != -2, "timed out after 30 s");
    if (snippet.raises()) {
        QVERIFY2(code != 0, "expected an exception, but the snippet exited normally");
        const QStringList lines = err.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.last().trimmed(), snippet.expectedRaises);
    } else {
        QVERIFY2(code == 0, qPrintable(QStringLiteral("exit code %1:\n%2").arg(code).arg(err)));
    }
    QCOMPARE(out, snippet.expectedOutput);
    ++interpreter.passed;
}

void TestPythonDeck::snippets_withoutOutput_compile()
{
    const QString script = QStringLiteral(
        "import sys\nbad = 0\nfor f in sys.argv[1:]:\n    try:\n        compile(open(f, encoding='utf-8').read(), f, 'exec')\n"
        "    except SyntaxError as e:\n        bad += 1\n        print(f'{f}: {e}')\nsys.exit(1 if bad else 0)\n");
    for (const Interpreter &python : std::as_const(m_pythons)) {
        QTemporaryDir dir;
        QStringList files;
        for (const Topic &topic : std::as_const(m_result.deck.topics)) {
            for (const Snippet &s : topic.snippets) {
                if (s.checksOutput() || s.language != QLatin1String("python") || !appliesTo(s, python.version))
                    continue;
                const QString name = topic.id + QLatin1String("__") + s.id + QLatin1String(".py");
                QVERIFY(Test::writeFiles(dir, {{name, s.code.toUtf8()}}));
                files.append(dir.filePath(name));
            }
        }
        int code = 0;
        const QString out = run(python.command, QStringList{QStringLiteral("-c"), script} + files, &code);
        QVERIFY2(code == 0, qPrintable(QStringLiteral("Python %1:\n%2").arg(python.version.toString(), out)));
        qInfo("Python %s: %lld snippets without output compile", qPrintable(python.version.toString()),
              qlonglong(files.size()));
    }
}

QTEST_GUILESS_MAIN(TestPythonDeck)
#include "tst_pythondeck.moc"
