#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTextBrowser;
class QToolButton;

namespace DeepDive {

class Clock;
class Database;
class NoteStore;

// The learner's own Markdown notes for the current topic: edit and preview, undo, and autosave (about a second
// after typing stops, when the editor loses focus, on a topic switch and on close).
class NotesEditor : public QWidget
{
    Q_OBJECT
public:
    static constexpr int autosaveDelayMs = 800;

    NotesEditor(NoteStore &store, const Database &database, const Clock &clock, QWidget *parent = nullptr);

    // Saves what is pending for the previous topic, then shows this topic's note.
    void setTopic(const QString &deckId, const QString &topicId);
    // Saves now when there are unsaved changes; false (with the reason shown) when saving failed.
    bool saveNow();
    bool hasUnsavedChanges() const { return m_dirty; }
    void setPreviewing(bool preview);

    QPlainTextEdit *editor() const { return m_editor; }
    QTextBrowser *preview() const { return m_preview; }
    QString statusText() const;

Q_SIGNALS:
    void saved();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    NoteStore &m_store;
    const Database &m_database;
    const Clock &m_clock;
    QString m_deckId;
    QString m_topicId;
    bool m_dirty = false;
    bool m_loading = false;
    QPlainTextEdit *m_editor;
    QTextBrowser *m_preview;
    QToolButton *m_previewButton;
    QLabel *m_status;
    QTimer m_autosave;
};

} // namespace DeepDive
