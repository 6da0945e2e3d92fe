#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>
#include <vector>

namespace DeepDive {

// A tree of untrusted HTML, as forgiving as a browser and no deeper than maxHtmlDepth (deeper elements are added
// flat), without the content of elements that hold code, styles or embedded documents (script, style, iframe, svg...)
// and without event handler attributes.
struct HtmlNode
{
    QString tag; // lower case; empty for text
    QString text; // entities decoded
    QHash<QString, QString> attributes;
    std::vector<std::unique_ptr<HtmlNode>> children;
    HtmlNode *parent = nullptr;
};

inline constexpr int maxHtmlDepth = 48;

// The tree under a "#root" node; `dropped` gets the names of the elements left out ("script"), and "on*" for
// event handlers.
std::unique_ptr<HtmlNode> parseHtml(const QString &html, QSet<QString> *dropped);

// HTML entities (named, decimal and hexadecimal) decoded; unknown ones are kept as they are.
QString decodeEntities(QStringView text);

} // namespace DeepDive
