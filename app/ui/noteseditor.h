#pragma once

#include "topicref.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTextBrowser;
class QToolButton;

namespace DeepDive {

class Clock;
class Database;
class NoteStore;

// The learner's own Markdown notes for the current topic: edit and preview, undo, and autosave (autosaveDelayMs after
// typing stops, timed by the Clock so that tests move time instead of waiting; when the editor loses focus, on a topic
// switch and on close).
//
// A note whose save fails (a full disk, a locked database) is never dropped: it stays in memory, shown again when its
// topic is opened, and is written to a recovery file in `recoveryDir` (one Markdown file per topic), from which the
// next start takes it back. Every later save retries it; the recovery file goes once the note is in the database.
class NotesEditor : public QWidget
{
    Q_OBJECT
public:
    static constexpr int autosaveDelayMs = 800;

    NotesEditor(NoteStore &store, const Database &database, const Clock &clock, QWidget *parent = nullptr);

    // Where notes whose save failed are kept; notes left there by an earlier run are taken back (shown when their
    // topic is opened, saved with the next save). Reads files only.
    void setRecoveryDir(const QString &dir);

    // Saves what is pending for the previous topic, then shows this topic's note.
    void setTopic(const QString &deckId, const QString &topicId);
    // Shows the stored note of the current topic again, without saving the editor over it: after Import Progress or
    // Restore Backup replaced the database. Text whose save had failed is kept (it is newer than both).
    void reload();
    // Saves now when there are unsaved changes (and retries notes whose save failed before); false (with the reason
    // shown) when the current note could not be saved.
    bool saveNow();
    bool hasUnsavedChanges() const { return m_dirty; }
    // Whether an autosave is waiting for typing to pause.
    bool autosavePending() const { return m_autosaveDueMs != noAutosave; }
    // Notes of any topic that are not in the database yet (the current one included), and whether each of them is at
    // least in a recovery file.
    int unsavedNoteCount() const;
    bool unsavedNotesAreInRecoveryFiles() const;
    QString recoveryDir() const { return m_recoveryDir; }
    QString lastError() const { return m_lastError; }
    // Before the window closes: saves, and when notes remain unsaved, says where they are kept and asks whether to
    // close anyway. True when closing may go on.
    bool saveBeforeClosing();
    void setPreviewing(bool preview);

    QPlainTextEdit *editor() const { return m_editor; }
    QTextBrowser *preview() const { return m_preview; }
    QString statusText() const;

Q_SIGNALS:
    // A note reached the database: which topic's, and its text (the editor may already show another topic).
    void saved(const QString &deckId, const QString &topicId, const QString &body);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Typing (re)starts the wait: the save falls due autosaveDelayMs after the last change. One delayed call is out at
    // a time; when it comes early (more typing since), it waits for the rest.
    void scheduleAutosave();
    void autosaveIfDue();
    bool store(const TopicRef &topic, const QString &body);
    // Keeps the text of a note that could not be saved: in memory (for another topic than the one shown) and in its
    // recovery file.
    void keepUnsaved(const TopicRef &topic, const QString &body);
    void writeRecoveryFile(const TopicRef &topic, const QString &body);
    QString recoveryFile(const TopicRef &topic) const;
    void retryUnsaved();
    TopicRef current() const { return {m_deckId, m_topicId}; }

    NoteStore &m_store;
    const Database &m_database;
    const Clock &m_clock;
    QString m_deckId;
    QString m_topicId;
    QString m_recoveryDir;
    QString m_lastError;
    QHash<TopicRef, QString> m_unsaved; // notes of other topics whose save failed
    QSet<TopicRef> m_inRecoveryFile;
    bool m_dirty = false;
    bool m_loading = false;
    static constexpr qint64 noAutosave = -1;
    qint64 m_autosaveDueMs = noAutosave;
    bool m_autosaveCallOut = false;
    QPlainTextEdit *m_editor;
    QTextBrowser *m_preview;
    QToolButton *m_previewButton;
    QLabel *m_status;
};

} // namespace DeepDive
