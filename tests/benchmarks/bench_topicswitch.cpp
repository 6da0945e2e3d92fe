// Topic switch on the 10,000-topic deck: Alt+Down in the real window, through the topic's file being read, its notes
// rendered and its code highlighted, to the repainted window. The topics are new each time (none read before).
#include "benchsupport.h"
#include "codeeditor.h"
#include "codepane.h"
#include "decklibrary.h"
#include "highlighting.h"
#include "mainwindow.h"
#include "settings.h"
#include "userdata.h"

#include <QApplication>
#include <QSyntaxHighlighter>
#include <QTemporaryDir>
#include <QTest>

using namespace DeepDive;

class BenchTopicSwitch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void switches();
};

void BenchTopicSwitch::switches()
{
    const QString folder = Bench::benchDeck();
    QVERIFY2(!folder.isEmpty(), "set DEEPDIVE_BENCH_DECK to a deck made by make_deck.py");
    QTemporaryDir dir;
    QList<Diagnostic> problems;
    DeckLibrary library({QStringLiteral(":/content/python"), folder}, dir.filePath(QStringLiteral("cache")));
    QList<Deck> decks = library.initial(&problems);
    const std::optional<Deck> big = DeckLibrary::readAndIndex(folder, dir.filePath(QStringLiteral("cache")), &problems);
    QVERIFY(big);
    decks.append(*big);
    UserData data;
    QVERIFY2(data.open(dir.filePath(QStringLiteral("deepdive.db")), dir.filePath(QStringLiteral("backups"))), qPrintable(data.database.notice()));
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(&settings, &data);
    window.setDecks(decks);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(Highlighting::load());
    QVERIFY(window.selectTopic({big->id, big->topics[0].id}));
    QCoreApplication::processEvents();
    QList<double> samples;
    for (int i = 0; i < 300; ++i) {
        const QString before = window.currentTopic()->id;
        QElapsedTimer t;
        t.start();
        QTest::keyClick(&window, Qt::Key_Down, Qt::AltModifier);
        QCoreApplication::processEvents(); // the window repaints
        samples.append(t.nsecsElapsed() / 1e6);
        QVERIFY(window.currentTopic()->id != before);
        QVERIFY(window.codePane()->editor()->highlighter());
        QVERIFY(!window.codePane()->editor()->toPlainText().isEmpty());
    }
    Bench::latencies("topic_switch", samples, 95);
}

QTEST_MAIN(BenchTopicSwitch)
#include "bench_topicswitch.moc"
