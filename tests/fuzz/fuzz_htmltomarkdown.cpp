// libFuzzer target: the HTML of Anki fields as Markdown must never crash or hang, and what it gives must show
// nothing active in a Markdown viewer that accepts raw HTML.
#include "htmltomarkdown.h"

#include <QByteArray>
#include <QRegularExpression>

#include <md4c-html.h>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString html = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    DeepDive::HtmlToMarkdown converter([](const QString &src, QString *) -> QString {
        return src.size() % 2 ? QStringLiteral("local.png") : QString(); // both answers of the caller
    });
    const QByteArray markdown = converter.convert(html).toUtf8();
    QByteArray shown;
    md_html(markdown.constData(), MD_SIZE(markdown.size()),
            [](const MD_CHAR *text, MD_SIZE n, void *out) { static_cast<QByteArray *>(out)->append(text, qsizetype(n)); },
            &shown, MD_DIALECT_GITHUB, 0);
    static const QRegularExpression active(QStringLiteral("<(script|iframe|svg|style|object|embed)\\b|<[^>]*\\son\\w+=|"
                                                          "<img\\b(?![^>]*src=\"local\\.png\")|href=\"(?!https?://)"),
                                           QRegularExpression::CaseInsensitiveOption);
    // An image's alt text is an attribute value, text to the viewer whatever it holds.
    static const QRegularExpression alt(QStringLiteral(" alt=\"[^\"]*\""));
    if (QString::fromUtf8(shown).remove(alt).contains(active))
        __builtin_trap();
    return 0;
}
