#include "journalformat.h"
#include "ownjournal.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <unistd.h>

using namespace DeepDive;

// This device's own journal: the one file in the sync folder it writes. It appends whole lines (the header first),
// replaces the file at once when compacting, and knows by size and hash whether the file is still exactly what it
// wrote. When the file cannot be written it says so, naming the file, and the file and what it knows stay as they were.
class TestOwnJournal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void check_withoutAFile_isAbsent_orMissingWhenItWasWrittenBefore();
    void append_first_writesTheHeaderThenTheEvents();
    void append_later_addsOnlyTheEvents_alsoAfterARestart();
    void append_nothing_writesNothing_butANewJournalGetsItsHeader();
    void check_noticesAnyOtherWriter_andLeavesTheFile_data();
    void check_noticesAnyOtherWriter_andLeavesTheFile();
    void rewrite_replacesTheWholeFile_andLeavesNoTemporaryFile();
    void rewrite_ofAMissingJournal_writesItAgainWhole();
    void append_whenTheFolderIsGone_failsAndCreatesNothing();
    void rewrite_whenTheFolderIsGone_failsAndCreatesNothing();
    void append_onAFullDisk_failsAndKnowsNothingNew();
    void append_toAReadOnlyFile_failsAndChangesNothing();
    void rewrite_inAReadOnlyFolder_failsAndKeepsTheOldFile();
    void check_ofAnUnreadableFile_isChanged_withTheReason();
    void check_ofAFolderInItsPlace_isChanged_withTheReason();

private:
    static QJsonObject header(int segment = 1)
    {
        return Journal::header(QStringLiteral("dev-a"), QStringLiteral("laptop"), segment);
    }
    static QJsonObject event(int n)
    {
        return {{QStringLiteral("t"), QStringLiteral("undo")},
                {QStringLiteral("id"), QString::number(n)},
                {QStringLiteral("at"), 1000.0 * n}};
    }
    static QByteArray contents(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static bool writeFile(const QString &file, const QByteArray &data)
    {
        QFile f(file);
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
    }
    // A journal of two events written by this device, for the tests that start from one.
    OwnJournal written()
    {
        OwnJournal own(m_file, 0, {});
        QString error;
        if (!own.append(header(), {event(1), event(2)}, &error))
            qWarning("append: %s", qPrintable(error));
        return own;
    }
    // Runs `action` on the journal in a child process that may not write where root could: as the user nobody when
    // the test runs as root, which file permissions do not stop. Its output: "result=... bytes=... sha=..." and
    // "state=..." and "error=..." lines.
    QString runUnprivileged(const QString &action, const OwnJournal &own);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_folder;
    QString m_file;
};

namespace {
QString stateName(OwnJournal::State state)
{
    switch (state) {
    case OwnJournal::State::Absent:
        return QStringLiteral("absent");
    case OwnJournal::State::Intact:
        return QStringLiteral("intact");
    case OwnJournal::State::Missing:
        return QStringLiteral("missing");
    case OwnJournal::State::Changed:
        return QStringLiteral("changed");
    }
    return {};
}

// The child's side of runUnprivileged().
int childMain()
{
    OwnJournal own(qEnvironmentVariable("DEEPDIVE_OWNJOURNAL_FILE"),
                   qEnvironmentVariable("DEEPDIVE_OWNJOURNAL_BYTES").toLongLong(),
                   qEnvironmentVariable("DEEPDIVE_OWNJOURNAL_SHA").toLatin1());
    const QString action = qEnvironmentVariable("DEEPDIVE_OWNJOURNAL_CHILD");
    QString error;
    QString result;
    if (action == QLatin1String("append")) {
        result =
            own.append(Journal::header(QStringLiteral("dev-a"), QStringLiteral("laptop"), 1),
                       {{{QStringLiteral("t"), QStringLiteral("undo")}, {QStringLiteral("id"), QStringLiteral("9")}}},
                       &error)
                ? QStringLiteral("ok")
                : QStringLiteral("failed");
    } else if (action == QLatin1String("rewrite")) {
        result = own.rewrite(Journal::header(QStringLiteral("dev-a"), QStringLiteral("laptop"), 2), {}, &error)
                     ? QStringLiteral("ok")
                     : QStringLiteral("failed");
    }
    QString checkError;
    const OwnJournal::State state = own.check(&checkError);
    QTextStream(stdout) << "result=" << result << " bytes=" << own.bytes() << " sha=" << own.sha256() << "\n"
                        << "state=" << stateName(state) << "\n"
                        << "error=" << (action == QLatin1String("check") ? checkError : error) << "\n";
    return 0;
}
} // namespace

QString TestOwnJournal::runUnprivileged(const QString &action, const OwnJournal &own)
{
    QString program = QCoreApplication::applicationFilePath();
    QStringList args;
    if (::geteuid() == 0) {
        args = {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
                program};
        program = QStringLiteral("setpriv");
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DEEPDIVE_OWNJOURNAL_CHILD"), action);
    env.insert(QStringLiteral("DEEPDIVE_OWNJOURNAL_FILE"), own.file());
    env.insert(QStringLiteral("DEEPDIVE_OWNJOURNAL_BYTES"), QString::number(own.bytes()));
    env.insert(QStringLiteral("DEEPDIVE_OWNJOURNAL_SHA"), QString::fromLatin1(own.sha256()));
    QProcess child;
    child.setProcessEnvironment(env);
    child.start(program, args);
    if (!child.waitForFinished(30000) || child.exitCode() != 0)
        return QStringLiteral("the child did not run: %1 %2")
            .arg(child.errorString(), QString::fromUtf8(child.readAllStandardError()));
    return QString::fromUtf8(child.readAllStandardOutput());
}

void TestOwnJournal::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // The unprivileged child must be able to reach the files (it is refused only what each test takes away).
    QVERIFY(QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                     QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                                     QFile::ExeOther));
    m_folder = m_dir->filePath(Journal::folderName);
    QVERIFY(QDir().mkpath(m_folder));
    m_file = QDir(m_folder).filePath(Journal::fileName(QStringLiteral("dev-a")));
}

void TestOwnJournal::check_withoutAFile_isAbsent_orMissingWhenItWasWrittenBefore()
{
    QString error;
    QCOMPARE(OwnJournal(m_file, 0, {}).check(&error), OwnJournal::State::Absent);
    QCOMPARE(OwnJournal(m_file, 512, Journal::sha256Hex("what was written")).check(&error), OwnJournal::State::Missing);
    QVERIFY(error.isEmpty());
    QVERIFY(!QFile::exists(m_file)); // checking writes nothing
}

void TestOwnJournal::append_first_writesTheHeaderThenTheEvents()
{
    OwnJournal own(m_file, 0, {});
    QString error;
    QVERIFY2(own.append(header(), {event(1), event(2)}, &error), qPrintable(error));
    const QByteArray expected =
        Journal::encodeLine(header()) + Journal::encodeLine(event(1)) + Journal::encodeLine(event(2));
    QCOMPARE(contents(m_file), expected);
    QCOMPARE(own.bytes(), expected.size());
    QCOMPARE(own.sha256(), Journal::sha256Hex(expected));
    QCOMPARE(own.file(), m_file);
    QCOMPARE(own.check(&error), OwnJournal::State::Intact);
    QVERIFY(error.isEmpty());
}

void TestOwnJournal::append_later_addsOnlyTheEvents_alsoAfterARestart()
{
    OwnJournal own = written();
    const QByteArray before = contents(m_file);
    QString error;
    QVERIFY2(own.append(header(), {event(3)}, &error), qPrintable(error));
    QCOMPARE(contents(m_file), before + Journal::encodeLine(event(3))); // the header once
    QCOMPARE(own.bytes(), before.size() + Journal::encodeLine(event(3)).size());

    // The next run knows the journal only by the size and hash it stored.
    OwnJournal next(m_file, own.bytes(), own.sha256());
    QCOMPARE(next.check(&error), OwnJournal::State::Intact);
    QVERIFY2(next.append(header(), {event(4), event(5)}, &error), qPrintable(error));
    QCOMPARE(contents(m_file),
             before + Journal::encodeLine(event(3)) + Journal::encodeLine(event(4)) + Journal::encodeLine(event(5)));
    QCOMPARE(next.sha256(), Journal::sha256Hex(contents(m_file)));
    QCOMPARE(next.check(&error), OwnJournal::State::Intact);
}

void TestOwnJournal::append_nothing_writesNothing_butANewJournalGetsItsHeader()
{
    OwnJournal own = written();
    const QByteArray before = contents(m_file);
    const QByteArray sha = own.sha256();
    QString error;
    QVERIFY(own.append(header(), {}, &error));
    QCOMPARE(contents(m_file), before);
    QCOMPARE(own.bytes(), before.size());
    QCOMPARE(own.sha256(), sha);

    // A device with nothing to send yet still writes its header, so that the others know it by name.
    const QString other = QDir(m_folder).filePath(QStringLiteral("dev-b.jsonl"));
    OwnJournal fresh(other, 0, {});
    QVERIFY2(fresh.append(header(), {}, &error), qPrintable(error));
    QCOMPARE(contents(other), Journal::encodeLine(header()));
    QCOMPARE(fresh.check(&error), OwnJournal::State::Intact);
}

void TestOwnJournal::check_noticesAnyOtherWriter_andLeavesTheFile_data()
{
    QTest::addColumn<QByteArray>("changedTo"); // the file as the other writer left it, from what this device wrote
    QTest::addColumn<int>("state");
    const QByteArray mine =
        Journal::encodeLine(header()) + Journal::encodeLine(event(1)) + Journal::encodeLine(event(2));
    QByteArray oneByte = mine;
    oneByte[mine.size() - 3] = oneByte[mine.size() - 3] == 'a' ? 'b' : 'a';
    QTest::newRow("a line appended by a copy of this data folder")
        << mine + Journal::encodeLine(event(3)) << int(OwnJournal::State::Changed);
    QTest::newRow("truncated by a sync tool") << mine.chopped(20) << int(OwnJournal::State::Changed);
    QTest::newRow("one byte changed, the size kept") << oneByte << int(OwnJournal::State::Changed);
    QTest::newRow("emptied") << QByteArray() << int(OwnJournal::State::Changed);
    QTest::newRow("another device's journal in its place")
        << Journal::encodeLine(Journal::header(QStringLiteral("dev-b"), QStringLiteral("desktop"), 1)) +
               Journal::encodeLine(event(1)) + Journal::encodeLine(event(2))
        << int(OwnJournal::State::Changed);
    QTest::newRow("replaced by the same bytes (a sync tool's copy)") << mine << int(OwnJournal::State::Intact);
}

void TestOwnJournal::check_noticesAnyOtherWriter_andLeavesTheFile()
{
    QFETCH(QByteArray, changedTo);
    QFETCH(int, state);
    OwnJournal own = written();
    QVERIFY(QFile::remove(m_file));
    QVERIFY(writeFile(m_file, changedTo));
    QString error;
    QCOMPARE(int(own.check(&error)), state);
    QVERIFY(error.isEmpty());
    QCOMPARE(contents(m_file), changedTo); // only read
}

void TestOwnJournal::rewrite_replacesTheWholeFile_andLeavesNoTemporaryFile()
{
    OwnJournal own = written();
    QString error;
    QVERIFY2(own.rewrite(header(2), {event(5), event(6)}, &error), qPrintable(error));
    const QByteArray expected =
        Journal::encodeLine(header(2)) + Journal::encodeLine(event(5)) + Journal::encodeLine(event(6));
    QCOMPARE(contents(m_file), expected);
    QCOMPARE(own.bytes(), expected.size());
    QCOMPARE(own.sha256(), Journal::sha256Hex(expected));
    QCOMPARE(own.check(&error), OwnJournal::State::Intact);
    QCOMPARE(QDir(m_folder).entryList(QDir::Files | QDir::Hidden), QStringList{QFileInfo(m_file).fileName()});
    // Appending goes on after the rewritten file, without a second header.
    QVERIFY2(own.append(header(2), {event(7)}, &error), qPrintable(error));
    QCOMPARE(contents(m_file), expected + Journal::encodeLine(event(7)));

    // A rewrite with no events is the header alone.
    QVERIFY2(own.rewrite(header(3), {}, &error), qPrintable(error));
    QCOMPARE(contents(m_file), Journal::encodeLine(header(3)));
    QCOMPARE(own.bytes(), Journal::encodeLine(header(3)).size());
}

void TestOwnJournal::rewrite_ofAMissingJournal_writesItAgainWhole()
{
    OwnJournal own = written();
    QVERIFY(QFile::remove(m_file));
    QString error;
    QCOMPARE(own.check(&error), OwnJournal::State::Missing);
    QVERIFY2(own.rewrite(header(2), {event(1), event(2)}, &error), qPrintable(error));
    QCOMPARE(own.check(&error), OwnJournal::State::Intact);
    QVERIFY(contents(m_file).startsWith(Journal::encodeLine(header(2))));
}

void TestOwnJournal::append_whenTheFolderIsGone_failsAndCreatesNothing()
{
    // The sync folder was unmounted (or its deepdive-sync folder deleted) since the run began.
    OwnJournal own = written();
    const qint64 bytes = own.bytes();
    const QByteArray sha = own.sha256();
    QVERIFY(QDir(m_folder).removeRecursively());
    QString error;
    QVERIFY(!own.append(header(), {event(3)}, &error));
    QVERIFY2(error.startsWith(QStringLiteral("cannot write %1: ").arg(m_file)) && error.size() > m_file.size() + 16,
             qPrintable(error));
    QCOMPARE(own.bytes(), bytes); // nothing was written: what it knows of the file is unchanged
    QCOMPARE(own.sha256(), sha);
    QVERIFY(!QFile::exists(m_folder));
}

void TestOwnJournal::rewrite_whenTheFolderIsGone_failsAndCreatesNothing()
{
    OwnJournal own = written();
    const qint64 bytes = own.bytes();
    QVERIFY(QDir(m_folder).removeRecursively());
    QString error;
    QVERIFY(!own.rewrite(header(2), {event(1)}, &error));
    QVERIFY2(error.startsWith(QStringLiteral("cannot write %1: ").arg(m_file)) && error.size() > m_file.size() + 16,
             qPrintable(error));
    QCOMPARE(own.bytes(), bytes);
    QVERIFY(!QFile::exists(m_folder));
}

void TestOwnJournal::append_onAFullDisk_failsAndKnowsNothingNew()
{
    // /dev/full takes the open and refuses every write with ENOSPC, as a full disk does: the lines are flushed (and
    // synced) before the append counts as done.
    if (!QFile::exists(QStringLiteral("/dev/full")))
        QSKIP("this system has no /dev/full");
    const QByteArray sha = Journal::sha256Hex("what this device wrote");
    OwnJournal own(QStringLiteral("/dev/full"), 300, sha);
    QString error;
    QVERIFY(!own.append(header(), {event(1)}, &error));
    QVERIFY2(error.startsWith(QStringLiteral("cannot write /dev/full: ")) && error.contains(QLatin1String("space")),
             qPrintable(error));
    QCOMPARE(own.bytes(), 300);
    QCOMPARE(own.sha256(), sha);
}

void TestOwnJournal::append_toAReadOnlyFile_failsAndChangesNothing()
{
    if (::geteuid() == 0 && QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
        QSKIP("running as root without setpriv: file permissions would not stop the writes");
    OwnJournal own = written();
    const QByteArray before = contents(m_file);
    QVERIFY(QFile::setPermissions(m_file, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QString output = runUnprivileged(QStringLiteral("append"), own);
    QVERIFY2(
        output.contains(
            QStringLiteral("result=failed bytes=%1 sha=%2\n").arg(own.bytes()).arg(QString::fromLatin1(own.sha256()))),
        qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("state=intact\n")), qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("error=cannot write %1: ").arg(m_file)), qPrintable(output));
    QCOMPARE(contents(m_file), before);
}

void TestOwnJournal::rewrite_inAReadOnlyFolder_failsAndKeepsTheOldFile()
{
    if (::geteuid() == 0 && QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
        QSKIP("running as root without setpriv: file permissions would not stop the writes");
    OwnJournal own = written();
    const QByteArray before = contents(m_file);
    const QFileDevice::Permissions readOnly =
        QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;
    QVERIFY(QFile::setPermissions(m_folder, readOnly));
    const QString output = runUnprivileged(QStringLiteral("rewrite"), own);
    QVERIFY(QFile::setPermissions(m_folder, readOnly | QFile::WriteOwner));
    QVERIFY2(
        output.contains(
            QStringLiteral("result=failed bytes=%1 sha=%2\n").arg(own.bytes()).arg(QString::fromLatin1(own.sha256()))),
        qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("state=intact\n")), qPrintable(output)); // the old file, whole
    QVERIFY2(output.contains(QStringLiteral("error=cannot write %1: ").arg(m_file)), qPrintable(output));
    QCOMPARE(contents(m_file), before);
    QCOMPARE(QDir(m_folder).entryList(QDir::Files | QDir::Hidden), QStringList{QFileInfo(m_file).fileName()});
}

void TestOwnJournal::check_ofAnUnreadableFile_isChanged_withTheReason()
{
    if (::geteuid() == 0 && QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
        QSKIP("running as root without setpriv: file permissions would not stop the reads");
    OwnJournal own = written();
    QVERIFY(QFile::setPermissions(m_file, QFileDevice::Permissions()));
    const QString output = runUnprivileged(QStringLiteral("check"), own);
    QVERIFY(QFile::setPermissions(m_file, QFile::ReadOwner | QFile::WriteOwner));
    QVERIFY2(output.contains(QStringLiteral("state=changed\n")), qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("error=%1 cannot be read: ").arg(m_file)), qPrintable(output));
}

void TestOwnJournal::check_ofAFolderInItsPlace_isChanged_withTheReason()
{
    OwnJournal own = written();
    QVERIFY(QFile::remove(m_file));
    QVERIFY(QDir().mkdir(m_file));
    QString error;
    QCOMPARE(own.check(&error), OwnJournal::State::Changed);
    QVERIFY2(error.startsWith(QStringLiteral("%1 cannot be read: ").arg(m_file)), qPrintable(error));
    QVERIFY(!own.append(header(), {event(3)}, &error));
    QVERIFY2(error.startsWith(QStringLiteral("cannot write %1: ").arg(m_file)), qPrintable(error));
    QVERIFY(QFileInfo(m_file).isDir());
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("DEEPDIVE_OWNJOURNAL_CHILD"))
        return childMain();
    TestOwnJournal test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_ownjournal.moc"
