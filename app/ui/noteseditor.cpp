#include "noteseditor.h"

#include "clock.h"
#include "dialogs.h"
#include "database.h"
#include "notestore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QKeySequence>
#include <QSaveFile>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace DeepDive {

NotesEditor::NotesEditor(NoteStore &store, const Database &database, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_database(database)
    , m_clock(clock)
    , m_editor(new QPlainTextEdit(this))
    , m_preview(new QTextBrowser(this))
    , m_previewButton(new QToolButton(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("notesEditor"));
    m_editor->setObjectName(QStringLiteral("notesEdit"));
    m_editor->setAccessibleName(tr("Your notes (Markdown)"));
    m_editor->setPlaceholderText(tr("Your own notes for this topic, in Markdown. They are saved as you type."));
    m_editor->installEventFilter(this);
    m_preview->setObjectName(QStringLiteral("notesPreview"));
    m_preview->setAccessibleName(tr("Your notes, rendered"));
    m_preview->setOpenExternalLinks(true);
    m_preview->hide();
    m_previewButton->setObjectName(QStringLiteral("notesPreviewToggle"));
    m_previewButton->setText(tr("Preview"));
    m_previewButton->setCheckable(true);
    m_previewButton->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_previewButton->setToolTip(tr("Switch between editing and the rendered notes (%1)")
                                    .arg(m_previewButton->shortcut().toString(QKeySequence::NativeText)));
    m_status->setObjectName(QStringLiteral("notesStatus"));
    m_status->setWordWrap(true);
    QFont small = m_status->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_status->setFont(small);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_status, 1);
    bar->addWidget(m_previewButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_preview, 1);

    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        m_dirty = true;
        m_status->setText(tr("Editing…"));
        scheduleAutosave();
    });
    connect(m_previewButton, &QToolButton::toggled, this, &NotesEditor::setPreviewing);
    setTopic({}, {});
}

void NotesEditor::setPreviewing(bool preview)
{
    if (preview) {
        saveNow();
        m_preview->setMarkdown(m_editor->toPlainText().isEmpty() ? tr("*No notes yet.*") : m_editor->toPlainText());
    }
    QSignalBlocker blocker(m_previewButton);
    m_previewButton->setChecked(preview);
    m_preview->setVisible(preview);
    m_editor->setVisible(!preview);
}

void NotesEditor::setTopic(const QString &deckId, const QString &topicId)
{
    if (!saveNow())
        keepUnsaved(current(), m_editor->toPlainText());
    m_deckId = deckId;
    m_topicId = topicId;
    const bool pending = !topicId.isEmpty() && m_unsaved.contains(current());
    m_loading = true;
    const auto note = topicId.isEmpty() || pending ? std::nullopt : m_store.note(deckId, topicId);
    // A pending text moves into the editor; a failed save keeps it again.
    m_editor->setPlainText(pending ? m_unsaved.take(current()) : note ? note->body : QString());
    m_loading = false;
    m_dirty = pending;
    const bool usable = !topicId.isEmpty() && m_database.isWritable();
    m_editor->setReadOnly(!usable && !pending);
    if (topicId.isEmpty())
        m_status->setText(tr("Select a topic to write notes about it."));
    else if (pending)
        m_status->setText(tr("Not saved yet: %1. This text is newer than the saved note; it will be saved with the next "
                             "change.")
                              .arg(m_lastError.isEmpty() ? tr("recovered after a failed save") : m_lastError));
    else if (!m_database.isWritable())
        m_status->setText(tr("Your progress database is read-only: notes cannot be saved."));
    else if (note)
        m_status->setText(tr("Saved %1").arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(note->updatedMs), QLocale::ShortFormat)));
    else
        m_status->clear();
    if (m_previewButton->isChecked())
        setPreviewing(true);
}

void NotesEditor::scheduleAutosave()
{
    m_autosaveDueMs = m_clock.nowMs() + autosaveDelayMs;
    if (m_autosaveCallOut)
        return;
    m_autosaveCallOut = true;
    m_clock.callAfter(autosaveDelayMs, this, [this] { autosaveIfDue(); });
}

void NotesEditor::autosaveIfDue()
{
    m_autosaveCallOut = false;
    if (m_autosaveDueMs == noAutosave)
        return; // saved meanwhile
    const qint64 left = m_autosaveDueMs - m_clock.nowMs();
    if (left > 0) {
        // Never longer than a whole delay, should the wall clock have gone back.
        m_autosaveCallOut = true;
        m_clock.callAfter(std::min<qint64>(left, autosaveDelayMs), this, [this] { autosaveIfDue(); });
        return;
    }
    saveNow();
}

void NotesEditor::reload()
{
    m_autosaveDueMs = noAutosave;
    if (m_dirty)
        keepUnsaved(current(), m_editor->toPlainText()); // a failed save: still newer than anything stored
    m_dirty = false;
    const QString deckId = m_deckId, topicId = m_topicId;
    setTopic(deckId, topicId);
}

bool NotesEditor::store(const TopicRef &topic, const QString &body)
{
    QString error;
    if (!m_database.isWritable())
        error = tr("the progress database is read-only");
    else if (m_store.save({topic.deckId, topic.topicId, body, m_clock.nowMs()}, &error))
        error.clear();
    else if (error.isEmpty())
        error = tr("the database did not say why");
    if (!error.isEmpty()) {
        m_lastError = error;
        return false;
    }
    if (m_inRecoveryFile.remove(topic))
        QFile::remove(recoveryFile(topic));
    Q_EMIT saved(topic.deckId, topic.topicId, body);
    return true;
}

void NotesEditor::retryUnsaved()
{
    for (auto it = m_unsaved.begin(); it != m_unsaved.end();) {
        if (store(it.key(), it.value()))
            it = m_unsaved.erase(it);
        else
            ++it;
    }
}

bool NotesEditor::saveNow()
{
    m_autosaveDueMs = noAutosave;
    retryUnsaved();
    if (!m_dirty || m_topicId.isEmpty())
        return true;
    const QString body = m_editor->toPlainText();
    if (!NoteStore::fits(body)) {
        // Nothing failed but the length: the text stays on screen until the learner shortens it.
        m_lastError = tr("this note is longer than the %1 a note can hold").arg(NoteStore::maxBodySize());
        m_status->setText(tr("Not saved: %1. Your text stays here; shorten it to save it.").arg(m_lastError));
        return false;
    }
    if (!store(current(), body)) {
        writeRecoveryFile(current(), body); // the editor keeps the text itself
        m_status->setText(m_inRecoveryFile.contains(current())
                              ? tr("Not saved: %1. Your text stays here and in %2; it will be saved with the next change.")
                                    .arg(m_lastError, QDir::toNativeSeparators(recoveryFile(current())))
                              : tr("Not saved: %1. Your text stays here (a recovery file could not be written either); "
                                   "it will be saved with the next change.")
                                    .arg(m_lastError));
        return false;
    }
    m_dirty = false;
    m_status->setText(tr("Saved"));
    return true;
}

void NotesEditor::keepUnsaved(const TopicRef &topic, const QString &body)
{
    if (!topic.isValid())
        return;
    m_unsaved.insert(topic, body);
    writeRecoveryFile(topic, body);
}

void NotesEditor::writeRecoveryFile(const TopicRef &topic, const QString &body)
{
    if (m_recoveryDir.isEmpty())
        return;
    const QString file = recoveryFile(topic);
    QSaveFile out(file);
    if (QDir().mkpath(QFileInfo(file).absolutePath()) && out.open(QIODevice::WriteOnly) && out.write(body.toUtf8()) >= 0
        && out.commit())
        m_inRecoveryFile.insert(topic);
    else
        m_inRecoveryFile.remove(topic);
}

QString NotesEditor::recoveryFile(const TopicRef &topic) const
{
    // Deck and topic ids are lower-case letters, digits, '-' and '_': safe as file names.
    return m_recoveryDir + QLatin1Char('/') + topic.deckId + QLatin1Char('/') + topic.topicId + QLatin1String(".md");
}

void NotesEditor::setRecoveryDir(const QString &dir)
{
    m_recoveryDir = dir;
    if (m_recoveryDir.isEmpty())
        return;
    const QDir root(m_recoveryDir);
    for (const QString &deck : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QDir deckDir(root.filePath(deck));
        for (const QFileInfo &info : deckDir.entryInfoList({QStringLiteral("*.md")}, QDir::Files)) {
            QFile in(info.filePath());
            if (!in.open(QIODevice::ReadOnly))
                continue;
            const TopicRef topic{deck, info.completeBaseName()};
            m_unsaved.insert(topic, QString::fromUtf8(in.readAll()));
            m_inRecoveryFile.insert(topic);
        }
    }
}

int NotesEditor::unsavedNoteCount() const
{
    return int(m_unsaved.size()) + (m_dirty && !m_topicId.isEmpty() ? 1 : 0);
}

bool NotesEditor::unsavedNotesAreInRecoveryFiles() const
{
    for (auto it = m_unsaved.cbegin(); it != m_unsaved.cend(); ++it) {
        if (!m_inRecoveryFile.contains(it.key()))
            return false;
    }
    return !m_dirty || m_topicId.isEmpty() || m_inRecoveryFile.contains(current());
}

QString NotesEditor::statusText() const
{
    return m_status->text();
}

bool NotesEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::FocusOut)
        saveNow();
    return QWidget::eventFilter(watched, event);
}

bool NotesEditor::saveBeforeClosing()
{
    saveNow();
    const int unsaved = unsavedNoteCount();
    if (unsaved == 0)
        return true;
    const QString where = unsavedNotesAreInRecoveryFiles()
        ? tr("They are kept in %1 and will be saved the next time Deep Dive starts.").arg(QDir::toNativeSeparators(m_recoveryDir))
        : tr("They could not be written to a recovery file either: closing now loses them. Copy them somewhere else first.");
    const auto answer = Dialogs::question(window(), tr("Unsaved Notes"),
                                          tr("Your notes on %n topic(s) could not be saved: %1.", nullptr, unsaved).arg(m_lastError)
                                              + QLatin1Char(' ') + where + QLatin1Char(' ') + tr("Close Deep Dive anyway?"),
                                          QMessageBox::Close | QMessageBox::Cancel);
    return answer == QMessageBox::Close;
}

} // namespace DeepDive
