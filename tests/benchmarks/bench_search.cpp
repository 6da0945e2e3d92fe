// Search latency per keystroke on the 10,000-topic deck: each word is typed into the real search dialog one key at
// a time; a sample is the key press through the query, the result list and its repaint.
#include "benchsupport.h"
#include "decklibrary.h"
#include "searchdialog.h"
#include "searchindex.h"

#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace DeepDive;

class BenchSearch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void keystrokes();
    void query_data();
    void query();

private:
    QTemporaryDir m_dir;
    SearchIndex m_index;
};

void BenchSearch::initTestCase()
{
    const QString folder = Bench::benchDeck();
    QVERIFY2(!folder.isEmpty(), "set DEEPDIVE_BENCH_DECK to a deck made by make_deck.py");
    QList<Diagnostic> problems;
    const std::optional<Deck> deck = DeckLibrary::readAndIndex(folder, m_dir.filePath(QStringLiteral("cache")), &problems);
    QVERIFY(deck);
    const QString file = m_dir.filePath(QStringLiteral("search.db"));
    QString error;
    QElapsedTimer build;
    build.start();
    QVERIFY2(m_index.open(file, &error), qPrintable(error));
    QVERIFY2(SearchIndex::build(file, {*deck}, &error), qPrintable(error));
    Bench::result("search_index_build", QStringLiteral("topics=%1 ms=%2").arg(deck->topics.size()).arg(build.elapsed()));
}

void BenchSearch::keystrokes()
{
    SearchDialog dialog(&m_index);
    dialog.setReady(true);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QStringList words{QStringLiteral("coroutine"), QStringLiteral("descriptor"), QStringLiteral("queryset"),
                            QStringLiteral("garbage collector"), QStringLiteral("metaclass"), QStringLiteral("prefetch"),
                            QStringLiteral("transaction signal"), QStringLiteral("pydantic model"), QStringLiteral("iterator"),
                            QStringLiteral("mutable default"), QStringLiteral("context manager"), QStringLiteral("benchmark")};
    QList<double> samples;
    for (int round = 0; round < 3; ++round) {
        for (const QString &word : words) {
            dialog.field()->clear();
            QCoreApplication::processEvents();
            for (const QChar c : word) {
                QElapsedTimer t;
                t.start();
                QTest::keyClick(dialog.field(), c.toLatin1());
                QCoreApplication::processEvents(); // the list repaints
                samples.append(t.nsecsElapsed() / 1e6);
            }
            QVERIFY2(dialog.findChild<QListWidget *>(QStringLiteral("searchResults"))->count() > 0, qPrintable(word));
        }
    }
    Bench::latencies("search_keystroke", samples, 95);
}

void BenchSearch::query_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("two letters") << QStringLiteral("co");
    QTest::newRow("prefix") << QStringLiteral("corou");
    QTest::newRow("two words") << QStringLiteral("garbage coll");
}

// The index query alone, for QBENCHMARK's own statistics.
void BenchSearch::query()
{
    QFETCH(QString, text);
    QBENCHMARK {
        const QList<SearchHit> hits = m_index.search(text);
        QVERIFY(!hits.isEmpty());
    }
}

QTEST_MAIN(BenchSearch)
#include "bench_search.moc"
