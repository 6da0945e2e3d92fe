#include "deckloader.h"

#include "deckindex.h"

#include "frontmatter.h"
#include "topicparser.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTimeZone>

namespace DeepDive {

namespace {

void checkTopicReferences(Topic &topic, QList<Diagnostic> *diagnostics);

struct Place
{
    QString file;
    int line = 0;
};

class Loader
{
public:
    explicit Loader(bool keepContent)
        : m_keepContent(keepContent)
    {
    }
    DeckLoadResult run(const QString &folder);

private:
    bool readFile(const QString &path, QByteArray *data);
    void error(const QString &file, int line, const QString &message) { m_result.diagnostics.append({file, line, message}); }
    bool claim(QHash<QString, Place> &ids, const QString &kind, const QString &id, const Place &place);
    void loadSection(const QString &path);

    bool m_keepContent;
    DeckLoadResult m_result;
    QHash<QString, Place> m_sectionIds, m_topicIds, m_snippetIds, m_cardIds;
};

// A deck's file as UTF-8 bytes; false, with why in `diagnostics`, when it cannot be read or is not UTF-8.
bool readDeckFile(const QString &path, QByteArray *data, QList<Diagnostic> *diagnostics)
{
    // Only regular files: opening a FIFO or a device named *.md would block or never end.
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        diagnostics->append({path, 0, QStringLiteral("not a regular file (a pipe, socket, device or folder named .md); "
                                                     "a deck holds only plain text files")});
        return false;
    }
    if (info.size() > DeckLoader::maxFileBytes) {
        diagnostics->append({path, 0, QStringLiteral("the file is %1 KiB; a deck file may be at most %2 KiB: split the "
                                                     "topic into several")
                                          .arg(info.size() / 1024).arg(DeckLoader::maxFileBytes / 1024)});
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        diagnostics->append({path, 0, QStringLiteral("cannot read the file: %1; check that it exists and is readable")
                                          .arg(file.errorString())});
        return false;
    }
    *data = file.read(DeckLoader::maxFileBytes + 1);
    if (data->size() > DeckLoader::maxFileBytes) { // it grew while we read it
        diagnostics->append({path, 0, QStringLiteral("the file is over %1 KiB; a deck file may be at most %1 KiB: split "
                                                     "the topic into several")
                                          .arg(DeckLoader::maxFileBytes / 1024)});
        return false;
    }
    if (const int bad = DeckLoader::firstInvalidUtf8Line(*data)) {
        diagnostics->append({path, bad, QStringLiteral("the file is not valid UTF-8; save it as UTF-8")});
        return false;
    }
    return true;
}

bool Loader::readFile(const QString &path, QByteArray *data)
{
    return readDeckFile(path, data, &m_result.diagnostics);
}

bool Loader::claim(QHash<QString, Place> &ids, const QString &kind, const QString &id, const Place &place)
{
    const auto it = ids.constFind(id);
    if (it != ids.cend()) {
        error(place.file, place.line, QStringLiteral("duplicate %1 id `%2`, already used at %3:%4; ids must be unique "
                                                     "within the deck").arg(kind, id, it->file).arg(it->line));
        return false;
    }
    ids.insert(id, place);
    return true;
}

void Loader::loadSection(const QString &path)
{
    Deck &deck = m_result.deck;
    const QString manifest = path + QStringLiteral("/section.md");
    QByteArray data;
    if (!QFile::exists(manifest)) {
        error(path, 0, QStringLiteral("the folder has no section.md; add one with `id` and `title` front matter"));
        return;
    }
    if (!readFile(manifest, &data))
        return;
    QList<Diagnostic> &diagnostics = m_result.diagnostics;
    const FrontMatter fm = FrontMatter::parse(data, manifest, {QStringLiteral("id"), QStringLiteral("title")},
                                              &diagnostics);
    Section section;
    section.id = fm.value(QStringLiteral("id"));
    section.title = fm.value(QStringLiteral("title"));
    section.description = QString::fromUtf8(fm.body).trimmed();
    if (!isValidId(section.id) || section.title.isEmpty()) {
        error(manifest, 1, QStringLiteral("a section needs a valid `id` (lower-case letters, digits, `-`, `_`) and a "
                                          "`title` in its front matter"));
        return;
    }
    if (!claim(m_sectionIds, QStringLiteral("section"), section.id, {manifest, fm.lineOf(QStringLiteral("id"))}))
        return;

    const QDir dir(path);
    const QStringList files = dir.entryList({QStringLiteral("*.md")}, QDir::Files | QDir::System, QDir::Name);
    for (const QString &name : files) {
        if (name == QLatin1String("section.md"))
            continue;
        const QString file = dir.filePath(name);
        if (!readFile(file, &data))
            continue;
        const qsizetype before = diagnostics.size();
        Topic topic = parseTopic(data, file, &diagnostics);
        if (!isValidId(topic.id) || topic.title.isEmpty()) {
            if (diagnostics.size() == before)
                error(file, 1, QStringLiteral("the topic has no valid id or title"));
            continue;
        }
        if (!claim(m_topicIds, QStringLiteral("topic"), topic.id, {file, 2}))
            continue;
        topic.sectionId = section.id;
        QList<Snippet> snippets;
        for (const Snippet &s : std::as_const(topic.snippets)) {
            if (claim(m_snippetIds, QStringLiteral("snippet"), s.id, {file, s.line}))
                snippets.append(s);
        }
        topic.snippets = snippets;
        QList<Card> cards;
        for (const Card &c : std::as_const(topic.cards)) {
            if (claim(m_cardIds, QStringLiteral("card"), c.id, {file, c.line}))
                cards.append(c);
        }
        topic.cards = cards;
        checkTopicReferences(topic, &diagnostics);
        section.topics.append(int(deck.topics.size()));
        deck.topics.append(m_keepContent ? topic : DeckIndex::skeleton(topic));
    }
    deck.sections.append(section);
}

// Snippet references stay within their topic: a fix beside its pitfall, a card's snippet in the topic's code pane.
// Cards that point at a missing or unsuitable snippet are dropped.
void checkTopicReferences(Topic &topic, QList<Diagnostic> *diagnostics)
{
    const auto error = [&](int line, const QString &message) { diagnostics->append({topic.file, line, message}); };
    QHash<QString, const Snippet *> snippets;
    for (const Snippet &s : std::as_const(topic.snippets))
        snippets.insert(s.id, &s);
    for (const Snippet &s : std::as_const(topic.snippets)) {
        if (!s.fixId.isEmpty() && !snippets.contains(s.fixId))
            error(s.line, QStringLiteral("`fix=%1` names no snippet of this topic").arg(s.fixId));
    }
    QList<Card> valid;
    for (const Card &card : std::as_const(topic.cards)) {
        const qsizetype before = diagnostics->size();
        const Snippet *s = card.snippetId.isEmpty() ? nullptr : snippets.value(card.snippetId);
        if (!card.showId.isEmpty() && !snippets.contains(card.showId)) {
            error(card.line, QStringLiteral("card `%1` shows snippet `%2` (`show=`), which is not in this topic")
                                 .arg(card.id, card.showId));
        } else if (!card.snippetId.isEmpty() && !s) {
            error(card.line, QStringLiteral("card `%1` points at snippet `%2`, which is not in this topic")
                                 .arg(card.id, card.snippetId));
        } else if (card.type == CardType::Predict && s && !s->checksOutput()) {
            error(card.line, QStringLiteral("predict card `%1` points at snippet `%2`, which has no expected output; "
                                            "add an `output` block to the snippet").arg(card.id, card.snippetId));
        } else if (card.type == CardType::SpotBug && s) {
            if (s->kind != SnippetKind::Pitfall || !snippets.contains(s->fixId))
                error(card.line, QStringLiteral("spot-bug card `%1` points at snippet `%2`, which is not a pitfall "
                                                "with a `fix`").arg(card.id, s->id));
            const int lines = int(s->code.count(QLatin1Char('\n'))) + (s->code.endsWith(QLatin1Char('\n')) ? 0 : 1);
            for (int line : card.bugLines) {
                if (line > lines)
                    error(card.line, QStringLiteral("spot-bug card `%1`: `line=%2` is past the end of snippet `%3` "
                                                    "(%4 lines)").arg(card.id).arg(line).arg(s->id).arg(lines));
            }
        }
        if (diagnostics->size() == before)
            valid.append(card);
    }
    topic.cards = valid;
}

DeckLoadResult Loader::run(const QString &folder)
{
    Deck &deck = m_result.deck;
    deck.path = folder;
    const QString manifest = folder + QStringLiteral("/deck.md");
    QByteArray data;
    if (!QFileInfo(folder).isDir()) {
        error(folder, 0, QStringLiteral("not a folder; give the folder that holds deck.md"));
        return m_result;
    }
    if (!QFile::exists(manifest)) {
        error(folder, 0, QStringLiteral("no deck.md here; a deck folder starts with a deck.md manifest (see "
                                        "content/README.md)"));
        return m_result;
    }
    if (!readFile(manifest, &data))
        return m_result;
    const QStringList keys{QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("version"),
                           QStringLiteral("language")};
    const FrontMatter fm = FrontMatter::parse(data, manifest, keys, &m_result.diagnostics);
    for (const QString &key : keys) {
        if (fm.value(key).isEmpty())
            error(manifest, 1, QStringLiteral("the manifest has no `%1`; add `%1: ...` to its front matter").arg(key));
    }
    deck.id = fm.value(QStringLiteral("id"));
    deck.title = fm.value(QStringLiteral("title"));
    deck.version = fm.value(QStringLiteral("version"));
    deck.language = fm.value(QStringLiteral("language"));
    deck.description = QString::fromUtf8(fm.body).trimmed();
    if (!isValidId(deck.id)) {
        error(manifest, fm.lineOf(QStringLiteral("id")), QStringLiteral("the deck needs a valid `id`"));
        return m_result;
    }
    m_result.loaded = true;
    const QDir dir(folder);
    const QStringList sections = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : sections)
        loadSection(dir.filePath(name));
    deck.contentHash = DeckLoader::signature(folder);
    return m_result;
}

} // namespace

int DeckLoadResult::cardCount() const
{
    int n = 0;
    for (const Topic &t : deck.topics)
        n += int(t.cards.size());
    return n;
}

int DeckLoadResult::snippetCount() const
{
    int n = 0;
    for (const Topic &t : deck.topics)
        n += int(t.snippets.size());
    return n;
}

int DeckLoadResult::snippetsWithOutputCount() const
{
    int n = 0;
    for (const Topic &t : deck.topics) {
        for (const Snippet &s : t.snippets)
            n += s.checksOutput() ? 1 : 0;
    }
    return n;
}

DeckLoadResult DeckLoader::load(const QString &folder, Content content)
{
    return Loader(content == Content::Keep).run(folder);
}

QList<Deck> DeckLoader::loadAll(const QStringList &folders, QList<Diagnostic> *diagnostics)
{
    QList<Deck> decks;
    for (const QString &folder : folders) {
        DeckLoadResult result = load(folder);
        diagnostics->append(result.diagnostics);
        if (!result.loaded)
            continue;
        const auto same = std::find_if(decks.begin(), decks.end(), [&](const Deck &d) { return d.id == result.deck.id; });
        if (same != decks.end())
            *same = std::move(result.deck);
        else
            decks.append(std::move(result.deck));
    }
    return decks;
}

std::optional<Topic> DeckLoader::loadTopic(const Topic &indexed, QList<Diagnostic> *diagnostics)
{
    QByteArray data;
    if (!readDeckFile(indexed.file, &data, diagnostics))
        return std::nullopt;
    QList<Diagnostic> ignored; // the deck's checks reported them when the index was made
    Topic topic = parseTopic(data, indexed.file, &ignored);
    if (topic.id != indexed.id) {
        diagnostics->append({indexed.file, 1, QStringLiteral("the file no longer holds topic `%1`").arg(indexed.id)});
        return std::nullopt;
    }
    topic.sectionId = indexed.sectionId;
    checkTopicReferences(topic, &ignored);
    // Keep the cards the index has, in its order: duplicates and faulty cards were left out when it was made.
    QHash<QString, int> at;
    for (int i = 0; i < topic.cards.size(); ++i)
        at.insert(topic.cards[i].id, i);
    QList<Card> kept;
    for (qsizetype i = 0; i < indexed.cardCount(); ++i) {
        if (const auto it = at.constFind(indexed.cardId(i).toString()); it != at.cend())
            kept.append(topic.cards[*it]);
    }
    topic.cards = kept;
    return topic;
}

QByteArray DeckLoader::signature(const QString &folder)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const auto add = [&hash](const QFileInfo &info) {
        hash.addData(info.fileName().toUtf8());
        const qint64 facts[] = {info.size(), info.lastModified(QTimeZone::UTC).toMSecsSinceEpoch()};
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(facts), sizeof(facts)));
    };
    const QDir dir(folder);
    add(QFileInfo(dir.filePath(QStringLiteral("deck.md"))));
    for (const QFileInfo &section : dir.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        hash.addData(section.fileName().toUtf8());
        for (const QFileInfo &file : QDir(section.filePath()).entryInfoList({QStringLiteral("*.md")}, QDir::Files | QDir::System, QDir::Name))
            add(file);
    }
    return hash.result().toHex();
}

QStringList DeckLoader::deckFolders(const QString &parent)
{
    QStringList folders;
    const QDir dir(parent);
    for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (QFile::exists(dir.filePath(name + QStringLiteral("/deck.md"))))
            folders.append(dir.filePath(name));
    }
    return folders;
}

int DeckLoader::firstInvalidUtf8Line(QByteArrayView data)
{
    int line = 1;
    const auto *p = reinterpret_cast<const unsigned char *>(data.data());
    const qsizetype n = data.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = p[i];
        if (c == '\n')
            ++line;
        int extra = 0;
        unsigned int min = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            extra = 1;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            min = 0x10000;
        } else {
            return line;
        }
        if (i + extra >= n)
            return line;
        unsigned int cp = c & (0x3F >> extra);
        for (int k = 1; k <= extra; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return line;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return line;
        i += extra + 1;
    }
    return 0;
}

} // namespace DeepDive
