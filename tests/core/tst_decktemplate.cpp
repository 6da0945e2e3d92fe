#include "decktemplate.h"
#include "deckloader.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace DeepDive;

// A new deck to learn the format by editing, and a copy of a deck to change it; each in a folder of its own, whole
// or not at all.
class TestDeckTemplate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createDeck_loadsCleanly_withEveryCardType();
    void copyDeck_isTheSameDeck_andNeverOverAnotherFolder();
    void unwritableFolder_errs_andLeavesNothing();
};

void TestDeckTemplate::createDeck_loadsCleanly_withEveryCardType()
{
    QTemporaryDir dir;
    QString error;
    const QString folder = DeckTemplate::createDeck(dir.path(), QStringLiteral("Rust interview, 2027!"), &error);
    QVERIFY2(!folder.isEmpty(), qPrintable(error));
    QCOMPARE(QFileInfo(folder).fileName(), QStringLiteral("rust-interview-2027"));
    const DeckLoadResult result = DeckLoader::load(folder);
    QVERIFY(result.loaded);
    QVERIFY2(result.diagnostics.isEmpty(), qPrintable(result.diagnostics.value(0).toString()));
    QCOMPARE(result.deck.id, QStringLiteral("rust-interview-2027"));
    QCOMPARE(result.deck.title, QStringLiteral("Rust interview, 2027!"));
    QCOMPARE(result.deck.topics.size(), 1);
    QSet<CardType> types;
    for (const Card &card : result.deck.topics.first().cards)
        types.insert(card.type);
    QCOMPARE(types, (QSet<CardType>{CardType::Recall, CardType::Choice, CardType::Predict, CardType::SpotBug, CardType::Pair}));
    // A second deck of the same name goes beside it.
    const QString second = DeckTemplate::createDeck(dir.path(), QStringLiteral("Rust interview, 2027!"), &error);
    QCOMPARE(QFileInfo(second).fileName(), QStringLiteral("rust-interview-2027-2"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden).size(), 2); // nothing aside left
}

void TestDeckTemplate::copyDeck_isTheSameDeck_andNeverOverAnotherFolder()
{
    QTemporaryDir dir;
    const QString sample = Test::dataPath(QStringLiteral("decks/sample"));
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("sample"))));
    QString error;
    const QString copy = DeckTemplate::copyDeck(sample, dir.path(), &error);
    QVERIFY2(!copy.isEmpty(), qPrintable(error));
    QCOMPARE(QFileInfo(copy).fileName(), QStringLiteral("sample-2")); // "sample" was taken
    const DeckLoadResult original = DeckLoader::load(sample);
    const DeckLoadResult copied = DeckLoader::load(copy);
    QVERIFY(copied.loaded);
    QCOMPARE(copied.deck.id, original.deck.id); // the same ids: progress on it is kept
    QCOMPARE(copied.deck.topics.size(), original.deck.topics.size());
}

void TestDeckTemplate::unwritableFolder_errs_andLeavesNothing()
{
    if (::geteuid() == 0)
        QSKIP("root writes into a read-only folder: checked when the suite runs as a normal user");
    QTemporaryDir dir;
    QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    QString error;
    QVERIFY(DeckTemplate::createDeck(dir.path(), QStringLiteral("x"), &error).isEmpty());
    QVERIFY(!error.isEmpty());
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden).isEmpty());
}

QTEST_GUILESS_MAIN(TestDeckTemplate)
#include "tst_decktemplate.moc"
