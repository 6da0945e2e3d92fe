#include "findbar.h"

#include "searchindex.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTextBlock>
#include <QTextEdit>
#include <QToolButton>

namespace DeepDive {

namespace {

QTextCharFormat highlightFormat(bool current)
{
    QTextCharFormat format;
    format.setBackground(current ? QColor(255, 150, 50) : QColor(255, 226, 110));
    format.setForeground(QColor(Qt::black));
    return format;
}

} // namespace

FindBar::FindBar(QTextEdit *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
    , m_field(new QLineEdit(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_close(new QToolButton(this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("findBar"));
    m_field->setObjectName(QStringLiteral("findField"));
    m_field->setPlaceholderText(tr("Find in topic"));
    m_field->setAccessibleName(tr("Find in topic"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    m_previous->setObjectName(QStringLiteral("findPrevious"));
    m_previous->setArrowType(Qt::UpArrow);
    m_previous->setToolTip(tr("Previous match (Shift+Enter)"));
    m_previous->setAccessibleName(tr("Previous match"));
    m_next->setObjectName(QStringLiteral("findNext"));
    m_next->setArrowType(Qt::DownArrow);
    m_next->setToolTip(tr("Next match (Enter)"));
    m_next->setAccessibleName(tr("Next match"));
    m_close->setObjectName(QStringLiteral("findClose"));
    m_close->setText(QStringLiteral("×"));
    m_close->setToolTip(tr("Close (Esc)"));
    m_close->setAccessibleName(tr("Close the find bar"));
    m_count->setObjectName(QStringLiteral("findCount"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_count);
    layout->addWidget(m_close);
    connect(m_field, &QLineEdit::textChanged, this, [this] {
        // As typed: from the start of the current match, so the match grows in place.
        QTextCursor cursor = m_view->textCursor();
        cursor.setPosition(cursor.selectionStart());
        m_view->setTextCursor(cursor);
        m_terms.clear();
        if (!m_field->text().isEmpty())
            find(false);
        updateHighlights();
    });
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_close, &QToolButton::clicked, this, &FindBar::closeBar);
    hide();
}

void FindBar::openBar()
{
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
    updateHighlights();
}

void FindBar::closeBar()
{
    hide();
    m_terms.clear();
    m_field->clear();
    updateHighlights();
    m_view->setFocus(Qt::OtherFocusReason);
}

bool FindBar::findNext()
{
    return find(false);
}

bool FindBar::findPrevious()
{
    return find(true);
}

bool FindBar::find(bool backward)
{
    const QString text = m_field->text();
    if (text.isEmpty())
        return false;
    const QTextDocument::FindFlags flags = backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    QTextDocument *document = m_view->document();
    QTextCursor found = document->find(text, m_view->textCursor(), flags);
    if (found.isNull()) { // wrap around
        QTextCursor from(document);
        if (backward)
            from.movePosition(QTextCursor::End);
        found = document->find(text, from, flags);
    }
    if (found.isNull())
        return false;
    m_view->setTextCursor(found);
    m_view->ensureCursorVisible();
    updateHighlights();
    return true;
}

void FindBar::setTerms(const QStringList &terms)
{
    m_terms = terms;
    updateHighlights();
    const QList<QTextEdit::ExtraSelection> selections = m_view->extraSelections();
    if (!selections.isEmpty()) {
        QTextCursor first = selections.first().cursor;
        m_view->setTextCursor(first);
        m_view->ensureCursorVisible();
    }
}

void FindBar::refresh()
{
    updateHighlights();
}

void FindBar::updateHighlights()
{
    QList<QTextEdit::ExtraSelection> selections;
    const QString text = m_field->text();
    QTextDocument *document = m_view->document();
    if (isVisible() && !text.isEmpty()) {
        const QTextCursor current = m_view->textCursor();
        for (QTextCursor c = document->find(text, 0); !c.isNull(); c = document->find(text, c)) {
            const bool isCurrent = c.selectionStart() == current.selectionStart() && c.selectionEnd() == current.selectionEnd();
            selections.append({c, highlightFormat(isCurrent)});
        }
        m_matches = int(selections.size());
        m_count->setText(m_matches == 0 ? tr("No matches") : tr("%n match(es)", nullptr, m_matches));
    } else {
        m_matches = 0;
        m_count->clear();
        for (QTextBlock block = document->begin(); !m_terms.isEmpty() && block.isValid(); block = block.next()) {
            for (const auto &[start, length] : SearchIndex::matchRanges(block.text(), m_terms)) {
                QTextCursor c(document);
                c.setPosition(block.position() + int(start));
                c.setPosition(block.position() + int(start + length), QTextCursor::KeepAnchor);
                selections.append({c, highlightFormat(false)});
            }
        }
    }
    m_view->setExtraSelections(selections);
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Escape:
            closeBar();
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            find(key->modifiers() & Qt::ShiftModifier);
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace DeepDive
