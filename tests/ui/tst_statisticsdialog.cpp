#include "statisticsdialog.h"
#include "translations.h"

#include <QApplication>
#include <QLabel>
#include <QTest>
#include <QTranslator>

using namespace DeepDive;

// In German at a laptop's width, the interview heading was cut ("5. Januar 202") and the day labels clipped ("+13").
class TestStatisticsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        Translations::install(qApp, QLocale(QLocale::German));
        QLocale::setDefault(QLocale(QLocale::German));
    }
    void narrowAndGerman_nothingIsCut();
};

void TestStatisticsDialog::narrowAndGerman_nothingIsCut()
{
    Statistics statistics;
    statistics.sectionMastery = {{QStringLiteral("Nebenläufigkeit"), 0.4}};
    statistics.sectionForecast = {{QStringLiteral("Nebenläufigkeit"), 0.3}};
    statistics.weakestForecast = {{QStringLiteral("Der GIL"), 0.2}};
    statistics.dueForecast = QList<int>(14, 3);
    statistics.dueForecast[13] = 13;
    StatisticsDialog dialog(statistics, QDate(2027, 1, 5));
    dialog.resize(420, 700);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    bool sawInterview = false;
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().isEmpty())
            continue;
        sawInterview = sawInterview || label->text().contains(QStringLiteral("5. Januar 2027"));
        // Either it wraps, or its whole text fits on the line it has.
        QVERIFY2(label->wordWrap() || label->fontMetrics().horizontalAdvance(label->text()) <= label->contentsRect().width(),
                 qPrintable(label->text()));
        if (label->wordWrap())
            QVERIFY2(label->height() >= label->heightForWidth(label->width()), qPrintable(label->text()));
    }
    QVERIFY(sawInterview);
    auto *days = dialog.findChild<DayBars *>();
    QVERIFY(days);
    const int slot = days->width() / 14;
    const int step = days->labelStep();
    for (int i = 0; i < 14; i += step)
        QVERIFY2(days->fontMetrics().horizontalAdvance(days->dayLabel(i)) <= slot * step,
                 qPrintable(QStringLiteral("%1 in %2 px").arg(days->dayLabel(i)).arg(slot * step)));
    QCOMPARE(days->dayLabel(0), QStringLiteral("heute"));
}

QTEST_MAIN(TestStatisticsDialog)
#include "tst_statisticsdialog.moc"
