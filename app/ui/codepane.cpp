#include "codepane.h"

#include "codeeditor.h"
#include "deck.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace DeepDive {

namespace {
QString kindLabel(SnippetKind kind)
{
    switch (kind) {
    case SnippetKind::Pitfall:
        return CodePane::tr("Pitfall");
    case SnippetKind::Fix:
        return CodePane::tr("Fix");
    case SnippetKind::Example:
        break;
    }
    return CodePane::tr("Example");
}
} // namespace

SnippetView::SnippetView(const QString &name, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_editor(new CodeEditor(this))
    , m_outputLabel(new QLabel(tr("Expected output"), this))
    , m_output(new QPlainTextEdit(this))
{
    setObjectName(name);
    m_title->setObjectName(name + QStringLiteral("Title"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_editor->setObjectName(name + QStringLiteral("Editor"));
    m_editor->setAccessibleName(tr("Snippet code"));
    m_output->setObjectName(name + QStringLiteral("Output"));
    m_output->setAccessibleName(tr("Expected output"));
    m_output->setReadOnly(true);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_outputLabel->setBuddy(m_output);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_outputLabel);
    layout->addWidget(m_output);
}

void SnippetView::setSnippet(const Snippet *snippet, bool showOutput)
{
    if (!snippet) {
        m_title->clear();
        m_editor->clear();
        m_output->clear();
        return;
    }
    m_title->setText(kindLabel(snippet->kind) + QStringLiteral(": ") + snippet->title);
    m_editor->setCode(snippet->code, snippet->language);
    const bool hasOutput = snippet->checksOutput() && showOutput;
    QString output = snippet->expectedOutput;
    if (snippet->raises())
        output += QStringLiteral("Traceback (most recent call last):\n  ...\n") + snippet->expectedRaises;
    if (output.endsWith(QLatin1Char('\n')))
        output.chop(1);
    m_output->setPlainText(output);
    const int lines = int(output.count(QLatin1Char('\n'))) + 1;
    const int shown = std::min(lines, 8);
    m_output->setVerticalScrollBarPolicy(lines > shown ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff);
    m_output->setFixedHeight(m_output->fontMetrics().lineSpacing() * shown
                             + 2 * int(m_output->document()->documentMargin()) + 2 * m_output->frameWidth() + 2);
    m_outputLabel->setVisible(hasOutput);
    m_output->setVisible(hasOutput);
}

QString SnippetView::expectedOutputText() const
{
    return m_output->toPlainText();
}

CodePane::CodePane(QWidget *parent)
    : QWidget(parent)
    , m_switcher(new QComboBox(this))
    , m_copy(new QToolButton(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_main(new SnippetView(QStringLiteral("snippet"), m_splitter))
    , m_fix(new SnippetView(QStringLiteral("fix"), m_splitter))
    , m_explanation(new QLabel(this))
    , m_empty(new QLabel(tr("This topic has no code snippets."), this))
{
    setObjectName(QStringLiteral("codePane"));
    m_switcher->setObjectName(QStringLiteral("snippetSwitcher"));
    m_switcher->setAccessibleName(tr("Snippet"));
    m_switcher->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_switcher->setMinimumContentsLength(12);
    m_copy->setObjectName(QStringLiteral("copySnippet"));
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy the snippet's code to the clipboard"));
    m_copy->setAccessibleName(tr("Copy snippet"));
    m_copy->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    m_copy->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_explanation->setObjectName(QStringLiteral("snippetExplanation"));
    m_explanation->setTextFormat(Qt::MarkdownText);
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_explanation->setOpenExternalLinks(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_splitter->setChildrenCollapsible(false);

    auto *bar = new QHBoxLayout;
    auto *label = new QLabel(tr("&Snippet:"), this);
    label->setBuddy(m_switcher);
    bar->addWidget(label);
    bar->addWidget(m_switcher, 1);
    bar->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_explanation);

    connect(m_switcher, &QComboBox::currentIndexChanged, this, [this] {
        m_hideFix = false;
        m_hideOutput = false;
        m_main->editor()->setPickingLine(false);
        m_main->editor()->markLines({});
        updateSnippet();
    });
    connect(m_main->editor(), &CodeEditor::linePicked, this, &CodePane::linePicked);
    connect(m_copy, &QToolButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_main->editor()->toPlainText());
    });
    setTopic(nullptr);
}

void CodePane::setTopic(const Topic *topic)
{
    m_topic = topic;
    m_hideFix = false;
    m_hideOutput = false;
    m_main->editor()->setPickingLine(false);
    m_main->editor()->markLines({});
    QSignalBlocker blocker(m_switcher);
    m_switcher->clear();
    if (topic) {
        QStringList shownAsFix;
        for (const Snippet &s : topic->snippets) {
            if (s.kind == SnippetKind::Pitfall && topic->snippet(s.fixId))
                shownAsFix.append(s.fixId);
        }
        for (const Snippet &s : topic->snippets) {
            if (!shownAsFix.contains(s.id))
                m_switcher->addItem(kindLabel(s.kind) + QStringLiteral(": ") + s.title, s.id);
        }
    }
    const bool empty = m_switcher->count() == 0;
    m_empty->setVisible(empty);
    m_splitter->setVisible(!empty);
    m_switcher->setEnabled(!empty);
    m_copy->setEnabled(!empty);
    updateSnippet();
}

void CodePane::setTheme(const KSyntaxHighlighting::Theme &theme)
{
    m_main->editor()->setTheme(theme);
    m_fix->editor()->setTheme(theme);
}

void CodePane::showSnippet(const QString &snippetId)
{
    const int index = m_switcher->findData(snippetId);
    if (index >= 0)
        m_switcher->setCurrentIndex(index);
}

void CodePane::focusSnippet(const QString &snippetId, bool hideFix, bool hideOutput, const QList<int> &markedLines, bool pickLine)
{
    const int index = m_switcher->findData(snippetId);
    if (index >= 0) {
        QSignalBlocker blocker(m_switcher);
        m_switcher->setCurrentIndex(index);
    }
    m_hideFix = hideFix;
    m_hideOutput = hideOutput;
    updateSnippet();
    m_main->editor()->setPickingLine(pickLine);
    m_main->editor()->markLines(markedLines);
}

QString CodePane::currentSnippetId() const
{
    return m_switcher->currentData().toString();
}

bool CodePane::isFixVisible() const
{
    return !m_fix->isHidden();
}

void CodePane::updateSnippet()
{
    const Snippet *snippet = m_topic ? m_topic->snippet(currentSnippetId()) : nullptr;
    const Snippet *fix = snippet && snippet->kind == SnippetKind::Pitfall && !m_hideFix ? m_topic->snippet(snippet->fixId)
                                                                                       : nullptr;
    m_main->setSnippet(snippet, !m_hideOutput);
    m_fix->setSnippet(fix);
    m_fix->setVisible(fix != nullptr);
    QString explanation;
    if (snippet)
        explanation = snippet->explanation;
    if (fix && !fix->explanation.isEmpty())
        explanation += (explanation.isEmpty() ? QString() : QStringLiteral("\n\n")) + fix->explanation;
    if (m_hideOutput || m_hideFix)
        explanation.clear(); // a quiz card is open on this snippet: no hints
    m_explanation->setText(explanation);
    m_explanation->setVisible(!explanation.isEmpty());
    Q_EMIT currentSnippetChanged(snippet ? snippet->id : QString());
}

} // namespace DeepDive
