// End to end on the real engine: two Syncthing instances, on the loopback interface of a network namespace of their
// own (run-isolated.sh), each replicating the sync folder of one data directory. Answers and a note written through
// one data directory must reach the other, both ways, within a bounded time. Discovery, relays, NAT traversal, usage
// and crash reporting and upgrades are all off; each instance knows the other only by its device id.

#include "notehistory.h"
#include "syncdevice.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

using namespace DeepDive;
using namespace DeepDive::Test;

namespace {

struct Instance
{
    QString home;
    QString folder;
    QString deviceId;
    int port = 0;
    std::unique_ptr<QProcess> process;
};

QByteArray contents(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString selfDeviceId(const QString &configFile)
{
    QFile f(configFile);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&f);
    while (xml.readNextStartElement() || !xml.atEnd()) {
        if (xml.isStartElement() && xml.name() == QLatin1String("device")
            && !xml.attributes().value(QLatin1String("id")).isEmpty())
            return xml.attributes().value(QLatin1String("id")).toString();
        if (xml.isStartElement() && xml.name() != QLatin1String("configuration"))
            xml.skipCurrentElement();
        if (xml.hasError())
            return {};
    }
    return {};
}

QByteArray config(const Instance &self, const Instance &other)
{
    const auto device = [](const Instance &i) {
        return QStringLiteral("    <device id=\"%1\" name=\"%2\" compression=\"metadata\" introducer=\"false\">\n"
                              "        <address>tcp://127.0.0.1:%3</address>\n    </device>\n")
            .arg(i.deviceId, QFileInfo(i.home).fileName())
            .arg(i.port);
    };
    return (QStringLiteral("<configuration version=\"37\">\n"
                           "    <folder id=\"deepdive\" label=\"deepdive\" path=\"%1\" type=\"sendreceive\" rescanIntervalS=\"2\" "
                           "fsWatcherEnabled=\"true\" fsWatcherDelayS=\"1\">\n"
                           "        <filesystemType>basic</filesystemType>\n"
                           "        <device id=\"%2\"></device>\n        <device id=\"%3\"></device>\n"
                           "        <minDiskFree unit=\"%\">0</minDiskFree>\n    </folder>\n")
                .arg(self.folder, self.deviceId, other.deviceId)
            + device(self) + device(other)
            + QStringLiteral("    <gui enabled=\"false\" tls=\"false\"><address>127.0.0.1:0</address></gui>\n"
                             "    <options>\n"
                             "        <listenAddress>tcp://127.0.0.1:%1</listenAddress>\n"
                             "        <globalAnnounceEnabled>false</globalAnnounceEnabled>\n"
                             "        <localAnnounceEnabled>false</localAnnounceEnabled>\n"
                             "        <relaysEnabled>false</relaysEnabled>\n"
                             "        <natEnabled>false</natEnabled>\n"
                             "        <urAccepted>-1</urAccepted>\n"
                             "        <crashReportingEnabled>false</crashReportingEnabled>\n"
                             "        <autoUpgradeIntervalH>0</autoUpgradeIntervalH>\n"
                             "        <startBrowser>false</startBrowser>\n"
                             "        <announceLANAddresses>false</announceLANAddresses>\n"
                             "        <minHomeDiskFree unit=\"%\">0</minHomeDiskFree>\n"
                             "    </options>\n</configuration>\n")
                  .arg(self.port))
        .toUtf8();
}

// Only the loopback interface in this process's network namespace: run-isolated.sh made one.
bool onlyLoopback(QString *found)
{
    const QList<QByteArray> lines = contents(QStringLiteral("/proc/self/net/dev")).split('\n');
    QStringList interfaces;
    for (qsizetype i = 2; i < lines.size(); ++i) {
        const QByteArray name = lines[i].trimmed().split(':').value(0);
        if (!name.isEmpty())
            interfaces.append(QString::fromLatin1(name));
    }
    *found = interfaces.join(QLatin1String(", "));
    return interfaces == QStringList{QStringLiteral("lo")};
}

} // namespace

class TestSyncthing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void answersAndNotes_reachTheOtherDataFolder_bothWays();
    void cleanupTestCase();

private:
    bool start(Instance &self, const Instance &other);
    QTemporaryDir m_dir;
    QString m_syncthing;
    Instance m_a;
    Instance m_b;
    QElapsedTimer m_clock;
};

void TestSyncthing::initTestCase()
{
    m_clock.start();
    QString interfaces;
    if (!onlyLoopback(&interfaces))
        QSKIP(qPrintable(QStringLiteral("not in a network namespace with only loopback (interfaces: %1): Syncthing is "
                                        "not started here; run through tests/sync/run-isolated.sh").arg(interfaces)));
    m_syncthing = QStandardPaths::findExecutable(QStringLiteral("syncthing"));
    if (m_syncthing.isEmpty())
        QSKIP("syncthing is not installed");
}

bool TestSyncthing::start(Instance &self, const Instance &other)
{
    QFile out(QDir(self.home).filePath(QStringLiteral("config.xml")));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(config(self, other)) < 0)
        return false;
    out.close();
    self.process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), self.home);
    env.insert(QStringLiteral("STNOUPGRADE"), QStringLiteral("1"));
    self.process->setProcessEnvironment(env);
    self.process->setProcessChannelMode(QProcess::MergedChannels);
    self.process->setStandardOutputFile(QDir(self.home).filePath(QStringLiteral("syncthing.log")));
    self.process->start(m_syncthing, {QStringLiteral("serve"), QStringLiteral("--home=") + self.home,
                                      QStringLiteral("--no-browser"), QStringLiteral("--no-restart"),
                                      QStringLiteral("--no-upgrade")});
    return self.process->waitForStarted(5000);
}

void TestSyncthing::answersAndNotes_reachTheOtherDataFolder_bothWays()
{
    SyncDevice laptop(m_dir.path(), QStringLiteral("laptop"));
    SyncDevice desktop(m_dir.path(), QStringLiteral("desktop"), 60'000);
    laptop.setWorldTime(1'767'225'600'000);
    desktop.setWorldTime(1'767'225'600'000);
    m_a = {m_dir.filePath(QStringLiteral("st-laptop")), laptop.syncFolder(), {}, 22001, {}};
    m_b = {m_dir.filePath(QStringLiteral("st-desktop")), desktop.syncFolder(), {}, 22002, {}};
    for (Instance *i : {&m_a, &m_b}) {
        QVERIFY(QDir().mkpath(QDir(i->folder).filePath(QStringLiteral(".stfolder"))));
        QProcess generate;
        generate.setProcessChannelMode(QProcess::MergedChannels);
        generate.start(m_syncthing, {QStringLiteral("generate"), QStringLiteral("--home=") + i->home,
                                     QStringLiteral("--no-default-folder"), QStringLiteral("--skip-port-probing")});
        QVERIFY(generate.waitForFinished(20000));
        QVERIFY2(generate.exitCode() == 0, generate.readAll().constData());
        i->deviceId = selfDeviceId(QDir(i->home).filePath(QStringLiteral("config.xml")));
        QVERIFY(!i->deviceId.isEmpty());
    }
    QVERIFY(start(m_a, m_b));
    QVERIFY(start(m_b, m_a));
    const qint64 budget = 55'000; // the whole test, Syncthing's start included

    QString error;
    QVERIFY(laptop.answer(QStringLiteral("c1"), 3, &error));
    QVERIFY(laptop.answer(QStringLiteral("c2"), 1, &error));
    QVERIFY(laptop.writeNote(QStringLiteral("t1"), QStringLiteral("written on the laptop"), &error));
    QCOMPARE(laptop.sync().sent, 3);
    const QString laptopJournal = ownJournalFile(laptop);
    const QString arrived = QDir(desktop.journalDir()).filePath(QFileInfo(laptopJournal).fileName());
    QTRY_VERIFY_WITH_TIMEOUT(contents(arrived) == contents(laptopJournal), int(budget - m_clock.elapsed()));
    const SyncReport in = desktop.sync();
    QCOMPARE(in.received.answers, 2);
    QCOMPARE(desktop.note(QStringLiteral("t1")), QStringLiteral("written on the laptop"));
    QCOMPARE(desktop.data().reviews.cardStates(), laptop.data().reviews.cardStates());

    QVERIFY(desktop.answer(QStringLiteral("c3"), 4, &error));
    QVERIFY(desktop.writeNote(QStringLiteral("t1"), QStringLiteral("and extended on the desktop"), &error));
    QCOMPARE(desktop.sync().sent, 2);
    const QString desktopJournal = ownJournalFile(desktop);
    const QString back = QDir(laptop.journalDir()).filePath(QFileInfo(desktopJournal).fileName());
    QTRY_VERIFY_WITH_TIMEOUT(contents(back) == contents(desktopJournal), int(budget - m_clock.elapsed()));
    const SyncReport out = laptop.sync();
    QCOMPARE(out.received.answers, 1);
    QCOMPARE(laptop.note(QStringLiteral("t1")), QStringLiteral("and extended on the desktop"));
    QVERIFY(NoteHistory(laptop.data().database).conflicts().isEmpty());
    QCOMPARE(laptop.data().reviews.reviewCount(), 3);
    QCOMPARE(laptop.data().reviews.cardStates(), desktop.data().reviews.cardStates());
}

void TestSyncthing::cleanupTestCase()
{
    for (Instance *i : {&m_a, &m_b}) {
        if (!i->process)
            continue;
        i->process->terminate();
        if (!i->process->waitForFinished(5000))
            i->process->kill();
        i->process->waitForFinished(2000);
    }
}

QTEST_GUILESS_MAIN(TestSyncthing)
#include "tst_syncthing.moc"
