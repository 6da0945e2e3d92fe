#include "codepane.h"

#include "icons.h"

#include "codeeditor.h"
#include "deck.h"
#include "highlighting.h"
#include "quizsession.h"
#include "snippetrunner.h"

#include <QKeySequence>
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

void SnippetView::setSnippet(const Snippet *snippet, bool showOutput, bool showTitle)
{
    if (!snippet) {
        m_shownCode.clear();
        m_title->clear();
        m_editor->clear();
        m_output->clear();
        return;
    }
    m_title->setText(showTitle ? kindLabel(snippet->kind) + QStringLiteral(": ") + snippet->title : CodePane::tr("Code for this card"));
    // The same code again (its card appears, or is answered) is neither laid out nor highlighted again, and stays
    // where the learner scrolled it and put the cursor.
    const QString code = snippet->language + QLatin1Char('\n') + snippet->code;
    if (code != m_shownCode) {
        m_shownCode = code;
        m_editor->setCode(snippet->code, snippet->language);
    }
    const bool hasOutput = snippet->checksOutput() && showOutput;
    QString output = hasOutput ? snippet->expectedOutput : QString(); // not even in a hidden widget
    if (hasOutput && snippet->raises())
        output += QStringLiteral("Traceback (most recent call last):\n  ...\n") + snippet->expectedRaises;
    if (output.endsWith(QLatin1Char('\n')))
        output.chop(1);
    if (output != m_output->toPlainText())
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
    , m_explanation(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_run(new QToolButton(this))
    , m_runOutput(new QPlainTextEdit(this))
    , m_runStatus(new QLabel(this))
    , m_runner(new SnippetRunner(this))
{
    m_theme = Highlighting::theme({}, palette());
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
    m_empty->setObjectName(QStringLiteral("codePlaceholder"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_splitter->setChildrenCollapsible(false);

    m_run->setObjectName(QStringLiteral("runSnippet"));
    m_run->setText(tr("Run"));
    m_run->setAccessibleName(tr("Run snippet"));
    m_run->setIcon(Icons::themed(QStringLiteral("media-playback-start"), QStringLiteral("run")));
    m_run->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_runOutput->setObjectName(QStringLiteral("runOutput"));
    m_runOutput->setAccessibleName(tr("Output of the run"));
    m_runOutput->setReadOnly(true);
    m_runOutput->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_runOutput->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_runOutput->setMaximumHeight(m_runOutput->fontMetrics().lineSpacing() * 8 + 12);
    m_runOutput->hide();
    m_runStatus->setObjectName(QStringLiteral("runStatus"));
    m_runStatus->setWordWrap(true);
    m_runStatus->hide();
    connect(m_run, &QToolButton::clicked, this, &CodePane::runCurrent);
    connect(m_runner, &SnippetRunner::finished, this, [this](const SnippetRunner::Result &r) {
        QString text = r.out;
        if (!r.err.isEmpty())
            text += (text.isEmpty() || text.endsWith(QLatin1Char('\n')) ? QString() : QStringLiteral("\n")) + r.err;
        m_runOutput->setPlainText(text);
        m_runOutput->show();
        QString status;
        if (r.failedToStart)
            status = tr("Could not run python3: %1").arg(r.err.trimmed());
        else if (r.timedOut)
            status = tr("Stopped at the %1 s limit: the snippet took too long.").arg(m_runner->timeoutMs() / 1000);
        else if (r.outputTruncated)
            status = tr("Stopped: the snippet printed more than %1 MB; the output above is cut there.")
                         .arg(SnippetRunner::outputLimitBytes / (1024 * 1024));
        else
            status = tr("Exit code %1 in %2 ms").arg(r.exitCode).arg(r.elapsedMs);
        const Snippet *snippet = m_topic ? m_topic->snippet(m_runningId) : nullptr;
        if (snippet && snippet->checksOutput() && !r.failedToStart && !r.timedOut && !r.outputTruncated) {
            const bool same = QuizSession::normaliseOutput(r.out) == QuizSession::normaliseOutput(snippet->expectedOutput);
            status += same ? tr(" · prints the expected output ✓") : tr(" · differs from the expected output");
        }
        m_runStatus->setText(m_runningFix ? tr("The fix: %1").arg(status) : status);
        m_runStatus->show();
        m_run->setEnabled(true);
        Q_EMIT runFinished();
    });

    auto *bar = new QHBoxLayout;
    auto *label = new QLabel(tr("Sn&ippet:"), this);
    label->setBuddy(m_switcher);
    bar->addWidget(label);
    bar->addWidget(m_switcher, 1);
    bar->addWidget(m_run);
    bar->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_runStatus);
    layout->addWidget(m_runOutput);
    layout->addWidget(m_explanation);

    connect(m_switcher, &QComboBox::currentIndexChanged, this, [this] {
        m_exposure = {}; // the learner picked a snippet: it shows whole
        m_browsed = m_switcher->currentData().toString();
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
    m_exposure = {};
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
    m_browsed = m_switcher->currentData().toString();
    updateSnippet();
}

void CodePane::setTheme(const CodeTheme &theme)
{
    m_theme = theme;
    m_main->editor()->setTheme(theme);
    if (m_fix)
        m_fix->editor()->setTheme(theme);
}

// The fix's view is made for the first pitfall with a fix: most topics open on an example.
SnippetView *CodePane::fixView()
{
    if (!m_fix) {
        m_fix = new SnippetView(QStringLiteral("fix"), m_splitter);
        m_fix->hide();
        m_fix->editor()->setTheme(m_theme);
        m_fix->editor()->setCodeFont(m_main->editor()->font());
    }
    return m_fix;
}

// Pitfall and fix side by side only when each gets room for a line of code (about 64 columns); narrower, one above
// the other (side by side at 1280 wide, each got some 250 px and cut the code).
void CodePane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const int column = m_main->editor()->fontMetrics().horizontalAdvance(QLatin1Char('m'));
    m_splitter->setOrientation(width() >= 2 * 64 * column + 80 ? Qt::Horizontal : Qt::Vertical);
}

void CodePane::showSnippet(const QString &snippetId)
{
    int index = m_switcher->findData(snippetId);
    if (index < 0 && m_topic) { // a fix is shown beside its pitfall: the pitfall's entry shows it
        for (const Snippet &s : m_topic->snippets) {
            if (s.fixId == snippetId)
                index = m_switcher->findData(s.id);
        }
    }
    if (index < 0)
        return;
    m_exposure = {};
    m_browsed = snippetId;
    QSignalBlocker blocker(m_switcher);
    m_switcher->setCurrentIndex(index);
    updateSnippet();
}

void CodePane::setExposure(const CodeExposure &exposure)
{
    const bool startsPicking = exposure.pickLine && !m_exposure.pickLine;
    m_exposure = exposure;
    updateSnippet();
    if (startsPicking) { // the line cursor starts at the top, where the learner reads from
        m_main->editor()->moveCursor(QTextCursor::Start);
        m_main->editor()->markLines(exposure.markedLines);
    }
}

QString CodePane::currentSnippetId() const
{
    return m_shownId;
}

bool CodePane::isFixVisible() const
{
    return m_fix && !m_fix->isHidden();
}

// The switcher names the snippet on screen only when its title may show; otherwise it shows a neutral placeholder
// (and, while a card is asked, lists no titles: it is disabled).
void CodePane::updateSwitcher()
{
    const CodeExposure &e = m_exposure;
    const Snippet *shown = m_topic && e.mode == CodeExposure::Mode::Snippet ? m_topic->snippet(e.snippetId) : nullptr;
    QSignalBlocker blocker(m_switcher);
    if (e.mode == CodeExposure::Mode::Free) {
        if (m_switcher->currentIndex() < 0 && m_switcher->count() > 0) // back from a card that hid it
            m_switcher->setCurrentIndex(std::max(0, m_switcher->findData(m_browsed)));
    } else {
        m_switcher->setCurrentIndex(e.title ? m_switcher->findData(e.snippetId) : -1);
    }
    if (e.mode == CodeExposure::Mode::Free)
        m_switcher->setPlaceholderText({});
    else if (shown && e.title) // a fix shown for a card is not listed: its name then
        m_switcher->setPlaceholderText(kindLabel(shown->kind) + QStringLiteral(": ") + shown->title);
    else
        m_switcher->setPlaceholderText(shown ? tr("Code for this card") : tr("No code for this card"));
    m_switcher->setEnabled(m_switcher->count() > 0 && e.browse);
}

void CodePane::updateSnippet()
{
    updateSwitcher();
    const CodeExposure &e = m_exposure;
    const QString id = e.mode == CodeExposure::Mode::Free ? m_switcher->currentData().toString() : e.snippetId;
    const Snippet *snippet = m_topic ? m_topic->snippet(id) : nullptr;
    const Snippet *fix = snippet && snippet->kind == SnippetKind::Pitfall && e.fix ? m_topic->snippet(snippet->fixId)
                                                                                  : nullptr;
    m_shownId = snippet ? snippet->id : QString();
    m_main->setSnippet(snippet, e.output, e.title);
    if (fix || m_fix) {
        fixView()->setSnippet(fix);
        m_fix->setVisible(fix != nullptr);
    }
    QString explanation;
    if (snippet && e.explanation) {
        explanation = snippet->explanation;
        if (fix && !fix->explanation.isEmpty())
            explanation += (explanation.isEmpty() ? QString() : QStringLiteral("\n\n")) + fix->explanation;
    }
    m_explanation->setText(explanation);
    m_explanation->setVisible(!explanation.isEmpty());
    // A card answered without code: the topic has snippets, but none of them shows until it is answered.
    const bool withheld = e.mode == CodeExposure::Mode::None && m_switcher->count() > 0;
    m_empty->setText(withheld ? tr("This card is answered without code. The topic's snippets come back when you have "
                                   "answered.")
                              : tr("This topic has no code snippets."));
    m_empty->setVisible(!snippet);
    m_splitter->setVisible(snippet != nullptr);
    m_copy->setEnabled(snippet != nullptr);
    m_main->editor()->setPickingLine(e.pickLine);
    m_main->editor()->markLines(e.markedLines);
    m_runner->stop();
    m_runOutput->hide();
    m_runStatus->hide();
    updateRunButton();
    Q_EMIT currentSnippetChanged(snippet ? snippet->id : QString());
}

bool CodePane::canRun(QString *why) const
{
    const Snippet *snippet = m_topic ? m_topic->snippet(currentSnippetId()) : nullptr;
    QString reason;
    if (!snippet)
        reason = tr("There is no snippet to run.");
    else if (snippet->language != QLatin1String("python"))
        reason = tr("Only Python snippets can be run.");
    else if (SnippetRunner::python().isEmpty())
        reason = tr("python3 was not found on PATH; install Python 3 to run snippets.");
    else if (!m_exposure.browse)
        reason = tr("Answer the quiz card first: running it would give the answer away.");
    if (why)
        *why = reason;
    return reason.isEmpty();
}

void CodePane::updateRunButton()
{
    QString why;
    const bool ok = canRun(&why);
    m_run->setEnabled(ok && !m_runner->isRunning());
    m_run->setToolTip(ok ? tr("Run the snippet with python3 (%1)").arg(QKeySequence(Qt::Key_F5).toString(QKeySequence::NativeText)) : why);
}

// Runs the snippet the learner is working in: the fix when its code has the keyboard focus, else the snippet.
void CodePane::runCurrent()
{
    if (!canRun())
        return;
    const Snippet *snippet = m_topic->snippet(currentSnippetId());
    const bool fixFocused = isFixVisible() && m_fix->editor()->hasFocus();
    if (fixFocused && m_topic->snippet(snippet->fixId))
        snippet = m_topic->snippet(snippet->fixId);
    m_runningId = snippet->id;
    m_runningFix = fixFocused;
    m_run->setEnabled(false);
    m_runStatus->setText(fixFocused ? tr("Running the fix…") : tr("Running…"));
    m_runStatus->show();
    m_runner->run(snippet->code);
}

QString CodePane::runStatus() const
{
    return m_runStatus->text();
}

void CodePane::setCodeFontSize(qreal points)
{
    for (SnippetView *view : {m_main, m_fix}) {
        if (!view)
            continue;
        QFont font = view->editor()->font();
        font.setPointSizeF(std::clamp(points, 6.0, 40.0));
        view->editor()->setCodeFont(font);
    }
}

qreal CodePane::codeFontSize() const
{
    return m_main->editor()->font().pointSizeF();
}

} // namespace DeepDive
