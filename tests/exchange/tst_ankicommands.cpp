#include "ankicommands.h"
#include "apkgbuilder.h"
#include "apkgreader.h"
#include "deckloader.h"
#include "testsupport.h"

#include <QTest>
#include <QTextStream>

using namespace DeepDive;

// --export-anki and --import-anki as the command line runs them: what they print and their exit codes.
class TestAnkiCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void export_printsWhatItWrote();
    void export_withSchedule_saysHowManyCardsCarryIt();
    void export_badScope_failsAndWritesNothing();
    void import_printsTheDeckAndWhatWasLeftOut();
    void import_failure_printsWhy();

private:
    Deck m_deck;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_out, m_err;
    std::unique_ptr<QTextStream> m_outStream, m_errStream;
};

void TestAnkiCommands::initTestCase()
{
    const DeckLoadResult result = DeckLoader::load(Test::sourcePath(QStringLiteral("content/python")));
    QVERIFY(result.loaded);
    m_deck = result.deck;
}

void TestAnkiCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_out.clear();
    m_err.clear();
    m_outStream = std::make_unique<QTextStream>(&m_out);
    m_errStream = std::make_unique<QTextStream>(&m_err);
}

void TestAnkiCommands::export_printsWhatItWrote()
{
    AnkiCommands::Export request;
    request.file = m_dir->filePath(QStringLiteral("a.apkg"));
    request.scope = QStringLiteral("section:") + m_deck.sections.first().id;
    request.decks = {m_deck};
    QCOMPARE(AnkiCommands::exportAnki(request, *m_outStream, *m_errStream), 0);
    m_outStream->flush();
    Test::Apkg apkg;
    QVERIFY(Test::readApkg(request.file, &apkg));
    QCOMPARE(m_out, QStringLiteral("wrote %1 note(s) (%2 topic(s)) to %3\n")
                        .arg(apkg.notes.size()).arg(m_deck.sections.first().topics.size()).arg(request.file));
    QVERIFY(m_err.isEmpty());
}

void TestAnkiCommands::export_withSchedule_saysHowManyCardsCarryIt()
{
    AnkiCommands::Export request;
    request.file = m_dir->filePath(QStringLiteral("a.apkg"));
    request.scope = QStringLiteral("topics:") + m_deck.topics.first().id;
    request.withSchedule = true;
    request.decks = {m_deck};
    request.now = QDateTime(QDate(2026, 3, 1), QTime(9, 0));
    CardState state;
    state.deckId = m_deck.id;
    state.cardId = m_deck.topics.first().cards.last().id;
    state.stability = 2;
    state.difficulty = 6;
    state.lastReviewMs = request.now.toMSecsSinceEpoch();
    state.dueMs = request.now.addDays(2).toMSecsSinceEpoch();
    request.states = {state};
    QCOMPARE(AnkiCommands::exportAnki(request, *m_outStream, *m_errStream), 0);
    m_outStream->flush();
    const int scheduled = m_deck.topics.first().cards.last().type == CardType::Pair
        ? int(m_deck.topics.first().cards.last().pairs.size()) : 1;
    QVERIFY2(m_out.endsWith(QStringLiteral("\n%1 card(s) carry their schedule\n").arg(scheduled)), qPrintable(m_out));
}

void TestAnkiCommands::export_badScope_failsAndWritesNothing()
{
    AnkiCommands::Export request;
    request.file = m_dir->filePath(QStringLiteral("a.apkg"));
    request.scope = QStringLiteral("somewhere");
    request.decks = {m_deck};
    QCOMPARE(AnkiCommands::exportAnki(request, *m_outStream, *m_errStream), 1);
    m_errStream->flush();
    QVERIFY2(m_err.startsWith(QStringLiteral("deepdive: nothing was exported: unknown scope \"somewhere\"")), qPrintable(m_err));
    QVERIFY(!QFile::exists(request.file));
    request.scope = QStringLiteral("bookmarked"); // none
    QCOMPARE(AnkiCommands::exportAnki(request, *m_outStream, *m_errStream), 1);
    QVERIFY(!QFile::exists(request.file));
}

void TestAnkiCommands::import_printsTheDeckAndWhatWasLeftOut()
{
    const QString apkg = m_dir->filePath(QStringLiteral("in.apkg"));
    QVERIFY(Test::writeApkg(apkg, QStringLiteral("collection.anki2"),
                            {{QStringLiteral("Geo::Capitals"), Test::basicId, {QStringLiteral("France?"), QStringLiteral("Paris<script>x</script>")}}}));
    const QString decks = m_dir->filePath(QStringLiteral("decks"));
    QCOMPARE(AnkiCommands::importAnki(apkg, decks, *m_outStream, *m_errStream), 0);
    m_outStream->flush();
    const QString folder = QDir(decks).filePath(QStringLiteral("anki-geo"));
    QCOMPARE(m_out, QStringLiteral("imported Geo: 1 card(s) in 1 topic(s) into %1\n"
                                   "left out:\n"
                                   "  note 1700000000001 (deck Geo::Capitals): left out <script>\n").arg(folder));
    QVERIFY(QFileInfo(folder).isDir());
}

void TestAnkiCommands::import_failure_printsWhy()
{
    const QString decks = m_dir->filePath(QStringLiteral("decks"));
    const QString missing = m_dir->filePath(QStringLiteral("missing.apkg"));
    QCOMPARE(AnkiCommands::importAnki(missing, decks, *m_outStream, *m_errStream), 1);
    m_errStream->flush();
    QVERIFY2(m_err.startsWith(QStringLiteral("deepdive: nothing was imported: ") + missing), qPrintable(m_err));
    QVERIFY(m_out.isEmpty());
}

QTEST_GUILESS_MAIN(TestAnkiCommands)
#include "tst_ankicommands.moc"
