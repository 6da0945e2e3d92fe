#include "deckproblemsview.h"

#include <QLabel>
#include <QListWidget>
#include <QTest>

using namespace DeepDive;

// The decks' problems: listed while there are any, each opened at its line.
class TestDeckProblemsView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listsProblems_opensAtTheLine_hidesWhenNoneAreLeft();
};

void TestDeckProblemsView::listsProblems_opensAtTheLine_hidesWhenNoneAreLeft()
{
    QWidget window;
    auto *view = new DeckProblemsView(&window);
    window.show();
    QVERIFY(!view->isVisible());
    QList<std::pair<QString, int>> opened;
    view->setOpener([&opened](const QString &file, int line) {
        opened.append({file, line});
        return true;
    });
    view->setProblems({{QStringLiteral("/d/s/2.md"), 12, QStringLiteral("unknown card type “riddle”")},
                       {QStringLiteral("/d/s/3.md"), 4, QStringLiteral("a topic needs a title")}});
    QVERIFY(view->isVisible());
    QCOMPARE(view->list()->count(), 2);
    QVERIFY(view->list()->item(0)->text().contains(QStringLiteral("2.md:12")));
    QVERIFY(view->findChild<QLabel *>()->text().contains(QStringLiteral("(2)")));
    view->list()->setCurrentRow(1);
    QTest::keyClick(view->list(), Qt::Key_Return);
    QCOMPARE(opened, (QList<std::pair<QString, int>>{{QStringLiteral("/d/s/3.md"), 4}}));
    view->setProblems({});
    QVERIFY(!view->isVisible());
}

QTEST_MAIN(TestDeckProblemsView)
#include "tst_deckproblemsview.moc"
