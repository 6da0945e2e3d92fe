#include "noteseditor.h"

#include "clock.h"
#include "database.h"
#include "notestore.h"

#include <QKeySequence>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

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

    m_autosave.setSingleShot(true);
    m_autosave.setInterval(autosaveDelayMs);
    connect(&m_autosave, &QTimer::timeout, this, &NotesEditor::saveNow);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        m_dirty = true;
        m_status->setText(tr("Editing…"));
        m_autosave.start();
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
    saveNow();
    m_deckId = deckId;
    m_topicId = topicId;
    m_loading = true;
    const auto note = topicId.isEmpty() ? std::nullopt : m_store.note(deckId, topicId);
    m_editor->setPlainText(note ? note->body : QString());
    m_loading = false;
    m_dirty = false;
    const bool usable = !topicId.isEmpty() && m_database.isWritable();
    m_editor->setReadOnly(!usable);
    if (topicId.isEmpty())
        m_status->setText(tr("Select a topic to write notes about it."));
    else if (!m_database.isWritable())
        m_status->setText(tr("Your progress database is read-only: notes cannot be saved."));
    else if (note)
        m_status->setText(tr("Saved %1").arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(note->updatedMs), QLocale::ShortFormat)));
    else
        m_status->clear();
    if (m_previewButton->isChecked())
        setPreviewing(true);
}

bool NotesEditor::saveNow()
{
    m_autosave.stop();
    if (!m_dirty || m_topicId.isEmpty())
        return true;
    QString error;
    if (!m_store.save({m_deckId, m_topicId, m_editor->toPlainText(), m_clock.nowMs()}, &error)) {
        m_status->setText(tr("Not saved: %1. Your text is still here; it will be saved with the next change.").arg(error));
        return false;
    }
    m_dirty = false;
    m_status->setText(tr("Saved"));
    Q_EMIT saved();
    return true;
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

} // namespace DeepDive
