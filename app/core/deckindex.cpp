#include "deckindex.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>

namespace DeepDive::DeckIndex {

namespace {

constexpr quint32 magic = 0x44444958; // "DDIX"
constexpr quint32 formatVersion = 3;  // bump when the layout below changes

// A topic's section by its place in the deck's list (its id when it has none there); its cards' ids in one string.
void writeTopic(QDataStream &out, const Topic &t, const Deck &deck)
{
    const auto section = std::find_if(deck.sections.cbegin(), deck.sections.cend(),
                                      [&t](const Section &s) { return s.id == t.sectionId; });
    const qint32 sectionIndex = section == deck.sections.cend() ? -1 : qint32(section - deck.sections.cbegin());
    out << t.id << t.title << sectionIndex;
    if (sectionIndex < 0)
        out << t.sectionId;
    const Topic listed = skeleton(t); // its card ids joined as an index holds them
    out << QDir(deck.path).relativeFilePath(t.file) << t.tags << qint32(listed.indexedCardCount)
        << listed.indexedCardIds;
}

// Strings many topics have (section ids, tags) share one copy: ten thousand topics are ten thousand copies otherwise.
bool readTopic(QDataStream &in, Topic *t, const Deck &deck, QHash<QString, QString> &shared)
{
    qint32 sectionIndex = -1;
    in >> t->id >> t->title >> sectionIndex;
    if (sectionIndex >= deck.sections.size())
        return false;
    if (sectionIndex >= 0)
        t->sectionId = deck.sections[sectionIndex].id;
    else
        in >> t->sectionId;
    QString file;
    qint32 cards = 0;
    in >> file >> t->tags >> cards >> t->indexedCardIds;
    for (QString &tag : t->tags) {
        if (const auto known = shared.constFind(tag); known != shared.cend())
            tag = *known;
        else
            shared.insert(tag, tag);
    }
    t->indexedCardCount = cards;
    if (cards < 0 || t->indexedCardIds.count(QLatin1Char('\n')) != cards)
        return false;
    t->file = deck.path + QLatin1Char('/') + file;
    t->loaded = false;
    return in.status() == QDataStream::Ok;
}

} // namespace

Topic skeleton(const Topic &t)
{
    if (!t.loaded)
        return t;
    Topic s;
    s.id = t.id;
    s.title = t.title;
    s.sectionId = t.sectionId;
    s.file = t.file;
    s.tags = t.tags;
    s.setIndexedCardIds(t.cardIds());
    s.loaded = false;
    return s;
}

Deck skeleton(const Deck &deck)
{
    Deck d = deck;
    d.topics = {};
    d.topics.reserve(deck.topics.size());
    for (const Topic &t : deck.topics)
        d.topics.append(skeleton(t));
    return d;
}

bool write(const QString &file, const Deck &deck, QString *error)
{
    QDir().mkpath(QFileInfo(file).absolutePath());
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = out.errorString();
        return false;
    }
    QDataStream stream(&out);
    stream.setVersion(QDataStream::Qt_6_5);
    stream.setByteOrder(QDataStream::LittleEndian); // the strings are read as they are in memory
    stream << magic << formatVersion << deck.id << deck.title << deck.version << deck.language << deck.description
           << deck.contentHash;
    stream << qint32(deck.sections.size());
    for (const Section &s : deck.sections)
        stream << s.id << s.title << s.description << s.topics;
    stream << qint32(deck.topics.size());
    for (const Topic &t : deck.topics)
        writeTopic(stream, t, deck);
    if (stream.status() != QDataStream::Ok || !out.commit()) {
        *error = out.errorString();
        return false;
    }
    return true;
}

std::optional<Deck> read(const QString &file, const QString &folder)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return std::nullopt;
    // One read, then parsing from memory: a few hundred kilobytes for ten thousand topics.
    const QByteArray data = in.readAll();
    QDataStream stream(data);
    stream.setVersion(QDataStream::Qt_6_5);
    stream.setByteOrder(QDataStream::LittleEndian);
    quint32 fileMagic = 0;
    quint32 version = 0;
    stream >> fileMagic >> version;
    if (fileMagic != magic || version != formatVersion)
        return std::nullopt;
    Deck deck;
    stream >> deck.id >> deck.title >> deck.version >> deck.language >> deck.description >> deck.contentHash;
    qint32 n = 0;
    stream >> n;
    if (n < 0 || stream.status() != QDataStream::Ok)
        return std::nullopt;
    deck.sections.reserve(n); // exactly: resize() alone leaves room to grow, half as much again for ten thousand topics
    deck.sections.resize(n);
    for (Section &s : deck.sections)
        stream >> s.id >> s.title >> s.description >> s.topics;
    stream >> n;
    if (n < 0 || stream.status() != QDataStream::Ok)
        return std::nullopt;
    deck.topics.reserve(n);
    deck.topics.resize(n);
    deck.path = folder;
    QHash<QString, QString> shared;
    for (Topic &t : deck.topics) {
        if (!readTopic(stream, &t, deck, shared))
            return std::nullopt;
    }
    for (const Section &s : std::as_const(deck.sections)) {
        for (int t : s.topics) {
            if (t < 0 || t >= deck.topics.size())
                return std::nullopt;
        }
    }
    if (stream.status() != QDataStream::Ok || !stream.atEnd())
        return std::nullopt;
    return deck;
}

} // namespace DeepDive::DeckIndex
