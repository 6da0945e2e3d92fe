#pragma once

#include "codeexposure.h"
#include "highlightingengine.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QSplitter;
class QToolButton;

namespace DeepDive {

class CodeEditor;
class SnippetRunner;
struct Snippet;
struct Topic;

// One snippet: its title, the highlighted code and the output it is expected to print.
class SnippetView : public QWidget
{
    Q_OBJECT
public:
    explicit SnippetView(const QString &name, QWidget *parent = nullptr);

    // Without its title, a snippet shows under a neutral one (a pitfall's title names its bug).
    void setSnippet(const Snippet *snippet, bool showOutput = true, bool showTitle = true);
    CodeEditor *editor() const { return m_editor; }
    QString expectedOutputText() const;

private:
    // The code on screen (its language and text), to skip setting it again: the quiz asks for the same snippet again
    // when its card appears, and once more with its title and output when it is answered.
    QString m_shownCode;
    QLabel *m_title;
    CodeEditor *m_editor;
    QLabel *m_outputLabel;
    QPlainTextEdit *m_output;
};

// The middle of the window: the current topic's snippets, one at a time, with a pitfall and its fix side by side.
class CodePane : public QWidget
{
    Q_OBJECT
public:
    explicit CodePane(QWidget *parent = nullptr);

    void setTopic(const Topic *topic);
    const Topic *topic() const { return m_topic; }
    void setTheme(const CodeTheme &theme);
    // Shows a snippet the learner asked for (the switcher, a search hit): the code pane is theirs again.
    void showSnippet(const QString &snippetId);
    // For the quiz card on screen: shows what the card allows (see CodeExposure) and nothing that gives it away.
    void setExposure(const CodeExposure &exposure);
    const CodeExposure &exposure() const { return m_exposure; }

    QString currentSnippetId() const;
    CodeEditor *editor() const { return m_main->editor(); }
    CodeEditor *fixEditor() { return fixView()->editor(); }
    bool isFixVisible() const;
    QComboBox *switcher() const { return m_switcher; }

    // Runs the snippet on screen with python3 (see SnippetRunner), or its fix when the fix's code has the focus;
    // the output shows under the code.
    void runCurrent();
    bool canRun(QString *why = nullptr) const;
    QPlainTextEdit *runOutput() const { return m_runOutput; }
    QString runStatus() const;
    QToolButton *runButton() const { return m_run; }

    // Code font size, in points (View > Zoom).
    void setCodeFontSize(qreal points);
    qreal codeFontSize() const;

Q_SIGNALS:
    void currentSnippetChanged(const QString &snippetId);
    void linePicked(int line);
    void runFinished();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateSnippet();
    void updateSwitcher();
    void updateRunButton();
    CodeExposure m_exposure;
    QString m_shownId;
    QString m_browsed; // the snippet the learner chose last, to come back to after a card that hid it

    const Topic *m_topic = nullptr;
    QComboBox *m_switcher;
    QToolButton *m_copy;
    QSplitter *m_splitter;
    SnippetView *fixView();

    SnippetView *m_main;
    SnippetView *m_fix = nullptr;
    CodeTheme m_theme;
    QLabel *m_explanation;
    QLabel *m_empty;
    QToolButton *m_run;
    QPlainTextEdit *m_runOutput;
    QLabel *m_runStatus;
    SnippetRunner *m_runner;
    QString m_runningId; // the snippet whose output the runner is reading
    bool m_runningFix = false;
};

} // namespace DeepDive
