#include "deckwriter.h"

#include <QDir>
#include <QSaveFile>

#include <algorithm>

namespace DeepDive {

namespace {

bool writeFile(const QString &path, const QString &text, QString *error)
{
    QSaveFile file(path);
    const QByteArray utf8 = text.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(utf8) != utf8.size() || !file.commit()) {
        *error = DeckWriter::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

QString topicText(const DeckFile::Topic &topic)
{
    QString text = QStringLiteral("---\nid: ") + topic.id + QStringLiteral("\ntitle: ") + DeckWriter::frontMatterValue(topic.title)
        + QStringLiteral("\ntags: ")
        + DeckWriter::frontMatterValue((QStringList{QStringLiteral("anki")} + topic.tags).join(QStringLiteral(", ")))
        + QStringLiteral("\n---\n\n") + topic.summary + QStringLiteral("\n\n## Cards\n");
    for (const DeckFile::Card &card : topic.cards) {
        text += QStringLiteral("\n### recall id=") + card.id + QStringLiteral("\n\n") + card.prompt
            + QStringLiteral("\n\n#### Answer\n\n") + card.answer + QStringLiteral("\n");
    }
    return text;
}

} // namespace

QString DeckWriter::slug(const QString &title, const QString &fallback)
{
    QString id;
    for (const QChar c : title.normalized(QString::NormalizationForm_KD).toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            id += c;
        else if (c.category() == QChar::Mark_NonSpacing)
            continue; // the accent of an é
        else if (!id.isEmpty() && !id.endsWith(QLatin1Char('-')))
            id += QLatin1Char('-');
    }
    id = id.left(48);
    while (id.endsWith(QLatin1Char('-')))
        id.chop(1);
    return id.isEmpty() ? fallback : id;
}

QString DeckWriter::orderedName(int index, const QString &id, int count)
{
    const int width = std::max(2, int(QString::number(std::max(index + 1, count)).size()));
    return QStringLiteral("%1-%2").arg(index + 1, width, 10, QLatin1Char('0')).arg(id);
}

QString DeckWriter::escape(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (QStringView(u"\\`*_[]<>|#~&$").contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString DeckWriter::frontMatterValue(const QString &text)
{
    QString value = text.simplified();
    if (value.isEmpty())
        return QStringLiteral("-");
    // FrontMatter takes one pair of quotes off a value, as YAML does: a value with its own keeps them inside another.
    if (value.size() >= 2 && (value.front() == QLatin1Char('"') || value.front() == QLatin1Char('\''))
        && value.back() == value.front())
        value = value.front() + value + value.front();
    return value;
}

bool DeckWriter::write(const DeckFile &deck, const QString &folder, QString *error)
{
    const QDir root(folder);
    const QString manifest = QStringLiteral("---\nid: ") + deck.id + QStringLiteral("\ntitle: ") + frontMatterValue(deck.title)
        + QStringLiteral("\nversion: ") + deck.version + QStringLiteral("\nlanguage: ") + deck.language
        + QStringLiteral("\n---\n\n") + deck.description + QStringLiteral("\n");
    if (!writeFile(root.filePath(QStringLiteral("deck.md")), manifest, error))
        return false;
    for (const DeckFile::Section &section : deck.sections) {
        if (!root.mkpath(section.folder)) {
            *error = tr("cannot make the folder %1").arg(QDir::toNativeSeparators(root.filePath(section.folder)));
            return false;
        }
        const QDir dir(root.filePath(section.folder));
        const QString sectionText = QStringLiteral("---\nid: ") + section.id + QStringLiteral("\ntitle: ")
            + frontMatterValue(section.title) + QStringLiteral("\n---\n");
        if (!writeFile(dir.filePath(QStringLiteral("section.md")), sectionText, error))
            return false;
        for (int t = 0; t < section.topics.size(); ++t) {
            const DeckFile::Topic &topic = section.topics[t];
            const QString name = orderedName(t, topic.id, int(section.topics.size()));
            if (!writeFile(dir.filePath(name + QStringLiteral(".md")), topicText(topic), error))
                return false;
        }
    }
    return true;
}

} // namespace DeepDive
