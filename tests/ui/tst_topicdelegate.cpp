#include "topicdelegate.h"
#include "topicmodel.h"

#include <QApplication>
#include <QPainter>
#include <QStandardItemModel>
#include <QTest>

using namespace DeepDive;

namespace {

struct Row
{
    int kind = TopicModel::TopicNode;
    bool bookmarked = false;
    int due = 0;
    double mastery = 0;
    double weakness = 0;
    QString title = QStringLiteral("Identity and equality");
};

const QColor starColour(0xf9, 0xa8, 0x25);

QPalette palette(bool dark)
{
    QPalette p = QApplication::palette();
    p.setColor(QPalette::Base, dark ? QColor(0x1e, 0x1f, 0x22) : QColor(Qt::white));
    p.setColor(QPalette::Text, dark ? QColor(0xe6, 0xe6, 0xe6) : QColor(Qt::black));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

// Pixels of `image` within `area` that are `colour` (up to `tolerance` in each channel).
int count(const QImage &image, const QColor &colour, const QRect &area, int tolerance = 8)
{
    int n = 0;
    const QRect r = area.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            n += std::abs(c.red() - colour.red()) <= tolerance && std::abs(c.green() - colour.green()) <= tolerance
                         && std::abs(c.blue() - colour.blue()) <= tolerance
                     ? 1
                     : 0;
        }
    }
    return n;
}

// The leftmost and rightmost x of `colour` on row `y`; {-1, -1} when it is not there.
std::pair<int, int> extent(const QImage &image, const QColor &colour, int y)
{
    int first = -1;
    int last = -1;
    for (int x = 0; x < image.width(); ++x) {
        if (image.pixelColor(x, y) == colour) {
            first = first < 0 ? x : first;
            last = x;
        }
    }
    return {first, last};
}

} // namespace

// A topic row in the tree: its title, then at the right a bookmark star (topics only), the number of due cards in a
// pill and a mastery bar, and at the left a strip coloured by weakness. Everything it draws comes from the model's
// roles (here a QStandardItemModel that sets them), and its size hint leaves room for all of it.
class TestTopicDelegate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void star_onBookmarkedTopicsOnly_data();
    void star_onBookmarkedTopicsOnly();
    void dueBadge_showsTheCount_widerForMoreDigits();
    void masteryBar_fillsInProportion_clampedToFull_data();
    void masteryBar_fillsInProportion_clampedToFull();
    void weakness_paintsTheHeatStrip_inStepsOfTheRamp_data();
    void weakness_paintsTheHeatStrip_inStepsOfTheRamp();
    void sizeHint_isTallEnoughForThePill_andWiderForMoreDigits();
    void rowAtItsSizeHint_showsTheWholeTitle_data();
    void rowAtItsSizeHint_showsTheWholeTitle();

private:
    QModelIndex add(const Row &row);
    QStyleOptionViewItem option(const QRect &rect, bool dark = false) const;
    QImage render(const QAbstractItemDelegate &delegate, const QModelIndex &index, const QRect &rect, const QSize &size,
                  bool dark = false) const;
    QImage render(const QModelIndex &index, int width = 300, bool dark = false) const
    {
        return render(m_delegate, index, QRect(0, 0, width, m_height), QSize(width, m_height), dark);
    }
    // The area at the right where the decorations go (the title is short and stays left of it).
    QRect decorations(int width = 300) const { return QRect(width - 120, 0, 120, m_height); }

    QStandardItemModel m_model;
    TopicDelegate m_delegate;
    const int m_height = 28;
};

QModelIndex TestTopicDelegate::add(const Row &row)
{
    auto *item = new QStandardItem(row.title);
    item->setData(row.kind, TopicModel::KindRole);
    item->setData(row.bookmarked, TopicModel::BookmarkedRole);
    item->setData(row.due, TopicModel::DueRole);
    item->setData(row.mastery, TopicModel::MasteryRole);
    item->setData(row.weakness, TopicModel::WeaknessRole);
    m_model.appendRow(item);
    return item->index();
}

QStyleOptionViewItem TestTopicDelegate::option(const QRect &rect, bool dark) const
{
    QStyleOptionViewItem opt;
    opt.rect = rect;
    opt.palette = palette(dark);
    opt.font = QApplication::font();
    opt.fontMetrics = QFontMetrics(opt.font);
    opt.state = QStyle::State_Enabled | QStyle::State_Active;
    opt.direction = Qt::LeftToRight;
    return opt;
}

QImage TestTopicDelegate::render(const QAbstractItemDelegate &delegate, const QModelIndex &index, const QRect &rect,
                                 const QSize &size, bool dark) const
{
    QImage image(size, QImage::Format_ARGB32);
    image.fill(palette(dark).color(QPalette::Base));
    QPainter painter(&image);
    delegate.paint(&painter, option(rect, dark), index);
    painter.end();
    return image;
}

void TestTopicDelegate::star_onBookmarkedTopicsOnly_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("bookmarked");
    QTest::addColumn<bool>("star");
    QTest::newRow("bookmarked topic") << int(TopicModel::TopicNode) << true << true;
    QTest::newRow("topic") << int(TopicModel::TopicNode) << false << false;
    QTest::newRow("section with a bookmarked topic") << int(TopicModel::SectionNode) << true << false;
    QTest::newRow("deck with a bookmarked topic") << int(TopicModel::DeckNode) << true << false;
}

void TestTopicDelegate::star_onBookmarkedTopicsOnly()
{
    QFETCH(int, kind);
    QFETCH(bool, bookmarked);
    QFETCH(bool, star);
    Row row;
    row.kind = kind;
    row.bookmarked = bookmarked;
    const QImage image = render(add(row));
    const int stars = count(image, starColour, decorations(), 40);
    QVERIFY2(star ? stars > 4 : stars == 0, qPrintable(QString::number(stars)));
}

void TestTopicDelegate::dueBadge_showsTheCount_widerForMoreDigits()
{
    const QColor highlight = palette(false).color(QPalette::Highlight);
    const int cy = QRect(0, 0, 300, m_height).center().y();
    Row none;
    QCOMPARE(extent(render(add(none)), highlight, cy).first, -1);
    Row three;
    three.due = 3;
    Row many;
    many.due = 1234;
    many.kind = TopicModel::SectionNode; // sections show their topics' sum
    const auto [threeLeft, threeRight] = extent(render(add(three)), highlight, cy);
    const auto [manyLeft, manyRight] = extent(render(add(many)), highlight, cy);
    QVERIFY(threeLeft > 0 && manyLeft > 0);
    const QFontMetrics fm(QApplication::font());
    // The pill holds the number with some room, and ends where the mastery bar begins (both right-aligned).
    QVERIFY2(std::abs((threeRight - threeLeft + 1) - (fm.horizontalAdvance(QStringLiteral("3")) + 10)) <= 2,
             qPrintable(QString::number(threeRight - threeLeft + 1)));
    QVERIFY2(std::abs((manyRight - manyLeft + 1) - (fm.horizontalAdvance(QStringLiteral("1234")) + 10)) <= 2,
             qPrintable(QString::number(manyRight - manyLeft + 1)));
    QVERIFY(std::abs(threeRight - manyRight) <= 1);
    QVERIFY(manyRight < 300 - TopicDelegate::barWidth);
    // The number itself is written in the highlight's text colour.
    Row digits;
    digits.due = 8;
    QVERIFY(count(render(add(digits)), Qt::white, QRect(threeLeft, 0, threeRight - threeLeft + 1, m_height), 30) > 3);
}

void TestTopicDelegate::masteryBar_fillsInProportion_clampedToFull_data()
{
    QTest::addColumn<double>("mastery");
    QTest::addColumn<bool>("dark");
    QTest::addColumn<int>("filled");
    const int bar = TopicDelegate::barWidth;
    QTest::newRow("none") << 0.0 << false << 0;
    QTest::newRow("a little: still seen") << 0.01 << false << 3;
    QTest::newRow("a quarter") << 0.25 << false << bar / 4;
    QTest::newRow("half") << 0.5 << false << bar / 2;
    QTest::newRow("all") << 1.0 << false << bar;
    QTest::newRow("past all") << 1.7 << false << bar;
    QTest::newRow("half, dark") << 0.5 << true << bar / 2;
}

void TestTopicDelegate::masteryBar_fillsInProportion_clampedToFull()
{
    QFETCH(double, mastery);
    QFETCH(bool, dark);
    QFETCH(int, filled);
    Row row;
    row.mastery = mastery;
    const QImage image = render(add(row), 300, dark);
    // Green that reads on the background: darker on light, lighter on dark.
    const QColor green = dark ? QColor(0x66, 0xbb, 0x6a) : QColor(0x2e, 0x7d, 0x32);
    const int cy = QRect(0, 0, 300, m_height).center().y();
    const QRect bar(299 - 6 - TopicDelegate::barWidth, cy, TopicDelegate::barWidth, 1); // 6 px from the right edge
    const int n = count(image, green, bar, 20);
    QVERIFY2(std::abs(n - filled) <= 2, qPrintable(QStringLiteral("%1 px of %2").arg(n).arg(filled)));
    if (filled == 0) // the empty track is still there, to read the fill against
        QVERIFY(image.pixelColor(bar.center()) != palette(dark).color(QPalette::Base));
}

void TestTopicDelegate::weakness_paintsTheHeatStrip_inStepsOfTheRamp_data()
{
    QTest::addColumn<double>("weakness");
    QTest::addColumn<QColor>("colour"); // invalid: no strip
    QTest::newRow("0") << 0.0 << QColor();
    QTest::newRow("0.149") << 0.149 << QColor();
    QTest::newRow("0.15") << 0.15 << QColor(0xfe, 0xc4, 0x4f);
    QTest::newRow("0.3") << 0.3 << QColor(0xfe, 0x99, 0x29);
    QTest::newRow("0.5") << 0.5 << QColor(0xec, 0x70, 0x14);
    QTest::newRow("0.69") << 0.69 << QColor(0xec, 0x70, 0x14);
    QTest::newRow("0.7") << 0.7 << QColor(0xcc, 0x4c, 0x02);
    QTest::newRow("1") << 1.0 << QColor(0xcc, 0x4c, 0x02);
}

void TestTopicDelegate::weakness_paintsTheHeatStrip_inStepsOfTheRamp()
{
    QFETCH(double, weakness);
    QFETCH(QColor, colour);
    QCOMPARE(TopicDelegate::weaknessColour(weakness), colour);
    Row row;
    row.weakness = weakness;
    const QImage image = render(add(row));
    const QColor strip = image.pixelColor(1, m_height / 2);
    QCOMPARE(strip, colour.isValid() ? colour : palette(false).color(QPalette::Base));
    // Weaker is darker: the ramp reads in order, without its colours.
    if (colour.isValid() && weakness < 0.7)
        QVERIFY(TopicDelegate::weaknessColour(weakness + 0.2).lightness() < colour.lightness());
}

void TestTopicDelegate::sizeHint_isTallEnoughForThePill_andWiderForMoreDigits()
{
    Row plain;
    Row due;
    due.due = 12345;
    const QStyleOptionViewItem opt = option(QRect());
    const QSize plainHint = m_delegate.sizeHint(opt, add(plain));
    const QSize dueHint = m_delegate.sizeHint(opt, add(due));
    const QFontMetrics fm(opt.font);
    QVERIFY(plainHint.height() >= fm.height() + 6);
    QCOMPARE(dueHint.height(), plainHint.height());
    QVERIFY2(dueHint.width() - plainHint.width() >= fm.horizontalAdvance(QStringLiteral("12345")) + 10,
             qPrintable(QStringLiteral("%1 px more").arg(dueHint.width() - plainHint.width())));
    QVERIFY(plainHint.width() > fm.horizontalAdvance(plain.title) + TopicDelegate::barWidth);
}

void TestTopicDelegate::rowAtItsSizeHint_showsTheWholeTitle_data()
{
    QTest::addColumn<bool>("bookmarked");
    QTest::addColumn<int>("due");
    QTest::addColumn<double>("weakness");
    QTest::newRow("plain") << false << 0 << 0.0;
    QTest::newRow("due") << false << 12 << 0.0;
    QTest::newRow("bookmarked") << true << 0 << 0.0;
    QTest::newRow("weak") << false << 0 << 0.8;
    QTest::newRow("bookmarked and due") << true << 12 << 0.0;
    QTest::newRow("bookmarked, due and weak") << true << 12 << 0.8;
}

// Compared with the plain delegate's rendering of the same title at the plain delegate's own size hint: the title's
// pixels are the same, not elided and not under the star, the pill or the bar.
void TestTopicDelegate::rowAtItsSizeHint_showsTheWholeTitle()
{
    QFETCH(bool, bookmarked);
    QFETCH(int, due);
    QFETCH(double, weakness);
    Row row;
    row.bookmarked = bookmarked;
    row.due = due;
    row.weakness = weakness;
    row.mastery = 0.5;
    row.title = QStringLiteral("Generators and iterators in depth");
    const QModelIndex index = add(row);
    const QStyledItemDelegate plain;
    const QSize plainHint = plain.sizeHint(option(QRect()), index);
    const QSize hint = m_delegate.sizeHint(option(QRect()), index);
    const int heat = TopicDelegate::weaknessColour(weakness).isValid() ? 5 : 0;
    const QSize size(hint.width() + 20, hint.height());
    const QImage ours = render(m_delegate, index, QRect(QPoint(0, 0), hint), size);
    const QImage theirs = render(plain, index, QRect(QPoint(heat, 0), QSize(plainHint.width(), hint.height())), size);
    int differ = 0;
    for (int y = 0; y < size.height(); ++y) {
        for (int x = heat; x < heat + plainHint.width(); ++x)
            differ += ours.pixel(x, y) != theirs.pixel(x, y) ? 1 : 0;
    }
    QVERIFY2(differ == 0,
             qPrintable(QStringLiteral("%1 pixels of the title differ at %2 px wide").arg(differ).arg(hint.width())));
}

QTEST_MAIN(TestTopicDelegate)
#include "tst_topicdelegate.moc"
