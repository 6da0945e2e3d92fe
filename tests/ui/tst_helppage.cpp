#include "helppage.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTest>
#include <QTextBrowser>

using namespace DeepDive;

namespace {
// A page as Help > Getting Started and Keyboard Shortcuts make theirs.
class Page : public HelpPage
{
public:
    Page()
        : HelpPage(QStringLiteral("testPage"), QStringLiteral("A page"), nullptr)
    {
        setPage(QStringLiteral("<h3>Heading</h3><p>First &amp; <b>second</b> line.</p>"), QStringLiteral("testText"),
                QSize(400, 300));
    }
};
} // namespace

// The dialog under every help page: its rich text in a view of its own, plain text for a screen reader, its size, and
// the ways out (Escape, Close).
class TestHelpPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void page_showsTheHtml_andGivesItsPlainText();
    void escape_closes();
    void closeButton_closes();
};

void TestHelpPage::page_showsTheHtml_andGivesItsPlainText()
{
    Page page;
    QCOMPARE(page.objectName(), QStringLiteral("testPage"));
    QCOMPARE(page.windowTitle(), QStringLiteral("A page"));
    auto *view = page.findChild<QTextBrowser *>(QStringLiteral("testText"));
    QVERIFY(view);
    QCOMPARE(page.text(), QStringLiteral("Heading\nFirst & second line."));
    QCOMPARE(page.size(), QSize(400, 300));
}

void TestHelpPage::escape_closes()
{
    Page page;
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.activateWindow();
    QTRY_VERIFY(QApplication::focusWidget());
    QVERIFY(page.isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!page.isVisible());
    QCOMPARE(page.result(), int(QDialog::Rejected));
}

void TestHelpPage::closeButton_closes()
{
    Page page;
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTest::mouseClick(page.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close), Qt::LeftButton);
    QTRY_VERIFY(!page.isVisible());
}

QTEST_MAIN(TestHelpPage)
#include "tst_helppage.moc"
