#pragma once

#include "deck.h"

#include <QByteArray>
#include <QMap>
#include <QStringList>
#include <QString>
#include <QTemporaryDir>

namespace DeepDive::Test {

// tests/data/<relative>, from the DEEPDIVE_TEST_DATA variable that CTest sets.
QString dataPath(const QString &relative);
// <repository>/<relative>, from DEEPDIVE_SOURCE_DIR.
QString sourcePath(const QString &relative);

// tests/data/decks/sample, the deck most tests run on, loaded once per test executable. A load with any diagnostic
// fails the running test with the first of them.
const Deck &sampleDeck();
// The same deck, as the window takes its decks.
QList<Deck> sampleDecks();

// Writes `files` (relative path -> contents) under `dir`, creating folders. Fails the test on error.
bool writeFiles(const QTemporaryDir &dir, const QList<QPair<QString, QByteArray>> &files);

// A deck.md manifest and a section.md, the minimum a deck folder needs.
QByteArray manifest(const QString &id = QStringLiteral("t"));
QByteArray sectionFile(const QString &id, const QString &title);

// tests/data/db/v1.db (schema 1, as the first Deep Dive wrote it; see make_v1.py) copied to `file`, writable by its
// owner as the app's own database is. Fails the running test when it cannot be copied.
bool copyV1Database(const QString &file);

// SHA-256 of the file's bytes; empty when it cannot be read (or is absent).
QByteArray sha256Of(const QString &file);

// Every file and folder under `folder`, hidden ones too: relative path -> SHA-256 of its bytes ("dir" for a folder),
// with WithTimes::Yes also every modification time, the folder's own among them ("."; it changes when a file is made
// in it, even one removed again, as SQLite's -wal and -shm). Compared before and after, it shows that nothing was
// written, created or removed.
enum class WithTimes { No, Yes };
QMap<QString, QByteArray> folderState(const QString &folder, WithTimes times = WithTimes::No);

// An SQLite file at `file` (created, or opened as it is) with `statements` run on it through a connection of its
// own, closed afterwards, e.g. {"PRAGMA user_version = 999"} for a database of a newer Deep Dive. Fails the running
// test with SQLite's message on error.
bool writeSqlite(const QString &file, const QStringList &statements);

// Runs this test executable again with `environment` added, as the unprivileged user nobody when the test runs as
// root (root may write anywhere: a permission test must not), and returns what it printed, or "timeout" after 30 s.
// The test's main() looks for its variables and does the child's part.
QString runAsChild(const QList<QPair<QString, QString>> &environment);

} // namespace DeepDive::Test
