#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QtPlugin>

class QSyntaxHighlighter;
class QTextDocument;

namespace DeepDive {

// A highlighting theme's name and the colours a code view paints around the text.
struct CodeTheme
{
    QString name; // KSyntaxHighlighting's name ("Breeze Light"); empty for the palette's colours
    QString translatedName;
    QColor background;
    QColor text;
    QColor selection;
    QColor currentLine;
    QColor lineNumbers;
    QColor currentLineNumber;
    QColor border; // behind the line numbers

    bool isDark() const { return background.lightness() < 128; }
};

// A styled run of one line: characters [start, start + length) in CSS ("color:#1f1c1b;font-weight:bold;").
struct CodeSpan
{
    int start = 0;
    int length = 0;
    QString style;
};

// Syntax highlighting, from a plugin: KSyntaxHighlighting (and the network libraries it links) loads after the
// window is on screen instead of before it. The plugin holds the application's one Repository.
class HighlightingEngine
{
public:
    virtual ~HighlightingEngine() = default;

    virtual QList<CodeTheme> themes() const = 0;
    // The named theme; an empty name when there is none by that name.
    virtual CodeTheme theme(const QString &name) const = 0;
    virtual CodeTheme defaultTheme(bool dark) const = 0;

    // A highlighter on `document` (which owns it) for `language` ("python", "text", a file extension...).
    virtual QSyntaxHighlighter *create(QTextDocument *document, const QString &language, const QString &themeName) = 0;
    virtual void setLanguage(QSyntaxHighlighter *highlighter, const QString &language) = 0;
    virtual void setTheme(QSyntaxHighlighter *highlighter, const QString &themeName) = 0;
    // The name of the syntax definition `highlighter` uses ("Python"), empty when it found none.
    virtual QString definitionName(const QSyntaxHighlighter *highlighter) const = 0;

    // The styled runs of each line of `lines` (one list per line, in order), for printing.
    virtual QList<QList<CodeSpan>> spans(const QStringList &lines, const QString &language, const QString &themeName) const = 0;
};

} // namespace DeepDive

#define DeepDiveHighlightingEngine_iid "io.github.deepdive.HighlightingEngine/1"
Q_DECLARE_INTERFACE(DeepDive::HighlightingEngine, DeepDiveHighlightingEngine_iid)
