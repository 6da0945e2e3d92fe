#include "codeexposure.h"

#include <QTest>

using namespace DeepDive;

Q_DECLARE_METATYPE(DeepDive::CardType)
Q_DECLARE_METATYPE(DeepDive::CodeExposure::Mode)

class TestCodeExposure : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void forCard_data();
    void forCard();
    void noCard_leavesTheCodePaneFree();
    void spotBug_answered_marksTheBugAndAWrongPick();
    void cardPointingAtAMissingSnippet_showsNoSnippet();

private:
    Topic m_topic;
};

void TestCodeExposure::initTestCase()
{
    Snippet pitfall;
    pitfall.id = QStringLiteral("pitfall");
    pitfall.title = QStringLiteral("A lambda cannot be sent to a worker process");
    pitfall.kind = SnippetKind::Pitfall;
    pitfall.fixId = QStringLiteral("fix");
    Snippet fix;
    fix.id = QStringLiteral("fix");
    fix.kind = SnippetKind::Fix;
    Snippet example;
    example.id = QStringLiteral("example");
    m_topic.snippets = {pitfall, fix, example};
}

namespace {
Card card(CardType type, const QString &show = {})
{
    Card c;
    c.id = QStringLiteral("c");
    c.type = type;
    if (type == CardType::Predict)
        c.snippetId = QStringLiteral("example");
    if (type == CardType::SpotBug) {
        c.snippetId = QStringLiteral("pitfall");
        c.bugLines = {3};
    }
    c.showId = show;
    return c;
}
} // namespace

// Every card type, asked and answered, with and without `show=`: which snippet the code pane shows and what of it.
void TestCodeExposure::forCard_data()
{
    QTest::addColumn<CardType>("type");
    QTest::addColumn<QString>("show");
    QTest::addColumn<bool>("answered");
    QTest::addColumn<CodeExposure::Mode>("mode");
    QTest::addColumn<QString>("snippet");
    QTest::addColumn<bool>("everything"); // title, output, explanation, fix, switcher and Run all allowed
    QTest::addColumn<bool>("pickLine");

    using M = CodeExposure::Mode;
    const QString none;
    const QString shown = QStringLiteral("example");
    const QString pitfall = QStringLiteral("pitfall");
    // The card's own snippet, bare, until answered; then all of it.
    QTest::newRow("predict, asked") << CardType::Predict << none << false << M::Snippet << shown << false << false;
    QTest::newRow("predict, answered") << CardType::Predict << none << true << M::Snippet << shown << true << false;
    QTest::newRow("spot-bug, asked") << CardType::SpotBug << none << false << M::Snippet << pitfall << false << true;
    QTest::newRow("spot-bug, answered") << CardType::SpotBug << none << true << M::Snippet << pitfall << true << false;
    // `show=` is for the other types (the parser refuses it here): the card's own snippet counts.
    QTest::newRow("predict show=, asked") << CardType::Predict << pitfall << false << M::Snippet << shown << false << false;
    QTest::newRow("predict show=, answered") << CardType::Predict << pitfall << true << M::Snippet << shown << true << false;
    QTest::newRow("spot-bug show=, asked") << CardType::SpotBug << shown << false << M::Snippet << pitfall << false << true;
    QTest::newRow("spot-bug show=, answered") << CardType::SpotBug << shown << true << M::Snippet << pitfall << true << false;
    // No snippet at all while asked; afterwards the code pane is the learner's again.
    for (const CardType type : {CardType::Recall, CardType::Choice, CardType::Pair}) {
        const QByteArray name = cardTypeName(type).toUtf8();
        QTest::newRow(QByteArray(name + ", asked").constData()) << type << none << false << M::None << none << false << false;
        QTest::newRow(QByteArray(name + ", answered").constData()) << type << none << true << M::Free << none << true << false;
        // With `show=`: that snippet, bare, while asked; all of it afterwards.
        QTest::newRow(QByteArray(name + " show=, asked").constData()) << type << shown << false << M::Snippet << shown << false << false;
        QTest::newRow(QByteArray(name + " show=, answered").constData()) << type << shown << true << M::Snippet << shown << true << false;
        QTest::newRow(QByteArray(name + " show= a pitfall, asked").constData())
            << type << pitfall << false << M::Snippet << pitfall << false << false;
    }
}

void TestCodeExposure::forCard()
{
    QFETCH(CardType, type);
    QFETCH(QString, show);
    QFETCH(bool, answered);
    QFETCH(CodeExposure::Mode, mode);
    QFETCH(QString, snippet);
    QFETCH(bool, everything);
    QFETCH(bool, pickLine);
    const Card c = card(type, show);
    const CodeExposure e = CodeExposure::forCard(&c, &m_topic, answered);
    QCOMPARE(e.mode, mode);
    QCOMPARE(e.snippetId, snippet);
    QCOMPARE(e.title, everything);
    QCOMPARE(e.output, everything);
    QCOMPARE(e.explanation, everything);
    QCOMPARE(e.fix, everything);
    QCOMPARE(e.browse, everything);
    QCOMPARE(e.pickLine, pickLine);
}

void TestCodeExposure::noCard_leavesTheCodePaneFree()
{
    QCOMPARE(CodeExposure::forCard(nullptr, &m_topic, false), CodeExposure{});
    QCOMPARE(CodeExposure::forCard(nullptr, nullptr, true), CodeExposure{});
    QCOMPARE(CodeExposure{}.mode, CodeExposure::Mode::Free);
}

void TestCodeExposure::spotBug_answered_marksTheBugAndAWrongPick()
{
    const Card c = card(CardType::SpotBug);
    QCOMPARE(CodeExposure::forCard(&c, &m_topic, true, 3).markedLines, QList<int>{3});
    QCOMPARE(CodeExposure::forCard(&c, &m_topic, true, 1).markedLines, (QList<int>{3, -1}));
    QVERIFY(CodeExposure::forCard(&c, &m_topic, false, 0).markedLines.isEmpty());
}

void TestCodeExposure::cardPointingAtAMissingSnippet_showsNoSnippet()
{
    Card c = card(CardType::Recall, QStringLiteral("gone"));
    QCOMPARE(CodeExposure::forCard(&c, &m_topic, false).mode, CodeExposure::Mode::None);
    QCOMPARE(CodeExposure::forCard(&c, nullptr, false).mode, CodeExposure::Mode::None);
    c = card(CardType::Predict);
    c.snippetId = QStringLiteral("gone");
    QCOMPARE(CodeExposure::forCard(&c, &m_topic, false).mode, CodeExposure::Mode::None);
    QVERIFY(!CodeExposure::forCard(&c, &m_topic, false).browse);
}

QTEST_GUILESS_MAIN(TestCodeExposure)
#include "tst_codeexposure.moc"
