#include "decklibrary.h"

#include "deckindex.h"
#include "deckloader.h"
#include "deckwatcher.h"

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
    const QMutexLocker lock(&m_mutex);
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
        QList<Diagnostic> problems;
        if (!deck && bundled) // in the binary, and small: read now, its index written by refresh()
            deck = readAndIndex(folder, QString(), &problems);
        diagnostics->append(problems);
        const QMutexLocker lock(&m_mutex);
        m_decks.append(deck);
        m_fromIndex.append(fromIndex);
        m_unread.append(!fromIndex && !bundled);
        m_problems.append(problems);
    }
    return resolved();
}

QStringList DeckLibrary::folders() const
{
    const QMutexLocker lock(&m_mutex);
    return m_folders;
}

void DeckLibrary::refresh()
{
    if (m_worker.joinable() && !m_done) {
        m_again = true; // the running check looks again when it is done
        return;
    }
    if (m_worker.joinable())
        m_worker.join();
    m_done = false;
    m_worker = std::thread([this] {
        do {
            m_again = false;
            check();
        } while (m_again && !m_stop);
        m_done = true;
        Q_EMIT refreshed();
    });
}

void DeckLibrary::check()
{
    QList<Diagnostic> found;
    bool changed = false;
    for (qsizetype i = 0; !m_stop; ++i) {
        QString folder;
        std::optional<Deck> deck;
        bool fromIndex = false;
        bool unread = false;
        {
            const QMutexLocker lock(&m_mutex);
            if (i >= m_folders.size())
                break;
            folder = m_folders[i];
            deck = m_decks[i];
            fromIndex = m_fromIndex[i];
            unread = m_unread[i];
        }
        if (!fromIndex && !unread && deck) { // read at start-up: its index is written now
            writeIndex(m_cacheDir, *deck);
            const QMutexLocker lock(&m_mutex);
            m_fromIndex[i] = true; // once
        }
        // A deck is current while its files' names, sizes and times are as they were when it was read.
        const bool bundled = folder.startsWith(QLatin1String(":/"));
        const bool stale = !bundled && deck && DeckLoader::signature(folder) != deck->contentHash;
        if (!unread && !stale && (deck || bundled))
            continue;
        QList<Diagnostic> problems;
        std::optional<Deck> read = readAndIndex(folder, m_cacheDir, &problems);
        found.append(problems);
        {
            const QMutexLocker lock(&m_mutex);
            m_decks[i] = std::move(read);
            m_unread[i] = false;
            m_fromIndex[i] = true;
            changed = changed || m_problems[i] != problems;
            m_problems[i] = problems;
        }
        Q_EMIT decksChanged(resolved());
    }
    if (!found.isEmpty())
        Q_EMIT problemsFound(found);
    if (changed) {
        QList<Diagnostic> all;
        {
            const QMutexLocker lock(&m_mutex);
            for (const QList<Diagnostic> &problems : std::as_const(m_problems))
                all.append(problems);
        }
        Q_EMIT problemsChanged(all);
    }
}

void DeckLibrary::watch()
{
    if (m_watcher)
        return;
    m_watcher = new DeckWatcher(this);
    connect(m_watcher, &DeckWatcher::changed, this, &DeckLibrary::refresh);
    // The watches are set in the watcher's thread, a moment from now: a look once they are catches what changed
    // before they were.
    connect(m_watcher, &DeckWatcher::folderWatched, this, &DeckLibrary::refresh);
    const QMutexLocker lock(&m_mutex);
    for (qsizetype i = 0; i < m_folders.size(); ++i) {
        if (m_folders[i].startsWith(QLatin1String(":/")))
            continue;
        QStringList known; // the topics' paths, shared with the watcher rather than copied by it
        if (const std::optional<Deck> &deck = m_decks[i]) {
            known.reserve(deck->topics.size());
            for (const Topic &topic : deck->topics)
                known.append(topic.file);
        }
        m_watcher->addFolder(m_folders[i], known);
    }
}

void DeckLibrary::addFolder(const QString &folder)
{
    {
        const QMutexLocker lock(&m_mutex);
        if (m_folders.contains(folder))
            return;
        m_folders.append(folder);
        m_decks.resize(m_decks.size() + 1); // not read yet (append(std::nullopt) trips a false maybe-uninitialized)
        m_fromIndex.append(false);
        m_unread.append(true);
        m_problems.append(QList<Diagnostic>());
    }
    if (m_watcher)
        m_watcher->addFolder(folder);
    refresh();
}

} // namespace DeepDive
