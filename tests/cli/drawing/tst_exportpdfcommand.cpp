#include "commandrun.h"
#include "database.h"
#include "exportpdfcommand.h"
#include "notestore.h"
#include "testsupport.h"
#include "translations.h"

#include <QDir>
#include <QProcess>
#include <QTest>

using namespace DeepDive;

class TestExportPdfCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void scope_printsItsTopics_withoutADatabase_makingNoFolder();
    void scopeErrors_data();
    void scopeErrors();
    void optionErrors_data();
    void optionErrors();
    void unwritableFile_exitsOneAndWritesNothing();
    void quizAndNotes_whereAsked();

private:
    Test::CommandRun exportPdf(const QStringList &arguments);
    QString dataDir() const { return m_dir->filePath(QStringLiteral("data")); }
    QString pdfFile() const { return m_dir->filePath(QStringLiteral("out.pdf")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestExportPdfCommand::initTestCase()
{
    // As deepdive does: the English plural forms ("1 topic", "2 topics").
    QVERIFY(Translations::install(QCoreApplication::instance(), QLocale(QLocale::English)));
}

void TestExportPdfCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

Test::CommandRun TestExportPdfCommand::exportPdf(const QStringList &arguments)
{
    ExportPdfCommand command;
    return Test::runCommand(command,
                            QStringList{QStringLiteral("--data-dir"), dataDir(), QStringLiteral("--export-pdf"), pdfFile()}
                                + arguments,
                            Clock::system(), Test::dataPath(QStringLiteral("decks/sample")));
}

void TestExportPdfCommand::scope_printsItsTopics_withoutADatabase_makingNoFolder()
{
    Test::CommandRun run = exportPdf({QStringLiteral("--scope"), QStringLiteral("topics:loops,identity"),
                                      QStringLiteral("--page-size"), QStringLiteral("Letter")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QStringLiteral("wrote 2 topics to %1\n").arg(pdfFile()));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QFile pdf(pdfFile());
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QCOMPARE(pdf.read(5), QByteArray("%PDF-"));
    QVERIFY(!QFileInfo::exists(dataDir())); // printing made no data folder
    run = exportPdf({});                    // all, by default
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QStringLiteral("wrote 3 topics to %1\n").arg(pdfFile()));
}

void TestExportPdfCommand::scopeErrors_data()
{
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("error");
    QTest::newRow("deck") << QStringLiteral("deck:nope") << QStringLiteral("there is no deck with the id \"nope\"");
    QTest::newRow("section") << QStringLiteral("section:nope") << QStringLiteral("there is no section with the id \"nope\"");
    QTest::newRow("topic") << QStringLiteral("topics:loops,ghost") << QStringLiteral("there is no topic with the id \"ghost\"");
}

void TestExportPdfCommand::scopeErrors()
{
    QFETCH(QString, scope);
    QFETCH(QString, error);
    const Test::CommandRun run = exportPdf({QStringLiteral("--scope"), scope});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(QStringLiteral("deepdive: ")) && run.err.contains(error), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QVERIFY(!QFile::exists(pdfFile()));
}

void TestExportPdfCommand::optionErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");
    QTest::newRow("page size") << QStringList{QStringLiteral("--page-size"), QStringLiteral("A3")}
                               << QStringLiteral("deepdive: --page-size takes A4 or Letter, not A3\n");
    QTest::newRow("answers where") << QStringList{QStringLiteral("--with-quiz"), QStringLiteral("--answers"), QStringLiteral("sideways")}
                                   << QStringLiteral("deepdive: --answers takes inline, topic or end, not sideways\n");
    QTest::newRow("answers without quiz") << QStringList{QStringLiteral("--answers"), QStringLiteral("end")}
                                          << QStringLiteral("deepdive: --answers needs --with-quiz\n");
}

void TestExportPdfCommand::optionErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    const Test::CommandRun run = exportPdf(arguments);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, error);
    QVERIFY(run.out.isEmpty());
    QVERIFY(!QFile::exists(pdfFile()));
}

void TestExportPdfCommand::unwritableFile_exitsOneAndWritesNothing()
{
    const QString bad = m_dir->filePath(QStringLiteral("no/such/dir/out.pdf"));
    ExportPdfCommand command;
    const Test::CommandRun run = Test::runCommand(
        command, {QStringLiteral("--data-dir"), dataDir(), QStringLiteral("--export-pdf"), bad}, Clock::system(),
        Test::dataPath(QStringLiteral("decks/sample")));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(QStringLiteral("deepdive: ")) && run.err.contains(QStringLiteral("cannot write")), qPrintable(run.err));
    QVERIFY(!QFile::exists(bad));
}

void TestExportPdfCommand::quizAndNotes_whereAsked()
{
    {
        QVERIFY(QDir().mkpath(dataDir()));
        Database db;
        QVERIFY2(db.open(dataDir() + QStringLiteral("/deepdive.db"), dataDir() + QStringLiteral("/backups")), qPrintable(db.notice()));
        QString error;
        QVERIFY2(NoteStore(db).save({QStringLiteral("sample"), QStringLiteral("loops"), QStringLiteral("Remember **range** stops early."), 5}, &error),
                 qPrintable(error));
    }
    const auto pdfText = [this] {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {pdfFile(), QStringLiteral("-")});
        return p.waitForFinished(30000) ? QString::fromUtf8(p.readAllStandardOutput()) : QString();
    };
    Test::CommandRun run = exportPdf({QStringLiteral("--with-quiz"), QStringLiteral("--answers"), QStringLiteral("end"),
                                      QStringLiteral("--with-notes")});
    QCOMPARE(run.exitCode, 0);
    QString text = pdfText();
    QVERIFY2(text.indexOf(QStringLiteral("Answers — Identity and equality")) > text.indexOf(QStringLiteral("Loops repeat work.")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Remember range stops early.")));
    run = exportPdf({QStringLiteral("--with-quiz"), QStringLiteral("--answers"), QStringLiteral("topic")});
    QCOMPARE(run.exitCode, 0);
    text = pdfText();
    QVERIFY(text.indexOf(QStringLiteral("Answers — Identity and equality")) >= 0);
    QVERIFY(text.indexOf(QStringLiteral("Answers — Identity and equality")) < text.indexOf(QStringLiteral("Loops repeat work.")));
    QVERIFY(!text.contains(QStringLiteral("Remember range stops early."))); // notes only when asked
}

QTEST_MAIN(TestExportPdfCommand)
#include "tst_exportpdfcommand.moc"
