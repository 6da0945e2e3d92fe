#include "decklibrary.h"
#include "deckwatcher.h"
#include "deckloader.h"
#include "testsupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace DeepDive;

// At start-up a deck comes from its index when there is one; the window's worker reads the rest and checks the
// indexes against the files, and the decks as they now are arrive through decksChanged.
class TestDeckLibrary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void firstStart_bundledDeckReadNow_otherDecksLater_thenIndexed();
    void nextStart_decksComeFromTheirIndexes_andUnchangedOnesStayQuiet();
    void changedFile_isReadAgainAndSent();
    void laterFolderWithTheSameId_winsEvenWhenItArrivesLater();
    void deletedDeck_goesAway();
    void watched_anEditIsReadAgain_andItsProblemGoesWhenFixed();
    void watched_topicFilesAreSharedWithTheWatcher();
    void addedFolder_isReadAndWatched();

private:
    void writeDeck(const QString &folder, const QByteArray &id, const QByteArray &title);
    QStringList ids(const QList<Deck> &decks);
    QList<Deck> refreshed(DeckLibrary &library);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_cache;
};

// Writing a deck in an editor: each save is picked up a moment later; a file with an error is named with its line
// while the rest of the deck stays; fixing it clears the problem.
void TestDeckLibrary::watched_anEditIsReadAgain_andItsProblemGoesWhenFixed()
{
    writeDeck(QStringLiteral("mine"), "mine", "First");
    const QString mine = m_dir->filePath(QStringLiteral("mine"));
    DeckLibrary library({mine}, m_cache);
    QList<Diagnostic> ignored;
    library.initial(&ignored);
    refreshed(library);
    QSignalSpy changed(&library, &DeckLibrary::decksChanged);
    QSignalSpy problems(&library, &DeckLibrary::problemsChanged);
    library.watch();

    // A second topic with a card whose type does not exist, saved from the editor.
    QVERIFY(Test::writeFiles(*m_dir, {{QStringLiteral("mine/s/2.md"),
                                       "---\nid: second\ntitle: Second\n---\n\nText.\n\n## Cards\n\n### riddle id=x\n\nQ?\n"}}));
    QTRY_VERIFY_WITH_TIMEOUT(!problems.isEmpty(), 10000);
    const QList<Diagnostic> found = problems.last().at(0).value<QList<Diagnostic>>();
    QVERIFY(!found.isEmpty());
    QVERIFY2(found.first().file.endsWith(QStringLiteral("2.md")) && found.first().line > 0, qPrintable(found.first().toString()));
    QVERIFY(!changed.isEmpty());
    QVERIFY2(ids(changed.last().at(0).value<QList<Deck>>()).contains(QStringLiteral("mine:First")), "the rest of the deck stays");

    // Fixed: the problem goes, and the topic is there.
    problems.clear();
    changed.clear();
    QVERIFY(Test::writeFiles(*m_dir, {{QStringLiteral("mine/s/2.md"),
                                       "---\nid: second\ntitle: Second\n---\n\nText.\n\n## Cards\n\n### recall id=y\n\nQ?\n\n#### Answer\n\nA.\n"}}));
    QTRY_VERIFY_WITH_TIMEOUT(!problems.isEmpty(), 10000);
    QVERIFY(problems.last().at(0).value<QList<Diagnostic>>().isEmpty());
    QTRY_VERIFY(!changed.isEmpty());
    QCOMPARE(changed.last().at(0).value<QList<Deck>>().first().topics.size(), 2);
}

// The watcher watches a topic's file under the path the deck holds: ten thousand paths, not twice.
void TestDeckLibrary::watched_topicFilesAreSharedWithTheWatcher()
{
    writeDeck(QStringLiteral("mine"), "mine", "First");
    const QString mine = m_dir->filePath(QStringLiteral("mine"));
    DeckLibrary library({mine}, m_cache);
    QList<Diagnostic> ignored;
    library.initial(&ignored);
    const QList<Deck> decks = refreshed(library);
    QCOMPARE(decks.size(), 1);
    const QString file = decks.first().topics.first().file;
    library.watch();
    const auto *watcher = library.findChild<DeckWatcher *>();
    QVERIFY(watcher);
    QStringList files;
    QTRY_VERIFY((files = watcher->watchedFiles()).contains(file));
    QCOMPARE(files[files.indexOf(file)].constData(), file.constData()); // the deck's string, not a copy of the path
}

void TestDeckLibrary::addedFolder_isReadAndWatched()
{
    DeckLibrary library({}, m_cache);
    QList<Diagnostic> ignored;
    library.initial(&ignored);
    library.watch();
    writeDeck(QStringLiteral("new"), "new", "Example");
    QSignalSpy changed(&library, &DeckLibrary::decksChanged);
    library.addFolder(m_dir->filePath(QStringLiteral("new")));
    QTRY_VERIFY(!changed.isEmpty());
    QCOMPARE(ids(changed.last().at(0).value<QList<Deck>>()), QStringList{QStringLiteral("new:Example")});
    changed.clear();
    writeDeck(QStringLiteral("new"), "new", "Renamed");
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 10000);
    QCOMPARE(ids(changed.last().at(0).value<QList<Deck>>()), QStringList{QStringLiteral("new:Renamed")});
}

void TestDeckLibrary::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_cache = m_dir->filePath(QStringLiteral("cache"));
}

void TestDeckLibrary::writeDeck(const QString &folder, const QByteArray &id, const QByteArray &title)
{
    QVERIFY(Test::writeFiles(*m_dir, {{folder + QStringLiteral("/deck.md"), Test::manifest(QString::fromLatin1(id))},
                                      {folder + QStringLiteral("/s/section.md"), Test::sectionFile(QStringLiteral("s"), QStringLiteral("S"))},
                                      {folder + QStringLiteral("/s/1.md"), "---\nid: " + id + "-topic\ntitle: " + title
                                                                               + "\n---\n\nNotes.\n\n## Cards\n\n### recall id=" + id
                                                                               + "-c\n\nQ?\n\n#### Answer\n\nA.\n"}}));
}

QStringList TestDeckLibrary::ids(const QList<Deck> &decks)
{
    QStringList list;
    for (const Deck &d : decks)
        list.append(d.id + QLatin1Char(':') + d.topics.value(0).title);
    return list;
}

// Runs the worker and returns the last decks it sent (nothing sent: an empty list). A worker that does not finish
// fails the test.
QList<Deck> TestDeckLibrary::refreshed(DeckLibrary &library)
{
    QSignalSpy changed(&library, &DeckLibrary::decksChanged);
    QSignalSpy done(&library, &DeckLibrary::refreshed);
    library.refresh();
    if (done.isEmpty() && !done.wait(10000))
        QTest::qFail("the library's worker did not finish", __FILE__, __LINE__);
    return changed.isEmpty() ? QList<Deck>() : changed.last().at(0).value<QList<Deck>>();
}

void TestDeckLibrary::firstStart_bundledDeckReadNow_otherDecksLater_thenIndexed()
{
    writeDeck(QStringLiteral("mine"), "mine", "Mine");
    const QString mine = m_dir->filePath(QStringLiteral("mine"));
    DeckLibrary library({QStringLiteral(":/bundled"), mine}, m_cache);
    QList<Diagnostic> problems;
    QCOMPARE(ids(library.initial(&problems)), QStringList{QStringLiteral("bundled:Bundled topic")});
    QVERIFY(problems.isEmpty());
    QVERIFY(!QFile::exists(DeckLibrary::indexFile(m_cache, mine)));
    const QList<Deck> later = refreshed(library);
    QCOMPARE(ids(later), (QStringList{QStringLiteral("bundled:Bundled topic"), QStringLiteral("mine:Mine")}));
    QVERIFY(!later[1].topics[0].loaded); // sent as an index: the content is read when the topic is opened
    QCOMPARE(later[1].topics[0].cardIds(), QStringList{QStringLiteral("mine-c")});
    QVERIFY(QFile::exists(DeckLibrary::indexFile(m_cache, mine)));
    QVERIFY(QFile::exists(DeckLibrary::indexFile(m_cache, QStringLiteral(":/bundled"))));
}

void TestDeckLibrary::nextStart_decksComeFromTheirIndexes_andUnchangedOnesStayQuiet()
{
    writeDeck(QStringLiteral("mine"), "mine", "Mine");
    const QStringList folders{QStringLiteral(":/bundled"), m_dir->filePath(QStringLiteral("mine"))};
    {
        DeckLibrary first(folders, m_cache);
        QList<Diagnostic> problems;
        first.initial(&problems);
        refreshed(first);
    }
    DeckLibrary second(folders, m_cache);
    QList<Diagnostic> problems;
    QCOMPARE(ids(second.initial(&problems)), (QStringList{QStringLiteral("bundled:Bundled topic"), QStringLiteral("mine:Mine")}));
    QVERIFY(refreshed(second).isEmpty()); // nothing changed, nothing sent
}

void TestDeckLibrary::changedFile_isReadAgainAndSent()
{
    writeDeck(QStringLiteral("mine"), "mine", "Mine");
    const QStringList folders{m_dir->filePath(QStringLiteral("mine"))};
    {
        DeckLibrary first(folders, m_cache);
        QList<Diagnostic> problems;
        first.initial(&problems);
        refreshed(first);
    }
    writeDeck(QStringLiteral("mine"), "mine", "Mine, edited");
    DeckLibrary second(folders, m_cache);
    QList<Diagnostic> problems;
    QCOMPARE(ids(second.initial(&problems)), QStringList{QStringLiteral("mine:Mine")}); // the index, at once
    QCOMPARE(ids(refreshed(second)), QStringList{QStringLiteral("mine:Mine, edited")}); // then the files
    DeckLibrary third(folders, m_cache);
    QCOMPARE(ids(third.initial(&problems)), QStringList{QStringLiteral("mine:Mine, edited")}); // indexed anew
}

void TestDeckLibrary::laterFolderWithTheSameId_winsEvenWhenItArrivesLater()
{
    // --content with the bundled deck's id: the bundled deck shows first, the edited copy replaces it.
    writeDeck(QStringLiteral("editing"), "bundled", "Edited copy");
    DeckLibrary library({QStringLiteral(":/bundled"), m_dir->filePath(QStringLiteral("editing"))}, m_cache);
    QList<Diagnostic> problems;
    QCOMPARE(ids(library.initial(&problems)), QStringList{QStringLiteral("bundled:Bundled topic")});
    QCOMPARE(ids(refreshed(library)), QStringList{QStringLiteral("bundled:Edited copy")});
}

void TestDeckLibrary::deletedDeck_goesAway()
{
    writeDeck(QStringLiteral("mine"), "mine", "Mine");
    const QString mine = m_dir->filePath(QStringLiteral("mine"));
    {
        DeckLibrary first({QStringLiteral(":/bundled"), mine}, m_cache);
        QList<Diagnostic> problems;
        first.initial(&problems);
        refreshed(first);
    }
    QVERIFY(QDir(mine).removeRecursively());
    DeckLibrary second({QStringLiteral(":/bundled"), mine}, m_cache);
    QList<Diagnostic> problems;
    QCOMPARE(second.initial(&problems).size(), 2);
    QCOMPARE(ids(refreshed(second)), QStringList{QStringLiteral("bundled:Bundled topic")});
}

QTEST_GUILESS_MAIN(TestDeckLibrary)
#include "tst_decklibrary.moc"
