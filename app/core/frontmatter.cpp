#include "frontmatter.h"

namespace DeepDive {

FrontMatter FrontMatter::parse(const QByteArray &text, const QString &file, const QStringList &allowedKeys,
                               QList<Diagnostic> *diagnostics)
{
    FrontMatter result;
    auto error = [&](int line, const QString &message) { diagnostics->append({file, line, message}); };
    const auto isFence = [](QByteArrayView line) { return line.trimmed() == "---"; };

    qsizetype pos = 0;
    auto nextLine = [&]() {
        const qsizetype end = text.indexOf('\n', pos);
        const qsizetype stop = end < 0 ? text.size() : end;
        QByteArrayView line(text.constData() + pos, stop - pos);
        pos = end < 0 ? text.size() : end + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        return line;
    };

    if (text.isEmpty() || !isFence(nextLine())) {
        error(1, QStringLiteral("the file does not start with front matter; add a block of `key: value` lines "
                                "between two `---` lines at the top"));
        result.body = text;
        return result;
    }
    int line = 1;
    bool closed = false;
    while (pos < text.size()) {
        const QByteArrayView raw = nextLine();
        ++line;
        if (isFence(raw)) {
            closed = true;
            break;
        }
        if (raw.trimmed().isEmpty() || raw.trimmed().startsWith('#'))
            continue;
        const qsizetype colon = raw.indexOf(':');
        if (colon <= 0) {
            error(line, QStringLiteral("expected `key: value` in the front matter, found \"%1\"")
                            .arg(QString::fromUtf8(raw.trimmed())));
            continue;
        }
        const QString key = QString::fromUtf8(raw.first(colon).trimmed());
        QString value = QString::fromUtf8(raw.sliced(colon + 1).trimmed());
        // A value may be quoted, as in YAML, when it starts with a character YAML treats specially.
        if (value.size() >= 2 && (value.front() == QLatin1Char('"') || value.front() == QLatin1Char('\''))
            && value.back() == value.front())
            value = value.mid(1, value.size() - 2);
        if (!allowedKeys.contains(key)) {
            error(line, QStringLiteral("unknown front matter key `%1`; the keys here are: %2")
                            .arg(key, allowedKeys.join(QStringLiteral(", "))));
            continue;
        }
        if (result.values.contains(key)) {
            error(line, QStringLiteral("`%1` is set twice in the front matter (first on line %2); keep one")
                            .arg(key)
                            .arg(result.lines.value(key)));
            continue;
        }
        result.values.insert(key, value);
        result.lines.insert(key, line);
    }
    if (!closed) {
        error(1, QStringLiteral("the front matter is never closed; end it with a line `---`"));
        result.bodyLine = line + 1;
        return result;
    }
    result.bodyLine = line + 1;
    result.body = text.sliced(pos);
    return result;
}

Attributes Attributes::parse(const QString &text)
{
    Attributes result;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && text.at(i).isSpace())
            ++i;
        if (i >= n)
            break;
        const qsizetype start = i;
        while (i < n && !text.at(i).isSpace() && text.at(i) != QLatin1Char('='))
            ++i;
        const QString key = text.mid(start, i - start);
        if (i >= n || text.at(i) != QLatin1Char('=')) {
            if (result.head.isEmpty() && result.values.isEmpty())
                result.head = key;
            else
                result.error = QStringLiteral("`%1` is not of the form key=value").arg(key);
            continue;
        }
        ++i; // '='
        QString value;
        if (i < n && text.at(i) == QLatin1Char('"')) {
            const qsizetype close = text.indexOf(QLatin1Char('"'), i + 1);
            if (close < 0) {
                result.error = QStringLiteral("the quoted value of `%1` is never closed; add a closing `\"`").arg(key);
                break;
            }
            value = text.mid(i + 1, close - i - 1);
            i = close + 1;
        } else {
            const qsizetype vstart = i;
            while (i < n && !text.at(i).isSpace())
                ++i;
            value = text.mid(vstart, i - vstart);
        }
        if (key.isEmpty())
            result.error = QStringLiteral("an attribute has no name before `=`");
        else if (result.values.contains(key))
            result.error = QStringLiteral("`%1` is given twice").arg(key);
        else
            result.values.insert(key, value);
    }
    return result;
}

bool isValidId(const QString &id)
{
    if (id.isEmpty() || id.size() > 100)
        return false;
    for (qsizetype i = 0; i < id.size(); ++i) {
        const char16_t c = id.at(i).unicode();
        const bool alnum = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
        if (!alnum && (i == 0 || (c != u'-' && c != u'_')))
            return false;
    }
    return true;
}

QStringList splitList(const QString &value)
{
    QStringList items;
    for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString item = part.trimmed();
        if (!item.isEmpty())
            items.append(item);
    }
    return items;
}

} // namespace DeepDive
