#include "ankiexporter.h"
#include "ankiids.h"
#include "ankinotetypes.h"
#include "apkgreader.h"
#include "deckloader.h"
#include "highlighting.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace DeepDive;

class TestAnkiExporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void package_holdsASchema11CollectionAndAnEmptyMediaMap();
    void col_modelsAndDecksAreTheJsonAnkiReads();
    void notesAndCards_onePerCard_andOnePerPairSituation();
    void guids_stayTheSameAcrossExports();
    void decksAndTags_followDeckSectionAndTopic();
    void code_isHighlightedWithInlineColours_andSpotTheBugIsNumbered();
    void choice_backSaysWhyEachOptionIsRightOrWrong();
    void withSchedule_writesTheFsrsMemoryAndDueDay();
    void withoutSchedule_everyCardIsNew();
    void scope_exportsOnlyItsTopics();
    void cancel_writesNothing();
    void unwritableFile_failsWithTheReason();

private:
    QString exportDeck(const AnkiExportOptions &options, const QString &scope = QStringLiteral("all"));
    Test::Apkg read(const QString &file);

    QList<Deck> m_decks;
    QList<AnkiExportTopic> m_topics;
    std::unique_ptr<QTemporaryDir> m_dir;
    QDateTime m_now;
};

void TestAnkiExporter::initTestCase()
{
    const DeckLoadResult result = DeckLoader::load(Test::sourcePath(QStringLiteral("content/python")));
    QVERIFY(result.loaded);
    m_decks = {result.deck};
    QString label, error;
    QVERIFY2(AnkiExporter::topicsInScope(m_decks, {}, QStringLiteral("all"), &m_topics, &label, &error), qPrintable(error));
    QVERIFY(m_topics.size() > 10);
    QVERIFY2(Highlighting::load(&error), qPrintable(error));
    m_now = QDateTime(QDate(2026, 3, 1), QTime(10, 0));
}

void TestAnkiExporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

QString TestAnkiExporter::exportDeck(const AnkiExportOptions &options, const QString &scope)
{
    QList<AnkiExportTopic> topics;
    QString label, error;
    if (!AnkiExporter::topicsInScope(m_decks, {}, scope, &topics, &label, &error)) {
        qWarning() << error;
        return {};
    }
    const QString file = m_dir->filePath(QStringLiteral("deck-%1.apkg").arg(QDir(m_dir->path()).count()));
    AnkiExportSummary summary;
    if (!AnkiExporter(Highlighting::engine()).write(file, topics, options, &summary, &error)) {
        qWarning() << error;
        return {};
    }
    return file;
}

Test::Apkg TestAnkiExporter::read(const QString &file)
{
    Test::Apkg apkg;
    if (!Test::readApkg(file, &apkg))
        qWarning() << "cannot read" << file;
    return apkg;
}

void TestAnkiExporter::package_holdsASchema11CollectionAndAnEmptyMediaMap()
{
    AnkiExportOptions options;
    options.now = m_now;
    const Test::Apkg apkg = read(exportDeck(options));
    QCOMPARE(apkg.entries, QStringList({QStringLiteral("collection.anki2"), QStringLiteral("media")}));
    QCOMPARE(apkg.version, 11);
    QJsonParseError error;
    const QJsonDocument media = QJsonDocument::fromJson(apkg.media, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(media.isObject());
    QVERIFY(media.object().isEmpty());
    QCOMPARE(apkg.created, m_now.date().startOfDay().toSecsSinceEpoch());
}

void TestAnkiExporter::col_modelsAndDecksAreTheJsonAnkiReads()
{
    AnkiExportOptions options;
    options.now = m_now;
    const Test::Apkg apkg = read(exportDeck(options));
    QCOMPARE(apkg.models.size(), 5); // the bundled deck has every card type
    for (const QJsonValue &value : apkg.models) {
        const QJsonObject model = value.toObject();
        // The keys Anki's NotetypeSchema11 requires, and those Anki 2.1's Python code reads.
        for (const char *key : {"id", "name", "type", "mod", "usn", "sortf", "did", "tmpls", "flds", "css", "latexPre",
                                "latexPost", "req", "tags", "vers"})
            QVERIFY2(model.contains(QLatin1String(key)), key);
        const QJsonObject templ = model.value(QStringLiteral("tmpls")).toArray().first().toObject();
        for (const char *key : {"name", "ord", "qfmt", "afmt"})
            QVERIFY2(templ.contains(QLatin1String(key)), key);
        for (const QJsonValue &field : model.value(QStringLiteral("flds")).toArray()) {
            for (const char *key : {"name", "ord", "sticky", "rtl", "font", "size"})
                QVERIFY2(field.toObject().contains(QLatin1String(key)), key);
            QVERIFY(templ.value(QStringLiteral("qfmt")).toString().contains(field[QStringLiteral("name")].toString())
                    || templ.value(QStringLiteral("afmt")).toString().contains(field[QStringLiteral("name")].toString()));
        }
    }
    QVERIFY(apkg.decks.contains(QStringLiteral("1"))); // Anki expects its Default deck
    for (auto it = apkg.decks.constBegin(); it != apkg.decks.constEnd(); ++it) {
        const QJsonObject deck = it->toObject();
        QCOMPARE(QString::number(deck.value(QStringLiteral("id")).toInteger()), it.key());
        for (const char *key : {"id", "name", "usn", "newToday", "revToday", "lrnToday", "timeToday", "collapsed", "dyn", "conf"})
            QVERIFY2(deck.contains(QLatin1String(key)), key);
    }
    const QJsonObject options1 = apkg.deckOptions.value(QStringLiteral("1")).toObject();
    for (const char *key : {"id", "mod", "name", "usn", "maxTaken", "autoplay", "timer", "new", "rev", "lapse"})
        QVERIFY2(options1.contains(QLatin1String(key)), key);
    QCOMPARE(apkg.conf.value(QStringLiteral("schedVer")).toInt(), 1);
}

void TestAnkiExporter::notesAndCards_onePerCard_andOnePerPairSituation()
{
    QMap<CardType, int> expected;
    for (const AnkiExportTopic &topic : std::as_const(m_topics)) {
        for (const Card &card : topic.topic.cards)
            expected[card.type] += card.type == CardType::Pair ? int(card.pairs.size()) : 1;
    }
    QCOMPARE(expected.size(), 5);
    AnkiExportOptions options;
    options.now = m_now;
    const Test::Apkg apkg = read(exportDeck(options));
    QMap<CardType, int> found;
    for (const Test::ApkgNote &note : apkg.notes) {
        bool known = false;
        for (CardType type : {CardType::Recall, CardType::Choice, CardType::Predict, CardType::SpotBug, CardType::Pair}) {
            if (Anki::noteType(type).id == note.modelId) {
                found[type] += 1;
                known = true;
                QCOMPARE(note.fields.size(), Anki::noteType(type).fields.size());
                QVERIFY2(!note.fields.first().trimmed().isEmpty(), qPrintable(note.guid));
            }
        }
        QVERIFY(known);
    }
    QCOMPARE(found, expected);
    QCOMPARE(apkg.cards.size(), apkg.notes.size());
    QSet<qint64> noteIds;
    for (const Test::ApkgNote &note : apkg.notes)
        noteIds.insert(note.id);
    for (const Test::ApkgCard &card : apkg.cards)
        QVERIFY(noteIds.contains(card.noteId));
}

void TestAnkiExporter::guids_stayTheSameAcrossExports()
{
    AnkiExportOptions options;
    options.now = m_now;
    const Test::Apkg first = read(exportDeck(options));
    options.now = m_now.addDays(3);
    const Test::Apkg second = read(exportDeck(options));
    QVERIFY(!first.notes.isEmpty());
    QCOMPARE(second.notes.size(), first.notes.size());
    QSet<QString> guids;
    for (int i = 0; i < first.notes.size(); ++i) {
        QCOMPARE(second.notes[i].guid, first.notes[i].guid);
        QCOMPARE(second.notes[i].id, first.notes[i].id);
        guids.insert(first.notes[i].guid);
    }
    QCOMPARE(guids.size(), first.notes.size()); // and no two notes share one
    // Ids look like Anki's (creation times in ms) and none is in the future, which Anki would renumber.
    for (const Test::ApkgNote &note : first.notes)
        QVERIFY(note.id > 1'000'000'000'000 && note.id < QDateTime::currentMSecsSinceEpoch());
    // A topic exported on its own keeps the GUIDs it has in the whole deck.
    const Test::Apkg one = read(exportDeck(options, QStringLiteral("topics:") + m_topics.first().topic.id));
    QVERIFY(!one.notes.isEmpty());
    for (const Test::ApkgNote &note : one.notes)
        QVERIFY(guids.contains(note.guid));
}

void TestAnkiExporter::decksAndTags_followDeckSectionAndTopic()
{
    AnkiExportOptions options;
    options.now = m_now;
    const AnkiExportTopic &topic = m_topics.first();
    const Test::Apkg apkg = read(exportDeck(options, QStringLiteral("topics:") + topic.topic.id));
    const QString expectedDeck = plainTitle(topic.deckTitle) + QStringLiteral("::") + plainTitle(topic.sectionTitle)
        + QStringLiteral("::") + plainTitle(topic.topic.title);
    QVERIFY(!apkg.cards.isEmpty());
    for (const Test::ApkgCard &card : apkg.cards)
        QCOMPARE(apkg.deckName(card.deckId), expectedDeck);
    // The parents exist too, as Anki's own decks do.
    QStringList names;
    for (const QJsonValue &deck : apkg.decks)
        names.append(deck[QStringLiteral("name")].toString());
    QVERIFY(names.contains(plainTitle(topic.deckTitle)));
    QVERIFY(names.contains(plainTitle(topic.deckTitle) + QStringLiteral("::") + plainTitle(topic.sectionTitle)));
    for (const Test::ApkgNote &note : apkg.notes) {
        QVERIFY(note.tags.contains(QStringLiteral("deepdive")));
        QVERIFY(note.tags.contains(QString(plainTitle(topic.sectionTitle)).replace(QLatin1Char(' '), QLatin1Char('_'))));
        QVERIFY(note.tags.contains(QString(plainTitle(topic.topic.title)).replace(QLatin1Char(' '), QLatin1Char('_'))));
        for (const QString &tag : note.tags)
            QVERIFY(!tag.contains(QLatin1Char(' ')));
    }
}

void TestAnkiExporter::code_isHighlightedWithInlineColours_andSpotTheBugIsNumbered()
{
    AnkiExportOptions options;
    options.now = m_now;
    const Test::Apkg apkg = read(exportDeck(options));
    int predicts = 0, bugs = 0;
    for (const Test::ApkgNote &note : apkg.notes) {
        if (note.modelId == Anki::noteType(CardType::Predict).id) {
            ++predicts;
            QVERIFY(note.fields[1].startsWith(QStringLiteral("<pre class=\"dd-code\">")));
            QVERIFY(note.fields[1].contains(QStringLiteral("<span style=\"color:")));
            QVERIFY(!note.fields[2].trimmed().isEmpty()); // the output
        } else if (note.modelId == Anki::noteType(CardType::SpotBug).id) {
            ++bugs;
            QVERIFY(note.fields[1].contains(QStringLiteral("<span class=\"dd-line\"> 1 </span>"))
                    || note.fields[1].contains(QStringLiteral("<span class=\"dd-line\">1 </span>")));
            QVERIFY(note.fields[2].contains(QStringLiteral("line ")));
        }
        QVERIFY(!note.fields.join(QString()).contains(QStringLiteral("<script")));
    }
    QVERIFY(predicts > 0);
    QVERIFY(bugs > 0);
    // Night mode keeps the code's light box, so the light theme's colours stay readable.
    QVERIFY(Anki::css().contains(QStringLiteral(".nightMode pre.dd-code")));
}

void TestAnkiExporter::choice_backSaysWhyEachOptionIsRightOrWrong()
{
    const Card *choice = nullptr;
    for (const AnkiExportTopic &topic : std::as_const(m_topics)) {
        for (const Card &card : topic.topic.cards) {
            if (!choice && card.type == CardType::Choice)
                choice = &card;
        }
    }
    QVERIFY(choice);
    AnkiExportOptions options;
    options.now = m_now;
    const Test::Apkg apkg = read(exportDeck(options));
    const QString guid = Anki::noteGuid(m_decks.first().id, choice->id);
    const auto note = std::find_if(apkg.notes.cbegin(), apkg.notes.cend(), [&](const Test::ApkgNote &n) { return n.guid == guid; });
    QVERIFY(note != apkg.notes.cend());
    QCOMPARE(note->fields[1].count(QStringLiteral("<li>")), choice->options.size());
    int right = 0;
    for (const ChoiceOption &option : choice->options)
        right += option.correct;
    QCOMPARE(note->fields[2].count(QStringLiteral("class=\"dd-right\"")), right);
    QCOMPARE(note->fields[2].count(QStringLiteral("class=\"dd-wrong\"")), choice->options.size() - right);
    QVERIFY(note->fields[2].count(QStringLiteral("class=\"dd-why\"")) >= choice->options.size() - right);
}

void TestAnkiExporter::withSchedule_writesTheFsrsMemoryAndDueDay()
{
    const AnkiExportTopic &topic = m_topics.first();
    const Card &card = topic.topic.cards.first();
    AnkiExportOptions options;
    options.now = m_now;
    options.withSchedule = true;
    CardState state;
    state.deckId = topic.deckId;
    state.cardId = card.id;
    state.state = CardState::Review;
    state.stability = 12.3456789;
    state.difficulty = 5.4321;
    state.lastReviewMs = m_now.addDays(-2).toMSecsSinceEpoch();
    state.dueMs = m_now.addDays(10).toMSecsSinceEpoch();
    state.reps = 4;
    state.lapses = 1;
    options.states.insert(AnkiExportOptions::cardStateKey(state.deckId, state.cardId), state);
    const Test::Apkg apkg = read(exportDeck(options, QStringLiteral("topics:") + topic.topic.id));
    // The name every Anki reads; review cards mean the same to both legacy schedulers.
    QCOMPARE(apkg.collectionName, QStringLiteral("collection.anki2"));
    QCOMPARE(apkg.conf.value(QStringLiteral("schedVer")).toInt(), 1);
    const qint64 noteId = Anki::stableId(QStringLiteral("note:") + Anki::noteGuid(topic.deckId, card.id));
    int scheduled = 0;
    for (const Test::ApkgCard &row : apkg.cards) {
        if (row.noteId != noteId) {
            QCOMPARE(row.type, 0); // never answered: new
            QVERIFY(row.data.isEmpty());
            continue;
        }
        ++scheduled;
        QCOMPARE(row.type, 2);
        QCOMPARE(row.queue, 2);
        QCOMPARE(row.due, 10); // days after the collection's creation day, the export's day
        const QJsonObject data = QJsonDocument::fromJson(row.data.toUtf8()).object();
        QCOMPARE(data.value(QStringLiteral("s")).toDouble(), 12.3457);
        QCOMPARE(data.value(QStringLiteral("d")).toDouble(), 5.432);
    }
    QCOMPARE(scheduled, card.type == CardType::Pair ? card.pairs.size() : 1);
}

void TestAnkiExporter::withoutSchedule_everyCardIsNew()
{
    const AnkiExportTopic &topic = m_topics.first();
    AnkiExportOptions options;
    options.now = m_now;
    CardState state;
    state.stability = 3;
    state.difficulty = 5;
    state.lastReviewMs = m_now.toMSecsSinceEpoch();
    state.dueMs = m_now.addDays(3).toMSecsSinceEpoch();
    options.states.insert(AnkiExportOptions::cardStateKey(topic.deckId, topic.topic.cards.first().id), state);
    const Test::Apkg apkg = read(exportDeck(options, QStringLiteral("topics:") + topic.topic.id));
    QVERIFY(!apkg.cards.isEmpty());
    for (const Test::ApkgCard &row : apkg.cards) {
        QCOMPARE(row.type, 0);
        QCOMPARE(row.queue, 0);
        QVERIFY(row.data.isEmpty());
    }
}

void TestAnkiExporter::scope_exportsOnlyItsTopics()
{
    const Section &section = m_decks.first().sections.at(1);
    AnkiExportOptions options;
    options.now = m_now;
    const Test::Apkg apkg = read(exportDeck(options, QStringLiteral("section:") + section.id));
    int expected = 0;
    for (int t : section.topics) {
        for (const Card &card : m_decks.first().topics[t].cards)
            expected += card.type == CardType::Pair ? int(card.pairs.size()) : 1;
    }
    QCOMPARE(apkg.notes.size(), expected);
    QString label, error;
    QList<AnkiExportTopic> topics;
    QVERIFY(!AnkiExporter::topicsInScope(m_decks, {}, QStringLiteral("section:nope"), &topics, &label, &error));
    QVERIFY(error.contains(QStringLiteral("nope")));
}

void TestAnkiExporter::cancel_writesNothing()
{
    AnkiExporter exporter(nullptr);
    int calls = 0;
    exporter.setProgress([&](int done, int total) {
        ++calls;
        return done < total / 2;
    });
    const QString file = m_dir->filePath(QStringLiteral("cancelled.apkg"));
    AnkiExportSummary summary;
    QString error;
    QVERIFY(!exporter.write(file, m_topics, {}, &summary, &error));
    QVERIFY(error.contains(QStringLiteral("cancelled")));
    QCOMPARE(calls, m_topics.size() / 2);
    QVERIFY(!QFile::exists(file));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::NoDotAndDotDot), QStringList());
}

void TestAnkiExporter::unwritableFile_failsWithTheReason()
{
    AnkiExportSummary summary;
    QString error;
    const QString file = m_dir->filePath(QStringLiteral("no/such/folder/deck.apkg"));
    QVERIFY(!AnkiExporter(nullptr).write(file, m_topics.mid(0, 1), {}, &summary, &error));
    QVERIFY2(error.contains(file), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestAnkiExporter)
#include "tst_ankiexporter.moc"
