#include "journalformat.h"
#include "journalreader.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace DeepDive;

class TestJournalReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void halfALine_waitsUntilItIsComplete();
    void garbageLine_isSkippedAndNamed();
    void rewrittenFile_isReadFromTheStart();
    void truncatedFile_isReadFromTheStart();
    void newerFormat_isRefusedAndKeepsItsPosition();
    void notAJournal_isNamed();

private:
    QByteArray event(int n) const
    {
        return Journal::encodeLine({{QStringLiteral("t"), QStringLiteral("undo")}, {QStringLiteral("id"), QString::number(n)}});
    }
    void write(const QByteArray &data)
    {
        QFile f(m_file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(f.write(data), data.size());
    }
    QByteArray header(int version = Journal::formatVersion) const
    {
        QJsonObject h = Journal::header(QStringLiteral("dev-a"), QStringLiteral("laptop"), 1);
        h.insert(QStringLiteral("v"), version);
        return Journal::encodeLine(h);
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;
};

void TestJournalReader::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_file = m_dir->filePath(QStringLiteral("dev-a.jsonl"));
}

void TestJournalReader::halfALine_waitsUntilItIsComplete()
{
    const QByteArray full = header() + event(1) + event(2);
    write(full.chopped(7));
    JournalRead first = JournalReader::read(m_file, {});
    QVERIFY(first.error.isEmpty());
    QCOMPARE(first.deviceId, QStringLiteral("dev-a"));
    QCOMPARE(first.deviceName, QStringLiteral("laptop"));
    QCOMPARE(first.events.size(), 1);
    QCOMPARE(first.events[0].event.value(QStringLiteral("id")).toString(), QStringLiteral("1"));
    QCOMPARE(first.events[0].line, 2);
    QVERIFY(first.problems.isEmpty()); // an incomplete last line is not a problem: it is still arriving
    QCOMPARE(first.position.bytes, (header() + event(1)).size());

    write(full);
    const JournalRead second = JournalReader::read(m_file, first.position);
    QVERIFY(!second.restarted);
    QCOMPARE(second.events.size(), 1);
    QCOMPARE(second.events[0].event.value(QStringLiteral("id")).toString(), QStringLiteral("2"));
    QCOMPARE(second.events[0].line, 3);
    QCOMPARE(JournalReader::read(m_file, second.position).events.size(), 0);
}

void TestJournalReader::garbageLine_isSkippedAndNamed()
{
    write(header() + event(1) + "garbage \x01\x02 from a bad disk\n" + event(3));
    const JournalRead read = JournalReader::read(m_file, {});
    QCOMPARE(read.events.size(), 2);
    QCOMPARE(read.events[1].line, 4);
    QCOMPARE(read.problems.size(), 1);
    QVERIFY2(read.problems[0].startsWith(m_file + QStringLiteral(":3: ")), qPrintable(read.problems[0]));
}

void TestJournalReader::rewrittenFile_isReadFromTheStart()
{
    write(header() + event(1) + event(2));
    const JournalRead first = JournalReader::read(m_file, {});
    write(header() + event(7) + event(8) + event(9)); // compacted by its device: longer, but not an extension
    const JournalRead again = JournalReader::read(m_file, first.position);
    QVERIFY(again.restarted);
    QCOMPARE(again.events.size(), 3);
    QCOMPARE(again.events[0].event.value(QStringLiteral("id")).toString(), QStringLiteral("7"));
}

void TestJournalReader::truncatedFile_isReadFromTheStart()
{
    write(header() + event(1) + event(2));
    const JournalRead first = JournalReader::read(m_file, {});
    write(header() + event(1));
    const JournalRead again = JournalReader::read(m_file, first.position);
    QVERIFY(again.restarted);
    QCOMPARE(again.events.size(), 1);
}

void TestJournalReader::newerFormat_isRefusedAndKeepsItsPosition()
{
    const QByteArray data = header(Journal::formatVersion + 1) + event(1);
    write(data);
    const JournalPosition before{0, 0, {}};
    const JournalRead read = JournalReader::read(m_file, before);
    QVERIFY(read.refused);
    QVERIFY(read.events.isEmpty());
    QVERIFY2(read.error.contains(QLatin1String("newer Deep Dive")), qPrintable(read.error));
    QCOMPARE(read.position.bytes, before.bytes);
    QFile f(m_file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), data); // only read
}

void TestJournalReader::notAJournal_isNamed()
{
    write(event(1) + event(2));
    const JournalRead read = JournalReader::read(m_file, {});
    QVERIFY(!read.refused);
    QVERIFY(read.events.isEmpty());
    QVERIFY2(read.error.contains(QLatin1String("header")), qPrintable(read.error));
}

QTEST_GUILESS_MAIN(TestJournalReader)
#include "tst_journalreader.moc"
