#pragma once

#include <KSyntaxHighlighting/Theme>

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QSplitter;
class QToolButton;

namespace DeepDive {

class CodeEditor;
struct Snippet;
struct Topic;

// One snippet: its title, the highlighted code and the output it is expected to print.
class SnippetView : public QWidget
{
    Q_OBJECT
public:
    explicit SnippetView(const QString &name, QWidget *parent = nullptr);

    void setSnippet(const Snippet *snippet);
    CodeEditor *editor() const { return m_editor; }
    QString expectedOutputText() const;

private:
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
    void setTheme(const KSyntaxHighlighting::Theme &theme);
    void showSnippet(const QString &snippetId);

    QString currentSnippetId() const;
    CodeEditor *editor() const { return m_main->editor(); }
    CodeEditor *fixEditor() const { return m_fix->editor(); }
    bool isFixVisible() const;
    QComboBox *switcher() const { return m_switcher; }

Q_SIGNALS:
    void currentSnippetChanged(const QString &snippetId);

private:
    void updateSnippet();

    const Topic *m_topic = nullptr;
    QComboBox *m_switcher;
    QToolButton *m_copy;
    QSplitter *m_splitter;
    SnippetView *m_main;
    SnippetView *m_fix;
    QLabel *m_explanation;
    QLabel *m_empty;
};

} // namespace DeepDive
