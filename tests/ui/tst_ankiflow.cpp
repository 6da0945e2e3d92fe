#include "ankiexportdialog.h"
#include "ankiflow.h"
#include "apkgbuilder.h"
#include "deckloader.h"
#include "dialogs.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSemaphore>
#include <QTest>
#include <QTimer>

#include <atomic>

using namespace DeepDive;

// File > Export for Anki and File > Import Anki Deck: the dialog, and each flow answered through the test seams.
class TestAnkiFlow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void dialog_scopesAndSchedule_reachTheChoice();
    void export_writesThePackage_andSaysWhatItHolds();
    void export_cancelledAtTheFileDialog_writesNothing();
    void export_emptyScope_saysSo();
    void import_makesTheDeck_andListsWhatWasLeftOut();
    void import_failure_saysWhy_andLeavesNothing();
    void import_cancelledInTheProgressDialog_stopsAndLeavesNothing();

private:
    AnkiFlow::ExportInput input() const;

    Deck m_deck;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAnkiFlow::initTestCase()
{
    Dialogs::setHeadless(true);
    const DeckLoadResult result = DeckLoader::load(Test::sourcePath(QStringLiteral("content/python")));
    QVERIFY(result.loaded);
    m_deck = result.deck;
}

void TestAnkiFlow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

AnkiFlow::ExportInput TestAnkiFlow::input() const
{
    AnkiFlow::ExportInput in;
    in.decks = {m_deck};
    in.folder = m_dir->path();
    in.now = QDateTime(QDate(2026, 3, 1), QTime(9, 0));
    CardState state;
    state.deckId = m_deck.id;
    state.cardId = m_deck.topics.first().cards.first().id;
    state.stability = 4;
    state.difficulty = 5;
    state.lastReviewMs = in.now.addDays(-1).toMSecsSinceEpoch();
    state.dueMs = in.now.addDays(3).toMSecsSinceEpoch();
    in.states = {state};
    return in;
}

void TestAnkiFlow::dialog_scopesAndSchedule_reachTheChoice()
{
    ExportDialog::Context context;
    context.currentTopicId = QStringLiteral("gil");
    context.currentSectionId = QStringLiteral("concurrency");
    AnkiExportDialog dialog(context);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *schedule = dialog.findChild<QCheckBox *>(QStringLiteral("ankiWithSchedule"));
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("ankiScheduleNote"));
    QVERIFY(schedule && note);
    QVERIFY(note->text().contains(QStringLiteral("23.10"))); // which Anki versions read the memory
    QCOMPARE(dialog.choice().scope, QStringLiteral("all"));
    QVERIFY(!dialog.choice().withSchedule);
    QVERIFY(!dialog.findChild<QRadioButton *>(QStringLiteral("ankiScope1"))->isEnabled()); // no selection
    dialog.findChild<QRadioButton *>(QStringLiteral("ankiScope2"))->click();
    QTest::keyClick(schedule, Qt::Key_Space);
    QCOMPARE(dialog.choice().scope, QStringLiteral("section:concurrency"));
    QVERIFY(dialog.choice().withSchedule);
    dialog.findChild<QRadioButton *>(QStringLiteral("ankiScope0"))->click();
    QCOMPARE(dialog.choice().scope, QStringLiteral("topics:gil"));
}

void TestAnkiFlow::export_writesThePackage_andSaysWhatItHolds()
{
    AnkiExportDialog::setNextChoice(AnkiExportDialog::Choice{QStringLiteral("topics:") + m_deck.topics.first().id, true});
    const QString target = m_dir->filePath(QStringLiteral("out.apkg"));
    Dialogs::setNextFileName(target);
    QWidget window;
    const QString file = AnkiFlow::exportDeck(&window, input());
    QCOMPARE(file, target);
    QVERIFY(QFileInfo(file).size() > 0);
    QCOMPARE(Dialogs::lastSuggestedFileName(), m_dir->filePath(QStringLiteral("deepdive-2026-03-01.apkg")));
    const QString message = Dialogs::lastMessage();
    QVERIFY2(message.contains(QDir::toNativeSeparators(target)), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("1 topic")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("1 card")) && message.contains(QStringLiteral("carry their schedule")), qPrintable(message));
}

void TestAnkiFlow::export_cancelledAtTheFileDialog_writesNothing()
{
    AnkiExportDialog::setNextChoice(AnkiExportDialog::Choice{QStringLiteral("all"), false});
    Dialogs::setNextFileName(QString());
    QWidget window;
    QVERIFY(AnkiFlow::exportDeck(&window, input()).isEmpty());
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList());
    // Cancelled at the first dialog: not even the file dialog is asked.
    AnkiExportDialog::setNextChoice(std::nullopt);
    Dialogs::setNextFileName(m_dir->filePath(QStringLiteral("x.apkg")));
    QVERIFY(AnkiFlow::exportDeck(&window, input()).isEmpty());
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("x.apkg"))));
    Dialogs::setNextFileName(QString()); // not taken: clear it for the next test
    Dialogs::openFileName(nullptr, {}, {});
}

void TestAnkiFlow::export_emptyScope_saysSo()
{
    AnkiExportDialog::setNextChoice(AnkiExportDialog::Choice{QStringLiteral("bookmarked"), false});
    QWidget window;
    QVERIFY(AnkiFlow::exportDeck(&window, input()).isEmpty());
    QVERIFY2(Dialogs::lastMessage().contains(QStringLiteral("no topics")), qPrintable(Dialogs::lastMessage()));
}

void TestAnkiFlow::import_makesTheDeck_andListsWhatWasLeftOut()
{
    const QString apkg = m_dir->filePath(QStringLiteral("in.apkg"));
    QVERIFY(Test::writeApkg(apkg, QStringLiteral("collection.anki2"),
                            {{QStringLiteral("Spanish::Verbs"), Test::basicId, {QStringLiteral("ser<script>x()</script>"), QStringLiteral("to be")}},
                             {QStringLiteral("Spanish::Verbs"), Test::basicId, {QStringLiteral("estar"), QStringLiteral("to be (state)")}}}));
    Dialogs::setNextFileName(apkg);
    const QString decks = m_dir->filePath(QStringLiteral("decks"));
    QWidget window;
    const QString folder = AnkiFlow::importDeck(&window, decks);
    QCOMPARE(folder, QDir(decks).filePath(QStringLiteral("anki-spanish")));
    const DeckLoadResult loaded = DeckLoader::load(folder);
    QVERIFY(loaded.diagnostics.isEmpty());
    QCOMPARE(loaded.deck.topics.size(), 1);
    QCOMPARE(loaded.deck.topics.first().cards.size(), 2);
    const QString message = Dialogs::lastMessage();
    QVERIFY2(message.contains(QStringLiteral("2 card")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("Left out")) && message.contains(QStringLiteral("<script>")), qPrintable(message));
}

void TestAnkiFlow::import_failure_saysWhy_andLeavesNothing()
{
    const QString bad = m_dir->filePath(QStringLiteral("bad.apkg"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a zip");
    file.close();
    Dialogs::setNextFileName(bad);
    const QString decks = m_dir->filePath(QStringLiteral("decks"));
    QWidget window;
    QVERIFY(AnkiFlow::importDeck(&window, decks).isEmpty());
    QVERIFY2(Dialogs::lastMessage().startsWith(QStringLiteral("Nothing was imported")), qPrintable(Dialogs::lastMessage()));
    QCOMPARE(QDir(decks).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
}

void TestAnkiFlow::import_cancelledInTheProgressDialog_stopsAndLeavesNothing()
{
    const QString apkg = m_dir->filePath(QStringLiteral("big.apkg"));
    QList<Test::ApkgNoteSpec> notes;
    for (int i = 0; i < 40; ++i)
        notes.append({QStringLiteral("Big"), Test::basicId, {QStringLiteral("q%1").arg(i), QStringLiteral("a%1").arg(i)}});
    QVERIFY(Test::writeApkg(apkg, QStringLiteral("collection.anki2"), notes));
    const QString decks = m_dir->filePath(QStringLiteral("decks"));
    QVERIFY(QDir().mkpath(decks));
    const QString temp = m_dir->filePath(QStringLiteral("tmp"));
    QVERIFY(QDir().mkpath(temp));
    const QByteArray oldTemp = qgetenv("TMPDIR");
    qputenv("TMPDIR", QFile::encodeName(temp));
    const auto restoreTemp = qScopeGuard([&] { qputenv("TMPDIR", oldTemp); });

    // The import waits after its third card until Cancel has been clicked, so the click lands mid-import.
    constexpr int stopAt = 3;
    QSemaphore reached, resume;
    std::atomic<int> lastDone{-1};
    AnkiFlow::setImportObserver([&](int done, int) {
        lastDone = done;
        if (done == stopAt) {
            reached.release();
            resume.acquire();
        }
    });
    const auto noObserver = qScopeGuard([] { AnkiFlow::setImportObserver({}); });
    Dialogs::information(nullptr, QString(), QStringLiteral("before the import"));
    Dialogs::setNextFileName(apkg);
    QWidget window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    bool clicked = false;
    QTimer::singleShot(0, &window, [&] {
        const auto goOn = qScopeGuard([&] { resume.release(); });
        QTRY_COMPARE(reached.available(), 1);
        QProgressDialog *progress = nullptr;
        QTRY_VERIFY((progress = window.findChild<QProgressDialog *>(QStringLiteral("ankiImportProgress"))) && progress->isVisible());
        QCOMPARE(progress->maximum(), 40);
        QTRY_COMPARE(progress->value(), stopAt);
        auto *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel && cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        clicked = true;
    });
    QVERIFY(AnkiFlow::importDeck(&window, decks).isEmpty());
    QVERIFY(clicked);
    QCOMPARE(lastDone.load(), stopAt); // stopped before the next card
    QCOMPARE(QDir(decks).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    const QString ours = QCoreApplication::applicationName() + QLatin1Char('*'); // QTemporaryDir's names
    QCOMPARE(QDir(temp).entryList({ours}, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    QCOMPARE(Dialogs::lastMessage(), QStringLiteral("before the import")); // cancelled: nothing to say
    QVERIFY(!window.findChild<QProgressDialog *>()); // gone with the import
}

QTEST_MAIN(TestAnkiFlow)
#include "tst_ankiflow.moc"
