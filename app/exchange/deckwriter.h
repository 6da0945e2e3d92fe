#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace DeepDive {

// A deck to be written as Markdown files (content/README.md's format): recall cards only, which is what every
// imported card becomes.
struct DeckFile
{
    struct Card
    {
        QString id;
        QString prompt; // Markdown
        QString answer; // Markdown
    };
    struct Topic
    {
        QString id;
        QString title;
        QString summary; // Markdown
        QStringList tags; // besides "anki"
        QList<Card> cards;
    };
    struct Section
    {
        QString id;
        QString title;
        QString folder; // "01-asyncio"
        QList<Topic> topics;
    };
    QString id;
    QString title;
    QString version = QStringLiteral("1");
    QString language;
    QString description;
    QList<Section> sections;
};

class DeckWriter
{
    Q_DECLARE_TR_FUNCTIONS(DeepDive::DeckWriter)

public:
    // Writes the deck's files into `folder` (which must exist): deck.md, a folder per section, a file per topic.
    static bool write(const DeckFile &deck, const QString &folder, QString *error);

    // An id from a title: lower case ASCII letters, digits and '-', at most 48 characters; `fallback` when nothing
    // of the title is left.
    static QString slug(const QString &title, const QString &fallback);
    // "NN-slug": a section's folder or a topic's file name (without .md), ordered by `index` (0-based) among `count`
    // names. The number has as many digits as the largest of them needs (at least two), so that the names sort as
    // the numbers do (DeckLoader orders them by name: "100-x" would come before "11-x").
    static QString orderedName(int index, const QString &id, int count = 0);
    // Text as Markdown that shows it literally.
    static QString escape(const QString &text);
    // A front matter value on one line.
    static QString frontMatterValue(const QString &text);
};

} // namespace DeepDive
