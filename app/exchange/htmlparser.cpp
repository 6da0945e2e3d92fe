#include "htmlparser.h"

namespace DeepDive {

namespace {

const QSet<QString> &voidTags()
{
    static const QSet<QString> tags{QStringLiteral("br"), QStringLiteral("img"), QStringLiteral("hr"),
                                    QStringLiteral("input"), QStringLiteral("meta"), QStringLiteral("link"),
                                    QStringLiteral("source"), QStringLiteral("track"), QStringLiteral("wbr"),
                                    QStringLiteral("area"), QStringLiteral("base"), QStringLiteral("col"),
                                    QStringLiteral("embed"), QStringLiteral("param")};
    return tags;
}

// Elements whose whole content is dropped: code, styling, embedded documents, forms.
const QSet<QString> &droppedTags()
{
    static const QSet<QString> tags{QStringLiteral("script"), QStringLiteral("style"), QStringLiteral("iframe"),
                                    QStringLiteral("frame"), QStringLiteral("frameset"), QStringLiteral("object"),
                                    QStringLiteral("embed"), QStringLiteral("applet"), QStringLiteral("noscript"),
                                    QStringLiteral("template"), QStringLiteral("svg"), QStringLiteral("math"),
                                    QStringLiteral("head"), QStringLiteral("title"), QStringLiteral("form"),
                                    QStringLiteral("select"), QStringLiteral("textarea"), QStringLiteral("button"),
                                    QStringLiteral("audio"), QStringLiteral("video"), QStringLiteral("canvas"),
                                    QStringLiteral("base"), QStringLiteral("link"), QStringLiteral("meta")};
    return tags;
}

// A forgiving tokenizer that builds a tree: unknown end tags are ignored, an end tag closes whatever was left open
// inside its element, and text past maxDepth is attached to the deepest element allowed.
class Parser
{
public:
    explicit Parser(const QString &html)
        : m_html(html)
    {
    }

    std::unique_ptr<HtmlNode> parse()
    {
        auto root = std::make_unique<HtmlNode>();
        root->tag = QStringLiteral("#root");
        m_current = root.get();
        while (m_at < m_html.size()) {
            const qsizetype lt = m_html.indexOf(QLatin1Char('<'), m_at);
            if (lt < 0) {
                addText(QStringView(m_html).mid(m_at));
                break;
            }
            if (lt > m_at)
                addText(QStringView(m_html).mid(m_at, lt - m_at));
            m_at = lt;
            tag();
        }
        return root;
    }

private:
    void addText(QStringView text)
    {
        if (m_skipDepth > 0 || text.isEmpty())
            return;
        auto node = std::make_unique<HtmlNode>();
        node->text = decodeEntities(text);
        node->parent = m_current;
        m_current->children.push_back(std::move(node));
    }

    int depth() const
    {
        int d = 0;
        for (const HtmlNode *n = m_current; n->parent; n = n->parent)
            ++d;
        return d;
    }

    void tag()
    {
        // m_html[m_at] == '<'
        if (QStringView(m_html).mid(m_at).startsWith(QLatin1String("<!--"))) {
            const qsizetype end = m_html.indexOf(QLatin1String("-->"), m_at + 4);
            m_at = end < 0 ? m_html.size() : end + 3;
            return;
        }
        qsizetype i = m_at + 1;
        const bool closing = i < m_html.size() && m_html[i] == QLatin1Char('/');
        if (closing)
            ++i;
        const qsizetype nameStart = i;
        // As in browsers, a tag name starts with an ASCII letter: "<3" and "n<10" are text.
        const char16_t first = i < m_html.size() ? m_html[i].unicode() : u'\0';
        const bool letter = (first >= u'a' && first <= u'z') || (first >= u'A' && first <= u'Z');
        while (letter && i < m_html.size() && (m_html[i].isLetterOrNumber() || m_html[i] == QLatin1Char('-')))
            ++i;
        if (i == nameStart) {
            // "<" not starting a tag ("a < b", "<!DOCTYPE", "<?xml"): text, or a declaration skipped whole.
            if (i < m_html.size() && (m_html[i] == QLatin1Char('!') || m_html[i] == QLatin1Char('?'))) {
                const qsizetype end = m_html.indexOf(QLatin1Char('>'), i);
                m_at = end < 0 ? m_html.size() : end + 1;
                return;
            }
            addText(QStringView(m_html).mid(m_at, 1));
            ++m_at;
            return;
        }
        const QString name = m_html.mid(nameStart, i - nameStart).toLower();
        QHash<QString, QString> attributes;
        bool selfClosing = false;
        i = readAttributes(i, &attributes, &selfClosing);
        m_at = i;
        if (closing) {
            close(name);
            return;
        }
        if (m_skipDepth > 0) {
            if (droppedTags().contains(name) && !voidTags().contains(name) && !selfClosing)
                ++m_skipDepth;
            return;
        }
        if (droppedTags().contains(name)) {
            m_droppedNames.insert(name);
            if (!voidTags().contains(name) && !selfClosing) {
                m_skipDepth = 1;
                m_skipTag = name;
            }
            return;
        }
        // A <p> or <li> closes an open one, as browsers do.
        if ((name == QLatin1String("p") || name == QLatin1String("li")) && m_current->tag == name)
            m_current = m_current->parent;
        auto node = std::make_unique<HtmlNode>();
        node->tag = name;
        node->attributes = attributes;
        node->parent = m_current;
        HtmlNode *raw = node.get();
        const bool opens = !voidTags().contains(name) && !selfClosing && depth() < maxHtmlDepth;
        m_current->children.push_back(std::move(node));
        if (opens)
            m_current = raw;
    }

    qsizetype readAttributes(qsizetype i, QHash<QString, QString> *attributes, bool *selfClosing)
    {
        while (i < m_html.size()) {
            const QChar c = m_html[i];
            if (c == QLatin1Char('>'))
                return i + 1;
            if (c == QLatin1Char('/')) {
                *selfClosing = true;
                ++i;
                continue;
            }
            if (c.isSpace()) {
                ++i;
                continue;
            }
            *selfClosing = false;
            const qsizetype nameStart = i;
            while (i < m_html.size() && !m_html[i].isSpace() && m_html[i] != QLatin1Char('=') && m_html[i] != QLatin1Char('>')
                   && m_html[i] != QLatin1Char('/'))
                ++i;
            const QString name = m_html.mid(nameStart, i - nameStart).toLower();
            QString value;
            while (i < m_html.size() && m_html[i].isSpace())
                ++i;
            if (i < m_html.size() && m_html[i] == QLatin1Char('=')) {
                ++i;
                while (i < m_html.size() && m_html[i].isSpace())
                    ++i;
                if (i < m_html.size() && (m_html[i] == QLatin1Char('"') || m_html[i] == QLatin1Char('\''))) {
                    const QChar quote = m_html[i];
                    const qsizetype end = m_html.indexOf(quote, i + 1);
                    const qsizetype stop = end < 0 ? m_html.size() : end;
                    value = m_html.mid(i + 1, stop - i - 1);
                    i = end < 0 ? m_html.size() : end + 1;
                } else {
                    const qsizetype start = i;
                    while (i < m_html.size() && !m_html[i].isSpace() && m_html[i] != QLatin1Char('>'))
                        ++i;
                    value = m_html.mid(start, i - start);
                }
            }
            if (name.startsWith(QLatin1String("on")))
                m_droppedNames.insert(QStringLiteral("on*"));
            else if (!name.isEmpty())
                attributes->insert(name, decodeEntities(value));
        }
        return i;
    }

    void close(const QString &name)
    {
        if (m_skipDepth > 0) {
            if (name == m_skipTag || droppedTags().contains(name))
                --m_skipDepth;
            return;
        }
        for (HtmlNode *n = m_current; n->parent; n = n->parent) {
            if (n->tag == name) {
                m_current = n->parent;
                return;
            }
        }
    }

public:
    QSet<QString> m_droppedNames;

private:
    const QString &m_html;
    qsizetype m_at = 0;
    HtmlNode *m_current = nullptr;
    int m_skipDepth = 0;
    QString m_skipTag;
};

} // namespace

std::unique_ptr<HtmlNode> parseHtml(const QString &html, QSet<QString> *dropped)
{
    Parser parser(html);
    std::unique_ptr<HtmlNode> root = parser.parse();
    *dropped = parser.m_droppedNames;
    return root;
}

QString decodeEntities(QStringView text)
{
    static const QHash<QString, QChar> named{
        {QStringLiteral("amp"), QLatin1Char('&')},  {QStringLiteral("lt"), QLatin1Char('<')},
        {QStringLiteral("gt"), QLatin1Char('>')},   {QStringLiteral("quot"), QLatin1Char('"')},
        {QStringLiteral("apos"), QLatin1Char('\'')}, {QStringLiteral("nbsp"), QChar(0xa0)},
        {QStringLiteral("ndash"), QChar(0x2013)},   {QStringLiteral("mdash"), QChar(0x2014)},
        {QStringLiteral("hellip"), QChar(0x2026)},  {QStringLiteral("rarr"), QChar(0x2192)},
        {QStringLiteral("larr"), QChar(0x2190)},    {QStringLiteral("times"), QChar(0xd7)},
        {QStringLiteral("laquo"), QChar(0xab)},     {QStringLiteral("raquo"), QChar(0xbb)},
        {QStringLiteral("copy"), QChar(0xa9)},      {QStringLiteral("deg"), QChar(0xb0)},
    };
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        if (text[i] != QLatin1Char('&')) {
            out += text[i++];
            continue;
        }
        // Entities are short: looking further for the ';' would make a run of '&' quadratic.
        const qsizetype window = text.mid(i + 1, 10).indexOf(QLatin1Char(';'));
        const qsizetype semi = window < 0 ? -1 : i + 1 + window;
        if (semi < 0) {
            out += text[i++];
            continue;
        }
        const QStringView name = text.mid(i + 1, semi - i - 1);
        bool ok = false;
        char32_t code = 0;
        if (name.startsWith(QLatin1Char('#'))) {
            const bool hex = name.size() > 1 && (name[1] == QLatin1Char('x') || name[1] == QLatin1Char('X'));
            code = name.mid(hex ? 2 : 1).toUInt(&ok, hex ? 16 : 10);
            ok = ok && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
        } else if (const auto it = named.constFind(name.toString()); it != named.cend()) {
            code = it->unicode();
            ok = true;
        }
        if (!ok) {
            out += text[i++];
            continue;
        }
        out += QString::fromUcs4(&code, 1);
        i = semi + 1;
    }
    return out;
}

} // namespace DeepDive
