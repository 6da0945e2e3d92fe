#pragma once

#include "command.h"
#include "decklibrary.h"
#include "mainwindow.h"
#include "searchindex.h"
#include "settings.h"
#include "userdata.h"

#include <QCoreApplication>

#include <functional>
#include <future>

namespace DeepDive {

// The main window with what it works on, built as fast as start-up allows: the decks are read from their indexes in
// a worker, and the database opens (on a first start: is created) in another, while the window is built. Once built,
// the window shows the database's notices, which are printed to the context's `err` too, and has its decks if the
// worker has read them; if not (the index of ten thousand topics), the window is shown first and they follow when the
// worker is done. Decks read anew later (DeckLibrary::refresh) reach the window, and their problems `err`. For the
// window and for --screenshot.
class WindowSession
{
    Q_DECLARE_TR_FUNCTIONS(main) // the context these messages had in main.cpp, and their translations with it

public:
    // `claimNotice`: what SingleInstance had to say about the data folder, shown with the database's notices.
    WindowSession(const CommandContext &context, const QString &claimNotice);

    MainWindow &window() { return m_window; }
    // Runs `then` once the decks read from their indexes are in the window: now, if they are; else when the worker
    // is done. What needs the decks (the last topic, search, the deck files' check) waits for them this way.
    void whenDecksListed(std::function<void()> then);
    // The decks in the window now, waiting for the worker if it is not done.
    void listDecksNow();
    DeckLibrary &library() { return m_library; }
    UserData &userData() { return m_userData; }
    // Opens the search index (in the cache folder) and gives it to the window; says on `err` why when it cannot.
    void openSearch();
    // Today's backup (kept for a week), made in a worker through a connection of its own; the window says so when
    // it fails.
    void backUpInBackground();
    // The integrity check that opening left to after the first frame (Database::isCheckDeferred), in a worker. When
    // it finds damage, the window says so and what to do, and the next start checks the file and keeps it aside.
    void checkInBackground();

private:
    const CommandContext &m_context;
    const DataDir m_dataDir;
    QObject m_decksRead; // the worker says here, on this thread, that it is done
    bool m_decksListed = false;
    QList<std::function<void()>> m_afterDecks;
    DeckLibrary m_library;
    std::future<std::pair<QList<Deck>, QList<Diagnostic>>> m_decksLoading;
    Settings m_settings;
    UserData m_userData;
    std::future<QString> m_databaseOpening; // its notice
    SearchIndex m_search; // outlives the window, which searches it
    MainWindow m_window;  // touches no data until its decks are set
};

} // namespace DeepDive
