#include "ankiexportdialog.h"
#include "translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QTest>
#include <QTimer>
#include <QTranslator>

using namespace DeepDive;

using Scope = ExportDialog::ScopeButtons::Scope;

// File > Export for Anki: which topics (the scopes of the PDF export; the whole deck unless several topics are
// selected) and whether the schedule goes along (off unless asked); ask() answers from a choice a test set in
// advance, once, and otherwise from the dialog, nothing when it is cancelled. Its long notes wrap, in German too.
class TestAnkiExportDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultScope_theWholeDeck_unlessSeveralTopicsAreSelected_data();
    void defaultScope_theWholeDeck_unlessSeveralTopicsAreSelected();
    void eachScope_reachesTheChoice_data();
    void eachScope_reachesTheChoice();
    void schedule_offUntilChecked_byKeyOrMnemonic();
    void ask_takesTheAnswerSetInAdvance_once();
    void ask_okGivesWhatWasChosen_escapeGivesNothing();
    void narrowAndGerman_theNotesWrap_andNothingIsCut();

private:
    static QRadioButton *scope(const QDialog &dialog, Scope id)
    {
        return dialog.findChild<QRadioButton *>(QStringLiteral("ankiScope%1").arg(int(id)));
    }
    // Runs `answer` on the dialog ask() opens, once it is up.
    static void whenShown(const std::function<void(AnkiExportDialog *)> &answer, bool *shown = nullptr);
};

void TestAnkiExportDialog::whenShown(const std::function<void(AnkiExportDialog *)> &answer, bool *shown)
{
    QTimer::singleShot(0, qApp, [answer, shown] {
        auto *dialog = qobject_cast<AnkiExportDialog *>(QApplication::activeModalWidget());
        if (shown)
            *shown = dialog != nullptr;
        if (!dialog) {
            if (QWidget *other = QApplication::activeModalWidget())
                other->close();
            return;
        }
        answer(dialog);
    });
}

void TestAnkiExportDialog::defaultScope_theWholeDeck_unlessSeveralTopicsAreSelected_data()
{
    QTest::addColumn<QString>("current");
    QTest::addColumn<QStringList>("selected");
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QList<int>>("disabled");
    QTest::newRow("nothing open") << QString() << QStringList() << QString() << QStringLiteral("all")
                                  << QList<int>{Scope::Current, Scope::Selected, Scope::CurrentSection};
    const QString gil = QStringLiteral("gil");
    const QString threads = QStringLiteral("threads");
    QTest::newRow("a topic open") << gil << QStringList{gil} << threads << QStringLiteral("all")
                                  << QList<int>{Scope::Selected};
    QTest::newRow("several selected") << gil << QStringList{gil, QStringLiteral("asyncio")} << threads
                                      << QStringLiteral("topics:gil,asyncio") << QList<int>{};
}

void TestAnkiExportDialog::defaultScope_theWholeDeck_unlessSeveralTopicsAreSelected()
{
    QFETCH(QString, current);
    QFETCH(QStringList, selected);
    QFETCH(QString, section);
    QFETCH(QString, scope);
    QFETCH(QList<int>, disabled);
    ExportDialog::Context context;
    context.currentTopicId = current;
    context.selectedTopicIds = selected;
    context.currentSectionId = section;
    AnkiExportDialog dialog(context);
    QCOMPARE(dialog.choice().scope, scope);
    QVERIFY(!dialog.choice().withSchedule);
    for (int id = Scope::Current; id <= Scope::All; ++id) {
        QRadioButton *button = TestAnkiExportDialog::scope(dialog, Scope(id));
        QVERIFY(button);
        QCOMPARE(button->isEnabled(), !disabled.contains(id));
    }
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Export for Anki"));
}

void TestAnkiExportDialog::eachScope_reachesTheChoice_data()
{
    QTest::addColumn<int>("id");
    QTest::addColumn<QString>("scope");
    QTest::newRow("current") << int(Scope::Current) << QStringLiteral("topics:gil");
    QTest::newRow("selected") << int(Scope::Selected) << QStringLiteral("topics:gil,asyncio,tasks");
    QTest::newRow("section") << int(Scope::CurrentSection) << QStringLiteral("section:threads");
    QTest::newRow("bookmarked") << int(Scope::Bookmarked) << QStringLiteral("bookmarked");
    QTest::newRow("weak") << int(Scope::Weak) << QStringLiteral("weak");
    QTest::newRow("all") << int(Scope::All) << QStringLiteral("all");
}

void TestAnkiExportDialog::eachScope_reachesTheChoice()
{
    QFETCH(int, id);
    QFETCH(QString, scope);
    ExportDialog::Context context;
    context.currentTopicId = QStringLiteral("gil");
    context.selectedTopicIds = {QStringLiteral("gil"), QStringLiteral("asyncio"), QStringLiteral("tasks")};
    context.currentSectionId = QStringLiteral("threads");
    AnkiExportDialog dialog(context);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QRadioButton *button = TestAnkiExportDialog::scope(dialog, Scope(id));
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(6, button->height() / 2));
    QVERIFY(button->isChecked());
    QCOMPARE(dialog.choice().scope, scope);
    QVERIFY(button->text().contains(QLatin1Char('&'))); // each has its mnemonic
}

void TestAnkiExportDialog::schedule_offUntilChecked_byKeyOrMnemonic()
{
    AnkiExportDialog dialog{ExportDialog::Context()};
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *schedule = dialog.findChild<QCheckBox *>(QStringLiteral("ankiWithSchedule"));
    QVERIFY(schedule);
    QCOMPARE(schedule->accessibleName(), QStringLiteral("Include my schedule"));
    QVERIFY(!dialog.choice().withSchedule);
    schedule->setFocus();
    QTest::keyClick(schedule, Qt::Key_Space);
    QVERIFY(dialog.choice().withSchedule);
    // "Include my sc&hedule": a button's mnemonic clicks it, animated.
    QTest::keyClick(&dialog, Qt::Key_H, Qt::AltModifier);
    QTRY_VERIFY(!dialog.choice().withSchedule);
    QTest::keyClick(&dialog, Qt::Key_H, Qt::AltModifier);
    QTRY_VERIFY(dialog.choice().withSchedule);
    QCOMPARE(dialog.choice().scope, QStringLiteral("all")); // the schedule leaves the scope alone
}

void TestAnkiExportDialog::ask_takesTheAnswerSetInAdvance_once()
{
    QWidget parent;
    AnkiExportDialog::setNextChoice(AnkiExportDialog::Choice{QStringLiteral("weak"), true});
    bool shown = false;
    whenShown([](AnkiExportDialog *dialog) { dialog->reject(); }, &shown);
    const auto first = AnkiExportDialog::ask({}, &parent);
    QVERIFY(first);
    QCOMPARE(first->scope, QStringLiteral("weak"));
    QVERIFY(first->withSchedule);
    QCoreApplication::processEvents(); // the timer finds no dialog: none was shown
    QVERIFY(!shown);
    // Cancelled in advance: nothing, and still no dialog.
    AnkiExportDialog::setNextChoice(std::nullopt);
    whenShown([](AnkiExportDialog *dialog) { dialog->reject(); }, &shown);
    QVERIFY(!AnkiExportDialog::ask({}, &parent));
    QCoreApplication::processEvents();
    QVERIFY(!shown);
    // The answer was used up: the next ask() shows the dialog.
    whenShown([](AnkiExportDialog *dialog) { dialog->reject(); }, &shown);
    QVERIFY(!AnkiExportDialog::ask({}, &parent));
    QVERIFY(shown);
}

void TestAnkiExportDialog::ask_okGivesWhatWasChosen_escapeGivesNothing()
{
    QWidget parent;
    ExportDialog::Context context;
    context.currentTopicId = QStringLiteral("gil");
    QWidget *parentOfTheDialog = nullptr;
    whenShown([&parentOfTheDialog](AnkiExportDialog *dialog) {
        parentOfTheDialog = dialog->parentWidget();
        QTest::mouseClick(scope(*dialog, Scope::Bookmarked), Qt::LeftButton, {}, QPoint(6, 6));
        dialog->findChild<QCheckBox *>(QStringLiteral("ankiWithSchedule"))->click();
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    const auto chosen = AnkiExportDialog::ask(context, &parent);
    QCOMPARE(parentOfTheDialog, &parent); // over the window that asked
    QVERIFY(chosen);
    QCOMPARE(chosen->scope, QStringLiteral("bookmarked"));
    QVERIFY(chosen->withSchedule);
    bool shown = false;
    whenShown([](AnkiExportDialog *dialog) {
        dialog->findChild<QCheckBox *>(QStringLiteral("ankiWithSchedule"))->click();
        QTest::keyClick(dialog, Qt::Key_Escape);
    }, &shown);
    QVERIFY(!AnkiExportDialog::ask(context, &parent));
    QVERIFY(shown);
}

// In German the schedule's checkbox alone is some 500 px long, and the dialog no wider than it needs; the notes under
// it are longer still and must wrap there rather than widen the dialog, every line shown as the dialog opens.
void TestAnkiExportDialog::narrowAndGerman_theNotesWrap_andNothingIsCut()
{
    const auto useLanguage = [](const QLocale &locale) {
        for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        Translations::install(qApp, locale);
    };
    useLanguage(QLocale(QLocale::German));
    const auto english = qScopeGuard([&] { useLanguage(QLocale(QLocale::English)); });
    ExportDialog::Context context;
    context.currentTopicId = QStringLiteral("gil");
    context.selectedTopicIds = {QStringLiteral("gil"), QStringLiteral("asyncio")};
    context.currentSectionId = QStringLiteral("threads");
    AnkiExportDialog dialog(context);
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Für Anki exportieren"));
    dialog.show(); // at the size it takes for itself, as ask() shows it
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("ankiScheduleNote"));
    auto *schedule = dialog.findChild<QCheckBox *>(QStringLiteral("ankiWithSchedule"));
    const QFontMetrics fm(note->font());
    QTRY_VERIFY(dialog.width() >= dialog.minimumSizeHint().width());
    QVERIFY2(dialog.width() < fm.horizontalAdvance(note->text()) / 3,
             qPrintable(QStringLiteral("%1 px wide").arg(dialog.width()))); // the note wraps, many lines deep
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (!label->wordWrap())
            continue;
        const int needed = label->heightForWidth(label->width());
        QVERIFY2(label->height() >= needed, qPrintable(QStringLiteral("“%1…” is %2 px high for %3 px")
                                                           .arg(label->text().left(30))
                                                           .arg(label->height())
                                                           .arg(needed)));
        QVERIFY(label->geometry().right() <= dialog.contentsRect().right());
    }
    for (QAbstractButton *button : dialog.findChildren<QAbstractButton *>()) {
        if (!button->isVisible())
            continue;
        QVERIFY2(button->width() >= button->sizeHint().width(),
                 qPrintable(QStringLiteral("“%1” cut").arg(button->text())));
        QVERIFY(button->mapTo(&dialog, QPoint(button->width(), 0)).x() <= dialog.width());
    }
    QVERIFY(schedule->text().startsWith(QStringLiteral("Meinen")));
    // The note explains the box above it.
    QVERIFY(note->mapTo(&dialog, QPoint()).y() > schedule->mapTo(&dialog, QPoint()).y());
}

QTEST_MAIN(TestAnkiExportDialog)
#include "tst_ankiexportdialog.moc"
