// The highlighting plugin: KSyntaxHighlighting behind the HighlightingEngine interface, with the application's one
// Repository. Loaded at run time (see Highlighting::load) so that start-up does not pay for it.
#include "highlightingengine.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QObject>
#include <QTextDocument>

namespace DeepDive {

namespace {

namespace KSH = KSyntaxHighlighting;

CodeTheme toCodeTheme(const KSH::Theme &theme)
{
    CodeTheme t;
    if (!theme.isValid())
        return t;
    t.name = theme.name();
    t.translatedName = theme.translatedName();
    t.background = QColor::fromRgba(theme.editorColor(KSH::Theme::BackgroundColor));
    t.text = QColor::fromRgba(theme.textColor(KSH::Theme::Normal));
    t.selection = QColor::fromRgba(theme.editorColor(KSH::Theme::TextSelection));
    t.currentLine = QColor::fromRgba(theme.editorColor(KSH::Theme::CurrentLine));
    t.lineNumbers = QColor::fromRgba(theme.editorColor(KSH::Theme::LineNumbers));
    t.currentLineNumber = QColor::fromRgba(theme.editorColor(KSH::Theme::CurrentLineNumber));
    t.border = QColor::fromRgba(theme.editorColor(KSH::Theme::IconBorder));
    return t;
}

// Collects the highlighter's formats for one line at a time.
class Collector : public KSH::AbstractHighlighter
{
public:
    QList<CodeSpan> spans;
    KSH::State highlight(const QString &line, const KSH::State &state)
    {
        spans.clear();
        return highlightLine(line, state);
    }

protected:
    void applyFormat(int offset, int length, const KSH::Format &format) override
    {
        if (length == 0 || format.isDefaultTextStyle(theme()))
            return;
        QString style;
        if (format.hasTextColor(theme()))
            style += QStringLiteral("color:%1;").arg(format.textColor(theme()).name());
        if (format.isBold(theme()))
            style += QStringLiteral("font-weight:bold;");
        if (format.isItalic(theme()))
            style += QStringLiteral("font-style:italic;");
        if (!style.isEmpty())
            spans.append({offset, length, style});
    }
};

} // namespace

class KSyntaxHighlightingEngine : public QObject, public HighlightingEngine
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID DeepDiveHighlightingEngine_iid)
    Q_INTERFACES(DeepDive::HighlightingEngine)

public:
    // The repository is a child, so that it moves with the engine to the window's thread when a worker loaded both.
    KSyntaxHighlightingEngine() { m_repository.setParent(this); }

    QList<CodeTheme> themes() const override
    {
        QList<CodeTheme> list;
        for (const KSH::Theme &theme : m_repository.themes())
            list.append(toCodeTheme(theme));
        return list;
    }

    CodeTheme theme(const QString &name) const override { return toCodeTheme(m_repository.theme(name)); }

    CodeTheme defaultTheme(bool dark) const override
    {
        return toCodeTheme(m_repository.defaultTheme(dark ? KSH::Repository::DarkTheme : KSH::Repository::LightTheme));
    }

    QSyntaxHighlighter *create(QTextDocument *document, const QString &language, const QString &themeName) override
    {
        auto *highlighter = new KSH::SyntaxHighlighter(document);
        highlighter->setTheme(themeFor(themeName));
        highlighter->setDefinition(definitionFor(language));
        return highlighter;
    }

    void setLanguage(QSyntaxHighlighter *highlighter, const QString &language) override
    {
        if (auto *h = qobject_cast<KSH::SyntaxHighlighter *>(highlighter)) {
            const KSH::Definition definition = definitionFor(language);
            if (h->definition() != definition)
                h->setDefinition(definition);
        }
    }

    void setTheme(QSyntaxHighlighter *highlighter, const QString &themeName) override
    {
        if (auto *h = qobject_cast<KSH::SyntaxHighlighter *>(highlighter)) {
            h->setTheme(themeFor(themeName));
            h->rehighlight();
        }
    }

    QString definitionName(const QSyntaxHighlighter *highlighter) const override
    {
        const auto *h = qobject_cast<const KSH::SyntaxHighlighter *>(highlighter);
        return h && h->definition().isValid() ? h->definition().name() : QString();
    }

    QList<QList<CodeSpan>> spans(const QStringList &lines, const QString &language, const QString &themeName) const override
    {
        Collector collector;
        collector.setTheme(themeFor(themeName));
        collector.setDefinition(definitionFor(language));
        QList<QList<CodeSpan>> result;
        KSH::State state;
        for (const QString &line : lines) {
            state = collector.highlight(line, state);
            result.append(collector.spans);
        }
        return result;
    }

private:
    KSH::Definition definitionFor(const QString &language) const
    {
        KSH::Definition definition = m_repository.definitionForName(language);
        if (!definition.isValid())
            definition = m_repository.definitionForFileName(QStringLiteral("snippet.") + language);
        return definition;
    }

    KSH::Theme themeFor(const QString &name) const
    {
        const KSH::Theme theme = m_repository.theme(name);
        return theme.isValid() ? theme : m_repository.defaultTheme(KSH::Repository::LightTheme);
    }

    KSH::Repository m_repository; // loading it reads every syntax definition's header: once per process
};

} // namespace DeepDive

#include "highlightingplugin.moc"
