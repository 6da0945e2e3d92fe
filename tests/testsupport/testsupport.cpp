#include "testsupport.h"

#include "deckloader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

namespace DeepDive::Test {

QString dataPath(const QString &relative)
{
    return QDir(qEnvironmentVariable("DEEPDIVE_TEST_DATA")).filePath(relative);
}

QString sourcePath(const QString &relative)
{
    return QDir(qEnvironmentVariable("DEEPDIVE_SOURCE_DIR")).filePath(relative);
}

const Deck &sampleDeck()
{
    static const DeckLoadResult result = DeckLoader::load(dataPath(QStringLiteral("decks/sample")));
    QTest::qVerify(result.loaded && result.diagnostics.isEmpty(), "sampleDeck()",
                   qPrintable(result.diagnostics.isEmpty() ? QStringLiteral("tests/data/decks/sample did not load")
                                                           : result.diagnostics.first().toString()),
                   __FILE__, __LINE__);
    return result.deck;
}

QList<Deck> sampleDecks()
{
    return {sampleDeck()};
}

bool writeFiles(const QTemporaryDir &dir, const QList<QPair<QString, QByteArray>> &files)
{
    for (const auto &[name, contents] : files) {
        const QString path = dir.filePath(name);
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return false;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
            return false;
    }
    return true;
}

QByteArray manifest(const QString &id)
{
    return "---\nid: " + id.toUtf8() + "\ntitle: Test deck\nversion: 1\nlanguage: en\n---\n";
}

QByteArray sectionFile(const QString &id, const QString &title)
{
    return "---\nid: " + id.toUtf8() + "\ntitle: " + title.toUtf8() + "\n---\n";
}

} // namespace DeepDive::Test
