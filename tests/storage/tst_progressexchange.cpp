#include "bookmarkstore.h"
#include "database.h"
#include "notestore.h"
#include "progressexchange.h"
#include "reviewstore.h"
#include "testsupport.h"
#include "visitstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace DeepDive;

class TestProgressExchange : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void exportThenImport_intoANewDatabase_carriesEverything();
    void importTwice_changesNothingTheSecondTime();
    void import_mergesWithExistingProgress();
    void import_badFiles_failCleanlyAndChangeNothing_data();
    void import_badFiles_failCleanlyAndChangeNothing();
    void export_unwritablePath_fails();
    void import_noteOverTheSizeLimit_refusesTheWholeFile_data();
    void import_noteOverTheSizeLimit_refusesTheWholeFile();
    void import_noteAtTheSizeLimit_isImported();
    void import_reportsProgress_andStoppedChangesNothing();

private:
    // Opens `name`.db in the test's folder, its backups beside it; false (the test failed) when it is not writable.
    bool openDatabase(Database &db, const QString &name) const;
    void fill(Database &db);
    // Opens `source` as a.db, fills it and exports its progress to `file`; false (the test failed) on error.
    bool exportFilled(Database &source, const QString &file);
    static QString dump(Database &db);
    // An export with one answer and the note on python/asyncio, whose text (or that of its one version) is `body`.
    void writeExportWithNote(const QString &file, const QString &body, bool inVersion);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestProgressExchange::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

bool TestProgressExchange::openDatabase(Database &db, const QString &name) const
{
    const bool opened = db.open(m_dir->filePath(name + QStringLiteral(".db")), m_dir->filePath(QStringLiteral("backups-") + name));
    return QTest::qVerify(opened, "db.open(...)", qPrintable(db.notice()), __FILE__, __LINE__);
}

bool TestProgressExchange::exportFilled(Database &source, const QString &file)
{
    if (!openDatabase(source, QStringLiteral("a")))
        return false;
    fill(source);
    QString error;
    return !QTest::currentTestFailed()
        && QTest::qVerify(ProgressExchange(source).exportTo(file, 0, &error), "exportTo(...)", qPrintable(error), __FILE__, __LINE__);
}

void TestProgressExchange::fill(Database &db)
{
    QString error;
    ReviewStore reviews(db);
    for (int i = 0; i < 3; ++i) {
        const QString card = QStringLiteral("card-%1").arg(i);
        QVERIFY(reviews.recordAnswer({QStringLiteral("python"), card, QStringLiteral("gil"), 1000 + i, 3, true, 800},
                                     {QStringLiteral("python"), card, QStringLiteral("gil"), CardState::Review, 2.5, 4.0,
                                      90000, 1000 + i, 1, 0},
                                     &error));
    }
    QVERIFY(BookmarkStore(db).set({QStringLiteral("python"), Bookmark::Topic, QStringLiteral("gil"), QStringLiteral("weak"), 10}, &error));
    NoteStore notes(db);
    QVERIFY(notes.save({QStringLiteral("python"), QStringLiteral("gil"), QStringLiteral("draft"), 20}, &error));
    QVERIFY(notes.save({QStringLiteral("python"), QStringLiteral("gil"), QStringLiteral("Released on **I/O**."), 30}, &error));
    QVERIFY(VisitStore(db).record(QStringLiteral("python"), QStringLiteral("gil"), 40, 300, &error));
}

QString TestProgressExchange::dump(Database &db)
{
    QString text;
    for (const Review &r : ReviewStore(db).reviews())
        text += QStringLiteral("R %1 %2 %3 %4\n").arg(r.cardId).arg(r.reviewedMs).arg(r.grade).arg(r.stabilityAfter.value_or(-1));
    for (const CardState &s : ReviewStore(db).cardStates())
        text += QStringLiteral("S %1 %2 %3\n").arg(s.cardId).arg(s.stability.value_or(-1)).arg(s.dueMs);
    for (const Bookmark &b : BookmarkStore(db).all())
        text += QStringLiteral("B %1 %2 %3\n").arg(b.itemId, b.label).arg(b.createdMs);
    NoteStore notes(db);
    for (const Note &n : notes.all()) {
        text += QStringLiteral("N %1 %2 %3\n").arg(n.topicId, n.body).arg(n.updatedMs);
        for (const Note &v : notes.versions(n.deckId, n.topicId))
            text += QStringLiteral("V %1 %2\n").arg(v.body).arg(v.updatedMs);
    }
    for (const TopicVisit &v : VisitStore(db).all())
        text += QStringLiteral("T %1 %2 %3\n").arg(v.topicId).arg(v.lastOpenedMs).arg(v.secondsSpent);
    return text;
}

void TestProgressExchange::exportThenImport_intoANewDatabase_carriesEverything()
{
    Database source;
    QVERIFY(openDatabase(source, QStringLiteral("a")));
    fill(source);
    const QString file = m_dir->filePath(QStringLiteral("progress.json"));
    QString error;
    ProgressExchange::Counts counts;
    QVERIFY2(ProgressExchange(source).exportTo(file, 0, &error, &counts), qPrintable(error));
    QCOMPARE(counts.reviews, 3);
    QCOMPARE(counts.notes, 1);

    Database target;
    QVERIFY(openDatabase(target, QStringLiteral("b")));
    QVERIFY2(ProgressExchange(target).importFrom(file, &error), qPrintable(error));
    QCOMPARE(dump(target), dump(source));
    QVERIFY(dump(target).contains(QStringLiteral("V draft 20")));
}

void TestProgressExchange::importTwice_changesNothingTheSecondTime()
{
    Database source;
    const QString file = m_dir->filePath(QStringLiteral("progress.json"));
    QVERIFY(exportFilled(source, file));
    QString error;
    Database target;
    QVERIFY(openDatabase(target, QStringLiteral("b")));
    QVERIFY(ProgressExchange(target).importFrom(file, &error));
    const QString once = dump(target);
    QVERIFY(ProgressExchange(target).importFrom(file, &error));
    QCOMPARE(dump(target), once);
    // Importing into the database it came from changes nothing either.
    const QString original = dump(source);
    QVERIFY(ProgressExchange(source).importFrom(file, &error));
    QCOMPARE(dump(source), original);
}

void TestProgressExchange::import_mergesWithExistingProgress()
{
    Database source;
    const QString file = m_dir->filePath(QStringLiteral("progress.json"));
    QVERIFY(exportFilled(source, file));
    QString error;

    Database target;
    QVERIFY(openDatabase(target, QStringLiteral("b")));
    QVERIFY(ReviewStore(target).recordAnswer({QStringLiteral("python"), QStringLiteral("other"), QStringLiteral("asyncio"), 5, 1, false, 100},
                                             {QStringLiteral("python"), QStringLiteral("other"), QStringLiteral("asyncio"), CardState::Learning, 0.4, 7.0, 50, 5, 1, 1},
                                             &error));
    QVERIFY(NoteStore(target).save({QStringLiteral("python"), QStringLiteral("gil"), QStringLiteral("my newer note"), 99}, &error));
    QVERIFY(BookmarkStore(target).set({QStringLiteral("python"), Bookmark::Topic, QStringLiteral("gil"), QStringLiteral("mine"), 1}, &error));
    QVERIFY(ProgressExchange(target).importFrom(file, &error));
    QCOMPARE(ReviewStore(target).reviewCount(), 4);
    QCOMPARE(NoteStore(target).note(QStringLiteral("python"), QStringLiteral("gil"))->body, QStringLiteral("my newer note"));
    QCOMPARE(BookmarkStore(target).all().value(0).label, QStringLiteral("mine"));
}

void TestProgressExchange::import_badFiles_failCleanlyAndChangeNothing_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("message");
    QTest::newRow("not json") << QByteArray("{ nope") << "is not valid JSON";
    QTest::newRow("other format") << QByteArray(R"({"format": "anki"})") << "is not a Deep Dive progress export";
    QTest::newRow("newer format") << QByteArray(R"({"format": "deepdive-progress", "version": 9})") << "newer Deep Dive";
    QTest::newRow("bad review in the middle")
        << QByteArray(R"({"format": "deepdive-progress", "version": 1, "reviews": [
            {"deck": "python", "card": "ok", "topic": "t", "reviewedMs": 1, "grade": 3, "correct": true},
            {"deck": "python", "card": "", "grade": 3}]})")
        << "answer 2 of 2 has a missing or invalid \"card\"";
    // Wrong-shaped files: each says which entry is wrong, never SQLite's "NOT NULL constraint failed".
    QTest::newRow("bookmark without its deck")
        << QByteArray(R"({"format": "deepdive-progress", "version": 1, "bookmarks": [
            {"kind": "topic", "item": "gil", "label": "", "createdMs": 5}]})")
        << "bookmark 1 of 1 has a missing or invalid \"deck\"";
    QTest::newRow("bookmark of an unknown kind")
        << QByteArray(R"({"format": "deepdive-progress", "version": 1, "bookmarks": [
            {"deck": "python", "kind": "page", "item": "gil"}]})")
        << "bookmark 1 of 1 has a missing or invalid \"kind\"";
    QTest::newRow("note without its topic, after a good one")
        << QByteArray(R"({"format": "deepdive-progress", "version": 1, "notes": [
            {"deck": "python", "topic": "gil", "body": "fine", "updatedMs": 9},
            {"deck": "python", "body": "whose?", "updatedMs": 9}]})")
        << "note 2 of 2 has a missing or invalid \"topic\"";
    QTest::newRow("note version without a body")
        << QByteArray(R"({"format": "deepdive-progress", "version": 1, "notes": [
            {"deck": "python", "topic": "gil", "body": "fine", "updatedMs": 9, "versions": [{"savedMs": 3}]}]})")
        << "note 1 of 1 has a missing or invalid \"versions\"";
    QTest::newRow("grade out of range")
        << QByteArray(R"({"format": "deepdive-progress", "version": 1, "reviews": [
            {"deck": "python", "card": "c", "topic": "t", "reviewedMs": 1, "grade": 7}]})")
        << "answer 1 of 1 has a missing or invalid \"grade\"";
    QTest::newRow("card state without its card")
        << QByteArray(R"({"format": "deepdive-progress", "version": 1, "cardStates": [{"deck": "python", "state": 2}]})")
        << "card state 1 of 1 has a missing or invalid \"card\"";
    QTest::newRow("visits not a list")
        << QByteArray(R"({"format": "deepdive-progress", "version": 1, "visits": {"deck": "python"}})")
        << "\"visits\" is not a list";
    QTest::newRow("an entry that is not an object")
        << QByteArray(R"({"format": "deepdive-progress", "version": 1, "reviews": [3]})")
        << "answer 1 of 1 is not an object";
}

void TestProgressExchange::import_badFiles_failCleanlyAndChangeNothing()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, message);
    Database db;
    QVERIFY(openDatabase(db, QStringLiteral("a")));
    fill(db);
    const QString before = dump(db);
    QVERIFY(Test::writeFiles(*m_dir, {{QStringLiteral("bad.json"), contents}}));
    QString error;
    QVERIFY(!ProgressExchange(db).importFrom(m_dir->filePath(QStringLiteral("bad.json")), &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY2(!error.contains(QStringLiteral("constraint")), qPrintable(error));
    QCOMPARE(dump(db), before);
    // Not a byte of the file changed: the database, checkpointed and closed, hashes as it did before the import.
    db.close();
    const QByteArray fileBefore = Test::sha256Of(m_dir->filePath(QStringLiteral("a.db")));
    QVERIFY(openDatabase(db, QStringLiteral("a")));
    QVERIFY(!ProgressExchange(db).importFrom(m_dir->filePath(QStringLiteral("bad.json")), &error));
    db.close();
    QCOMPARE(Test::sha256Of(m_dir->filePath(QStringLiteral("a.db"))), fileBefore);
}

void TestProgressExchange::export_unwritablePath_fails()
{
    Database db;
    QVERIFY(openDatabase(db, QStringLiteral("a")));
    QString error;
    QVERIFY(!ProgressExchange(db).exportTo(m_dir->filePath(QStringLiteral("no/such/dir/p.json")), 0, &error));
    QVERIFY(error.startsWith(QStringLiteral("cannot write")));
}

void TestProgressExchange::writeExportWithNote(const QString &file, const QString &body, bool inVersion)
{
    const QJsonObject review{{QStringLiteral("deck"), QStringLiteral("python")}, {QStringLiteral("card"), QStringLiteral("imported")},
                             {QStringLiteral("topic"), QStringLiteral("asyncio")}, {QStringLiteral("reviewedMs"), 77},
                             {QStringLiteral("grade"), 3}, {QStringLiteral("correct"), true}};
    const QJsonObject version{{QStringLiteral("body"), inVersion ? body : QStringLiteral("older")}, {QStringLiteral("savedMs"), 45}};
    const QJsonObject note{{QStringLiteral("deck"), QStringLiteral("python")}, {QStringLiteral("topic"), QStringLiteral("asyncio")},
                           {QStringLiteral("body"), inVersion ? QStringLiteral("short") : body}, {QStringLiteral("updatedMs"), 50},
                           {QStringLiteral("versions"), QJsonArray{version}}};
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("deepdive-progress")}, {QStringLiteral("version"), 1},
                           {QStringLiteral("reviews"), QJsonArray{review}}, {QStringLiteral("notes"), QJsonArray{note}}};
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    QVERIFY(out.write(QJsonDocument(root).toJson()) > 0);
}

// 'é' is two bytes in UTF-8: this text is within the limit in characters and one byte over it in UTF-8.
static QString overTheLimit()
{
    return QString(NoteStore::maxBodyBytes / 2, QChar(0xe9)) + QLatin1Char('!');
}

void TestProgressExchange::import_noteOverTheSizeLimit_refusesTheWholeFile_data()
{
    QTest::addColumn<bool>("inVersion");
    QTest::newRow("the note") << false;
    QTest::newRow("one of its earlier versions") << true;
}

void TestProgressExchange::import_noteOverTheSizeLimit_refusesTheWholeFile()
{
    QFETCH(bool, inVersion);
    Database db;
    QVERIFY(openDatabase(db, QStringLiteral("a")));
    fill(db);
    const QString before = dump(db);
    const QString file = m_dir->filePath(QStringLiteral("big.json"));
    writeExportWithNote(file, overTheLimit(), inVersion);
    QString error;
    QVERIFY(!ProgressExchange(db).importFrom(file, &error));
    for (const QString &part : {file, QStringLiteral("python"), QStringLiteral("asyncio"), QStringLiteral("1 MiB"),
                                QStringLiteral("nothing was imported")})
        QVERIFY2(error.contains(part), qPrintable(part + QStringLiteral(" not in: ") + error));
    QCOMPARE(dump(db), before);
}

void TestProgressExchange::import_noteAtTheSizeLimit_isImported()
{
    Database db;
    QVERIFY(openDatabase(db, QStringLiteral("a")));
    const QString file = m_dir->filePath(QStringLiteral("limit.json"));
    const QString body = overTheLimit().chopped(1);
    QCOMPARE(body.toUtf8().size(), NoteStore::maxBodyBytes);
    writeExportWithNote(file, body, false);
    QString error;
    QVERIFY2(ProgressExchange(db).importFrom(file, &error), qPrintable(error));
    QCOMPARE(NoteStore(db).note(QStringLiteral("python"), QStringLiteral("asyncio"))->body, body);
}

// Import Progress merges in a worker with a progress dialog: the counts it shows, and its Cancel.
void TestProgressExchange::import_reportsProgress_andStoppedChangesNothing()
{
    Database source;
    QVERIFY(openDatabase(source, QStringLiteral("a")));
    QString error;
    ReviewStore reviews(source);
    QVERIFY(source.transaction([&] {
        for (int i = 0; i < 1200; ++i) {
            const QString card = QStringLiteral("card-%1").arg(i % 300);
            if (!reviews.recordAnswer({QStringLiteral("python"), card, QStringLiteral("gil"), 1000 + i, 3, true, 800},
                                      {QStringLiteral("python"), card, QStringLiteral("gil"), CardState::Review, 2.5, 4.0, 90000,
                                       1000 + i, 1, 0},
                                      &error))
                return false;
        }
        return true;
    }, &error));
    const QString file = m_dir->filePath(QStringLiteral("progress.json"));
    QVERIFY2(ProgressExchange(source).exportTo(file, 0, &error), qPrintable(error));

    Database target;
    QVERIFY(openDatabase(target, QStringLiteral("b")));
    QList<std::pair<int, int>> calls;
    ProgressExchange stopped(target);
    stopped.setProgress([&calls](int done, int total) {
        calls.append({done, total});
        return done < 1000; // Cancel, seen at the second report
    });
    QVERIFY(!stopped.importFrom(file, &error));
    QVERIFY(stopped.wasCancelled());
    QCOMPARE(error, QStringLiteral("the import was stopped; nothing was imported"));
    QCOMPARE(calls, (QList<std::pair<int, int>>{{500, 1500}, {1000, 1500}})); // 1,200 answers and 300 card states
    QCOMPARE(ReviewStore(target).reviewCount(), 0);
    QVERIFY(ReviewStore(target).cardStates().isEmpty());

    calls.clear();
    ProgressExchange whole(target);
    whole.setProgress([&calls](int done, int total) {
        calls.append({done, total});
        return true;
    });
    ProgressExchange::Counts counts;
    QVERIFY2(whole.importFrom(file, &error, &counts), qPrintable(error));
    QVERIFY(!whole.wasCancelled());
    QCOMPARE(calls, (QList<std::pair<int, int>>{{500, 1500}, {1000, 1500}, {1500, 1500}}));
    QCOMPARE(counts.reviews, 1200);
    QCOMPARE(counts.cardStates, 300);
    QCOMPARE(dump(target), dump(source));
}

QTEST_GUILESS_MAIN(TestProgressExchange)
#include "tst_progressexchange.moc"
