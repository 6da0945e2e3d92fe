#include "bookmarklabels.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace DeepDive;

// Suggested bookmark labels are stored in English and shown in the UI language; the learner's own are kept as typed.
class TestBookmarkLabels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void suggested_areStoredInEnglish_withWeakFirst();
    void display_andToStored_inEnglish();
    void display_andToStored_inAnotherLanguage();
};

namespace {
// A translator for the labels' context alone, as a .qm file would give.
class LabelTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char * = nullptr, int = -1) const override
    {
        if (qstrcmp(context, "DeepDive::BookmarkLabels") != 0)
            return {};
        if (qstrcmp(source, "weak") == 0)
            return QStringLiteral("schwach");
        if (qstrcmp(source, "review again") == 0)
            return QStringLiteral("nochmal ansehen");
        return {};
    }
    bool isEmpty() const override { return false; }
};
} // namespace

void TestBookmarkLabels::suggested_areStoredInEnglish_withWeakFirst()
{
    QCOMPARE(BookmarkLabels::weak(), QStringLiteral("weak"));
    QCOMPARE(BookmarkLabels::suggested(), (QStringList{QStringLiteral("weak"), QStringLiteral("before the interview"),
                                                       QStringLiteral("review again")}));
}

void TestBookmarkLabels::display_andToStored_inEnglish()
{
    QCOMPARE(BookmarkLabels::display(QStringLiteral("weak")), QStringLiteral("weak"));
    QCOMPARE(BookmarkLabels::display(QStringLiteral("my own label")), QStringLiteral("my own label"));
    QCOMPARE(BookmarkLabels::toStored(QStringLiteral("  Review Again ")), QStringLiteral("review again"));
    QCOMPARE(BookmarkLabels::toStored(QStringLiteral(" my own label ")), QStringLiteral("my own label"));
}

void TestBookmarkLabels::display_andToStored_inAnotherLanguage()
{
    LabelTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const auto removed = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
    QCOMPARE(BookmarkLabels::display(QStringLiteral("weak")), QStringLiteral("schwach"));
    QCOMPARE(BookmarkLabels::display(QStringLiteral("WEAK")), QStringLiteral("schwach")); // stored in any case
    QCOMPARE(BookmarkLabels::display(QStringLiteral("before the interview")), QStringLiteral("before the interview"));
    QCOMPARE(BookmarkLabels::toStored(QStringLiteral("Schwach")), QStringLiteral("weak"));
    QCOMPARE(BookmarkLabels::toStored(QStringLiteral("nochmal ansehen")), QStringLiteral("review again"));
    QCOMPARE(BookmarkLabels::toStored(QStringLiteral("weak")), QStringLiteral("weak")); // the English one still works
    QCOMPARE(BookmarkLabels::toStored(QStringLiteral("eigenes")), QStringLiteral("eigenes"));
}

QTEST_GUILESS_MAIN(TestBookmarkLabels)
#include "tst_bookmarklabels.moc"
