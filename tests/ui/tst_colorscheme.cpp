#include "colorscheme.h"
#include "contrast.h"

#include <QApplication>
#include <QLineEdit>
#include <QStyle>
#include <QTest>

using namespace DeepDive;

using Test::contrast;

// View > Appearance: "dark" and "light" give the whole application a palette (with Fusion, which draws every widget
// from it), "system" brings back the style and palette the application started with, whatever came between.
// The application's style and palette are global: the slots run in order, from the state at start.
class TestColorScheme : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void dark_reachesEveryWidget_andReads();
    void light_isFusionsOwnLightPalette();
    void system_bringsBackTheStartingStyleAndPalette_afterAnyScheme();
    void isDark_followsTheApplicationsPalette();

private:
    QString m_startStyle;
    QPalette m_startPalette;
};

void TestColorScheme::initTestCase()
{
    m_startStyle = QApplication::style()->name();
    m_startPalette = QApplication::palette();
    QVERIFY(!ColorScheme::isDark()); // the offscreen platform's palette is light
}

void TestColorScheme::dark_reachesEveryWidget_andReads()
{
    QWidget window;
    auto *existing = new QLineEdit(&window); // made before the switch: it follows too
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ColorScheme::apply(QStringLiteral("dark"));
    QVERIFY(ColorScheme::isDark());
    QCOMPARE(QApplication::style()->name(), QStringLiteral("fusion"));
    auto *later = new QLineEdit(&window);
    for (const QWidget *widget : QList<const QWidget *>{existing, later, &window}) {
        QTRY_VERIFY(widget->palette().color(QPalette::Base).lightness() < 64);
        QVERIFY(widget->palette().color(QPalette::Window).lightness() < 64);
        QCOMPARE(widget->style()->name(), QStringLiteral("fusion"));
    }
    const QPalette p = QApplication::palette();
    // Text reads on every background it is drawn on (WCAG AA: 4.5 to 1).
    const QList<std::pair<QPalette::ColorRole, QPalette::ColorRole>> pairs{
        {QPalette::Text, QPalette::Base},          {QPalette::Text, QPalette::AlternateBase},
        {QPalette::WindowText, QPalette::Window},  {QPalette::ButtonText, QPalette::Button},
        {QPalette::ToolTipText, QPalette::ToolTipBase}, {QPalette::Link, QPalette::Base},
        {QPalette::PlaceholderText, QPalette::Base},
    };
    for (const auto &[text, background] : pairs) {
        QVERIFY2(contrast(p.color(text), p.color(background)) >= 4.5,
                 qPrintable(QStringLiteral("%1 on %2").arg(p.color(text).name(), p.color(background).name())));
    }
    // Selected text stands out from its highlight, and the highlight from the list around it.
    QVERIFY(contrast(p.color(QPalette::HighlightedText), p.color(QPalette::Highlight)) >= 3);
    QVERIFY(contrast(p.color(QPalette::Highlight), p.color(QPalette::Base)) >= 3);
    // Disabled text is dimmer than enabled text, yet still there.
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        const QColor enabled = p.color(QPalette::Active, role);
        const QColor disabled = p.color(QPalette::Disabled, role);
        QVERIFY(disabled.lightness() < enabled.lightness());
        QVERIFY(contrast(disabled, p.color(QPalette::Window)) >= 2.5);
    }
}

void TestColorScheme::light_isFusionsOwnLightPalette()
{
    ColorScheme::apply(QStringLiteral("light")); // from dark
    QVERIFY(!ColorScheme::isDark());
    QCOMPARE(QApplication::style()->name(), QStringLiteral("fusion"));
    const QPalette p = QApplication::palette();
    const QPalette fusion = QApplication::style()->standardPalette();
    QCOMPARE(p.color(QPalette::Window), fusion.color(QPalette::Window));
    QCOMPARE(p.color(QPalette::Base), fusion.color(QPalette::Base));
    QVERIFY(contrast(p.color(QPalette::Text), p.color(QPalette::Base)) >= 4.5);
}

void TestColorScheme::system_bringsBackTheStartingStyleAndPalette_afterAnyScheme()
{
    for (const QString &scheme : {QStringLiteral("dark"), QStringLiteral("light"), QStringLiteral("dark")}) {
        ColorScheme::apply(scheme);
        ColorScheme::apply(QStringLiteral("system"));
        QCOMPARE(QApplication::style()->name(), m_startStyle);
        for (const auto role :
             {QPalette::Window, QPalette::WindowText, QPalette::Base, QPalette::Text, QPalette::Highlight})
            QCOMPARE(QApplication::palette().color(role), m_startPalette.color(role));
        QVERIFY(!ColorScheme::isDark());
    }
    // And "system" twice, or after itself, changes nothing.
    ColorScheme::apply(QStringLiteral("system"));
    QCOMPARE(QApplication::style()->name(), m_startStyle);
    QCOMPARE(QApplication::palette().color(QPalette::Window), m_startPalette.color(QPalette::Window));
}

void TestColorScheme::isDark_followsTheApplicationsPalette()
{
    QPalette palette = QApplication::palette();
    palette.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    QApplication::setPalette(palette); // as a desktop's dark theme sets it
    QVERIFY(ColorScheme::isDark());
    palette.setColor(QPalette::Window, QColor(0x90, 0x90, 0x90));
    QApplication::setPalette(palette);
    QVERIFY(!ColorScheme::isDark());
    QApplication::setPalette(m_startPalette);
}

QTEST_MAIN(TestColorScheme)
#include "tst_colorscheme.moc"
