#include "bookmarkstore.h"
#include "database.h"
#include "notestore.h"
#include "reviewstore.h"

#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace DeepDive;

// Kills a process that is recording answers, saving notes and setting bookmarks with SIGKILL at random moments: every
// answer, note version and bookmark it acknowledged must be in the database afterwards, and the database must pass
// quick_check. The kill points come from a seeded generator; the seed is printed (DEEPDIVE_CRASH_SEED repeats a run).
class TestCrashSafety : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedWhileWriting_losesNothingAcknowledged();
};

void TestCrashSafety::killedWhileWriting_losesNothingAcknowledged()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("deepdive.db"));
    QSet<QString> answers, bookmarks;
    QHash<QString, int> notes; // topic -> the newest acknowledged version of its note
    // The printed seed is any 32-bit value: read it back as unsigned (an int would turn half of them into 0).
    quint32 seed = QRandomGenerator::global()->generate();
    if (qEnvironmentVariableIsSet("DEEPDIVE_CRASH_SEED")) {
        bool ok = false;
        seed = qgetenv("DEEPDIVE_CRASH_SEED").trimmed().toUInt(&ok);
        QVERIFY2(ok, qPrintable(QStringLiteral("DEEPDIVE_CRASH_SEED=%1 is not a seed: give the number a run printed "
                                               "(0 to 4294967295)")
                                    .arg(qEnvironmentVariable("DEEPDIVE_CRASH_SEED"))));
    }
    qInfo("seed %u (set DEEPDIVE_CRASH_SEED=%u to repeat this run)", seed, seed);
    QRandomGenerator random(seed);
    const int rounds = 25;
    for (int round = 0; round < rounds; ++round) {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DEEPDIVE_CRASH_WRITER"), file);
        env.insert(QStringLiteral("DEEPDIVE_CRASH_ROUND"), QString::number(round));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), QStringList());
        QVERIFY(child.waitForStarted());
        // Let it acknowledge a random number of writes, then kill it wherever it is.
        const int target = int(random.bounded(1, 150));
        QByteArray output;
        while (output.count('\n') < target && child.state() == QProcess::Running) {
            child.waitForReadyRead(5000);
            output += child.readAllStandardOutput();
        }
        child.kill();
        QVERIFY(child.waitForFinished(10000));
        output += child.readAllStandardOutput();
        for (const QByteArray &line : output.split('\n')) {
            const QList<QByteArray> words = line.split(' ');
            if (words.size() == 3 && words[0] == "ack" && words[1] == "answer")
                answers.insert(QString::fromLatin1(words[2]));
            else if (words.size() == 3 && words[0] == "ack" && words[1] == "bookmark")
                bookmarks.insert(QString::fromLatin1(words[2]));
            else if (words.size() == 4 && words[0] == "ack" && words[1] == "note")
                notes[QString::fromLatin1(words[2])] = words[3].toInt();
        }

        Database db;
        QVERIFY2(db.open(file, dir.filePath(QStringLiteral("backups"))), qPrintable(db.notice()));
        QCOMPARE(db.mode(), Database::Mode::Normal);
        QVERIFY2(db.notice().isEmpty(), qPrintable(db.notice()));
        QCOMPARE(db.quickCheck(), QStringLiteral("ok"));
        QSet<QString> stored;
        for (const Review &r : ReviewStore(db).reviews())
            stored.insert(r.cardId);
        const QSet<QString> lost = answers - stored;
        QVERIFY2(lost.isEmpty(), qPrintable(QStringLiteral("seed %1, round %2 lost %3 acknowledged answers, e.g. %4")
                                                .arg(seed).arg(round).arg(lost.size()).arg(lost.isEmpty() ? QString() : *lost.cbegin())));
        const BookmarkStore marks(db);
        for (const QString &item : std::as_const(bookmarks))
            QVERIFY2(marks.contains(QStringLiteral("python"), Bookmark::Topic, item),
                     qPrintable(QStringLiteral("seed %1, round %2 lost the bookmark on %3").arg(seed).arg(round).arg(item)));
        const NoteStore noteStore(db);
        for (auto it = notes.cbegin(); it != notes.cend(); ++it) {
            // The stored note is the acknowledged version or a newer one whose acknowledgement the kill cut off.
            const auto note = noteStore.note(QStringLiteral("python"), it.key());
            QVERIFY2(note, qPrintable(QStringLiteral("seed %1, round %2 lost the note on %3").arg(seed).arg(round).arg(it.key())));
            const int version = note->body.section(QLatin1Char(' '), -1).toInt();
            QVERIFY2(version >= it.value(), qPrintable(QStringLiteral("seed %1, round %2: the note on %3 went back from "
                                                                      "version %4 to %5")
                                                           .arg(seed).arg(round).arg(it.key()).arg(it.value()).arg(version)));
        }
    }
    QVERIFY(answers.size() >= rounds / 3);
    QVERIFY(!notes.isEmpty() && !bookmarks.isEmpty());
    qInfo("%lld answers, %lld notes and %lld bookmarks acknowledged survived %d kills", qlonglong(answers.size()),
          qlonglong(notes.size()), qlonglong(bookmarks.size()), rounds);
}

// The child: records answers, saves notes and sets bookmarks in turn, as fast as it can, and acknowledges each write
// only after its commit returned.
static int writerMain()
{
    Database db;
    if (!db.open(qEnvironmentVariable("DEEPDIVE_CRASH_WRITER"), QString()))
        return 3;
    ReviewStore reviews(db);
    NoteStore notes(db);
    BookmarkStore bookmarks(db);
    const QString round = qEnvironmentVariable("DEEPDIVE_CRASH_ROUND");
    const auto ack = [](const QByteArray &what) {
        const QByteArray line = "ack " + what + '\n';
        return ::write(STDOUT_FILENO, line.constData(), size_t(line.size())) == ssize_t(line.size());
    };
    for (qint64 i = 0;; ++i) {
        const QString id = round + QLatin1Char('-') + QString::number(i);
        QString error;
        switch (i % 3) {
        case 0: {
            Review review{QStringLiteral("python"), id, QStringLiteral("gil"), i + 1, 3, true, 900};
            CardState after{QStringLiteral("python"), id, QStringLiteral("gil"), CardState::Review, 1.0, 5.0, i + 2, i + 1, 1, 0};
            if (!reviews.recordAnswer(review, after, &error))
                return 4;
            if (!ack("answer " + id.toLatin1()))
                return 5;
            break;
        }
        case 1: {
            // Five topics whose notes are rewritten again and again, each text ending in its version.
            const QString topic = QStringLiteral("topic-%1").arg(i % 5);
            const int version = round.toInt() * 1'000'000 + int(i); // grows across rounds too
            if (!notes.save({QStringLiteral("python"), topic, QStringLiteral("note text version %1").arg(version), i + 1}, &error))
                return 4;
            if (!ack("note " + topic.toLatin1() + ' ' + QByteArray::number(version)))
                return 5;
            break;
        }
        default:
            if (!bookmarks.set({QStringLiteral("python"), Bookmark::Topic, id, QStringLiteral("weak"), i + 1}, &error))
                return 4;
            if (!ack("bookmark " + id.toLatin1()))
                return 5;
        }
    }
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("DEEPDIVE_CRASH_WRITER"))
        return writerMain();
    TestCrashSafety test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashsafety.moc"
