#include "journalformat.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace DeepDive;

// The journal's line format: compact JSON, a tab and a 16-digit checksum, so that a line that arrived half synced
// or damaged is recognised and never read as an event; the header that names the device and the format version; and
// which names in the sync folder are journals. (The lines' round trip, the damaged lines and the conflict copies'
// names were tested in tst_journalreader before; they moved here.)
class TestJournalFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void encodeLine_isCompactJsonATabAndTheFirst16DigitsOfItsSha256();
    void lines_roundTripWithTheirChecksum();
    void roundTrip_keepsEveryValue_data();
    void roundTrip_keepsEveryValue();
    void decode_acceptsAWindowsLineEnd();
    void decode_refusesDamagedLines_data();
    void decode_refusesDamagedLines();
    void halfWrittenLine_isNeverAnEvent_wherever_itIsCut();
    void lineFromAFutureFormat_withUnknownFields_isStillRead();
    void header_namesTheDeviceAndTheFormat();
    void headerProblem_data();
    void headerProblem();
    void fileName_isTheDeviceIdAndIsAJournal();
    void conflictCopies_areJournals_data();
    void conflictCopies_areJournals();
    void sha256Hex_isTheWholeLowerCaseDigest();

private:
    static QByteArray checksumOf(const QByteArray &json)
    {
        return QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex().left(16);
    }
    static QJsonObject event(int n)
    {
        return {{QStringLiteral("t"), QStringLiteral("undo")}, {QStringLiteral("id"), QString::number(n)}};
    }
};

void TestJournalFormat::encodeLine_isCompactJsonATabAndTheFirst16DigitsOfItsSha256()
{
    const QJsonObject e{{QStringLiteral("t"), QStringLiteral("undo")},
                        {QStringLiteral("id"), QStringLiteral("u1")},
                        {QStringLiteral("at"), 1767225600000.0}};
    const QByteArray json = QJsonDocument(e).toJson(QJsonDocument::Compact);
    QVERIFY(!json.contains(' ') && !json.contains('\n'));
    QCOMPARE(Journal::encodeLine(e), json + '\t' + checksumOf(json) + '\n');
}

void TestJournalFormat::lines_roundTripWithTheirChecksum()
{
    const QJsonObject e{{QStringLiteral("t"), QStringLiteral("note")},
                        {QStringLiteral("body"), QStringLiteral("tab\there\nnewline ü")}};
    const QByteArray line = Journal::encodeLine(e);
    QVERIFY(line.endsWith('\n'));
    QCOMPARE(line.count('\n'), 1); // the newline in the text is escaped
    QCOMPARE(line.count('\t'), 1); // and so is the tab: the only one is the checksum's
    QJsonObject decoded;
    QString problem;
    QVERIFY2(Journal::decodeLine(QByteArrayView(line).chopped(1), &decoded, &problem), qPrintable(problem));
    QCOMPARE(decoded, e);
}

void TestJournalFormat::roundTrip_keepsEveryValue_data()
{
    QTest::addColumn<QJsonObject>("event");
    QTest::newRow("empty object") << QJsonObject();
    QTest::newRow("an answer") << QJsonObject{
        {QStringLiteral("t"), QStringLiteral("ans")},
        {QStringLiteral("id"), QStringLiteral("0b6f4e2a-3c1d-4f7e-9a55-2d8e1c7b9f00")},
        {QStringLiteral("at"), double(1'767'225'600'123)},
        {QStringLiteral("g"), 4},
        {QStringLiteral("ok"), false},
        {QStringLiteral("rms"), 0}};
    QTest::newRow("quotes, backslashes, control characters")
        << QJsonObject{{QStringLiteral("body"), QStringLiteral("say \"hi\" \\ C:\\path\r\n\x01 end")}};
    QTest::newRow("text that looks like a checksum")
        << QJsonObject{{QStringLiteral("body"), QStringLiteral("x\t0123456789abcdef")}};
    QTest::newRow("non-Latin text and emoji")
        << QJsonObject{{QStringLiteral("body"), QStringLiteral("Grüße, 日本語, \U0001F40D")}};
    QTest::newRow("nested arrays and objects")
        << QJsonObject{{QStringLiteral("key"), QJsonArray{QStringLiteral("bookmark"), QStringLiteral("python"),
                                                          QStringLiteral("topic"), QStringLiteral("gil")}},
                       {QStringLiteral("par"), QJsonArray{}},
                       {QStringLiteral("nested"), QJsonObject{{QStringLiteral("on"), true}}},
                       {QStringLiteral("none"), QJsonValue::Null}};
}

void TestJournalFormat::roundTrip_keepsEveryValue()
{
    QFETCH(QJsonObject, event);
    const QByteArray line = Journal::encodeLine(event);
    QCOMPARE(line.count('\n'), 1);
    QVERIFY(line.endsWith('\n'));
    QJsonObject decoded{{QStringLiteral("stale"), 1}};
    QString problem;
    QVERIFY2(Journal::decodeLine(QByteArrayView(line).chopped(1), &decoded, &problem), qPrintable(problem));
    QCOMPARE(decoded, event); // replaced whole, nothing of what was there before kept
    QVERIFY(problem.isEmpty());
}

void TestJournalFormat::decode_acceptsAWindowsLineEnd()
{
    // A sync tool or an editor on Windows may have turned the newlines into CR LF.
    QByteArray line = Journal::encodeLine(event(7));
    line.insert(line.size() - 1, '\r');
    QJsonObject decoded;
    QString problem;
    QVERIFY2(Journal::decodeLine(QByteArrayView(line).chopped(1), &decoded, &problem), qPrintable(problem));
    QCOMPARE(decoded, event(7));
}

void TestJournalFormat::decode_refusesDamagedLines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("problem"); // a part of the message
    const QByteArray good = Journal::encodeLine(event(1)).chopped(1);
    const QString noChecksum = QStringLiteral("has no checksum");
    const QString mismatch = QStringLiteral("checksum does not match");
    const QString notAnObject = QStringLiteral("not a JSON object");
    QByteArray flipped = good;
    flipped[5] = flipped[5] == 'x' ? 'y' : 'x';
    QTest::newRow("a changed byte") << flipped << mismatch;
    QByteArray flippedChecksum = good;
    flippedChecksum.back() = flippedChecksum.back() == '0' ? '1' : '0';
    QTest::newRow("a changed checksum digit") << flippedChecksum << mismatch;
    QTest::newRow("cut in the checksum") << good.chopped(3) << noChecksum;
    QTest::newRow("cut in the JSON") << good.left(10) << noChecksum;
    QTest::newRow("no checksum") << QByteArray("{\"t\":\"undo\"}") << noChecksum;
    QTest::newRow("empty") << QByteArray() << noChecksum;
    QTest::newRow("zeros") << QByteArray(40, '\0') << noChecksum;
    QTest::newRow("garbage from a bad disk") << QByteArray("garbage \x01\x02 from a bad disk") << noChecksum;
    QTest::newRow("two lines run together") << good + good << mismatch;
    const auto withChecksum = [](const QByteArray &json) { return json + '\t' + checksumOf(json); };
    QTest::newRow("valid checksum, not an object") << withChecksum("[1]") << notAnObject;
    QTest::newRow("valid checksum, a string") << withChecksum("\"undo\"") << notAnObject;
    QTest::newRow("valid checksum, nothing") << withChecksum("") << notAnObject;
    QTest::newRow("valid checksum, trailing garbage") << withChecksum("{\"t\":\"undo\"} x") << notAnObject;
    QTest::newRow("valid checksum, not UTF-8") << withChecksum("\xff\xfe{}") << notAnObject;
    QTest::newRow("valid checksum over a tab and garbage") << withChecksum("{}\tdeadbeef") << notAnObject;
}

void TestJournalFormat::decode_refusesDamagedLines()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, problem);
    const QJsonObject before{{QStringLiteral("kept"), true}};
    QJsonObject decoded = before;
    QString found;
    QVERIFY(!Journal::decodeLine(line, &decoded, &found));
    QVERIFY2(found.contains(problem), qPrintable(found));
    QCOMPARE(decoded, before); // a refused line gives no event, not even an empty one
}

void TestJournalFormat::halfWrittenLine_isNeverAnEvent_wherever_itIsCut()
{
    // The last line of a journal that a sync tool delivered only in part: cut after any byte, it is refused (the
    // reader leaves it for the next read), never taken as a shorter event.
    const QByteArray line = Journal::encodeLine({{QStringLiteral("t"), QStringLiteral("note")},
                                                 {QStringLiteral("id"), QStringLiteral("v1")},
                                                 {QStringLiteral("body"), QStringLiteral("{\"t\":\"undo\"}\tü")}})
                                .chopped(1);
    for (qsizetype cut = 0; cut < line.size(); ++cut) {
        QJsonObject decoded;
        QString problem;
        QVERIFY2(!Journal::decodeLine(line.first(cut), &decoded, &problem), qPrintable(QString::number(cut)));
        QVERIFY(!problem.isEmpty());
    }
}

void TestJournalFormat::lineFromAFutureFormat_withUnknownFields_isStillRead()
{
    // A later version may add events and fields: the line format carries them, and what to do with an unknown event
    // is the merge's decision (it skips and names it), not the decoder's.
    const QJsonObject future{{QStringLiteral("t"), QStringLiteral("teleport")},
                             {QStringLiteral("v2field"), QJsonObject{{QStringLiteral("deep"), QJsonArray{1, 2, 3}}}}};
    QJsonObject decoded;
    QString problem;
    QVERIFY2(Journal::decodeLine(Journal::encodeLine(future).chopped(1), &decoded, &problem), qPrintable(problem));
    QCOMPARE(decoded, future);
}

void TestJournalFormat::header_namesTheDeviceAndTheFormat()
{
    const QJsonObject h = Journal::header(QStringLiteral("4f1c"), QStringLiteral("Ana's laptop"), 3);
    QCOMPARE(h.value(QStringLiteral("t")).toString(), QStringLiteral("header"));
    QCOMPARE(h.value(QStringLiteral("format")).toString(), QStringLiteral("deepdive-sync"));
    QCOMPARE(h.value(QStringLiteral("v")).toInt(), Journal::formatVersion);
    QCOMPARE(h.value(QStringLiteral("dev")).toString(), QStringLiteral("4f1c"));
    QCOMPARE(h.value(QStringLiteral("name")).toString(), QStringLiteral("Ana's laptop"));
    QCOMPARE(h.value(QStringLiteral("seg")).toInt(), 3);
    QCOMPARE(h.size(), 6);
    bool newer = true;
    QCOMPARE(Journal::headerProblem(h, &newer), QString());
    QVERIFY(!newer);
    // As the first line of a file and back.
    QJsonObject decoded;
    QString problem;
    QVERIFY(Journal::decodeLine(Journal::encodeLine(h).chopped(1), &decoded, &problem));
    QCOMPARE(Journal::headerProblem(decoded, &newer), QString());
}

void TestJournalFormat::headerProblem_data()
{
    QTest::addColumn<QJsonObject>("header");
    QTest::addColumn<QString>("problem"); // a part of the message; empty: a good header
    QTest::addColumn<bool>("newer");
    const QJsonObject good = Journal::header(QStringLiteral("dev-a"), QStringLiteral("laptop"), 1);
    const auto with = [&good](const QString &key, const QJsonValue &value) {
        QJsonObject h = good;
        if (value.isUndefined())
            h.remove(key);
        else
            h.insert(key, value);
        return h;
    };
    const QString notAHeader = QStringLiteral("not a Deep Dive journal header");
    QTest::newRow("good") << good << QString() << false;
    QTest::newRow("no name") << with(QStringLiteral("name"), QJsonValue::Undefined) << QString() << false;
    QTest::newRow("an event, not a header") << event(1) << notAHeader << false;
    QTest::newRow("another program's format")
        << with(QStringLiteral("format"), QStringLiteral("otherapp-sync")) << notAHeader << false;
    QTest::newRow("no format") << with(QStringLiteral("format"), QJsonValue::Undefined) << notAHeader << false;
    QTest::newRow("no device") << with(QStringLiteral("dev"), QJsonValue::Undefined) << notAHeader << false;
    QTest::newRow("empty device") << with(QStringLiteral("dev"), QString()) << notAHeader << false;
    QTest::newRow("device as a number") << with(QStringLiteral("dev"), 7) << notAHeader << false;
    QTest::newRow("empty object") << QJsonObject() << notAHeader << false;
    QTest::newRow("one version newer") << with(QStringLiteral("v"), Journal::formatVersion + 1)
                                       << QStringLiteral(
                                              "newer Deep Dive (journal format %1; this version reads up to %2)")
                                              .arg(Journal::formatVersion + 1)
                                              .arg(Journal::formatVersion)
                                       << true;
    QTest::newRow("far newer") << with(QStringLiteral("v"), 40) << QStringLiteral("journal format 40") << true;
    QTest::newRow("version 0") << with(QStringLiteral("v"), 0) << QStringLiteral("no valid format version") << false;
    QTest::newRow("negative version") << with(QStringLiteral("v"), -1) << QStringLiteral("no valid format version")
                                      << false;
    QTest::newRow("no version") << with(QStringLiteral("v"), QJsonValue::Undefined)
                                << QStringLiteral("no valid format version") << false;
    QTest::newRow("version as text") << with(QStringLiteral("v"), QStringLiteral("2"))
                                     << QStringLiteral("no valid format version") << false;
}

void TestJournalFormat::headerProblem()
{
    QFETCH(QJsonObject, header);
    QFETCH(QString, problem);
    QFETCH(bool, newer);
    bool isNewer = !newer; // set either way
    const QString found = Journal::headerProblem(header, &isNewer);
    if (problem.isEmpty())
        QVERIFY2(found.isEmpty(), qPrintable(found));
    else
        QVERIFY2(found.contains(problem), qPrintable(found));
    QCOMPARE(isNewer, newer);
}

void TestJournalFormat::fileName_isTheDeviceIdAndIsAJournal()
{
    const QString id = QStringLiteral("0b6f4e2a-3c1d-4f7e-9a55-2d8e1c7b9f00");
    QCOMPARE(Journal::fileName(id), id + QStringLiteral(".jsonl"));
    QVERIFY(Journal::isJournalName(Journal::fileName(id)));
    QCOMPARE(Journal::folderName, QStringLiteral("deepdive-sync"));
}

void TestJournalFormat::conflictCopies_areJournals_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("journal");
    QTest::newRow("own") << QStringLiteral("4f1c.jsonl") << true;
    QTest::newRow("Syncthing") << QStringLiteral("4f1c.sync-conflict-20260101-120000-ABCDEFG.jsonl") << true;
    QTest::newRow("Nextcloud") << QStringLiteral("4f1c (conflicted copy 2026-01-01 120000).jsonl") << true;
    QTest::newRow("Dropbox") << QStringLiteral("4f1c (Ana's conflicted copy 2026-01-01).jsonl") << true;
    QTest::newRow("Syncthing's temporary") << QStringLiteral(".syncthing.4f1c.jsonl.tmp") << false;
    QTest::newRow("Nextcloud's temporary") << QStringLiteral(".4f1c.jsonl.~1234") << false;
    QTest::newRow("hidden") << QStringLiteral(".4f1c.jsonl") << false;
    QTest::newRow("QSaveFile's temporary") << QStringLiteral("4f1c.jsonl.Ab12Cd") << false;
    QTest::newRow("another file") << QStringLiteral("README.txt") << false;
    QTest::newRow("JSON, not lines") << QStringLiteral("4f1c.json") << false;
}

void TestJournalFormat::conflictCopies_areJournals()
{
    QFETCH(QString, name);
    QFETCH(bool, journal);
    QCOMPARE(Journal::isJournalName(name), journal);
}

void TestJournalFormat::sha256Hex_isTheWholeLowerCaseDigest()
{
    QCOMPARE(Journal::sha256Hex(""), QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QCOMPARE(Journal::sha256Hex("abc"), QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

QTEST_GUILESS_MAIN(TestJournalFormat)
#include "tst_journalformat.moc"
