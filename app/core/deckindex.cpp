#include "deckindex.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace DeepDive::DeckIndex {

namespace {

constexpr quint32 magic = 0x44444958; // "DDIX"
constexpr quint32 formatVersion = 2;  // bump when the layout below changes

void writeTopic(QDataStream &out, const Topic &t, const QString &deckPath)
{
    out << t.id << t.title << t.sectionId << QDir(deckPath).relativeFilePath(t.file) << t.tags << t.cardIds();
}

bool readTopic(QDataStream &in, Topic *t, const QString &deckPath)
{
    QString file;
    in >> t->id >> t->title >> t->sectionId >> file >> t->tags >> t->indexedCardIds;
    t->file = deckPath + QLatin1Char('/') + file;
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
    s.indexedCardIds = t.cardIds();
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
    stream << magic << formatVersion << deck.id << deck.title << deck.version << deck.language << deck.description
           << deck.contentHash;
    stream << qint32(deck.sections.size());
    for (const Section &s : deck.sections)
        stream << s.id << s.title << s.description << s.topics;
    stream << qint32(deck.topics.size());
    for (const Topic &t : deck.topics)
        writeTopic(stream, t, deck.path);
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
    deck.sections.resize(n);
    for (Section &s : deck.sections)
        stream >> s.id >> s.title >> s.description >> s.topics;
    stream >> n;
    if (n < 0 || stream.status() != QDataStream::Ok)
        return std::nullopt;
    deck.topics.resize(n);
    deck.path = folder;
    for (Topic &t : deck.topics) {
        if (!readTopic(stream, &t, folder))
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
