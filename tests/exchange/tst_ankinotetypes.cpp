#include "ankinotetypes.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace DeepDive;

// Our five note types, one per card type (fields, one card template, an id that never changes), and the JSON of a
// note type in Anki's legacy `col.models`, with the styling they share.
class TestAnkiNoteTypes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noteType_idsAreFixed_data();
    void noteType_idsAreFixed();
    void noteTypes_areEveryCardTypesInOrder();
    void templates_nameOnlyTheirOwnFields_andShowEveryOne();
    void templates_backRepeatsTheFrontAboveTheAnswerLine();
    void modelJson_holdsTheTypeAsAnkiReadsIt();
    void modelJson_fieldsAreNumberedInOrder();
    void css_stylesEveryClassTheCardsUse_andKeepsCodeLightAtNight();
};

namespace {
const QList<CardType> allTypes{CardType::Recall, CardType::Choice, CardType::Predict, CardType::SpotBug, CardType::Pair};

// The field names a template refers to ({{Front}}), without Anki's special fields.
QSet<QString> fieldsIn(const QString &format)
{
    static const QRegularExpression field(QStringLiteral("\\{\\{([^}#/^!]+)\\}\\}"));
    QSet<QString> names;
    for (auto it = field.globalMatch(format); it.hasNext();) {
        const QString name = it.next().captured(1).trimmed();
        if (name != QLatin1String("FrontSide"))
            names.insert(name);
    }
    return names;
}
} // namespace

void TestAnkiNoteTypes::noteType_idsAreFixed_data()
{
    // Anki matches a later export's notes to the note type by this id: it can never change.
    QTest::addColumn<CardType>("type");
    QTest::addColumn<qint64>("id");
    QTest::addColumn<QString>("name");
    QTest::newRow("recall") << CardType::Recall << qint64(1'726'000'000'001) << "Deep Dive Recall";
    QTest::newRow("choice") << CardType::Choice << qint64(1'726'000'000'002) << "Deep Dive Multiple Choice";
    QTest::newRow("predict") << CardType::Predict << qint64(1'726'000'000'003) << "Deep Dive Predict the Output";
    QTest::newRow("spot the bug") << CardType::SpotBug << qint64(1'726'000'000'004) << "Deep Dive Spot the Bug";
    QTest::newRow("pair") << CardType::Pair << qint64(1'726'000'000'005) << "Deep Dive Confusable Pair";
}

void TestAnkiNoteTypes::noteType_idsAreFixed()
{
    QFETCH(CardType, type);
    QFETCH(qint64, id);
    QFETCH(QString, name);
    QCOMPARE(Anki::noteType(type).id, id);
    QCOMPARE(Anki::noteType(type).name, name);
}

void TestAnkiNoteTypes::noteTypes_areEveryCardTypesInOrder()
{
    const QList<const Anki::NoteType *> types = Anki::noteTypes();
    QCOMPARE(types.size(), allTypes.size());
    QSet<qint64> ids;
    QSet<QString> names;
    for (int i = 0; i < allTypes.size(); ++i) {
        QCOMPARE(types[i], &Anki::noteType(allTypes[i])); // the same objects, not copies
        ids.insert(types[i]->id);
        names.insert(types[i]->name);
    }
    QCOMPARE(ids.size(), allTypes.size());
    QCOMPARE(names.size(), allTypes.size());
}

void TestAnkiNoteTypes::templates_nameOnlyTheirOwnFields_andShowEveryOne()
{
    for (const Anki::NoteType *type : Anki::noteTypes()) {
        const QSet<QString> own(type->fields.cbegin(), type->fields.cend());
        QCOMPARE(own.size(), type->fields.size()); // no field twice
        const QSet<QString> front = fieldsIn(type->front);
        const QSet<QString> back = fieldsIn(type->back);
        // A name that is not a field makes Anki refuse the note type; a field on neither side is never seen.
        QVERIFY2(own.contains(front), qPrintable(type->name));
        QVERIFY2(own.contains(back), qPrintable(type->name));
        QCOMPARE(front + back, own);
        // The first field is the one Anki requires (req) and sorts by: it is the question.
        QVERIFY2(front.contains(type->fields.first()), qPrintable(type->name));
        QVERIFY2(!front.intersects(back), qPrintable(type->name)); // the answer is not on the question's side
    }
}

void TestAnkiNoteTypes::templates_backRepeatsTheFrontAboveTheAnswerLine()
{
    for (const Anki::NoteType *type : Anki::noteTypes()) {
        const qsizetype frontSide = type->back.indexOf(QStringLiteral("{{FrontSide}}"));
        const qsizetype rule = type->back.indexOf(QStringLiteral("<hr id=answer>"));
        QVERIFY2(frontSide == 0, qPrintable(type->name));
        QVERIFY2(rule > frontSide, qPrintable(type->name));
        for (const QString &field : fieldsIn(type->back))
            QVERIFY2(type->back.indexOf(field) > rule, qPrintable(type->name + QLatin1Char(' ') + field));
    }
}

void TestAnkiNoteTypes::modelJson_holdsTheTypeAsAnkiReadsIt()
{
    const Anki::NoteType &type = Anki::noteType(CardType::Predict);
    const QJsonObject model = Anki::modelJson(type, 1'234'567'890'123, 1'767'225'600);
    QCOMPARE(model.value(QStringLiteral("id")).toInteger(), type.id);
    QCOMPARE(model.value(QStringLiteral("name")).toString(), type.name);
    QCOMPARE(model.value(QStringLiteral("did")).toInteger(), 1'234'567'890'123);
    QCOMPARE(model.value(QStringLiteral("mod")).toInteger(), 1'767'225'600);
    QCOMPARE(model.value(QStringLiteral("type")).toInt(-1), 0); // standard, not cloze
    QCOMPARE(model.value(QStringLiteral("sortf")).toInt(-1), 0);
    QCOMPARE(model.value(QStringLiteral("css")).toString(), Anki::css());
    for (const char *key : {"usn", "latexPre", "latexPost", "tags", "vers"})
        QVERIFY2(model.contains(QLatin1String(key)), key);
    QVERIFY(model.value(QStringLiteral("latexPre")).toString().contains(QStringLiteral("\\begin{document}")));
    QCOMPARE(model.value(QStringLiteral("latexPost")).toString(), QStringLiteral("\\end{document}"));

    const QJsonArray templates = model.value(QStringLiteral("tmpls")).toArray();
    QCOMPARE(templates.size(), 1);
    const QJsonObject card1 = templates.first().toObject();
    QCOMPARE(card1.value(QStringLiteral("ord")).toInt(-1), 0);
    QCOMPARE(card1.value(QStringLiteral("qfmt")).toString(), type.front);
    QCOMPARE(card1.value(QStringLiteral("afmt")).toString(), type.back);
    QVERIFY(card1.value(QStringLiteral("did")).isNull()); // no deck override
    // Card 1 exists when the first field is not empty.
    const QJsonArray req = model.value(QStringLiteral("req")).toArray();
    QCOMPARE(req, QJsonArray({QJsonArray{0, QStringLiteral("any"), QJsonArray{0}}}));
}

void TestAnkiNoteTypes::modelJson_fieldsAreNumberedInOrder()
{
    for (const Anki::NoteType *type : Anki::noteTypes()) {
        const QJsonArray fields = Anki::modelJson(*type, 1, 0).value(QStringLiteral("flds")).toArray();
        QCOMPARE(fields.size(), type->fields.size());
        for (int i = 0; i < fields.size(); ++i) {
            const QJsonObject field = fields[i].toObject();
            QCOMPARE(field.value(QStringLiteral("name")).toString(), type->fields[i]);
            QCOMPARE(field.value(QStringLiteral("ord")).toInt(-1), i);
            for (const char *key : {"sticky", "rtl", "font", "size", "media"})
                QVERIFY2(field.contains(QLatin1String(key)), key);
        }
    }
}

void TestAnkiNoteTypes::css_stylesEveryClassTheCardsUse_andKeepsCodeLightAtNight()
{
    const QString css = Anki::css();
    // The classes CardHtml puts in the fields.
    for (const char *cls : {".card", "pre.dd-code", ".dd-line", ".dd-right", ".dd-wrong", ".dd-why"})
        QVERIFY2(css.contains(QLatin1String(cls)), cls);
    // Code is coloured with the light theme: in night mode its box must stay light, over Anki's own night rules.
    static const QRegularExpression nightCode(QStringLiteral("\\.nightMode pre\\.dd-code[^{]*\\{([^}]*)\\}"));
    const QRegularExpressionMatch night = nightCode.match(css);
    QVERIFY2(night.hasMatch(), qPrintable(css));
    QVERIFY(night.captured(1).contains(QStringLiteral("background: #fcfcfc !important")));
    QVERIFY(night.captured(1).contains(QStringLiteral("color: #1f1c1b !important")));
    // Both spellings of night mode: Anki 2.1.20+ (.nightMode) and earlier (.night_mode).
    QVERIFY(css.contains(QStringLiteral(".night_mode pre.dd-code")));
    QCOMPARE(css.count(QLatin1Char('{')), css.count(QLatin1Char('}')));
}

QTEST_GUILESS_MAIN(TestAnkiNoteTypes)
#include "tst_ankinotetypes.moc"
