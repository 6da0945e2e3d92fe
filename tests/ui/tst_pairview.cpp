#include "deck.h"
#include "pairview.h"
#include "translations.h"

#include <QApplication>
#include <QLabel>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocument>
#include <QTranslator>
#include <QVBoxLayout>

using namespace DeepDive;

namespace {

Card pairCard(const QString &id, const QStringList &situations, const QList<int> &sides,
              const QString &a = QStringLiteral("`is`"), const QString &b = QStringLiteral("`==`"))
{
    Card card;
    card.id = id;
    card.type = CardType::Pair;
    card.conceptA = a;
    card.conceptB = b;
    for (int i = 0; i < situations.size(); ++i)
        card.pairs.append({sides.value(i), situations[i]});
    return card;
}

Card threeSituations(const QList<int> &sides)
{
    const QStringList situations{QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")};
    return pairCard(QStringLiteral("p"), situations, sides);
}

} // namespace

// A "which one fits?" card: each situation on its own line, wrapped at any width, with the two concepts as choices
// under it; A and B answer the situation marked ▸ and move the mark on to the next open one, ↑ and ↓ move it, a
// click answers the clicked situation; once answered, every choice says in words whether it was right. The view
// reports each assignment; its owner (here the test, in the app the quiz session) keeps them and shows the card again.
class TestPairView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void show_listsTheSituationsInOrder_withBothConceptsUnderEach();
    void keysAAndB_answerTheMarkedSituation_andTheMarkMovesOn();
    void upAndDown_moveTheMark_withinTheSituations();
    void assignCurrent_movesOnToTheNextOpenSituation_data();
    void assignCurrent_movesOnToTheNextOpenSituation();
    void assignCurrent_refusesWhenAnswered_orForASideThatIsNotThere();
    void click_answersThatSituation_andMarksIt();
    void answered_namesRightAndWrongInWords_andLocksTheChoices();
    void sameCard_keepsItsWidgets_anotherCardIsBuiltAnew();
    void narrow_situationsWrap_choicesAreWhole_andNothingWidensTheView_data();
    void narrow_situationsWrap_choicesAreWhole_andNothingWidensTheView();

private:
    QLabel *situation(int i) const { return m_view->findChild<QLabel *>(QStringLiteral("pairSituation%1").arg(i)); }
    QRadioButton *choice(int i, int side) const
    {
        return m_view->findChild<QRadioButton *>(QStringLiteral("pair%1Side%2").arg(i).arg(side));
    }
    // The situation marked ▸ (-1: none).
    int marked() const;
    // Shows `card` as the quiz does: every assignment kept and the card shown again.
    void showAsked(const Card &card);
    void useLanguage(const QLocale &locale);

    std::unique_ptr<QWidget> m_window;
    PairView *m_view = nullptr;
    Card m_card;
    QList<int> m_assigned;
};

void TestPairView::init()
{
    m_window = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_window.get());
    m_view = new PairView(m_window.get());
    layout->addWidget(m_view);
    layout->addStretch();
    m_window->resize(500, 500);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestPairView::cleanup()
{
    m_window.reset();
    m_assigned.clear();
}

int TestPairView::marked() const
{
    int found = -1;
    for (int i = 0; situation(i); ++i) {
        if (situation(i)->text().contains(QStringLiteral("▸"))) {
            if (found >= 0)
                return -2; // two marks
            found = i;
        }
    }
    return found;
}

void TestPairView::showAsked(const Card &card)
{
    m_card = card;
    m_assigned = QList<int>(card.pairs.size(), -1);
    connect(m_view, &PairView::assigned, m_view, [this](int situation, int side) {
        m_assigned[situation] = side;
        m_view->show(m_card, m_assigned, false);
    });
    m_view->show(m_card, m_assigned, false);
    m_view->setFocus();
}

void TestPairView::useLanguage(const QLocale &locale)
{
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    Translations::install(qApp, locale);
}

void TestPairView::show_listsTheSituationsInOrder_withBothConceptsUnderEach()
{
    showAsked(pairCard(QStringLiteral("p"),
                       {QStringLiteral("Is `x` **None**?"), QStringLiteral("Do two lists hold the same items?"),
                        QStringLiteral("Is it the very same object?")},
                       {0, 1, 0}));
    for (int i = 0; i < 3; ++i) {
        QVERIFY(situation(i) && situation(i)->isVisible());
        QVERIFY(situation(i)->wordWrap());
        for (int side = 0; side < 2; ++side) {
            QVERIFY(choice(i, side) && choice(i, side)->isVisible());
            QVERIFY(!choice(i, side)->isChecked());
            QVERIFY(choice(i, side)->isEnabled());
            // Under its situation, in order.
            QVERIFY(choice(i, side)->mapTo(m_view, QPoint()).y() > situation(i)->mapTo(m_view, QPoint()).y());
        }
        if (i > 0)
            QVERIFY(situation(i)->mapTo(m_view, QPoint()).y() > choice(i - 1, 0)->mapTo(m_view, QPoint()).y());
    }
    QVERIFY(!situation(3));
    // The situation's Markdown as rich text; the concepts as plain words, numbered for the keys.
    QTextDocument shown;
    shown.setHtml(situation(0)->text());
    QVERIFY2(shown.toPlainText().contains(QStringLiteral("Is x None?")), qPrintable(shown.toPlainText()));
    QVERIFY(situation(0)->text().contains(QStringLiteral("monospace"))); // `x` as code
    QCOMPARE(choice(0, 0)->text(), QStringLiteral("1 · is"));
    QCOMPARE(choice(0, 1)->text(), QStringLiteral("2 · =="));
    QCOMPARE(choice(2, 1)->accessibleName(), QStringLiteral("Situation 3: =="));
    // The first situation is marked, for the keys; the others carry their number.
    QCOMPARE(marked(), 0);
    QCOMPARE(m_view->currentSituation(), 0);
    QCOMPARE(situation(0)->accessibleDescription(), QStringLiteral("current situation"));
    QVERIFY(situation(1)->text().contains(QStringLiteral("<b>2.</b>")));
    QVERIFY(situation(1)->accessibleDescription().isEmpty());
}

void TestPairView::keysAAndB_answerTheMarkedSituation_andTheMarkMovesOn()
{
    showAsked(threeSituations({0, 1, 0}));
    QSignalSpy assigned(m_view, &PairView::assigned);
    QTest::keyClick(m_view, Qt::Key_A);
    QCOMPARE(assigned.takeFirst(), (QVariantList{0, 0}));
    QCOMPARE(m_view->currentSituation(), 1);
    QCOMPARE(marked(), 1);
    QVERIFY(choice(0, 0)->isChecked());
    QTest::keyClick(m_view, Qt::Key_B);
    QCOMPARE(assigned.takeFirst(), (QVariantList{1, 1}));
    QCOMPARE(marked(), 2);
    QTest::keyClick(m_view, Qt::Key_B);
    QCOMPARE(assigned.takeFirst(), (QVariantList{2, 1}));
    QCOMPARE(m_assigned, (QList<int>{0, 1, 1}));
    QCOMPARE(marked(), 2); // all answered, and the last: the mark stays
    // Changing an answer: up to it and the other key.
    QTest::keyClick(m_view, Qt::Key_Up);
    QTest::keyClick(m_view, Qt::Key_A);
    QCOMPARE(assigned.takeFirst(), (QVariantList{1, 0}));
    QCOMPARE(m_assigned, (QList<int>{0, 0, 1}));
    QVERIFY(choice(1, 0)->isChecked() && !choice(1, 1)->isChecked());
    // The digits are the panel's (it knows the card's type and phase): the view leaves them to its parent.
    int reachedParent = 0;
    struct Counter : QObject
    {
        int *n;
        explicit Counter(int *count) : n(count) {}
        bool eventFilter(QObject *, QEvent *event) override
        {
            *n += event->type() == QEvent::KeyPress ? 1 : 0;
            return false;
        }
    } counter(&reachedParent);
    m_window->installEventFilter(&counter);
    QTest::keyClick(m_view, Qt::Key_1);
    QTest::keyClick(m_view, Qt::Key_A);
    m_window->removeEventFilter(&counter);
    QCOMPARE(reachedParent, 1);
    QCOMPARE(assigned.size(), 1); // A only
}

void TestPairView::upAndDown_moveTheMark_withinTheSituations()
{
    showAsked(threeSituations({0, 1, 0}));
    QSignalSpy assigned(m_view, &PairView::assigned);
    QTest::keyClick(m_view, Qt::Key_Up); // already at the top
    QCOMPARE(marked(), 0);
    QTest::keyClick(m_view, Qt::Key_Down);
    QTest::keyClick(m_view, Qt::Key_Down);
    QCOMPARE(marked(), 2);
    QCOMPARE(situation(2)->accessibleDescription(), QStringLiteral("current situation"));
    QVERIFY(situation(0)->accessibleDescription().isEmpty());
    QTest::keyClick(m_view, Qt::Key_Down); // already at the bottom
    QCOMPARE(m_view->currentSituation(), 2);
    QCOMPARE(marked(), 2);
    QTest::keyClick(m_view, Qt::Key_Up);
    QCOMPARE(marked(), 1);
    m_view->setCurrentSituation(7); // not a situation: nothing moves
    m_view->setCurrentSituation(-1);
    QCOMPARE(m_view->currentSituation(), 1);
    QCOMPARE(marked(), 1);
    QCOMPARE(assigned.size(), 0); // moving answers nothing
}

void TestPairView::assignCurrent_movesOnToTheNextOpenSituation_data()
{
    QTest::addColumn<QList<int>>("assigned");
    QTest::addColumn<int>("current");
    QTest::addColumn<int>("next");
    QTest::newRow("none answered") << QList<int>{-1, -1, -1, -1} << 0 << 1;
    QTest::newRow("skips the answered") << QList<int>{-1, 0, 1, -1} << 0 << 3;
    QTest::newRow("goes round to the top") << QList<int>{-1, -1, 0, -1} << 3 << 0;
    QTest::newRow("re-answering one") << QList<int>{0, 1, -1, -1} << 1 << 2;
    QTest::newRow("the last open one: on to the next") << QList<int>{-1, 0, 0, 0} << 0 << 1;
    QTest::newRow("the last open one, at the end: stays") << QList<int>{0, 0, 0, -1} << 3 << 3;
}

void TestPairView::assignCurrent_movesOnToTheNextOpenSituation()
{
    QFETCH(QList<int>, assigned);
    QFETCH(int, current);
    QFETCH(int, next);
    const QStringList situations{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")};
    const Card card = pairCard(QStringLiteral("p"), situations, {0, 0, 1, 1});
    m_view->show(card, assigned, false);
    m_view->setCurrentSituation(current);
    QSignalSpy spy(m_view, &PairView::assigned);
    QVERIFY(m_view->assignCurrent(1));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.first(), (QVariantList{current, 1}));
    QCOMPARE(m_view->currentSituation(), next);
}

void TestPairView::assignCurrent_refusesWhenAnswered_orForASideThatIsNotThere()
{
    QSignalSpy spy(m_view, &PairView::assigned);
    QVERIFY(!m_view->assignCurrent(0)); // no card yet
    const Card card = pairCard(QStringLiteral("p"), {QStringLiteral("a"), QStringLiteral("b")}, {0, 1});
    m_view->show(card, {-1, -1}, false);
    QVERIFY(!m_view->assignCurrent(2));
    QVERIFY(!m_view->assignCurrent(-1));
    QCOMPARE(m_view->currentSituation(), 0);
    m_view->show(card, {0, 0}, true);
    QVERIFY(!m_view->assignCurrent(0));
    QTest::keyClick(m_view, Qt::Key_B);
    QCOMPARE(spy.size(), 0);
    QCOMPARE(marked(), -1); // answered: no situation is marked any more
    QVERIFY(situation(0)->text().contains(QStringLiteral("<b>1.</b>")));
}

void TestPairView::click_answersThatSituation_andMarksIt()
{
    showAsked(threeSituations({0, 1, 0}));
    QSignalSpy assigned(m_view, &PairView::assigned);
    QRadioButton *radio = choice(2, 1);
    QVERIFY(radio->focusPolicy() == Qt::NoFocus); // the keys stay with the view, which knows the marked situation
    const QPoint where = radio->mapTo(m_window.get(), QPoint());
    QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(6, radio->height() / 2));
    QCOMPARE(assigned.size(), 1);
    QCOMPARE(assigned.first(), (QVariantList{2, 1}));
    QCOMPARE(m_view->currentSituation(), 2);
    QCOMPARE(marked(), 2);
    QVERIFY(radio->isChecked());
    QCOMPARE(radio->mapTo(m_window.get(), QPoint()), where); // nothing moved under the click
    QVERIFY(m_view->hasFocus());
}

void TestPairView::answered_namesRightAndWrongInWords_andLocksTheChoices()
{
    const Card card = threeSituations({0, 1, 1});
    m_view->show(card, {0, 0, -1}, true);
    // Right and chosen: a tick. Wrong and chosen: a cross, "your choice". Right and not chosen: "the right one".
    QCOMPARE(choice(0, 0)->text(), QStringLiteral("1 · is  ✓"));
    QCOMPARE(choice(0, 1)->text(), QStringLiteral("2 · =="));
    QCOMPARE(choice(1, 0)->text(), QStringLiteral("1 · is  ✗ (your choice)"));
    QCOMPARE(choice(1, 1)->text(), QStringLiteral("2 · ==  ✓ (the right one)"));
    QCOMPARE(choice(2, 0)->text(), QStringLiteral("1 · is"));
    QCOMPARE(choice(2, 1)->text(), QStringLiteral("2 · ==  ✓ (the right one)")); // left open: still shown
    QVERIFY(choice(0, 0)->isChecked() && choice(1, 0)->isChecked());
    QVERIFY(!choice(2, 0)->isChecked() && !choice(2, 1)->isChecked());
    for (int i = 0; i < 3; ++i) {
        for (int side = 0; side < 2; ++side)
            QVERIFY(!choice(i, side)->isEnabled());
    }
    // In colour too: green for the right ones, red for the wrong pick; nothing for the rest.
    QVERIFY(choice(1, 1)->styleSheet().contains(QStringLiteral("#2e7d32")));
    QVERIFY(choice(1, 0)->styleSheet().contains(QStringLiteral("#c62828")));
    QVERIFY(choice(0, 1)->styleSheet().isEmpty());
    QSignalSpy assigned(m_view, &PairView::assigned);
    QTest::mouseClick(choice(2, 0), Qt::LeftButton, {}, QPoint(6, choice(2, 0)->height() / 2));
    QCOMPARE(assigned.size(), 0);
    // The same card asked again (Retry the missed): the marks go and the choices open.
    m_view->show(card, {-1, -1, -1}, false);
    QCOMPARE(choice(1, 1)->text(), QStringLiteral("2 · =="));
    QVERIFY(choice(1, 1)->styleSheet().isEmpty());
    QVERIFY(choice(1, 1)->isEnabled());
    QVERIFY(!choice(0, 0)->isChecked());
    QVERIFY(marked() >= 0);
}

void TestPairView::sameCard_keepsItsWidgets_anotherCardIsBuiltAnew()
{
    const Card card = pairCard(QStringLiteral("p"), {QStringLiteral("one"), QStringLiteral("two")}, {0, 1});
    m_view->show(card, {-1, -1}, false);
    QLabel *first = situation(0);
    m_view->setCurrentSituation(1);
    m_view->show(card, {0, -1}, false); // an assignment: the same widgets, the mark where it was
    QCOMPARE(situation(0), first);
    QCOMPARE(m_view->currentSituation(), 1);
    const QString list = QStringLiteral("list");
    const QString tuple = QStringLiteral("tuple");
    const QStringList situations{QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z")};
    const Card other = pairCard(QStringLiteral("q"), situations, {1, 1, 0}, list, tuple);
    m_view->show(other, {-1, -1, -1}, false);
    QCOMPARE(m_view->currentSituation(), 0);
    QVERIFY(situation(2));
    QCOMPARE(choice(2, 1)->text(), QStringLiteral("2 · tuple"));
    QCOMPARE(m_view->findChildren<QLabel *>().size(), 3);
    QCOMPARE(m_view->findChildren<QRadioButton *>().size(), 6);
    // The same id with other situations (the deck was edited): rebuilt too.
    const Card edited = pairCard(QStringLiteral("q"), {QStringLiteral("x")}, {1}, list, tuple);
    m_view->show(edited, {-1}, false);
    QCOMPARE(m_view->findChildren<QLabel *>().size(), 1);
    QCOMPARE(m_view->findChildren<QRadioButton *>().size(), 2);
}

void TestPairView::narrow_situationsWrap_choicesAreWhole_andNothingWidensTheView_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("situation");
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    const QString english = QStringLiteral("a CPU-bound service whose requests each parse a large JSON document and "
                                           "then compute a checksum over every field it found");
    const QString german = QStringLiteral("ein rechenintensiver Dienst, dessen Anfragen jeweils ein großes "
                                          "JSON-Dokument einlesen und anschließend eine Prüfsumme über sämtliche "
                                          "Datenbankfelder berechnen");
    QTest::newRow("English") << QStringLiteral("en") << english << QStringLiteral("`threading`")
                             << QStringLiteral("`multiprocessing`");
    QTest::newRow("German") << QStringLiteral("de") << german << QStringLiteral("`threading`")
                            << QStringLiteral("`multiprocessing`");
}

// The quiz column can be 320 px wide: the situations wrap there and never make the view wider (it asks only for the
// choices' width), before and after the answer; the choices keep their whole text, their verdict included.
void TestPairView::narrow_situationsWrap_choicesAreWhole_andNothingWidensTheView()
{
    QFETCH(QString, language);
    QFETCH(QString, situation);
    QFETCH(QString, a);
    QFETCH(QString, b);
    useLanguage(QLocale(language));
    const auto english = qScopeGuard([this] { useLanguage(QLocale(QLocale::English)); });
    const Card shortCard = pairCard(QStringLiteral("short"), {QStringLiteral("x"), QStringLiteral("y")}, {0, 1}, a, b);
    const QStringList situations{situation, situation + QStringLiteral(", twice")};
    const Card card = pairCard(QStringLiteral("long"), situations, {0, 1}, a, b);
    const auto minimumWidth = [this](const Card &shown, const QList<int> &assigned, bool answered) {
        m_view->show(shown, assigned, answered);
        return m_view->minimumSizeHint().width();
    };
    QCOMPARE(minimumWidth(card, {-1, -1}, false), minimumWidth(shortCard, {-1, -1}, false));
    QCOMPARE(minimumWidth(card, {1, 1}, true), minimumWidth(shortCard, {1, 1}, true));
    QVERIFY(minimumWidth(card, {-1, -1}, false) <= 320);

    const auto fits = [this](const char *phase) {
        // Laid out at the width the window gives it, at least what the view asks for.
        QTRY_VERIFY(m_window->width() >= m_window->minimumSizeHint().width());
        QTRY_VERIFY(m_view->width() >= m_view->minimumSizeHint().width());
        const int width = m_view->width();
        for (int i = 0; i < 2; ++i) {
            QLabel *label = this->situation(i);
            QVERIFY2(label->geometry().right() < width, phase);
            const int needed = label->heightForWidth(label->width());
            QVERIFY2(label->height() >= needed,
                     qPrintable(QStringLiteral("%1: situation %2 is %3 px high for %4 px of text")
                                    .arg(QLatin1String(phase))
                                    .arg(i)
                                    .arg(label->height())
                                    .arg(needed)));
            QVERIFY2(label->height() >= 2 * label->fontMetrics().lineSpacing(), phase); // wrapped, not cut
            for (int side = 0; side < 2; ++side) {
                QRadioButton *radio = choice(i, side);
                QVERIFY2(radio->width() >= radio->sizeHint().width(),
                         qPrintable(QStringLiteral("%1: “%2” cut").arg(QLatin1String(phase), radio->text())));
                QVERIFY2(radio->geometry().right() < width,
                         qPrintable(QStringLiteral("%1: “%2” past the edge").arg(QLatin1String(phase), radio->text())));
            }
        }
    };
    m_view->show(card, {-1, -1}, false);
    m_window->resize(320, 600);
    QTRY_VERIFY(m_view->width() < 320);
    fits("asked");
    m_view->show(card, {1, 1}, true); // the longest texts: “✗ (your choice)” and “✓ (the right one)”
    const QString rightOne = language == QLatin1String("de") ? QStringLiteral("(die richtige)")
                                                              : QStringLiteral("(the right one)");
    QVERIFY(choice(0, 0)->text().contains(rightOne));
    fits("answered");
}

QTEST_MAIN(TestPairView)
#include "tst_pairview.moc"
