#include "testsupport.h"

#include "deckloader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

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

QMap<QString, QByteArray> folderState(const QString &folder)
{
    QMap<QString, QByteArray> state;
    QDirIterator it(folder, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        QFile f(file);
        state.insert(QDir(folder).relativeFilePath(file),
                     f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : "dir");
    }
    return state;
}

bool writeSqlite(const QString &file, const QStringList &statements)
{
    const QString name = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        if (!db.open()) {
            failure = db.lastError().text();
        } else {
            QSqlQuery q(db);
            for (const QString &sql : statements) {
                if (!q.exec(sql)) {
                    failure = sql + QStringLiteral(": ") + q.lastError().text();
                    break;
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return QTest::qVerify(failure.isEmpty(), "writeSqlite(...)", qPrintable(file + QStringLiteral(": ") + failure), __FILE__, __LINE__);
}

} // namespace DeepDive::Test
