#include "deckwatcher.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace DeepDive;

// A deck folder as an editor changes it: one signal a moment after a burst of saves, files saved by renaming and
// new sections seen as well.
class TestDeckWatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void burstOfSaves_isOneChange();
    void fileReplacedByRename_andANewSection_areSeen();
    void knownFiles_areWatchedUnderTheStringsGiven();
};

namespace {
bool write(const QString &file, const QByteArray &text)
{
    QFile f(file);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}
} // namespace

void TestDeckWatcher::burstOfSaves_isOneChange()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("s")));
    QVERIFY(write(dir.filePath(QStringLiteral("s/1.md")), "one"));
    DeckWatcher watcher;
    watcher.addFolder(dir.path());
    QVERIFY(watcher.watchedFiles().contains(dir.filePath(QStringLiteral("s/1.md"))));
    QSignalSpy changed(&watcher, &DeckWatcher::changed);
    for (int i = 0; i < 5; ++i)
        QVERIFY(write(dir.filePath(QStringLiteral("s/1.md")), "edit " + QByteArray::number(i)));
    QTRY_COMPARE(changed.count(), 1);
    QVERIFY(!changed.wait(3 * DeckWatcher::settleMs)); // and no more
}

void TestDeckWatcher::fileReplacedByRename_andANewSection_areSeen()
{
    QTemporaryDir dir;
    QVERIFY(write(dir.filePath(QStringLiteral("deck.md")), "deck"));
    DeckWatcher watcher;
    QSignalSpy watched(&watcher, &DeckWatcher::folderWatched);
    watcher.addFolder(dir.path());
    QVERIFY(watched.wait());
    QCOMPARE(watched.first().first().toString(), dir.path());
    QSignalSpy changed(&watcher, &DeckWatcher::changed);
    // As editors save: a new file written beside, renamed over the old one.
    QVERIFY(write(dir.filePath(QStringLiteral(".deck.md.swp")), "deck, edited"));
    QFile::remove(dir.filePath(QStringLiteral("deck.md")));
    QVERIFY(QFile::rename(dir.filePath(QStringLiteral(".deck.md.swp")), dir.filePath(QStringLiteral("deck.md"))));
    QTRY_COMPARE(changed.count(), 1);
    QVERIFY(watcher.watchedFiles().contains(dir.filePath(QStringLiteral("deck.md")))); // watched again
    // A new section with a topic: watched from then on.
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("new")));
    QVERIFY(write(dir.filePath(QStringLiteral("new/1.md")), "topic"));
    QTRY_COMPARE(changed.count(), 2);
    QVERIFY(watcher.watchedFiles().contains(dir.filePath(QStringLiteral("new/1.md"))));
    QVERIFY(write(dir.filePath(QStringLiteral("new/1.md")), "topic, edited"));
    QTRY_COMPARE(changed.count(), 3);
}

void TestDeckWatcher::knownFiles_areWatchedUnderTheStringsGiven()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("s")));
    QVERIFY(write(dir.filePath(QStringLiteral("s/1.md")), "one"));
    QVERIFY(write(dir.filePath(QStringLiteral("s/2.md")), "two"));
    const QString known = dir.filePath(QStringLiteral("s/1.md")); // as a deck's topic has its path
    DeckWatcher watcher;
    watcher.addFolder(dir.path(), {known});
    const QStringList files = watcher.watchedFiles();
    const qsizetype at = files.indexOf(known);
    QVERIFY(at >= 0);
    QCOMPARE(files[at].constData(), known.constData()); // that very string, not a copy
    QVERIFY(files.contains(dir.filePath(QStringLiteral("s/2.md")))); // and the others as found
}

QTEST_GUILESS_MAIN(TestDeckWatcher)
#include "tst_deckwatcher.moc"
