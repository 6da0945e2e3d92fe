#include "ankiimporter.h"

#include "ankinotereader.h"
#include "deckloader.h"
#include "deckwriter.h"
#include "htmltomarkdown.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QUrl>
#include <QUuid>

namespace DeepDive {

namespace {

QString unique(const QString &id, QSet<QString> *used)
{
    QString candidate = id;
    for (int n = 2; used->contains(candidate); ++n)
        candidate = id + QLatin1Char('-') + QString::number(n);
    used->insert(candidate);
    return candidate;
}

// Where an Anki deck goes: its parent is the section, the deck itself the topic.
struct Place
{
    QString sectionKey;
    QString sectionTitle;
    QString topicTitle;
};

Place place(const QString &deckName)
{
    const QStringList parts = deckName.split(QStringLiteral("::"));
    if (parts.size() == 1)
        return {deckName, deckName, deckName};
    return {parts.mid(0, parts.size() - 1).join(QStringLiteral("::")),
            parts.size() == 2 ? parts.first() : parts.mid(1, parts.size() - 2).join(QStringLiteral(" / ")), parts.last()};
}

// A file name that is safe in any file system and in a Markdown link.
QString safeFileName(const QString &name)
{
    QString safe;
    for (const QChar c : QFileInfo(name).fileName()) {
        safe += (c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('-') || c == QLatin1Char('_'))
            ? c : QLatin1Char('_');
    }
    while (safe.startsWith(QLatin1Char('.')))
        safe.remove(0, 1);
    return safe.left(100);
}

} // namespace

AnkiImporter::AnkiImporter(AnkiPackageLimits limits)
    : m_limits(limits)
{
}

bool AnkiImporter::importPackage(const QString &file, const QString &decksFolder, AnkiImportReport *report, QString *error)
{
    *report = {};
    m_cancelled = false;
    const bool hadDecksFolder = QFileInfo(decksFolder).isDir();
    bool ok = false;
    {
        QTemporaryDir work; // the unpacked collection: removed on every way out
        if (!work.isValid()) {
            *error = tr("cannot make a temporary folder: %1").arg(work.errorString());
            return false;
        }
        ok = importInto(file, decksFolder, work.path(), report, error);
    }
    if (!ok && !hadDecksFolder)
        QDir().rmdir(decksFolder); // made for this import, and empty
    return ok;
}

bool AnkiImporter::carryOn(int done, int total, QString *error)
{
    if (!m_progress || m_progress(done, total))
        return true;
    m_cancelled = true;
    *error = tr("the import was cancelled");
    return false;
}

bool AnkiImporter::importInto(const QString &file, const QString &decksFolder, const QString &workFolder,
                              AnkiImportReport *report, QString *error)
{
    AnkiPackage package(m_limits);
    if (!package.open(file, workFolder, error))
        return false;
    QList<AnkiCardContent> cards;
    if (!AnkiNoteReader::read(package.collectionPath(), &cards, &report->skipped, error))
        return false;
    if (cards.isEmpty()) {
        *error = tr("%1 holds no cards; nothing was imported").arg(QDir::toNativeSeparators(file));
        return false;
    }
    std::stable_sort(cards.begin(), cards.end(),
                     [](const AnkiCardContent &a, const AnkiCardContent &b) { return a.deckName < b.deckName; });

    // The deck: the one top-level Anki deck all cards are in, or the file's name.
    QSet<QString> roots;
    for (const AnkiCardContent &card : std::as_const(cards))
        roots.insert(card.deckName.section(QStringLiteral("::"), 0, 0));
    DeckFile deck;
    deck.title = roots.size() == 1 ? *roots.cbegin() : QFileInfo(file).completeBaseName();
    deck.language = QStringLiteral("und"); // Anki does not say
    deck.description = tr("Imported from the Anki package %1.").arg(DeckWriter::escape(QFileInfo(file).fileName()));
    if (!QDir().mkpath(decksFolder)) {
        *error = tr("cannot make the folder %1").arg(QDir::toNativeSeparators(decksFolder));
        return false;
    }
    const QDir decks(decksFolder);
    const QString base = QStringLiteral("anki-") + DeckWriter::slug(deck.title, QStringLiteral("deck"));
    deck.id = base;
    for (int n = 2; decks.exists(deck.id); ++n)
        deck.id = base + QLatin1Char('-') + QString::number(n);
    const QString staging = decks.filePath(QStringLiteral(".import-") + QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!decks.mkdir(QFileInfo(staging).fileName())) {
        *error = tr("cannot make a folder in %1; check that you may write there").arg(QDir::toNativeSeparators(decksFolder));
        return false;
    }
    const auto fail = [&](const QString &message) {
        QDir(staging).removeRecursively();
        *error = message;
        return false;
    };

    QSet<QString> usedIds;
    QHash<QString, int> sectionIndex; // by sectionKey
    QHash<QString, QString> copied;   // section folder + media name -> file name
    static const QRegularExpression sound(QStringLiteral("\\[sound:[^\\]]*\\]"));
    QString lastDeck;
    qsizetype topicSize = 0;
    for (qsizetype i = 0; i < cards.size(); ++i) {
        if (!carryOn(int(i), int(cards.size()), error))
            return fail(*error);
        const AnkiCardContent &card = cards.at(i);
        const Place where = place(card.deckName);
        if (!sectionIndex.contains(where.sectionKey)) {
            sectionIndex.insert(where.sectionKey, int(deck.sections.size()));
            DeckFile::Section section;
            section.id = unique(DeckWriter::slug(where.sectionTitle, QStringLiteral("section")), &usedIds);
            section.title = where.sectionTitle;
            section.folder = DeckWriter::orderedName(int(deck.sections.size()), section.id);
            deck.sections.append(section);
        }
        DeckFile::Section &section = deck.sections[sectionIndex.value(where.sectionKey)];
        if (card.deckName != lastDeck || topicSize > topicBytes) {
            const int part = card.deckName == lastDeck ? int(section.topics.size()) : 0;
            DeckFile::Topic topic;
            topic.title = part ? tr("%1 (part %2)").arg(where.topicTitle).arg(part + 1) : where.topicTitle;
            topic.id = unique(DeckWriter::slug(card.deckName.split(QStringLiteral("::")).join(QLatin1Char('-')),
                                               QStringLiteral("topic")), &usedIds);
            topic.summary = tr("Imported from the Anki deck %1.").arg(DeckWriter::escape(card.deckName));
            section.topics.append(topic);
            lastDeck = card.deckName;
            topicSize = 0;
        }
        const QString where_ = tr("note %1 (deck %2)").arg(card.noteId).arg(card.deckName);
        HtmlToMarkdown converter([&](const QString &src, QString *reason) -> QString {
            QString name = package.hasMedia(src) ? src : QUrl::fromPercentEncoding(src.toUtf8());
            if (!package.hasMedia(name)) {
                *reason = tr("the image %1, which is not in the package").arg(src.left(200));
                return {};
            }
            const QString key = section.folder + QLatin1Char('/') + name;
            if (copied.contains(key))
                return copied.value(key);
            QString target = safeFileName(name);
            if (target.isEmpty() || target == QLatin1String("section.md") || target.endsWith(QLatin1String(".md")))
                target = QStringLiteral("image-") + QString::number(copied.size() + 1);
            const QDir dir(QDir(staging).filePath(section.folder));
            dir.mkpath(QStringLiteral("."));
            while (dir.exists(target))
                target = QStringLiteral("x-") + target;
            QString extractError;
            if (!package.extractMedia(name, dir.filePath(target), &extractError)) {
                *reason = tr("the image %1: %2").arg(src.left(200), extractError);
                return {};
            }
            copied.insert(key, target);
            ++report->images;
            return target;
        });
        QStringList removed;
        const auto markdown = [&](const QStringList &fields) -> QString {
            QStringList parts;
            for (QString html : fields) {
                if (html.contains(sound)) {
                    html.remove(sound);
                    removed.append(tr("a sound (sounds are not imported)"));
                }
                const QString text = converter.convert(html);
                removed.append(converter.dropped());
                if (!text.trimmed().isEmpty())
                    parts.append(text);
            }
            return parts.join(QStringLiteral("\n\n"));
        };
        DeckFile::Card out;
        out.id = QStringLiteral("n%1-%2").arg(card.noteId).arg(card.ord);
        out.prompt = markdown(card.prompt);
        out.answer = markdown(card.answer);
        removed.removeDuplicates();
        for (const QString &what : std::as_const(removed))
            report->skipped.append(tr("%1: left out %2").arg(where_, what));
        if (out.prompt.isEmpty() || out.answer.isEmpty()) {
            report->skipped.append(tr("%1, card %2: skipped, its %3 is empty")
                                       .arg(where_).arg(card.ord + 1)
                                       .arg(out.prompt.isEmpty() ? tr("question") : tr("answer")));
            continue;
        }
        usedIds.insert(out.id);
        topicSize += out.prompt.toUtf8().size() + out.answer.toUtf8().size();
        DeckFile::Topic &topic = section.topics.last();
        topic.cards.append(out);
        for (QString tag : card.tags) {
            tag.replace(QLatin1Char(','), QLatin1Char('_')); // our tags are a comma-separated list
            if (tag.compare(QLatin1String("anki"), Qt::CaseInsensitive) != 0 // Anki's tags ignore case too
                && !topic.tags.contains(tag, Qt::CaseInsensitive))
                topic.tags.append(tag);
        }
        ++report->cards;
    }
    // A deck whose cards were all skipped leaves an empty topic: drop it, and a section left empty.
    for (DeckFile::Section &section : deck.sections)
        section.topics.removeIf([](const DeckFile::Topic &t) { return t.cards.isEmpty(); });
    deck.sections.removeIf([](const DeckFile::Section &s) { return s.topics.isEmpty(); });
    for (int i = 0; i < deck.sections.size(); ++i) {
        DeckFile::Section &section = deck.sections[i];
        const QString folder = DeckWriter::orderedName(i, section.id, int(deck.sections.size()));
        if (folder != section.folder && QDir(staging).exists(section.folder))
            QDir(staging).rename(section.folder, folder);
        section.folder = folder;
        report->topics += int(section.topics.size());
    }
    if (!carryOn(int(cards.size()), int(cards.size()), error))
        return fail(*error);
    if (report->cards == 0)
        return fail(tr("no card of %1 could be imported: %2").arg(QDir::toNativeSeparators(file), report->skipped.join(QStringLiteral("; "))));
    if (!DeckWriter::write(deck, staging, error))
        return fail(*error);
    const DeckLoadResult check = DeckLoader::load(staging);
    if (!check.loaded || !check.diagnostics.isEmpty()) {
        return fail(tr("the imported deck does not pass the deck checks, so it was not kept (please report this): %1")
                        .arg(check.diagnostics.isEmpty() ? tr("its manifest cannot be read") : check.diagnostics.first().toString()));
    }
    const QString target = decks.filePath(deck.id);
    if (!QDir().rename(staging, target))
        return fail(tr("cannot move the imported deck to %1").arg(QDir::toNativeSeparators(target)));
    report->folder = target;
    report->deckId = deck.id;
    report->title = deck.title;
    return true;
}

} // namespace DeepDive
