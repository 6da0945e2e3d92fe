#include "contrast.h"
#include "noticebar.h"

#include <QLabel>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

using namespace DeepDive;

using Test::contrast;

namespace {
// A bar at the top of `window`, as the main window has it.
NoticeBar *barAtTheTop(QWidget &window)
{
    auto *layout = new QVBoxLayout(&window);
    auto *bar = new NoticeBar(&window);
    layout->addWidget(bar);
    layout->addStretch();
    return bar;
}
} // namespace

// The message across the top of the window (a damaged database set aside, a read-only data folder): made with the
// first notice, shown while there is one, dismissed with its button, readable on a light and a dark window, and
// wrapped at the window's width, however long the notice or its language.
class TestNoticeBar : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void beforeAnyNotice_hiddenAndEmpty_andAnEmptyNoticeBuildsNothing();
    void showNotice_showsAndDescribesTheText_anEmptyOneHidesIt();
    void dismiss_hidesTheBar_untilTheNextNotice();
    void colours_readWellOnALightAndADarkWindow_data();
    void colours_readWellOnALightAndADarkWindow();
    void longNotice_wrapsAtNarrowWidths_withNothingCut_data();
    void longNotice_wrapsAtNarrowWidths_withNothingCut();
};

void TestNoticeBar::beforeAnyNotice_hiddenAndEmpty_andAnEmptyNoticeBuildsNothing()
{
    QWidget window;
    auto *bar = new NoticeBar(&window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!bar->isVisible());
    QVERIFY(bar->text().isEmpty());
    QVERIFY(bar->findChildren<QWidget *>().isEmpty()); // most starts have no notice: nothing is made for one
    bar->showNotice(QString());
    QVERIFY(!bar->isVisible());
    QVERIFY(bar->findChildren<QWidget *>().isEmpty());
}

void TestNoticeBar::showNotice_showsAndDescribesTheText_anEmptyOneHidesIt()
{
    QWidget window;
    NoticeBar *bar = barAtTheTop(window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString first = QStringLiteral("Your progress database could not be used (file is not a database).");
    bar->showNotice(first);
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->text(), first);
    QCOMPARE(bar->accessibleDescription(), first); // a screen reader hears it with the bar
    auto *label = bar->findChild<QLabel *>(QStringLiteral("noticeText"));
    QVERIFY(label && label->isVisible());
    QCOMPARE(label->text(), first);
    auto *close = bar->findChild<QToolButton *>(QStringLiteral("noticeClose"));
    QVERIFY(close && close->isVisible());
    QVERIFY(!close->accessibleName().isEmpty());

    // A second notice replaces the first in the same bar.
    const QString second = QStringLiteral("Today's backup could not be made: disk full");
    bar->showNotice(second);
    QCOMPARE(bar->text(), second);
    QCOMPARE(bar->findChildren<QLabel *>(QStringLiteral("noticeText")).size(), 1);
    QVERIFY(bar->isVisible());

    bar->showNotice(QString()); // nothing more to say
    QVERIFY(!bar->isVisible());
    QVERIFY(bar->text().isEmpty());
}

void TestNoticeBar::dismiss_hidesTheBar_untilTheNextNotice()
{
    QWidget window;
    NoticeBar *bar = barAtTheTop(window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    bar->showNotice(QStringLiteral("The data folder is read-only."));
    QVERIFY(bar->isVisible());
    auto *close = bar->findChild<QToolButton *>(QStringLiteral("noticeClose"));
    QTest::mouseClick(close, Qt::LeftButton);
    QVERIFY(!bar->isVisible());
    QCOMPARE(bar->text(), QStringLiteral("The data folder is read-only.")); // dismissed, not forgotten
    bar->showNotice(QStringLiteral("Today's backup could not be made: disk full"));
    QVERIFY(bar->isVisible());
}

void TestNoticeBar::colours_readWellOnALightAndADarkWindow_data()
{
    QTest::addColumn<QColor>("window");
    QTest::addColumn<QColor>("text");
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << QColor(0xef, 0xef, 0xef) << QColor(Qt::black) << false;
    QTest::newRow("dark") << QColor(0x2b, 0x2d, 0x30) << QColor(0xe6, 0xe6, 0xe6) << true;
}

void TestNoticeBar::colours_readWellOnALightAndADarkWindow()
{
    QFETCH(QColor, window);
    QFETCH(QColor, text);
    QFETCH(bool, dark);
    QWidget parent;
    QPalette palette = parent.palette();
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    parent.setPalette(palette);
    auto *layout = new QVBoxLayout(&parent);
    auto *bar = new NoticeBar(&parent);
    layout->addWidget(bar);
    parent.show();
    bar->showNotice(QStringLiteral("The data folder is read-only."));
    const QColor background = bar->palette().color(QPalette::Window);
    const auto *label = bar->findChild<QLabel *>(QStringLiteral("noticeText"));
    const QColor foreground = label->palette().color(QPalette::WindowText);
    QVERIFY(bar->autoFillBackground()); // the bar stands out from the window
    QVERIFY(background != window);
    QCOMPARE(background.lightness() < 128, dark); // a dark window keeps a dark bar: no glaring stripe
    QVERIFY2(contrast(background, foreground) >= 7,
             qPrintable(QStringLiteral("%1 on %2").arg(foreground.name(), background.name())));
}

// A database notice names the file it set aside: a long path (one word that cannot wrap) in a long sentence.
void TestNoticeBar::longNotice_wrapsAtNarrowWidths_withNothingCut_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("width");
    const QString path = QStringLiteral("/home/learner/.local/share/deepdive/deepdive.db.damaged-2026-03-01");
    const QString english = QStringLiteral("Your progress database could not be used (file is not a database). It was "
                                           "kept as %1 and Deep Dive started a new one. You can bring back an earlier "
                                           "state with File > Restore Backup.").arg(path);
    const QString german = QStringLiteral("Ihre Fortschrittsdatenbank war nicht verwendbar (Datei ist keine "
                                          "Datenbank). Sie wurde als %1 aufbewahrt, und Deep Dive hat eine neue "
                                          "angelegt. Einen früheren Stand können Sie mit Datei > Sicherung "
                                          "wiederherstellen zurückholen.").arg(path);
    QTest::newRow("English, 640") << english << 640;
    QTest::newRow("German, 640") << german << 640;
    QTest::newRow("German, 420") << german << 420;
}

void TestNoticeBar::longNotice_wrapsAtNarrowWidths_withNothingCut()
{
    QFETCH(QString, text);
    QFETCH(int, width);
    QWidget window;
    NoticeBar *bar = barAtTheTop(window);
    bar->showNotice(text);
    window.resize(width, 400);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *label = bar->findChild<QLabel *>(QStringLiteral("noticeText"));
    auto *close = bar->findChild<QToolButton *>(QStringLiteral("noticeClose"));
    // The window keeps the width it was given: even the path wraps (after its slashes and hyphens).
    QTRY_COMPARE(window.width(), width);
    QVERIFY2(window.minimumSizeHint().width() <= width,
             qPrintable(QStringLiteral("the notice asks for %1 px").arg(window.minimumSizeHint().width())));
    QVERIFY(label->width() >= label->minimumSizeHint().width()); // its longest unbreakable piece is whole
    const QFontMetrics fm(label->font());
    // Wrapped onto several lines, every one of them shown.
    const int needed = label->heightForWidth(label->width());
    QVERIFY2(label->height() >= needed,
             qPrintable(QStringLiteral("%1 px high for %2 px of text").arg(label->height()).arg(needed)));
    QVERIFY(label->height() >= 3 * fm.lineSpacing());
    // Within the bar, and the bar within the window; the button is not pushed out.
    QVERIFY(label->geometry().right() < close->geometry().left());
    QVERIFY(close->geometry().right() <= bar->contentsRect().right());
    QVERIFY(bar->geometry().right() <= window.rect().right());
}

QTEST_MAIN(TestNoticeBar)
#include "tst_noticebar.moc"
