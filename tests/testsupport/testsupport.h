#pragma once

#include "deck.h"

#include <QByteArray>
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

} // namespace DeepDive::Test
