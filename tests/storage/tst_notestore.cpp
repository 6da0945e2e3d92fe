#include "database.h"
#include "notestore.h"
#include "tempuserdata.h"

#include <QTest>

using namespace DeepDive;

class TestNoteStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void save_keepsPreviousTextAsVersions();
    void save_sameText_changesNothing();
    void save_keepsOnlyTheLastTenVersions();
    void merge_newerWins_olderKeptOnce();
    void utf8Size_countsBytesNotCharacters_data();
    void utf8Size_countsBytesNotCharacters();
    void noteOverTheSizeLimit_isRefusedBySaveAndMerge();
};

namespace {
Note note(const QString &body, qint64 ms)
{
    return Note{QStringLiteral("python"), QStringLiteral("gil"), body, ms};
}
} // namespace

void TestNoteStore::save_keepsPreviousTextAsVersions()
{
    Test::TempUserData user;
    Database &db = user.data.database;
    NoteStore store(db);
    QString error;
    QVERIFY(store.save(note(QStringLiteral("one"), 1), &error));
    QVERIFY(store.save(note(QStringLiteral("two"), 2), &error));
    QVERIFY(store.save(note(QStringLiteral("three"), 3), &error));
    QCOMPARE(store.note(QStringLiteral("python"), QStringLiteral("gil")), note(QStringLiteral("three"), 3));
    QCOMPARE(store.versions(QStringLiteral("python"), QStringLiteral("gil")),
             (QList<Note>{note(QStringLiteral("one"), 1), note(QStringLiteral("two"), 2)}));
    QVERIFY(!store.note(QStringLiteral("python"), QStringLiteral("asyncio")));
}

void TestNoteStore::save_sameText_changesNothing()
{
    Test::TempUserData user;
    Database &db = user.data.database;
    NoteStore store(db);
    QString error;
    QVERIFY(store.save(note(QStringLiteral("same"), 1), &error));
    QVERIFY(store.save(note(QStringLiteral("same"), 2), &error));
    QCOMPARE(store.note(QStringLiteral("python"), QStringLiteral("gil"))->updatedMs, 1);
    QVERIFY(store.versions(QStringLiteral("python"), QStringLiteral("gil")).isEmpty());
}

void TestNoteStore::save_keepsOnlyTheLastTenVersions()
{
    Test::TempUserData user;
    Database &db = user.data.database;
    NoteStore store(db);
    QString error;
    for (int i = 1; i <= 15; ++i)
        QVERIFY(store.save(note(QString::number(i), i), &error));
    const QList<Note> versions = store.versions(QStringLiteral("python"), QStringLiteral("gil"));
    QCOMPARE(versions.size(), NoteStore::keptVersions);
    QCOMPARE(versions.first().body, QStringLiteral("5"));
    QCOMPARE(versions.last().body, QStringLiteral("14"));
}

void TestNoteStore::merge_newerWins_olderKeptOnce()
{
    Test::TempUserData user;
    Database &db = user.data.database;
    NoteStore store(db);
    QString error;
    QVERIFY(store.save(note(QStringLiteral("mine, newer"), 50), &error));
    QVERIFY(store.merge(note(QStringLiteral("theirs, older"), 10), &error));
    QVERIFY(store.merge(note(QStringLiteral("theirs, older"), 10), &error));
    QCOMPARE(store.note(QStringLiteral("python"), QStringLiteral("gil"))->body, QStringLiteral("mine, newer"));
    QCOMPARE(store.versions(QStringLiteral("python"), QStringLiteral("gil")).size(), 1);
    QVERIFY(store.merge(note(QStringLiteral("theirs, newest"), 90), &error));
    QCOMPARE(store.note(QStringLiteral("python"), QStringLiteral("gil"))->body, QStringLiteral("theirs, newest"));
    QCOMPARE(store.versions(QStringLiteral("python"), QStringLiteral("gil")).size(), 2);
}

void TestNoteStore::utf8Size_countsBytesNotCharacters_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("ASCII") << QStringLiteral("GIL");
    QTest::newRow("two-byte") << QStringLiteral("caf\u00e9");
    QTest::newRow("three-byte") << QStringLiteral("\u2192 next");
    QTest::newRow("surrogate pair") << QStringLiteral("ok \U0001F600");
}

void TestNoteStore::utf8Size_countsBytesNotCharacters()
{
    QFETCH(QString, text);
    QCOMPARE(NoteStore::utf8Size(text), text.toUtf8().size());
}

void TestNoteStore::noteOverTheSizeLimit_isRefusedBySaveAndMerge()
{
    Test::TempUserData user;
    Database &db = user.data.database;
    NoteStore store(db);
    const QString atTheLimit(NoteStore::maxBodyBytes / 2, QChar(0xe9)); // two bytes each in UTF-8
    QString error;
    QVERIFY2(store.save(note(atTheLimit, 1), &error), qPrintable(error));
    QVERIFY(!store.save(note(atTheLimit + QLatin1Char('!'), 2), &error));
    QVERIFY2(error.contains(QStringLiteral("1 MiB")), qPrintable(error));
    error.clear();
    QVERIFY(!store.merge(note(atTheLimit + QLatin1Char('!'), 3), &error));
    QVERIFY2(error.contains(QStringLiteral("1 MiB")), qPrintable(error));
    QCOMPARE(store.note(QStringLiteral("python"), QStringLiteral("gil"))->body, atTheLimit);
    QVERIFY(store.versions(QStringLiteral("python"), QStringLiteral("gil")).isEmpty());
}

QTEST_GUILESS_MAIN(TestNoteStore)
#include "tst_notestore.moc"
