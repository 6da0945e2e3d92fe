#pragma once

#include "cardstate.h"
#include "deck.h"
#include "exportdialog.h"
#include "topicstats.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>

class QWidget;

namespace DeepDive {

// The File menu's Anki commands, kept out of the main window: the dialogs, the work with a progress dialog, and
// what is said afterwards (through Dialogs, so that tests answer in advance).
class AnkiFlow
{
    Q_DECLARE_TR_FUNCTIONS(DeepDive::AnkiFlow)

public:
    struct ExportInput
    {
        QList<Deck> decks;
        QHash<QString, TopicStats> stats;
        QList<CardState> states;
        ExportDialog::Context context;
        QString folder; // where the save dialog starts
        QDateTime now;
    };

    // File > Export for Anki: the file written, or empty when cancelled or failed (and said why).
    static QString exportDeck(QWidget *parent, const ExportInput &input);
    // File > Import Anki Deck: the new deck folder under `decksFolder`, or empty (failed, said why; or cancelled
    // with the progress dialog's Cancel, which stops the import before its next card and leaves nothing).
    static QString importDeck(QWidget *parent, const QString &decksFolder);

    // For tests: called on the importing thread after each card, before the import looks whether it was cancelled.
    static void setImportObserver(std::function<void(int done, int total)> observer);

private:
    static std::function<void(int, int)> s_importObserver;
};

} // namespace DeepDive
