#include "ankinotetypes.h"

#include <QJsonArray>

namespace DeepDive::Anki {

namespace {

const QString answerRule = QStringLiteral("{{FrontSide}}\n\n<hr id=answer>\n\n");

QList<NoteType> makeTypes()
{
    // Ids fixed once: Anki matches a later export's notes by note type id and GUID.
    return {
        {1'726'000'000'001, QStringLiteral("Deep Dive Recall"), {QStringLiteral("Front"), QStringLiteral("Back")},
         QStringLiteral("{{Front}}"), answerRule + QStringLiteral("{{Back}}")},
        {1'726'000'000'002, QStringLiteral("Deep Dive Multiple Choice"),
         {QStringLiteral("Question"), QStringLiteral("Options"), QStringLiteral("Answer")},
         QStringLiteral("{{Question}}\n{{Options}}"), answerRule + QStringLiteral("{{Answer}}")},
        {1'726'000'000'003, QStringLiteral("Deep Dive Predict the Output"),
         {QStringLiteral("Prompt"), QStringLiteral("Code"), QStringLiteral("Output")},
         QStringLiteral("{{Prompt}}\n{{Code}}"), answerRule + QStringLiteral("{{Output}}")},
        {1'726'000'000'004, QStringLiteral("Deep Dive Spot the Bug"),
         {QStringLiteral("Prompt"), QStringLiteral("Code"), QStringLiteral("Fix")},
         QStringLiteral("{{Prompt}}\n{{Code}}"), answerRule + QStringLiteral("{{Fix}}")},
        {1'726'000'000'005, QStringLiteral("Deep Dive Confusable Pair"),
         {QStringLiteral("Situation"), QStringLiteral("Choices"), QStringLiteral("Answer")},
         QStringLiteral("{{Situation}}\n{{Choices}}"), answerRule + QStringLiteral("{{Answer}}")},
    };
}

const QList<NoteType> &types()
{
    static const QList<NoteType> all = makeTypes();
    return all;
}

} // namespace

const NoteType &noteType(CardType type)
{
    return types()[int(type)];
}

QList<const NoteType *> noteTypes()
{
    QList<const NoteType *> list;
    for (const NoteType &type : types())
        list.append(&type);
    return list;
}

QString css()
{
    return QStringLiteral(
        ".card { font-family: sans-serif; font-size: 18px; text-align: left; color: black; background-color: white; }\n"
        ".nightMode.card, .night_mode .card { color: #e6e6e6; background-color: #2f2f31; }\n"
        "pre.dd-code { background: #fcfcfc; color: #1f1c1b; border: 1px solid #c8c8c8; border-radius: 4px;\n"
        "  padding: 8px; font-family: monospace; font-size: 15px; white-space: pre-wrap; }\n"
        ".nightMode pre.dd-code, .night_mode pre.dd-code { background: #fcfcfc !important; color: #1f1c1b !important; }\n"
        ".dd-line { color: #8a8a8a; user-select: none; }\n"
        ".dd-right { color: #1b7f3a; font-weight: bold; }\n"
        ".dd-wrong { color: #b3261e; font-weight: bold; }\n"
        ".nightMode .dd-right { color: #6fd48c; } .nightMode .dd-wrong { color: #ff8a80; }\n"
        ".dd-why { margin: 0 0 8px 24px; }\n");
}

QJsonObject modelJson(const NoteType &type, qint64 deckId, qint64 modSecs)
{
    QJsonArray fields;
    for (int i = 0; i < type.fields.size(); ++i) {
        fields.append(QJsonObject{{QStringLiteral("name"), type.fields[i]}, {QStringLiteral("ord"), i},
                                  {QStringLiteral("sticky"), false}, {QStringLiteral("rtl"), false},
                                  {QStringLiteral("font"), QStringLiteral("Arial")}, {QStringLiteral("size"), 20},
                                  {QStringLiteral("media"), QJsonArray()}});
    }
    const QJsonObject templ{{QStringLiteral("name"), QStringLiteral("Card 1")},
                            {QStringLiteral("ord"), 0},
                            {QStringLiteral("qfmt"), type.front},
                            {QStringLiteral("afmt"), type.back},
                            {QStringLiteral("did"), QJsonValue::Null},
                            {QStringLiteral("bqfmt"), QString()},
                            {QStringLiteral("bafmt"), QString()}};
    // Card 1 needs its first field (Anki's `req`: which fields must be non-empty for the card to exist).
    const QJsonArray req{QJsonArray{0, QStringLiteral("any"), QJsonArray{0}}};
    return QJsonObject{
        {QStringLiteral("id"), type.id},
        {QStringLiteral("name"), type.name},
        {QStringLiteral("type"), 0},
        {QStringLiteral("mod"), modSecs},
        {QStringLiteral("usn"), 0},
        {QStringLiteral("sortf"), 0},
        {QStringLiteral("did"), deckId},
        {QStringLiteral("tmpls"), QJsonArray{templ}},
        {QStringLiteral("flds"), fields},
        {QStringLiteral("css"), css()},
        {QStringLiteral("latexPre"), QStringLiteral("\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n"
                                                    "\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n"
                                                    "\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n"
                                                    "\\begin{document}\n")},
        {QStringLiteral("latexPost"), QStringLiteral("\\end{document}")},
        {QStringLiteral("latexsvg"), false},
        {QStringLiteral("req"), req},
        {QStringLiteral("tags"), QJsonArray()},
        {QStringLiteral("vers"), QJsonArray()},
    };
}

} // namespace DeepDive::Anki
