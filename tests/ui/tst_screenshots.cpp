#include "codeeditor.h"
#include "codepane.h"
#include "deckloader.h"
#include "highlighting.h"
#include "mainwindow.h"
#include "mockclock.h"
#include "quizpanel.h"
#include "quizsession.h"
#include "settings.h"
#include "studypanel.h"
#include "tempuserdata.h"
#include "testsupport.h"
#include "translations.h"
#include "userdata.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QPlainTextEdit>
#include <QStyleFactory>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using namespace DeepDive;

// Puts every card type on screen in a light and a dark palette and checks that what the learner needs is inside the
// window and readable. With DEEPDIVE_SCREENSHOT_DIR set it also saves each state as a PNG (for the README and for
// looking at), and DEEPDIVE_SCREENSHOT_DECK picks the deck (default: the test deck).
class TestScreenshots : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cardTypes_data();
    void cardTypes();

private:
    static QPalette darkPalette();
    void save(QWidget &window, const QString &name);
    QList<Deck> m_decks;
};

QPalette TestScreenshots::darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2e));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1f, 0x1f, 0x22));
    p.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2b, 0x2e));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x39));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7c, 0xb3, 0xff));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0xa0));
    p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x39));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    return p;
}

void TestScreenshots::initTestCase()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    Translations::install(qApp, QLocale(QLocale::English)); // "1 card", "206 cards", as the app says them
    QString error;
    QVERIFY2(Highlighting::load(&error), qPrintable(error)); // the code highlighted, as a moment after start-up
    QString deck = qEnvironmentVariable("DEEPDIVE_SCREENSHOT_DECK");
    if (deck.isEmpty())
        deck = Test::dataPath(QStringLiteral("decks/sample"));
    QList<Diagnostic> diagnostics;
    m_decks = DeckLoader::loadAll({deck}, &diagnostics);
    QVERIFY(!m_decks.isEmpty());
}

void TestScreenshots::save(QWidget &window, const QString &name)
{
    const QString dir = qEnvironmentVariable("DEEPDIVE_SCREENSHOT_DIR");
    // Let the layout settle as it would between two frames: text views fit their height to the final width.
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
    const QImage image = window.grab().toImage();
    QVERIFY(!image.isNull());
    // Not a blank window: many distinct colours (text, highlighting).
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 20, qPrintable(name));
    if (auto *main = qobject_cast<MainWindow *>(&window)) // the code as the learner sees it: highlighted
        QVERIFY2(main->codePane()->editor()->highlighter(), qPrintable(name));
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        QVERIFY(image.save(QDir(dir).filePath(name + QStringLiteral(".png"))));
    }
}

void TestScreenshots::cardTypes_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<int>("type");
    for (bool dark : {false, true}) {
        for (int type = 0; type <= int(CardType::Pair); ++type)
            QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(dark ? QStringLiteral("dark") : QStringLiteral("light"),
                                                                  cardTypeName(CardType(type)))))
                << dark << type;
    }
}

void TestScreenshots::cardTypes()
{
    QFETCH(bool, dark);
    QFETCH(int, type);
    QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
    Test::TempUserData user;
    MockClock clock(1'767'225'600'000);
    MainWindow window(&user.settings, &user.data, &clock);
    window.setDecks(m_decks);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // The first topic with a card of this type; the card itself on screen.
    const Deck &deck = m_decks.first();
    const Topic *topic = nullptr;
    int cardIndex = -1;
    for (const Topic &t : deck.topics) {
        for (int i = 0; i < t.cards.size() && !topic; ++i) {
            if (int(t.cards[i].type) == type) {
                topic = &t;
                cardIndex = i;
            }
        }
    }
    if (!topic)
        QSKIP("the deck has no card of this type");
    QVERIFY(window.selectTopic({deck.id, topic->id}));
    window.findChild<QAction *>(QStringLiteral("viewQuizTab"))->trigger();
    QuizSession *session = window.quizSession();
    QList<QuizSession::Item> only{{deck.id, topic, &topic->cards[cardIndex]}};
    session->start(only);
    QCoreApplication::processEvents();
    const QString name = QStringLiteral("quiz-%1-%2").arg(cardTypeName(CardType(type)), dark ? QStringLiteral("dark")
                                                                                              : QStringLiteral("light"));
    // Everything the card needs is inside the window.
    QuizPanel *panel = window.quizPanel();
    const QRect inside = window.rect();
    for (QWidget *w : {static_cast<QWidget *>(panel->promptView()), static_cast<QWidget *>(window.codePane())}) {
        const QRect r(w->mapTo(&window, QPoint(0, 0)), w->size());
        QVERIFY2(inside.contains(r), qPrintable(name));
    }
    save(window, name + QStringLiteral("-asking"));
    // Answer it (the first option, the first line, side a everywhere, a typed guess) and look at the feedback.
    switch (CardType(type)) {
    case CardType::Recall:
        session->reveal();
        save(window, name + QStringLiteral("-revealed"));
        session->grade(3);
        break;
    case CardType::Choice:
        session->choose(1);
        if (session->phase() == QuizSession::Phase::Asking)
            session->submitChoice();
        break;
    case CardType::Predict:
        panel->predictionEditor()->setPlainText(QStringLiteral("None"));
        session->submitPrediction(panel->predictionEditor()->toPlainText());
        break;
    case CardType::SpotBug:
        session->pickLine(1);
        break;
    case CardType::Pair:
        for (int i = 0; i < session->assignments().size(); ++i)
            session->assign(i, i % 2);
        session->submitPairs();
        break;
    }
    QCOMPARE(session->phase(), QuizSession::Phase::Answered);
    QCoreApplication::processEvents();
    QVERIFY(panel->findChild<QWidget *>(QStringLiteral("quizVerdict"))->isVisible());
    save(window, name + QStringLiteral("-answered"));
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
