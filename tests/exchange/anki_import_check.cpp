// For anki-export-import.sh: compares the deck Deep Dive imported from real Anki's export with what anki_make_deck.py
// gave Anki (WORK/expected.json): every card in its topic and section, its question and answer as a reader sees them,
// clozes, code blocks, images (copied, referenced, the same bytes) and tags, and nothing more.
#include "deckloader.h"
#include "htmlparser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTextStream>
#include <QUrl>

#include <md4c-html.h>

using namespace DeepDive;

namespace {

// Markdown as the text a reader sees: rendered, tags dropped, white space folded.
QString plain(const QString &markdown)
{
    const QByteArray utf8 = markdown.toUtf8();
    QByteArray out;
    md_html(
        utf8.constData(), MD_SIZE(utf8.size()),
        [](const MD_CHAR *text, MD_SIZE size, void *data) {
            static_cast<QByteArray *>(data)->append(text, qsizetype(size));
        },
        &out, MD_DIALECT_GITHUB | MD_FLAG_NOHTML, 0);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    return decodeEntities(QString::fromUtf8(out).remove(tags)).replace(QChar(0xa0), QLatin1Char(' ')).simplified();
}

// The contents of the fenced code blocks in `markdown`.
QStringList codeBlocks(const QString &markdown)
{
    static const QRegularExpression fence(QStringLiteral("^(`{3,})[^`\\n]*\\n(.*?)\\n\\1$"),
                                          QRegularExpression::MultilineOption |
                                              QRegularExpression::DotMatchesEverythingOption);
    QStringList blocks;
    for (auto it = fence.globalMatch(markdown); it.hasNext();)
        blocks.append(it.next().captured(2));
    return blocks;
}

// The targets of the images in `markdown`, decoded.
QStringList imageTargets(const QString &markdown)
{
    static const QRegularExpression image(QStringLiteral("!\\[[^\\]]*\\]\\(([^)\\s]+)\\)"));
    QStringList targets;
    for (auto it = image.globalMatch(markdown); it.hasNext();)
        targets.append(QUrl::fromPercentEncoding(it.next().captured(1).toUtf8()));
    return targets;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc != 3) {
        out << "usage: anki_import_check DECK_FOLDER WORK\n";
        return 2;
    }
    const QDir work(QString::fromLocal8Bit(argv[2]));
    QFile expectedFile(work.filePath(QStringLiteral("expected.json")));
    if (!expectedFile.open(QIODevice::ReadOnly)) {
        out << "cannot read " << expectedFile.fileName() << '\n';
        return 2;
    }
    const QJsonObject expected = QJsonDocument::fromJson(expectedFile.readAll()).object();
    const DeckLoadResult loaded = DeckLoader::load(QString::fromLocal8Bit(argv[1]));
    QStringList failures;
    const auto check = [&](bool ok, const QString &message) {
        if (!ok)
            failures.append(message);
    };
    check(loaded.loaded, QStringLiteral("the deck cannot be loaded"));
    for (const Diagnostic &d : loaded.diagnostics)
        failures.append(d.toString());
    const Deck &deck = loaded.deck;
    check(deck.title == expected.value(QStringLiteral("deckTitle")).toString(),
          QStringLiteral("the deck's title is ") + deck.title);

    // Each Anki deck is one topic, in the section its parent makes.
    QHash<QString, QString> sectionTitles;
    for (const Section &section : deck.sections)
        sectionTitles.insert(section.id, section.title);
    QSet<QString> places, expectedPlaces;
    QHash<QString, QPair<const Topic *, const Card *>> cards;
    for (const Topic &topic : deck.topics) {
        places.insert(sectionTitles.value(topic.sectionId) + QStringLiteral(" / ") + topic.title);
        for (const Card &card : topic.cards)
            cards.insert(card.id, {&topic, &card});
    }
    const QJsonObject placeOf = expected.value(QStringLiteral("places")).toObject();
    for (const QJsonValue &place : placeOf)
        expectedPlaces.insert(place[0].toString() + QStringLiteral(" / ") + place[1].toString());
    check(places == expectedPlaces,
          QStringLiteral("the topics are %1, expected %2")
              .arg(QStringList(places.cbegin(), places.cend()).join(QStringLiteral(", ")),
                   QStringList(expectedPlaces.cbegin(), expectedPlaces.cend()).join(QStringLiteral(", "))));

    const QJsonArray expectedCards = expected.value(QStringLiteral("cards")).toArray();
    check(cards.size() == expectedCards.size(),
          QStringLiteral("%1 cards in the deck, %2 in Anki's").arg(cards.size()).arg(expectedCards.size()));
    const QByteArray image = contents(work.filePath(expected.value(QStringLiteral("image")).toString()));
    int images = 0, codes = 0;
    for (const QJsonValue &value : expectedCards) {
        const QJsonObject e = value.toObject();
        const QString id = e.value(QStringLiteral("id")).toString();
        const auto found = cards.constFind(id);
        if (found == cards.cend()) {
            failures.append(
                QStringLiteral("card %1 (%2) is missing").arg(id, e.value(QStringLiteral("prompt")).toString()));
            continue;
        }
        const Topic &topic = *found->first;
        const Card &card = *found->second;
        const QString where = QStringLiteral("card %1 in %2").arg(id, topic.file);
        const QJsonArray place = placeOf.value(e.value(QStringLiteral("deck")).toString()).toArray();
        check(topic.title == place[1].toString() && sectionTitles.value(topic.sectionId) == place[0].toString(),
              QStringLiteral("%1: in the topic %2 of %3, expected %4 of %5")
                  .arg(where, topic.title, sectionTitles.value(topic.sectionId), place[1].toString(),
                       place[0].toString()));
        check(card.type == CardType::Recall, where + QStringLiteral(": not a recall card"));
        const auto same = [&](const QString &side, const QString &markdown) {
            const QString want = e.value(side).toString();
            check(plain(markdown) == want, QStringLiteral("%1: the %2 reads \"%3\", expected \"%4\" (Markdown: %5)")
                                               .arg(where, side, plain(markdown), want, markdown));
        };
        same(QStringLiteral("prompt"), card.prompt);
        same(QStringLiteral("answer"), card.answer);
        if (const QString bold = e.value(QStringLiteral("bold")).toString(); !bold.isEmpty()) {
            check(card.answer.contains(QStringLiteral("**") + bold + QStringLiteral("**")),
                  where + QStringLiteral(": the cloze answer is not in bold: ") + card.answer);
            check(!card.prompt.contains(bold),
                  where + QStringLiteral(": the question gives the cloze away: ") + card.prompt);
        }
        if (const QString span = e.value(QStringLiteral("span")).toString(); !span.isEmpty())
            check(card.answer.contains(span),
                  where + QStringLiteral(": no code span ") + span + QStringLiteral(" in ") + card.answer);
        const QString markdown = card.prompt + QStringLiteral("\n\n") + card.answer;
        QStringList wantCode;
        for (const QJsonValue &code : e.value(QStringLiteral("code")).toArray())
            wantCode.append(code.toString());
        check(codeBlocks(markdown) == wantCode,
              QStringLiteral("%1: the code blocks are [%2], expected [%3]")
                  .arg(where, codeBlocks(markdown).join(QStringLiteral("|")), wantCode.join(QStringLiteral("|"))));
        codes += int(wantCode.size());
        const QStringList targets = imageTargets(markdown);
        check(targets.size() == e.value(QStringLiteral("images")).toArray().size(),
              QStringLiteral("%1: %2 images referenced in %3").arg(where).arg(targets.size()).arg(markdown));
        for (const QString &target : targets) {
            const QString path = QFileInfo(topic.file).dir().filePath(target);
            check(QFileInfo(path).isFile() && contents(path) == image,
                  QStringLiteral("%1: the image %2 is not the picture Anki had").arg(where, path));
            ++images;
        }
        QStringList tags;
        for (const QJsonValue &tag : e.value(QStringLiteral("tags")).toArray())
            tags.append(tag.toString());
        for (const QString &tag : std::as_const(tags))
            check(topic.tags.contains(tag), QStringLiteral("%1: the topic's tags %2 lack the note's tag %3")
                                                .arg(where, topic.tags.join(QStringLiteral(", ")), tag));
    }
    if (!failures.isEmpty()) {
        out << failures.size() << " problems:\n";
        for (const QString &failure : std::as_const(failures))
            out << "  " << failure << '\n';
        return 1;
    }
    out << "the deck holds every card Anki exported: " << cards.size() << " cards in " << deck.topics.size()
        << " topics, " << codes << " code blocks, " << images << " images, the notes' tags\n";
    return 0;
}
