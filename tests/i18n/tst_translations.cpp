#include "ankiexportdialog.h"
#include "bookmarklabels.h"
#include "deckloader.h"
#include "exportdialog.h"
#include "gettingstarteddialog.h"
#include "mainwindow.h"
#include "searchdialog.h"
#include "statisticsdialog.h"
#include "settings.h"
#include "shortcutsdialog.h"
#include "syncdialog.h"
#include "testsupport.h"
#include "testwindow.h"
#include "windowsync.h"
#include "translations.h"
#include "userdata.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>

using namespace DeepDive;

// The window in German and Spanish: every piece of the UI around the (English) deck is translated, mnemonics stay
// unique within each menu and dialog, plural forms follow the number, and Qt's own buttons speak the language too.
class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup();
    void window_isTranslated_data();
    void window_isTranslated();
    void mnemonics_areUniqueInEveryMenuAndDialog_data();
    void mnemonics_areUniqueInEveryMenuAndDialog();
    void plurals_followTheNumber_data();
    void plurals_followTheNumber();
    void qtStrings_areTranslated();
    void languageMenu_listsEveryTranslation();
    void unknownLanguage_staysEnglish();
    void bookmarkLabels_areStoredInEnglishAndShownTranslated();
};

namespace {

void removeTranslators()
{
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

using Window = Test::TestWindow;

// Widgets that show the deck's own (English) text, and menus that list names that are not ours to translate.
bool isContent(const QObject *object)
{
    static const QStringList names{QStringLiteral("topicTree"), QStringLiteral("topicSummary"), QStringLiteral("snippetTitle"),
                                   QStringLiteral("fixTitle"), QStringLiteral("snippetEditor"), QStringLiteral("fixEditor"),
                                   QStringLiteral("snippetSwitcher"), QStringLiteral("snippetExplanation"),
                                   QStringLiteral("quizPrompt"), QStringLiteral("quizAnswer"), QStringLiteral("quizOptions"),
                                   QStringLiteral("quizFeedback"), QStringLiteral("menuHighlightingTheme"),
                                   QStringLiteral("menuLanguage")};
    for (const QObject *o = object; o; o = o->parent()) {
        if (names.contains(o->objectName()) || o->objectName().startsWith(QLatin1String("pair")))
            return true;
    }
    return false;
}

// Every text of the window's chrome, keyed by where it is, so that two languages can be compared.
QMap<QString, QString> chromeTexts(MainWindow *window)
{
    QMap<QString, QString> texts;
    const auto add = [&texts](const QObject *o, const QString &what, const QString &text) {
        if (!text.isEmpty() && !isContent(o))
            texts.insert(QString::fromLatin1(o->metaObject()->className()) + QLatin1Char('/') + o->objectName() + QLatin1Char('/') + what, text);
    };
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->isSeparator() || action->objectName().isEmpty())
            continue;
        add(action, QStringLiteral("text"), action->text());
        add(action, QStringLiteral("toolTip"), action->toolTip());
    }
    for (QMenu *menu : window->menuBar()->findChildren<QMenu *>())
        add(menu, QStringLiteral("title"), menu->title());
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (widget->objectName().isEmpty())
            continue;
        add(widget, QStringLiteral("accessibleName"), widget->accessibleName());
        add(widget, QStringLiteral("toolTip"), widget->toolTip());
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            add(widget, QStringLiteral("text"), button->text());
        if (auto *label = qobject_cast<QLabel *>(widget))
            add(widget, QStringLiteral("text"), label->text());
        if (auto *edit = qobject_cast<QLineEdit *>(widget))
            add(widget, QStringLiteral("placeholder"), edit->placeholderText());
        if (auto *tabs = qobject_cast<QTabWidget *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(widget, QStringLiteral("tab%1").arg(i), tabs->tabText(i));
        }
        if (auto *box = qobject_cast<QComboBox *>(widget)) {
            for (int i = 0; i < box->count(); ++i)
                add(widget, QStringLiteral("item%1").arg(i), box->itemText(i));
        }
    }
    return texts;
}

// The dialogs a learner meets, as children of the window so that the walk finds them: search, statistics, export.
void openDialogs(MainWindow *window)
{
    auto *search = new SearchDialog(nullptr, window);
    search->setReady(true);
    new StatisticsDialog(window->statistics(), QDate(2027, 1, 15), window);
    new ExportDialog({}, window);
}

QChar mnemonic(const QString &text)
{
    static const QRegularExpression accelerator(QStringLiteral("&([^&\\s])"));
    const QRegularExpressionMatch m = accelerator.match(QString(text).replace(QStringLiteral("&&"), QString()));
    return m.hasMatch() ? m.captured(1).at(0).toLower() : QChar();
}

// "File: &Export Progress… and &Edit…" for each letter used twice among `texts`.
QStringList clashes(const QString &where, const QStringList &texts)
{
    QMultiHash<QChar, QString> byLetter;
    for (const QString &text : texts) {
        if (const QChar letter = mnemonic(text); !letter.isNull())
            byLetter.insert(letter, text);
    }
    QStringList found;
    for (const QChar letter : byLetter.uniqueKeys()) {
        if (byLetter.count(letter) > 1)
            found.append(where + QStringLiteral(": ") + byLetter.values(letter).join(QStringLiteral(" / ")));
    }
    return found;
}

// The texts of a dialog that can carry a mnemonic: buttons (check and radio boxes too), labels, group boxes, tabs.
QStringList dialogTexts(const QWidget &dialog)
{
    QStringList texts;
    for (const QAbstractButton *button : dialog.findChildren<QAbstractButton *>())
        texts.append(button->text());
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        texts.append(label->text());
    for (const QGroupBox *box : dialog.findChildren<QGroupBox *>())
        texts.append(box->title());
    for (const QTabWidget *tabs : dialog.findChildren<QTabWidget *>()) {
        for (int i = 0; i < tabs->count(); ++i)
            texts.append(tabs->tabText(i));
    }
    return texts;
}

} // namespace

void TestTranslations::cleanup()
{
    removeTranslators();
}

void TestTranslations::window_isTranslated_data()
{
    QTest::addColumn<QString>("language");
    // What may read the same as in English: names, abbreviations and a word both languages share.
    QTest::addColumn<QStringList>("same");
    const QStringList names{QStringLiteral("Deep Dive"), QStringLiteral("English"), QStringLiteral("Deutsch"),
                            QStringLiteral("Español"), QStringLiteral("About &Qt")};
    QTest::newRow("German") << QStringLiteral("de") << names + QStringList{QStringLiteral("&Quiz"), QStringLiteral("Quiz")};
    QTest::newRow("Spanish") << QStringLiteral("es") << names;
}

void TestTranslations::window_isTranslated()
{
    QFETCH(QString, language);
    QFETCH(QStringList, same);
    Translations::install(qApp, QLocale(QLocale::English));
    QMap<QString, QString> english;
    {
        Window w;
        openDialogs(w.window.get());
        english = chromeTexts(w.window.get());
    }
    removeTranslators();
    QVERIFY(Translations::install(qApp, QLocale(language)));
    Window w;
    openDialogs(w.window.get());
    const QMap<QString, QString> translated = chromeTexts(w.window.get());
    QVERIFY2(english.size() > 100, qPrintable(QString::number(english.size()))); // the walk found the UI
    for (const char *dialogWidget : {"/scope0/", "/statisticsSummary/", "/searchStatus/"}) { // and the dialogs
        QVERIFY2(std::any_of(english.keyBegin(), english.keyEnd(),
                             [&](const QString &key) { return key.contains(QLatin1StringView(dialogWidget)); }),
                 dialogWidget);
    }
    QStringList untranslated;
    static const QRegularExpression letters(QStringLiteral("[A-Za-z]{2,}"));
    for (auto it = english.cbegin(); it != english.cend(); ++it) {
        const QString text = translated.value(it.key());
        if (text == it.value() && it.value().contains(letters) && !same.contains(it.value()))
            untranslated.append(it.key() + QStringLiteral(": ") + it.value());
    }
    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QLatin1Char('\n'))));
}

void TestTranslations::mnemonics_areUniqueInEveryMenuAndDialog_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("Spanish") << QStringLiteral("es");
}

void TestTranslations::mnemonics_areUniqueInEveryMenuAndDialog()
{
    QFETCH(QString, language);
    Translations::install(qApp, QLocale(language));
    Window w;
    QStringList found;
    QStringList titles;
    for (QAction *top : w.window->menuBar()->actions()) {
        titles.append(top->text());
        const std::function<void(QMenu *)> walk = [&](QMenu *menu) {
            QStringList texts;
            for (QAction *action : menu->actions()) {
                texts.append(action->text());
                if (action->menu())
                    walk(action->menu());
            }
            found += clashes(menu->title(), texts);
        };
        walk(top->menu());
    }
    found += clashes(QStringLiteral("menu bar"), titles);
    // In each dialog, Alt+letter goes to one button, box, label or tab (Export for Anki once had two on Alt+S).
    MainWindow *main = w.window.get();
    ExportDialog exportPdf({}, main);
    found += clashes(QStringLiteral("Export PDF dialog"), dialogTexts(exportPdf));
    AnkiExportDialog exportAnki({}, main);
    found += clashes(QStringLiteral("Export for Anki dialog"), dialogTexts(exportAnki));
    SearchDialog search(nullptr, main);
    found += clashes(QStringLiteral("search dialog"), dialogTexts(search));
    StatisticsDialog statistics(main->statistics(), QDate(2027, 1, 15), main);
    found += clashes(QStringLiteral("statistics dialog"), dialogTexts(statistics));
    GettingStartedDialog gettingStarted(*main->actions(), main);
    found += clashes(QStringLiteral("getting started dialog"), dialogTexts(gettingStarted));
    ShortcutsDialog shortcuts(*main->actions(), main);
    found += clashes(QStringLiteral("shortcuts dialog"), dialogTexts(shortcuts));
    main->startSync(); // the window's database is writable: File > Sync Devices… opens
    QVERIFY(main->windowSync());
    main->windowSync()->showDevices([](const QString &deck, const QString &topic) { return deck + topic; });
    std::unique_ptr<SyncDialog> syncDevices(main->findChild<SyncDialog *>());
    QVERIFY(syncDevices);
    found += clashes(QStringLiteral("Sync Devices dialog"), dialogTexts(*syncDevices));
    // In the window itself, Alt+letter goes to a menu title or to a label, button or tab: one letter, one target.
    QStringList window = titles;
    for (QWidget *widget : w.window->findChildren<QWidget *>()) {
        if (qobject_cast<QMenu *>(widget) || widget->window() != w.window.get())
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            window.append(button->text());
        else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            window.append(label->text());
        else if (auto *tabs = qobject_cast<QTabWidget *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                window.append(tabs->tabText(i));
        }
    }
    found += clashes(QStringLiteral("main window"), window);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

void TestTranslations::plurals_followTheNumber_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("one");
    QTest::addColumn<QString>("two");
    QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("1 topic") << QStringLiteral("2 topics");
    QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("1 Thema") << QStringLiteral("2 Themen");
    QTest::newRow("Spanish") << QStringLiteral("es") << QStringLiteral("1 tema") << QStringLiteral("2 temas");
}

void TestTranslations::plurals_followTheNumber()
{
    QFETCH(QString, language);
    QFETCH(QString, one);
    QFETCH(QString, two);
    Translations::install(qApp, QLocale(language));
    QCOMPARE(QCoreApplication::translate("DeepDive::MainWindow", "%n topic(s)", nullptr, 1), one);
    QCOMPARE(QCoreApplication::translate("DeepDive::MainWindow", "%n topic(s)", nullptr, 2), two);
}

void TestTranslations::qtStrings_areTranslated()
{
    Translations::install(qApp, QLocale(QStringLiteral("de")));
    QDialogButtonBox german(QDialogButtonBox::Cancel);
    QCOMPARE(german.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
    removeTranslators();
    Translations::install(qApp, QLocale(QStringLiteral("es")));
    QDialogButtonBox spanish(QDialogButtonBox::Cancel);
    QCOMPARE(spanish.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancelar"));
}

void TestTranslations::languageMenu_listsEveryTranslation()
{
    QCOMPARE(Translations::languages(), (QStringList{QStringLiteral("de"), QStringLiteral("es")}));
    Window w;
    QMenu *menu = w.window->findChild<QMenu *>(QStringLiteral("menuLanguage"));
    QVERIFY(menu);
    QStringList names;
    QString note;
    for (QAction *action : menu->actions()) {
        if (action->isCheckable())
            names.append(action->text());
        else if (!action->isSeparator())
            note = action->text();
    }
    QCOMPARE(names.mid(1), (QStringList{QStringLiteral("English"), QStringLiteral("Deutsch"), QStringLiteral("Español")}));
    QCOMPARE(note, QStringLiteral("Takes effect when Deep Dive starts again")); // said in the menu, before choosing
}

void TestTranslations::unknownLanguage_staysEnglish()
{
    QVERIFY(!Translations::install(qApp, QLocale(QLocale::Japanese)));
    QCOMPARE(QCoreApplication::translate("DeepDive::MainWindow", "%n topic(s)", nullptr, 3), QStringLiteral("3 topics"));
}

// A German learner who picks or types "schwach" marks the topic weak for every language; their own labels stay as typed.
void TestTranslations::bookmarkLabels_areStoredInEnglishAndShownTranslated()
{
    Translations::install(qApp, QLocale(QStringLiteral("de")));
    QCOMPARE(BookmarkLabels::display(BookmarkLabels::weak()), QStringLiteral("schwach"));
    QCOMPARE(BookmarkLabels::toStored(QStringLiteral(" Schwach ")), BookmarkLabels::weak());
    QCOMPARE(BookmarkLabels::toStored(QStringLiteral("weak")), BookmarkLabels::weak());
    QCOMPARE(BookmarkLabels::toStored(QStringLiteral("vor dem Vorstellungsgespräch")), QStringLiteral("before the interview"));
    QCOMPARE(BookmarkLabels::toStored(QStringLiteral("Generatoren üben")), QStringLiteral("Generatoren üben"));
    QCOMPARE(BookmarkLabels::display(QStringLiteral("Generatoren üben")), QStringLiteral("Generatoren üben"));
    removeTranslators();
    Translations::install(qApp, QLocale(QStringLiteral("es")));
    QCOMPARE(BookmarkLabels::display(QStringLiteral("review again")), QStringLiteral("repasar otra vez"));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
