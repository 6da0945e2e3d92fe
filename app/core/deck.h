#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace DeepDive {

enum class SnippetKind { Example, Pitfall, Fix };

struct Snippet
{
    QString id;
    QString title;
    QString language;
    QString code;
    QString explanation; // Markdown
    QString expectedOutput;
    QString expectedRaises; // last line of the traceback, when the snippet ends with an exception
    QString fixId;          // on a pitfall: the snippet that fixes it
    QStringList requirements;
    SnippetKind kind = SnippetKind::Example;
    bool hasExpectedOutput = false;
    int line = 0; // the line of the opening code fence

    bool raises() const { return !expectedRaises.isEmpty(); }
    bool checksOutput() const { return hasExpectedOutput || raises(); }
};

enum class CardType { Recall, Choice, Predict, SpotBug, Pair };

struct ChoiceOption
{
    QString text;        // Markdown
    QString explanation; // Markdown: why it is wrong (or right)
    bool correct = false;
};

struct PairItem
{
    int side = 0; // 0 for concept a, 1 for concept b
    QString situation; // Markdown
};

struct Card
{
    QString id;
    CardType type = CardType::Recall;
    QString prompt;      // Markdown
    QString answer;      // recall: Markdown
    QString explanation; // shown after answering
    QList<ChoiceOption> options;
    QString snippetId; // predict, spot-bug
    QString showId;    // recall, choice, pair: a snippet the code pane may show while the card is asked (`show=ID`)
    QList<int> bugLines; // spot-bug, 1-based within the snippet
    QString conceptA;
    QString conceptB;
    QList<PairItem> pairs;
    int line = 0;
};

struct Reference
{
    QString title;
    QString url;
};

struct Topic
{
    QString id;
    QString title;
    QString sectionId;
    QString file;
    QStringList tags;
    QString summary; // Markdown: the prose before the first card, key points and snippets (the Topic tab); not the learner's notes
    QStringList keyPoints; // Markdown, one per point
    QList<Reference> references;
    QList<Snippet> snippets;
    QList<Card> cards;
    // False for a topic read from a deck index: its id, title, tags and file, and its cards' ids (indexedCardIds)
    // but not the cards themselves. TopicModel::loadedTopic() reads the rest from the file when the topic is opened.
    bool loaded = true;
    // From an index, the cards' ids in one string, each followed by a line break: one allocation for them all (as a
    // list, ten thousand topics' sixty thousand ids took 4.6 MB, and as much time to fault in at start-up).
    QString indexedCardIds;
    int indexedCardCount = 0;
    void setIndexedCardIds(const QStringList &ids);

    const Snippet *snippet(const QString &snippetId) const;
    // The topic's cards by id, loaded or not: what progress, study sessions and statistics need.
    qsizetype cardCount() const { return loaded ? cards.size() : indexedCardCount; }
    QStringView cardId(qsizetype i) const;
    QStringList cardIds() const;
};

// A deck's "deck/card" keys (how progress names a card), made one after the other in one buffer: a new string for
// each of 10,000 topics' 60,000 cards took longer than looking the keys up. The key is valid until the next call.
class CardKeys
{
public:
    explicit CardKeys(const QString &deckId)
        : m_key(deckId + QLatin1Char('/'))
        , m_prefix(m_key.size())
    {
    }
    const QString &of(QStringView cardId)
    {
        m_key.truncate(m_prefix);
        m_key += cardId;
        return m_key;
    }

private:
    QString m_key;
    qsizetype m_prefix;
};

struct Section
{
    QString id;
    QString title;
    QString description;
    QList<int> topics; // indexes into Deck::topics, in order
};

struct Deck
{
    QString id;
    QString title;
    QString version;
    QString language;
    QString description;
    QString path;
    QByteArray contentHash; // DeckLoader::signature() of its files, so caches know when the deck changed
    QList<Section> sections;
    QList<Topic> topics;
};

// One problem found while loading content: shown as "file:line: error: message".
struct Diagnostic
{
    QString file;
    int line = 0;
    QString message;

    QString toString() const;
    bool operator==(const Diagnostic &) const = default;
};

// A title as plain text: titles may use Markdown code spans (`is` versus `==`), which plain-text views drop.
QString plainTitle(const QString &title);

QString cardTypeName(CardType type);
bool cardTypeFromName(const QString &name, CardType *type);
QString snippetKindName(SnippetKind kind);

} // namespace DeepDive
