#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace DeepDive {

// Untrusted HTML (an Anki field) as Deep Dive Markdown. Only text and its plain structure survive: paragraphs, line
// breaks, lists, emphasis, code (`<pre>` as a fenced block, `<code>` as a code span), links to http(s) pages and
// images the caller resolves. Scripts, styles, frames, forms, event handlers, other attributes and remote images are
// dropped; every character that Markdown (or the HTML a Markdown viewer accepts) would read as markup is escaped.
// Deeply nested markup is flattened past a fixed depth, so any input converts in time linear in its size.
class HtmlToMarkdown
{
public:
    // Maps an image's `src` to the file name the Markdown should use, or an empty string to drop the image (with a
    // reason in `dropped`).
    using ImageResolver = std::function<QString(const QString &src, QString *reason)>;

    explicit HtmlToMarkdown(ImageResolver images = {});

    QString convert(const QString &html);
    // What convert() left out and why ("a script", "the remote image https://..."), since the last call.
    QStringList dropped() const { return m_dropped; }

private:
    ImageResolver m_images;
    QStringList m_dropped;
};

} // namespace DeepDive
