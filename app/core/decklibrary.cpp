#include "decklibrary.h"

#include "deckindex.h"
#include "deckloader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDecks, "deepdive.core.decks", QtWarningMsg)

namespace DeepDive {

DeckLibrary::DeckLibrary(QStringList folders, QString cacheDir, QObject *parent)
    : QObject(parent)
    , m_folders(std::move(folders))
    , m_cacheDir(std::move(cacheDir))
{
}

DeckLibrary::~DeckLibrary()
{
    m_stop = true;
    if (m_worker.joinable())
        m_worker.join();
}

QString DeckLibrary::indexFile(const QString &cacheDir, const QString &folder)
{
    const QByteArray key = QCryptographicHash::hash(QDir(folder).absolutePath().toUtf8(), QCryptographicHash::Sha1).toHex();
    return QDir(cacheDir).filePath(QStringLiteral("decks/%1.index").arg(QString::fromLatin1(key.left(20))));
}

std::optional<Deck> DeckLibrary::readAndIndex(const QString &folder, const QString &cacheDir, QList<Diagnostic> *diagnostics)
{
    DeckLoadResult result = DeckLoader::load(folder, DeckLoader::Content::Drop);
    diagnostics->append(result.diagnostics);
    if (!result.loaded)
        return std::nullopt;
    Deck skeleton = std::move(result.deck);
    writeIndex(cacheDir, skeleton);
    return skeleton;
}

void DeckLibrary::writeIndex(const QString &cacheDir, const Deck &deck)
{
    QString error;
    if (!cacheDir.isEmpty() && !DeckIndex::write(indexFile(cacheDir, deck.path), deck, &error))
        qCWarning(lcDecks).noquote() << "the index of" << deck.path << "was not written:" << error;
}

QList<Deck> DeckLibrary::resolved() const
{
    QList<Deck> decks;
    for (const std::optional<Deck> &deck : m_decks) {
        if (!deck)
            continue;
        const auto same = std::find_if(decks.begin(), decks.end(), [&](const Deck &d) { return d.id == deck->id; });
        if (same != decks.end())
            *same = *deck;
        else
            decks.append(*deck);
    }
    return decks;
}

QList<Deck> DeckLibrary::initial(QList<Diagnostic> *diagnostics)
{
    for (const QString &folder : std::as_const(m_folders)) {
        std::optional<Deck> deck = DeckIndex::read(indexFile(m_cacheDir, folder), folder);
        const bool fromIndex = deck.has_value();
        const bool bundled = folder.startsWith(QLatin1String(":/"));
        if (!deck && bundled) // in the binary, and small: read now, its index written by refresh()
            deck = readAndIndex(folder, QString(), diagnostics);
        m_decks.append(deck);
        m_fromIndex.append(fromIndex);
        m_unread.append(!fromIndex && !bundled);
    }
    return resolved();
}

void DeckLibrary::refresh()
{
    if (m_worker.joinable())
        return;
    m_worker = std::thread([this] {
        QList<Diagnostic> diagnostics;
        for (qsizetype i = 0; i < m_folders.size() && !m_stop; ++i) {
            if (!m_fromIndex[i] && !m_unread[i] && m_decks[i]) // read at start-up: its index is written now
                writeIndex(m_cacheDir, *m_decks[i]);
            // An index is current while the files' names, sizes and times are as they were when it was made.
            const bool stale = m_fromIndex[i] && DeckLoader::signature(m_folders[i]) != m_decks[i]->contentHash;
            if (!m_unread[i] && !stale)
                continue;
            m_decks[i] = readAndIndex(m_folders[i], m_cacheDir, &diagnostics);
            m_unread[i] = false;
            Q_EMIT decksChanged(resolved());
        }
        if (!diagnostics.isEmpty())
            Q_EMIT problemsFound(diagnostics);
        m_done = true;
        Q_EMIT refreshed();
    });
}

} // namespace DeepDive
