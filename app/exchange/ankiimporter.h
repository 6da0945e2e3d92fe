#pragma once

#include "ankipackage.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace DeepDive {

struct AnkiImportReport
{
    QString folder; // the new deck's folder
    QString deckId;
    QString title;
    int topics = 0;
    int cards = 0;
    int images = 0;
    QStringList skipped; // what was left out, and why
};

// `deepdive --import-anki FILE.apkg --to DIR` and File > Import Anki Deck: an Anki package as a new deck folder
// under `decksFolder`, in our Markdown format. Each Anki deck that holds cards becomes a topic (its parent deck the
// section: "Python::asyncio" is the topic "asyncio" of the section "Python"), each Anki card a recall card (see
// AnkiNoteReader for which fields make the question and the answer), the fields' HTML Markdown (see HtmlToMarkdown),
// their images copied beside the topic, the notes' tags the topic's. The deck is built in a hidden folder and renamed
// into place once it is complete and passes the deck checks: a failure or a cancelled import leaves nothing behind,
// and nothing already there is touched.
class AnkiImporter
{
    Q_DECLARE_TR_FUNCTIONS(DeepDive::AnkiImporter)

public:
    explicit AnkiImporter(AnkiPackageLimits limits = {});

    bool importPackage(const QString &file, const QString &decksFolder, AnkiImportReport *report, QString *error);

    // Called on the importing thread after each card, with the images it uses, is converted: `done` of `total`.
    // Returning false cancels the import: importPackage() returns false, wasCancelled() is true and nothing is left.
    void setProgress(std::function<bool(int done, int total)> progress) { m_progress = std::move(progress); }
    bool wasCancelled() const { return m_cancelled; }

    // A topic file stays under DeckLoader::maxFileBytes: a larger Anki deck is split into parts of about this size.
    static constexpr qsizetype topicBytes = 384 * 1024;

private:
    bool importInto(const QString &file, const QString &decksFolder, const QString &workFolder,
                    AnkiImportReport *report, QString *error);
    bool carryOn(int done, int total, QString *error);

    AnkiPackageLimits m_limits;
    std::function<bool(int, int)> m_progress;
    bool m_cancelled = false;
};

} // namespace DeepDive
