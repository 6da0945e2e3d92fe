#include "testsupport.h"

#include "deckloader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <unistd.h>

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

bool copyV1Database(const QString &file)
{
    const bool copied = QFile::copy(dataPath(QStringLiteral("db/v1.db")), file)
        && QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    return QTest::qVerify(copied, "copyV1Database(...)", qPrintable(file), __FILE__, __LINE__);
}

QByteArray sha256Of(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

QMap<QString, QByteArray> folderState(const QString &folder, WithTimes times)
{
    const auto timeOf = [](const QString &path) {
        return QFileInfo(path).lastModified().toString(Qt::ISODateWithMs).toLatin1();
    };
    QMap<QString, QByteArray> state;
    if (times == WithTimes::Yes)
        state.insert(QStringLiteral("."), timeOf(folder));
    QDirIterator it(folder, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        QByteArray value = QFileInfo(file).isDir() ? QByteArray("dir") : sha256Of(file).toHex();
        if (times == WithTimes::Yes)
            value += ' ' + timeOf(file);
        state.insert(QDir(folder).relativeFilePath(file), value);
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

QString runAsChild(const QList<QPair<QString, QString>> &environment)
{
    QStringList args;
    QString program = QCoreApplication::applicationFilePath();
    if (::geteuid() == 0) {
        args = {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"), program};
        program = QStringLiteral("setpriv");
    }
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const auto &[name, value] : environment)
        env.insert(name, value);
    child.setProcessEnvironment(env);
    child.start(program, args);
    if (!child.waitForFinished(30000))
        return QStringLiteral("timeout");
    return QString::fromUtf8(child.readAllStandardOutput()) + QString::fromUtf8(child.readAllStandardError());
}

} // namespace DeepDive::Test
