#include "nextframe.h"

#include <QPainter>
#include <QTest>
#include <QWidget>

using namespace DeepDive;

namespace {
// A window that remembers the text it painted last.
class Canvas : public QWidget
{
public:
    QString text = QStringLiteral("before");
    QString painted;
    int paints = 0;

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter(this).drawText(rect(), text);
        painted = text;
        ++paints;
    }
};

// On screen and painted once, as the window is before a change.
bool shownAndPainted(Canvas &window)
{
    window.resize(200, 100);
    window.show();
    return QTest::qWaitForWindowExposed(&window) && QTest::qWaitFor([&window] { return window.paints > 0; });
}
} // namespace

// Work split from a change so that the change is painted first (the window's topic after new decks, a session's first
// card after "Starting a session…"): it runs after the window's next frame, never in the same turn, and not forever
// later when no frame comes.
class TestNextFrame : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void work_runsAfterTheChangeBeforeItIsPainted();
    void hiddenWindow_runsTheWorkAtTheNextTurn();
    void windowThatPaintsNothing_runsTheWorkAtTheLatest();
};

void TestNextFrame::work_runsAfterTheChangeBeforeItIsPainted()
{
    Canvas window;
    QVERIFY(shownAndPainted(window));
    NextFrame next(&window, 60'000);
    QStringList seen;
    window.text = QStringLiteral("after");
    window.update();
    next.then([&] { seen.append(QStringLiteral("first saw ") + window.painted); });
    next.then([&] { seen.append(QStringLiteral("second saw ") + window.painted); });
    QVERIFY(seen.isEmpty());
    QVERIFY(next.isPending());
    QTRY_COMPARE(seen, QStringList({QStringLiteral("first saw after"), QStringLiteral("second saw after")}));
    QVERIFY(!next.isPending());
}

void TestNextFrame::hiddenWindow_runsTheWorkAtTheNextTurn()
{
    Canvas window;
    NextFrame next(&window, 60'000);
    bool ran = false;
    next.then([&] { ran = true; });
    QVERIFY(!ran);
    QTRY_VERIFY(ran); // long before the minute
    QCOMPARE(window.paints, 0);
}

void TestNextFrame::windowThatPaintsNothing_runsTheWorkAtTheLatest()
{
    Canvas window;
    QVERIFY(shownAndPainted(window));
    NextFrame next(&window, 50);
    bool ran = false;
    next.then([&] { ran = true; });
    QVERIFY(!ran);
    QTRY_VERIFY(ran);
    QVERIFY(!next.isPending());
}

QTEST_MAIN(TestNextFrame)
#include "tst_nextframe.moc"
