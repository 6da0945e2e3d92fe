#include "ankinotereader.h"

#include <QTest>

using namespace DeepDive;

class TestAnkiNoteReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cloze_data();
    void cloze();
    void cloze_manyOpeningsThatNeverClose_takeOnePass();
    void templateFields_data();
    void templateFields();
};

void TestAnkiNoteReader::cloze_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("number");
    QTest::addColumn<QString>("question");
    QTest::addColumn<QString>("answer");
    QTest::newRow("one") << "{{c1::Paris}} is big" << 1 << "[...] is big" << "<b>Paris</b> is big";
    QTest::newRow("hint") << "{{c1::Paris::city}}" << 1 << "[city]" << "<b>Paris</b>";
    QTest::newRow("the other cloze shown") << "{{c1::a}} {{c2::b::h}}" << 2 << "a [h]" << "a <b>b</b>";
    QTest::newRow("same number twice") << "{{c1::a}}+{{c1::b}}" << 1 << "[...]+[...]" << "<b>a</b>+<b>b</b>";
    QTest::newRow("html inside") << "{{c1::<i>x</i>}}" << 1 << "[...]" << "<b><i>x</i></b>";
    QTest::newRow("unclosed") << "a {{c1::b" << 1 << "a {{c1::b" << "a {{c1::b";
    QTest::newRow("not a cloze") << "{{cx::b}} {{c::d}}" << 1 << "{{cx::b}} {{c::d}}" << "{{cx::b}} {{c::d}}";
    QTest::newRow("two digits") << "{{c12::z}}" << 12 << "[...]" << "<b>z</b>";
}

void TestAnkiNoteReader::cloze()
{
    QFETCH(QString, text);
    QFETCH(int, number);
    QFETCH(QString, question);
    QFETCH(QString, answer);
    QCOMPARE(AnkiNoteReader::cloze(text, number, false), question);
    QCOMPARE(AnkiNoteReader::cloze(text, number, true), answer);
}

void TestAnkiNoteReader::cloze_manyOpeningsThatNeverClose_takeOnePass()
{
    // Quadratic work here (a lazy pattern searching to the end from each opening) would take hours, not milliseconds.
    const QString text = QStringLiteral("{{c1::x").repeated(300'000);
    QCOMPARE(AnkiNoteReader::cloze(text, 1, false), text);
}

void TestAnkiNoteReader::templateFields_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<AnkiNoteReader::TypeIn>("typeIn");
    QTest::addColumn<QStringList>("fields");
    const auto skip = AnkiNoteReader::TypeIn::Skip;
    QTest::newRow("basic back") << "{{FrontSide}}<hr id=answer>{{Back}}" << skip << QStringList{QStringLiteral("Back")};
    QTest::newRow("filters and conditionals") << "{{#Extra}}{{text:Extra}}{{/Extra}} {{cloze:Text}} {{^X}}{{/X}}" << skip
                                              << QStringList{QStringLiteral("Extra"), QStringLiteral("Text")};
    QTest::newRow("type-in and specials") << "{{Front}}{{type:Back}}{{Tags}}{{Deck}}{{! comment}}" << skip
                                          << QStringList{QStringLiteral("Front")};
    // The back of Anki's "Basic (type in the answer)": the field checked against is the answer.
    QTest::newRow("type-in on the back") << "{{Front}}\n\n<hr id=answer>\n\n{{type:Back}}" << AnkiNoteReader::TypeIn::AsField
                                         << QStringList{QStringLiteral("Front"), QStringLiteral("Back")};
    QTest::newRow("spaces") << "{{ Front }}" << skip << QStringList{QStringLiteral("Front")};
}

void TestAnkiNoteReader::templateFields()
{
    QFETCH(QString, format);
    QFETCH(AnkiNoteReader::TypeIn, typeIn);
    QFETCH(QStringList, fields);
    QCOMPARE(AnkiNoteReader::templateFields(format, typeIn), fields);
}

QTEST_GUILESS_MAIN(TestAnkiNoteReader)
#include "tst_ankinotereader.moc"
