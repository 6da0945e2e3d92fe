#include "searchindex.h"
#include "searchindexkeeper.h"
#include "tempuserdata.h"
#include "testsupport.h"
#include "userdata.h"

#include <QSignalSpy>
#include <QTest>

using namespace DeepDive;

// The search index kept current without a window: built in a worker for the decks it is given, the learner's notes
// added once it is built and as they are saved, and all of them again after the progress was replaced.
class TestSearchIndexKeeper : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void build_thenNotes_savedNotes_andReplacedNotes();
    void currentIndex_isReadyAtOnce_decksChanged_buildsAgain();
    void notesChangedDuringTheBuild_areIndexedWhenItIsDone();
    void databaseInMemory_itsNotesAreIndexedToo();

private:
    bool finds(const QString &text, SearchHit::Kind kind) const
    {
        const QList<SearchHit> hits = m_index->search(text);
        return std::any_of(hits.cbegin(), hits.cend(), [kind](const SearchHit &hit) { return hit.kind == kind; });
    }
    QList<Deck> m_decks;
    std::unique_ptr<Test::TempUserData> m_user;
    std::unique_ptr<SearchIndex> m_index;
};

void TestSearchIndexKeeper::init()
{
    m_decks = Test::sampleDecks();
    m_user = std::make_unique<Test::TempUserData>();
    m_index = std::make_unique<SearchIndex>();
    QString error;
    QVERIFY2(m_index->open(m_user->filePath(QStringLiteral("search.db")), &error), qPrintable(error));
}

void TestSearchIndexKeeper::build_thenNotes_savedNotes_andReplacedNotes()
{
    QString error;
    QVERIFY(m_user->data.notes.save({QStringLiteral("sample"), QStringLiteral("loops"), QStringLiteral("remember zanzibar"), 1}, &error));
    SearchIndexKeeper keeper(m_index.get(), m_user->data.notes);
    QSignalSpy ready(&keeper, &SearchIndexKeeper::ready);
    keeper.setDecks(m_decks);
    QVERIFY(!keeper.isReady()); // a new index is built in a worker
    QTRY_COMPARE(ready.count(), 1);
    QVERIFY(keeper.isReady());
    QVERIFY(finds(QStringLiteral("identity"), SearchHit::TopicHit));
    QVERIFY(finds(QStringLiteral("zanzibar"), SearchHit::NoteHit)); // the notes, once built
    const QList<SearchHit> hits = m_index->search(QStringLiteral("zanzibar"));
    QCOMPARE(hits.first().topicTitle, m_decks.first().topics.at(1).title); // named by its topic's title

    keeper.noteSaved(QStringLiteral("sample"), QStringLiteral("identity"), QStringLiteral("a wombat"));
    QVERIFY(finds(QStringLiteral("wombat"), SearchHit::NoteHit));
    QCOMPARE(m_index->search(QStringLiteral("wombat")).first().topicTitle, m_decks.first().topics.at(0).title);
    keeper.noteSaved(QStringLiteral("sample"), QStringLiteral("gone"), QStringLiteral("an ocelot")); // no deck has it
    QCOMPARE(m_index->search(QStringLiteral("ocelot")).first().topicTitle, QStringLiteral("gone")); // named by its id

    // Import Progress replaced the notes: the old ones leave the index, the new ones come in.
    QVERIFY(m_user->data.notes.save({QStringLiteral("sample"), QStringLiteral("loops"), QStringLiteral("now a platypus"), 2}, &error));
    keeper.notesReplaced();
    QVERIFY(finds(QStringLiteral("platypus"), SearchHit::NoteHit));
    QVERIFY(!finds(QStringLiteral("zanzibar"), SearchHit::NoteHit));
    QVERIFY(!finds(QStringLiteral("wombat"), SearchHit::NoteHit)); // not in the store: gone
}

void TestSearchIndexKeeper::currentIndex_isReadyAtOnce_decksChanged_buildsAgain()
{
    QString error;
    QVERIFY(SearchIndex::build(m_index->file(), m_decks, &error));
    SearchIndexKeeper keeper(m_index.get(), m_user->data.notes);
    QSignalSpy ready(&keeper, &SearchIndexKeeper::ready);
    keeper.setDecks(m_decks);
    QCOMPARE(ready.count(), 1); // built from these decks already: no worker
    QVERIFY(keeper.isReady());

    QList<Deck> changed = m_decks;
    changed.first().topics.first().title = QStringLiteral("Identity, renamed kakapo");
    changed.first().contentHash += "edited"; // as the loader hashes a changed file
    keeper.setDecks(changed);
    QVERIFY(!keeper.isReady());
    QTRY_COMPARE(ready.count(), 2);
    QVERIFY(finds(QStringLiteral("kakapo"), SearchHit::TopicHit));
}

// The worker indexes the notes as they were when it started; a note saved meanwhile is indexed when it is done, and
// notes replaced meanwhile (Import Progress) are indexed as they are then.
void TestSearchIndexKeeper::notesChangedDuringTheBuild_areIndexedWhenItIsDone()
{
    QString error;
    NoteStore &notes = m_user->data.notes;
    QVERIFY(notes.save({QStringLiteral("sample"), QStringLiteral("loops"), QStringLiteral("remember zanzibar"), 1}, &error));
    {
        SearchIndexKeeper keeper(m_index.get(), notes);
        QSignalSpy ready(&keeper, &SearchIndexKeeper::ready);
        keeper.setDecks(m_decks);
        QVERIFY(!keeper.isReady());
        QVERIFY(notes.save({QStringLiteral("sample"), QStringLiteral("identity"), QStringLiteral("meanwhile a quokka"), 2}, &error));
        keeper.noteSaved(QStringLiteral("sample"), QStringLiteral("identity"), QStringLiteral("meanwhile a quokka"));
        QTRY_COMPARE(ready.count(), 1);
        QVERIFY(finds(QStringLiteral("zanzibar"), SearchHit::NoteHit));
        QVERIFY(finds(QStringLiteral("quokka"), SearchHit::NoteHit));
    }

    QList<Deck> changed = m_decks;
    changed.first().topics.first().title = QStringLiteral("Identity, renamed kakapo");
    changed.first().contentHash += "edited";
    SearchIndexKeeper keeper(m_index.get(), notes);
    QSignalSpy ready(&keeper, &SearchIndexKeeper::ready);
    keeper.setDecks(changed);
    QVERIFY(!keeper.isReady());
    QVERIFY(notes.save({QStringLiteral("sample"), QStringLiteral("loops"), QStringLiteral("replaced by a platypus"), 3}, &error));
    keeper.notesReplaced();
    QTRY_COMPARE(ready.count(), 1);
    QVERIFY(finds(QStringLiteral("kakapo"), SearchHit::TopicHit));
    QVERIFY(finds(QStringLiteral("platypus"), SearchHit::NoteHit));
    QVERIFY(!finds(QStringLiteral("zanzibar"), SearchHit::NoteHit));
}

// A database kept in memory (its file could not be used) cannot be read by the worker's own connection: its notes
// are read on the window's thread and indexed all the same.
void TestSearchIndexKeeper::databaseInMemory_itsNotesAreIndexedToo()
{
    UserData memory;
    memory.database.openEmpty();
    QVERIFY(!memory.database.isOnDisk());
    QString error;
    QVERIFY2(memory.notes.save({QStringLiteral("sample"), QStringLiteral("loops"), QStringLiteral("an axolotl"), 1}, &error),
             qPrintable(error));
    SearchIndexKeeper keeper(m_index.get(), memory.notes);
    QSignalSpy ready(&keeper, &SearchIndexKeeper::ready);
    keeper.setDecks(m_decks);
    QTRY_COMPARE(ready.count(), 1);
    QVERIFY(finds(QStringLiteral("axolotl"), SearchHit::NoteHit));
    QCOMPARE(m_index->search(QStringLiteral("axolotl")).first().topicTitle, m_decks.first().topics.at(1).title);
}

QTEST_GUILESS_MAIN(TestSearchIndexKeeper)
#include "tst_searchindexkeeper.moc"
