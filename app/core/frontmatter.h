#pragma once

#include "deck.h"

#include <QByteArray>
#include <QHash>

namespace DeepDive {

// The `key: value` block between two `---` lines at the top of every content file.
struct FrontMatter
{
    QHash<QString, QString> values;
    QHash<QString, int> lines; // the line each key was on
    int bodyLine = 1;          // the first line after the block
    QByteArray body;

    QString value(const QString &key) const { return values.value(key); }
    int lineOf(const QString &key) const { return lines.value(key, 1); }

    // Splits `text` into front matter and body. Problems go to `diagnostics`, named after `file`.
    static FrontMatter parse(const QByteArray &text, const QString &file, const QStringList &allowedKeys,
                             QList<Diagnostic> *diagnostics);
};

// `key=value key="value with spaces"` as in code fence info strings and card headings.
struct Attributes
{
    QString head; // the first word without `=`: a language or a card type
    QHash<QString, QString> values;
    QString error; // set when the text cannot be read

    static Attributes parse(const QString &text);
};

bool isValidId(const QString &id);
QStringList splitList(const QString &value);

} // namespace DeepDive
