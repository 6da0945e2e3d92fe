#include "ankicollection.h"

#include "ankiids.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace DeepDive;

// CollectionWriter: an Anki collection in the legacy schema 11 (the tables, the notes and cards, and the `col` row
// with the note types, decks and deck options as JSON), complete only once finish() commits it.
class TestAnkiCollection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void finish_writesTheColRow_data();
    void finish_writesTheColRow();
    void create_makesEveryTableOfSchema11();
    void deck_makesItsParents_withIdsThatStayTheSame();
    void addModel_keysTheNoteTypeByItsId_firstIsTheCurrentOne();
    void addNote_storesFieldsTagsSortFieldAndChecksum();
    void addNote_nullAndEmptyValues_areEmptyTextNotNull();
    void addCard_storesTheScheduleAndTheMemory();
    void duplicateIds_failNamingTheRow_andKeepTheFirst();
    void withoutFinish_nothingIsInTheFile();
    void create_inAMissingFolder_failsNamingTheFile();

private:
    QString path(const QString &name = QStringLiteral("c.anki2")) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {
const QDate created(2026, 1, 1);
constexpr qint64 now = 1'767'300'000; // 2026-01-01 20:40 UTC

// Rows of `sql` in the collection `file`, each a list of its values; empty on any error (which fails the test).
QList<QVariantList> rows(const QString &file, const QString &sql)
{
    const QString connection = QUuid::createUuid().toString();
    QList<QVariantList> result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QSqlQuery query(db);
        if (!db.open() || !query.exec(sql)) {
            qWarning() << sql << query.lastError().text();
        } else {
            while (query.next()) {
                QVariantList row;
                for (int i = 0; i < query.record().count(); ++i)
                    row.append(query.value(i));
                result.append(row);
            }
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

QJsonObject colJson(const QString &file, const QString &column)
{
    const QList<QVariantList> col = rows(file, QStringLiteral("SELECT %1 FROM col").arg(column));
    return col.size() == 1 ? QJsonDocument::fromJson(col.first().first().toByteArray()).object() : QJsonObject();
}

QJsonObject model(qint64 id, const QString &name)
{
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), name}};
}
} // namespace

void TestAnkiCollection::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestAnkiCollection::finish_writesTheColRow_data()
{
    QTest::addColumn<int>("schedulerVersion");
    QTest::newRow("collection.anki2") << 1;
    QTest::newRow("collection.anki21") << 2;
}

void TestAnkiCollection::finish_writesTheColRow()
{
    QFETCH(int, schedulerVersion);
    QString error;
    {
        Anki::CollectionWriter writer;
        QVERIFY2(writer.create(path(), created, now, &error), qPrintable(error));
        QCOMPARE(writer.createdSecs(), created.startOfDay().toSecsSinceEpoch());
        writer.addModel(model(7, QStringLiteral("Seven")));
        for (int i = 1; i <= 3; ++i)
            QVERIFY2(writer.addNote(i, QString::number(i), 7, {QStringLiteral("q"), QStringLiteral("a")}, {}, &error), qPrintable(error));
        QVERIFY2(writer.finish(schedulerVersion, &error), qPrintable(error));
    }
    const QList<QVariantList> col = rows(path(), QStringLiteral("SELECT id, crt, mod, scm, ver, dty, usn, ls, tags FROM col"));
    QCOMPARE(col.size(), 1);
    QCOMPARE(col[0][0].toInt(), 1);
    QCOMPARE(col[0][1].toLongLong(), created.startOfDay().toSecsSinceEpoch()); // review cards' due days count from it
    QCOMPARE(col[0][2].toLongLong(), now * 1000);
    QCOMPARE(col[0][3].toLongLong(), now * 1000);
    QCOMPARE(col[0][4].toInt(), 11);
    QCOMPARE(col[0][8].toString(), QStringLiteral("{}"));
    const QJsonObject conf = colJson(path(), QStringLiteral("conf"));
    QCOMPARE(conf.value(QStringLiteral("schedVer")).toInt(), schedulerVersion);
    QCOMPARE(conf.value(QStringLiteral("nextPos")).toInt(), 4); // after the three notes
    QCOMPARE(conf.value(QStringLiteral("curModel")).toString(), QStringLiteral("7"));
    QCOMPARE(conf.value(QStringLiteral("curDeck")).toInt(), 1);
    // Anki's Default deck and its options, which every deck points at.
    const QJsonObject decks = colJson(path(), QStringLiteral("decks"));
    QCOMPARE(decks.keys(), QStringList{QStringLiteral("1")});
    QCOMPARE(decks.value(QStringLiteral("1"))[QStringLiteral("name")].toString(), QStringLiteral("Default"));
    const QJsonObject options = colJson(path(), QStringLiteral("dconf"));
    QCOMPARE(options.keys(), QStringList{QStringLiteral("1")});
    const QJsonObject defaults = options.value(QStringLiteral("1")).toObject();
    QCOMPARE(defaults.value(QStringLiteral("id")).toInt(), 1);
    QCOMPARE(defaults.value(QStringLiteral("mod")).toInteger(), now);
    QCOMPARE(defaults[QStringLiteral("new")][QStringLiteral("perDay")].toInt(), 20);
    QCOMPARE(defaults[QStringLiteral("rev")][QStringLiteral("maxIvl")].toInt(), 36500);
    QCOMPARE(defaults[QStringLiteral("lapse")][QStringLiteral("leechFails")].toInt(), 8);
}

void TestAnkiCollection::create_makesEveryTableOfSchema11()
{
    QString error;
    {
        Anki::CollectionWriter writer;
        QVERIFY2(writer.create(path(), created, now, &error), qPrintable(error));
        QVERIFY2(writer.finish(1, &error), qPrintable(error));
    }
    QStringList tables;
    for (const QVariantList &row : rows(path(), QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")))
        tables.append(row.first().toString());
    QCOMPARE(tables, QStringList({QStringLiteral("cards"), QStringLiteral("col"), QStringLiteral("graves"),
                                  QStringLiteral("notes"), QStringLiteral("revlog")}));
    // Anki 2.1's indexes, which its checks recreate (and then ask for a full sync) when they are missing.
    QStringList indexes;
    for (const QVariantList &row : rows(path(), QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' "
                                                               "AND name LIKE 'ix_%' ORDER BY name")))
        indexes.append(row.first().toString());
    QCOMPARE(indexes, QStringList({QStringLiteral("ix_cards_nid"), QStringLiteral("ix_cards_sched"),
                                   QStringLiteral("ix_cards_usn"), QStringLiteral("ix_notes_csum"),
                                   QStringLiteral("ix_notes_usn"), QStringLiteral("ix_revlog_cid"),
                                   QStringLiteral("ix_revlog_usn")}));
    const QList<QVariantList> columns = rows(path(), QStringLiteral("SELECT name FROM pragma_table_info('cards')"));
    QCOMPARE(columns.size(), 18);
    QCOMPARE(rows(path(), QStringLiteral("SELECT name FROM pragma_table_info('notes')")).size(), 11);
}

void TestAnkiCollection::deck_makesItsParents_withIdsThatStayTheSame()
{
    QString error;
    qint64 asyncio = 0;
    {
        Anki::CollectionWriter writer;
        QVERIFY2(writer.create(path(), created, now, &error), qPrintable(error));
        asyncio = writer.deck(QStringLiteral("Python::Concurrency::asyncio"));
        QCOMPARE(writer.deck(QStringLiteral("Python::Concurrency::asyncio")), asyncio); // asked again: the same deck
        QCOMPARE(asyncio, Anki::stableId(QStringLiteral("deck:Python::Concurrency::asyncio")));
        QVERIFY(writer.deck(QStringLiteral("Python::Concurrency::threads")) != asyncio);
        QVERIFY2(writer.finish(1, &error), qPrintable(error));
    }
    {
        // Another export, another day: the same ids, so that Anki puts the cards back in the same decks.
        Anki::CollectionWriter writer;
        QVERIFY2(writer.create(path(QStringLiteral("other.anki2")), created.addDays(5), now + 5 * 86'400, &error), qPrintable(error));
        QCOMPARE(writer.deck(QStringLiteral("Python::Concurrency::asyncio")), asyncio);
    }
    const QJsonObject decks = colJson(path(), QStringLiteral("decks"));
    QStringList names;
    for (auto it = decks.constBegin(); it != decks.constEnd(); ++it) {
        const QJsonObject deck = it->toObject();
        names.append(deck.value(QStringLiteral("name")).toString());
        QCOMPARE(QString::number(deck.value(QStringLiteral("id")).toInteger()), it.key());
        QCOMPARE(deck.value(QStringLiteral("conf")).toInt(), 1);
        QCOMPARE(deck.value(QStringLiteral("dyn")).toInt(-1), 0);
        QCOMPARE(deck.value(QStringLiteral("newToday")).toArray().size(), 2);
    }
    names.sort();
    QCOMPARE(names, QStringList({QStringLiteral("Default"), QStringLiteral("Python"), QStringLiteral("Python::Concurrency"),
                                 QStringLiteral("Python::Concurrency::asyncio"), QStringLiteral("Python::Concurrency::threads")}));
    QCOMPARE(decks.value(QString::number(asyncio))[QStringLiteral("mod")].toInteger(), now);
}

void TestAnkiCollection::addModel_keysTheNoteTypeByItsId_firstIsTheCurrentOne()
{
    QString error;
    {
        Anki::CollectionWriter writer;
        QVERIFY2(writer.create(path(), created, now, &error), qPrintable(error));
        writer.addModel(model(1'726'000'000'003, QStringLiteral("Third")));
        writer.addModel(model(1'726'000'000'001, QStringLiteral("First")));
        QVERIFY2(writer.finish(1, &error), qPrintable(error));
    }
    const QJsonObject models = colJson(path(), QStringLiteral("models"));
    QCOMPARE(models.size(), 2);
    QCOMPARE(models.value(QStringLiteral("1726000000001")).toObject(), model(1'726'000'000'001, QStringLiteral("First")));
    QCOMPARE(models.value(QStringLiteral("1726000000003")).toObject(), model(1'726'000'000'003, QStringLiteral("Third")));
    QCOMPARE(colJson(path(), QStringLiteral("conf")).value(QStringLiteral("curModel")).toString(), QStringLiteral("1726000000003"));
}

void TestAnkiCollection::addNote_storesFieldsTagsSortFieldAndChecksum()
{
    QString error;
    const QStringList fields{QStringLiteral("<b>What</b> is&nbsp;2 &lt; 3?"), QStringLiteral("true"), QString()};
    {
        Anki::CollectionWriter writer;
        QVERIFY2(writer.create(path(), created, now, &error), qPrintable(error));
        QVERIFY2(writer.addNote(1'400'000'000'000, QStringLiteral("guid-1"), 42, fields,
                                {QStringLiteral("deepdive"), QStringLiteral("Python")}, &error),
                 qPrintable(error));
        QVERIFY2(writer.finish(1, &error), qPrintable(error));
    }
    const QList<QVariantList> notes = rows(path(), QStringLiteral("SELECT id, guid, mid, mod, usn, tags, flds, sfld, csum, flags, data FROM notes"));
    QCOMPARE(notes.size(), 1);
    const QVariantList &note = notes.first();
    QCOMPARE(note[0].toLongLong(), 1'400'000'000'000);
    QCOMPARE(note[1].toString(), QStringLiteral("guid-1"));
    QCOMPARE(note[2].toLongLong(), 42);
    QCOMPARE(note[3].toLongLong(), now);
    QCOMPARE(note[4].toInt(), -1); // not yet synced: Anki sends it to AnkiWeb on its next sync
    QCOMPARE(note[5].toString(), QStringLiteral(" deepdive Python ")); // Anki's spacing: one at each end
    QCOMPARE(Anki::splitFields(note[6].toString()), fields);
    QCOMPARE(note[7].toString(), QStringLiteral("What is 2 < 3?"));
    QCOMPARE(note[8].toLongLong(), Anki::fieldChecksum(fields.first()));
    QCOMPARE(note[9].toInt(), 0);
    QCOMPARE(note[10].toString(), QString());
}

void TestAnkiCollection::addNote_nullAndEmptyValues_areEmptyTextNotNull()
{
    // Anki's columns are NOT NULL; a null QString would be bound as NULL.
    QString error;
    {
        Anki::CollectionWriter writer;
        QVERIFY2(writer.create(path(), created, now, &error), qPrintable(error));
        QVERIFY2(writer.addNote(1, QStringLiteral("g"), 1, {}, {}, &error), qPrintable(error));
        QVERIFY2(writer.addNote(2, QStringLiteral("h"), 1, {QString()}, {}, &error), qPrintable(error));
        Anki::CardRow card;
        card.id = 10;
        card.noteId = 1;
        QVERIFY2(writer.addCard(card, &error), qPrintable(error));
        QVERIFY2(writer.finish(1, &error), qPrintable(error));
    }
    const QList<QVariantList> notes = rows(path(), QStringLiteral("SELECT typeof(tags), tags, typeof(flds) FROM notes"));
    QCOMPARE(notes.size(), 2);
    for (const QVariantList &note : notes) {
        QCOMPARE(note[0].toString(), QStringLiteral("text"));
        QCOMPARE(note[1].toString(), QString());
        QCOMPARE(note[2].toString(), QStringLiteral("text"));
    }
    QCOMPARE(rows(path(), QStringLiteral("SELECT typeof(data) FROM cards")), QList<QVariantList>{{QStringLiteral("text")}});
}

void TestAnkiCollection::addCard_storesTheScheduleAndTheMemory()
{
    QString error;
    Anki::CardRow card;
    card.id = 1'300'000'000'000;
    card.noteId = 1'400'000'000'000;
    card.deckId = 1'200'000'000'000;
    card.ord = 2;
    card.type = 2;
    card.queue = 2;
    card.due = 17;
    card.interval = 12;
    card.factor = 2500;
    card.reps = 5;
    card.lapses = 1;
    card.data = QStringLiteral("{\"s\":12.5,\"d\":5.1}");
    {
        Anki::CollectionWriter writer;
        QVERIFY2(writer.create(path(), created, now, &error), qPrintable(error));
        QVERIFY2(writer.addCard(card, &error), qPrintable(error));
        QVERIFY2(writer.finish(1, &error), qPrintable(error));
    }
    const QList<QVariantList> cards = rows(path(), QStringLiteral("SELECT id, nid, did, ord, mod, usn, type, queue, due, ivl, "
                                                                  "factor, reps, lapses, left, odue, odid, flags, data FROM cards"));
    QCOMPARE(cards.size(), 1);
    QVariantList expected{card.id, card.noteId, card.deckId, 2, now, -1, 2, 2, 17, 12, 2500, 5, 1, 0, 0, 0, 0, card.data};
    QCOMPARE(cards.first().size(), expected.size());
    for (int i = 0; i < expected.size(); ++i)
        QVERIFY2(cards.first()[i].toString() == expected[i].toString(), qPrintable(QString::number(i)));
}

void TestAnkiCollection::duplicateIds_failNamingTheRow_andKeepTheFirst()
{
    QString error;
    {
        Anki::CollectionWriter writer;
        QVERIFY2(writer.create(path(), created, now, &error), qPrintable(error));
        QVERIFY2(writer.addNote(5, QStringLiteral("first"), 1, {QStringLiteral("one")}, {}, &error), qPrintable(error));
        QVERIFY(!writer.addNote(5, QStringLiteral("second"), 1, {QStringLiteral("two")}, {}, &error));
        QVERIFY2(error.contains(QStringLiteral("cannot write the Anki note second")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("UNIQUE")), qPrintable(error)); // SQLite's reason
        Anki::CardRow card;
        card.id = 9;
        card.noteId = 5;
        QVERIFY2(writer.addCard(card, &error), qPrintable(error));
        card.due = 3;
        error.clear();
        QVERIFY(!writer.addCard(card, &error));
        QVERIFY2(error.contains(QStringLiteral("cannot write the Anki card 9")), qPrintable(error));
        // The failures do not undo what came before: the collection can still be finished.
        QVERIFY2(writer.finish(1, &error), qPrintable(error));
    }
    QCOMPARE(rows(path(), QStringLiteral("SELECT guid, flds FROM notes")),
             QList<QVariantList>({{QStringLiteral("first"), QStringLiteral("one")}}));
    QCOMPARE(rows(path(), QStringLiteral("SELECT id, due FROM cards")), QList<QVariantList>({{9, 0}}));
    // The count Anki continues from is of the notes written, not of those tried.
    QCOMPARE(colJson(path(), QStringLiteral("conf")).value(QStringLiteral("nextPos")).toInt(), 2);
}

void TestAnkiCollection::withoutFinish_nothingIsInTheFile()
{
    QString error;
    {
        Anki::CollectionWriter writer;
        QVERIFY2(writer.create(path(), created, now, &error), qPrintable(error));
        writer.deck(QStringLiteral("D"));
        QVERIFY2(writer.addNote(1, QStringLiteral("g"), 1, {QStringLiteral("q")}, {}, &error), qPrintable(error));
        // Destroyed without finish(): an export that failed half-way.
    }
    QCOMPARE(rows(path(), QStringLiteral("SELECT count(*) FROM notes")), QList<QVariantList>{{0}});
    QCOMPARE(rows(path(), QStringLiteral("SELECT count(*) FROM col")), QList<QVariantList>{{0}});
    // And its connection is gone: another writer starts clean.
    QVERIFY(!QSqlDatabase::connectionNames().join(QLatin1Char(' ')).contains(QStringLiteral("anki-export-")));
}

void TestAnkiCollection::create_inAMissingFolder_failsNamingTheFile()
{
    const QString file = path(QStringLiteral("no/such/folder/c.anki2"));
    QString error;
    Anki::CollectionWriter writer;
    QVERIFY(!writer.create(file, created, now, &error));
    QVERIFY2(error.startsWith(QStringLiteral("cannot create the Anki collection ") + file), qPrintable(error));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("no"))));
}

QTEST_GUILESS_MAIN(TestAnkiCollection)
#include "tst_ankicollection.moc"
