#include "emptyfilterhint.h"
#include "testsupport.h"
#include "topicfiltermodel.h"
#include "topicmodel.h"
#include "translations.h"

#include <QApplication>
#include <QScopeGuard>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

using namespace DeepDive;

// The words over an empty topic tree: why the filter shows nothing and what to do, one text per filter; shown when
// the filtered model has no rows and hidden as soon as it has some (rows arriving, removed, or a new model), always
// covering the tree's viewport, and wrapped inside a narrow tree in English and German.
class TestEmptyFilterHint : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void allTopicsListed_noHint();
    void emptyFilter_saysWhyInItsOwnWords_overTheWholeTree_data();
    void emptyFilter_saysWhyInItsOwnWords_overTheWholeTree();
    void noDeck_saysWhereDecksGo();
    void rowsArrivingAndLeaving_hideAndShowItWithoutBeingAsked();
    void newDecks_hideIt();
    void treeResized_theHintFollows();
    void narrowTree_theHintWrapsWithNothingCut_data();
    void narrowTree_theHintWrapsWithNothingCut();

private:
    void useLanguage(const QLocale &locale);
    // Progress on every topic with cards: none of them new any more.
    void startEveryTopic();

    std::unique_ptr<TopicModel> m_model;
    std::unique_ptr<TopicFilterModel> m_filter;
    std::unique_ptr<QTreeView> m_tree;
    EmptyFilterHint *m_hint = nullptr;
};

void TestEmptyFilterHint::init()
{
    m_model = std::make_unique<TopicModel>();
    m_model->setDecks(Test::sampleDecks()); // no progress yet: nothing bookmarked, weak, due or new
    m_filter = std::make_unique<TopicFilterModel>();
    m_filter->setSourceModel(m_model.get());
    m_tree = std::make_unique<QTreeView>();
    m_tree->setModel(m_filter.get());
    m_tree->setHeaderHidden(true); // as the sidebar has it
    m_tree->resize(260, 400);
    m_hint = new EmptyFilterHint(m_tree.get(), m_filter.get());
    m_tree->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_tree.get()));
}

void TestEmptyFilterHint::cleanup()
{
    m_tree.reset();
    m_filter.reset();
    m_model.reset();
}

void TestEmptyFilterHint::useLanguage(const QLocale &locale)
{
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    Translations::install(qApp, locale);
}

void TestEmptyFilterHint::startEveryTopic()
{
    QHash<QString, TopicStats> stats;
    for (const Topic &topic : Test::sampleDeck().topics) {
        TopicStats started;
        started.cards = int(topic.cardCount());
        stats.insert(topicKey(QStringLiteral("sample"), topic.id), started);
    }
    m_model->setStats(stats);
}

void TestEmptyFilterHint::allTopicsListed_noHint()
{
    QVERIFY(m_filter->rowCount() > 0);
    QVERIFY(!m_hint->isVisible());
    QCOMPARE(m_hint->parentWidget(), m_tree->viewport());
}

void TestEmptyFilterHint::emptyFilter_saysWhyInItsOwnWords_overTheWholeTree_data()
{
    QTest::addColumn<int>("filter");
    QTest::addColumn<QString>("start");
    QTest::newRow("bookmarked") << int(TopicFilterModel::Bookmarked) << QStringLiteral("No bookmarked topics yet.");
    QTest::newRow("weak") << int(TopicFilterModel::Weak) << QStringLiteral("No weak topics");
    QTest::newRow("due") << int(TopicFilterModel::Due) << QStringLiteral("Nothing is due today.");
    QTest::newRow("new") << int(TopicFilterModel::New) << QStringLiteral("Every topic has been started");
}

void TestEmptyFilterHint::emptyFilter_saysWhyInItsOwnWords_overTheWholeTree()
{
    QFETCH(int, filter);
    QFETCH(QString, start);
    startEveryTopic();
    m_filter->setFilter(TopicFilterModel::Filter(filter));
    m_hint->refresh();
    QCOMPARE(m_filter->rowCount(), 0);
    QVERIFY(m_hint->isVisible());
    QVERIFY2(m_hint->text().startsWith(start), qPrintable(m_hint->text()));
    QCOMPARE(m_hint->geometry(), m_tree->viewport()->rect());
    QVERIFY(m_hint->wordWrap());
    // From one empty filter to another, each says its own.
    const auto other = filter == TopicFilterModel::Due ? TopicFilterModel::Weak : TopicFilterModel::Due;
    m_filter->setFilter(other);
    m_hint->refresh();
    QVERIFY(m_hint->isVisible());
    QVERIFY2(!m_hint->text().startsWith(start), qPrintable(m_hint->text()));
    // Back to all topics: the tree has rows and the hint goes.
    m_filter->setFilter(TopicFilterModel::All);
    m_hint->refresh();
    QVERIFY(!m_hint->isVisible());
}

void TestEmptyFilterHint::noDeck_saysWhereDecksGo()
{
    TopicModel empty;
    TopicFilterModel filter;
    filter.setSourceModel(&empty);
    QTreeView tree;
    tree.setModel(&filter);
    EmptyFilterHint hint(&tree, &filter);
    tree.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tree));
    QVERIFY(hint.isVisible()); // from the start, without a refresh
    QVERIFY2(hint.text().startsWith(QStringLiteral("No deck is loaded.")), qPrintable(hint.text()));
    QVERIFY(hint.text().contains(QStringLiteral("--content")));
    // A deck arrives: the tree fills and the hint goes.
    empty.setDecks(Test::sampleDecks());
    QVERIFY(filter.rowCount() > 0);
    QVERIFY(!hint.isVisible());
}

void TestEmptyFilterHint::rowsArrivingAndLeaving_hideAndShowItWithoutBeingAsked()
{
    m_filter->setFilter(TopicFilterModel::Due);
    m_hint->refresh();
    QVERIFY(m_hint->isVisible());
    // An answer makes a card due: the filter lists its topic (with its section), and the hint goes by itself.
    TopicStats due;
    due.cards = 1;
    due.due = 1;
    m_model->setTopicStats(QStringLiteral("sample/loops"), due);
    QCOMPARE(m_filter->rowCount(), 1);
    QVERIFY(!m_hint->isVisible());
    // Done with it: nothing is due again, and the hint is back.
    m_model->setTopicStats(QStringLiteral("sample/loops"), TopicStats{});
    QCOMPARE(m_filter->rowCount(), 0);
    QVERIFY(m_hint->isVisible());
    QVERIFY2(m_hint->text().startsWith(QStringLiteral("Nothing is due today.")), qPrintable(m_hint->text()));
    QCOMPARE(m_hint->geometry(), m_tree->viewport()->rect());
}

void TestEmptyFilterHint::newDecks_hideIt()
{
    m_filter->setFilter(TopicFilterModel::Bookmarked);
    m_hint->refresh();
    QVERIFY(m_hint->isVisible());
    QHash<QString, TopicStats> stats;
    TopicStats bookmarked;
    bookmarked.bookmarked = true;
    stats.insert(QStringLiteral("sample/identity"), bookmarked);
    m_model->setStats(stats);
    QVERIFY(m_filter->rowCount() > 0);
    QVERIFY(!m_hint->isVisible());
    // Decks read again (a reset), this time without the bookmark's progress: empty once more.
    m_model->setDecks(Test::sampleDecks());
    m_model->setStats({});
    QCOMPARE(m_filter->rowCount(), 0);
    QVERIFY(m_hint->isVisible());
    QVERIFY2(m_hint->text().startsWith(QStringLiteral("No bookmarked topics yet.")), qPrintable(m_hint->text()));
}

void TestEmptyFilterHint::treeResized_theHintFollows()
{
    m_filter->setFilter(TopicFilterModel::Weak);
    m_hint->refresh();
    QVERIFY(m_hint->isVisible());
    for (const QSize size : {QSize(400, 600), QSize(190, 250)}) {
        m_tree->resize(size);
        QTRY_COMPARE(m_tree->viewport()->size(), size - QSize(2 * m_tree->frameWidth(), 2 * m_tree->frameWidth()));
        QCOMPARE(m_hint->geometry(), m_tree->viewport()->rect());
    }
}

void TestEmptyFilterHint::narrowTree_theHintWrapsWithNothingCut_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("filter");
    for (const char *language : {"en", "de"}) {
        QTest::addRow("%s, no deck", language) << QString::fromLatin1(language) << int(TopicFilterModel::All);
        QTest::addRow("%s, bookmarked", language) << QString::fromLatin1(language) << int(TopicFilterModel::Bookmarked);
        QTest::addRow("%s, weak", language) << QString::fromLatin1(language) << int(TopicFilterModel::Weak);
        QTest::addRow("%s, due", language) << QString::fromLatin1(language) << int(TopicFilterModel::Due);
        QTest::addRow("%s, new", language) << QString::fromLatin1(language) << int(TopicFilterModel::New);
    }
}

// The sidebar's tree is at least 180 px wide (its minimum) and, in a short window, about 300 px high.
void TestEmptyFilterHint::narrowTree_theHintWrapsWithNothingCut()
{
    QFETCH(QString, language);
    QFETCH(int, filter);
    if (filter == TopicFilterModel::All)
        m_model->setDecks({});
    startEveryTopic();
    m_filter->setFilter(TopicFilterModel::Filter(filter));
    m_tree->resize(180, 300);
    m_hint->refresh();
    const QString english = m_hint->text();
    useLanguage(QLocale(language));
    const auto backToEnglish = qScopeGuard([this] { useLanguage(QLocale(QLocale::English)); });
    m_hint->refresh();
    QTRY_COMPARE(m_hint->geometry(), m_tree->viewport()->rect());
    QVERIFY(m_hint->isVisible());
    if (language == QLatin1String("de"))
        QVERIFY2(m_hint->text() != english, qPrintable(m_hint->text())); // the translation
    // Every word fits on a line, and all the lines fit in the tree.
    const QFontMetrics fm(m_hint->font());
    const int lineWidth = m_hint->contentsRect().width() - 2 * m_hint->margin();
    for (const QString &word : m_hint->text().split(QLatin1Char(' '), Qt::SkipEmptyParts))
        QVERIFY2(fm.horizontalAdvance(word) <= lineWidth,
                 qPrintable(QStringLiteral("“%1” in %2 px").arg(word).arg(lineWidth)));
    const int needed = m_hint->heightForWidth(m_hint->width());
    QVERIFY2(needed <= m_hint->height(),
             qPrintable(QStringLiteral("%1 px of text in %2 px").arg(needed).arg(m_hint->height())));
}

QTEST_MAIN(TestEmptyFilterHint)
#include "tst_emptyfilterhint.moc"
