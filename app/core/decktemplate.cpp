#include "decktemplate.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUuid>

namespace DeepDive {

namespace {

// A folder under `decksDir` that does not exist yet, named after `name`.
QString freeFolder(const QString &decksDir, const QString &name)
{
    const QDir dir(decksDir);
    QString candidate = name;
    for (int n = 2; dir.exists(candidate); ++n)
        candidate = name + QLatin1Char('-') + QString::number(n);
    return dir.filePath(candidate);
}

bool writeFile(const QString &file, const QByteArray &text, QString *error)
{
    QFile out(file);
    if (!QDir().mkpath(QFileInfo(file).absolutePath()) || !out.open(QIODevice::WriteOnly) || out.write(text) != text.size()) {
        *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(file), out.errorString());
        return false;
    }
    return true;
}

// Builds the deck in a hidden folder beside the target with `fill`, then renames it into place.
QString makeAside(const QString &decksDir, const QString &name, const std::function<bool(const QString &, QString *)> &fill,
                  QString *error)
{
    if (!QDir().mkpath(decksDir)) {
        *error = QStringLiteral("%1 cannot be made").arg(QDir::toNativeSeparators(decksDir));
        return {};
    }
    const QString aside = QDir(decksDir).filePath(QStringLiteral(".new-") + QUuid::createUuid().toString(QUuid::Id128).left(8));
    if (!fill(aside, error)) {
        QDir(aside).removeRecursively();
        return {};
    }
    const QString target = freeFolder(decksDir, name);
    if (!QDir().rename(aside, target)) {
        QDir(aside).removeRecursively();
        *error = QStringLiteral("%1 cannot be made").arg(QDir::toNativeSeparators(target));
        return {};
    }
    return target;
}

const char exampleTopic[] = R"(---
id: example
title: An example topic
tags: example
---

A topic is one Markdown file: notes first, then its snippets and its cards. This one shows every card type; edit it,
save, and Deep Dive shows the change at once.

`is` compares **identity** (the same object); `==` compares **values** (through `__eq__`).

## Key points

- Test for `None` with `is None`: there is only one `None`.
- Two equal lists are still two objects.

## References

- [Comparisons](https://docs.python.org/3/reference/expressions.html#comparisons)

## Snippets

### Two equal lists

```python id=example-pitfall kind=pitfall fix=example-fix
a = [1, 2]
b = [1, 2]
print(a is b)
```

```output
False
```

### Comparing values

```python id=example-fix kind=fix
a = [1, 2]
b = [1, 2]
print(a == b)
```

```output
True
```

## Cards

### recall id=example-recall

What does `is` compare?

#### Answer

Identity: whether both operands are the same object.

### choice id=example-choice

Which expression is the right test for `None`?

- [x] `x is None`
- [ ] `x == None`

    It calls `__eq__`, which a class may override.

#### Explanation

`None` is a singleton, so identity is exact.

### predict id=example-predict snippet=example-pitfall

What does this print?

### spot-bug id=example-spot snippet=example-pitfall line=3

Which line does not do what a reader expects?

### pair id=example-pair a="`is`" b="`==`"

Which operator fits?

- A: Testing for `None`.
- B: Comparing two lists read from a file.
)";

} // namespace

QString DeckTemplate::slug(const QString &title)
{
    QString slug = title.toLower();
    slug.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    slug.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    return slug.isEmpty() ? QStringLiteral("my-deck") : slug;
}

QString DeckTemplate::createDeck(const QString &decksDir, const QString &title, QString *error)
{
    const QString id = slug(title);
    const QString name = title.trimmed().isEmpty() ? QStringLiteral("My deck") : title.trimmed();
    return makeAside(decksDir, id, [&](const QString &folder, QString *fillError) {
        const QByteArray manifest = "---\nid: " + id.toUtf8() + "\ntitle: " + name.toUtf8()
            + "\nversion: 1.0\nlanguage: en\n---\n\nWhat this deck is for, in a sentence or two.\n";
        return writeFile(QDir(folder).filePath(QStringLiteral("deck.md")), manifest, fillError)
            && writeFile(QDir(folder).filePath(QStringLiteral("01-first-section/section.md")),
                         "---\nid: first-section\ntitle: First section\n---\n\nWhat this section covers.\n", fillError)
            && writeFile(QDir(folder).filePath(QStringLiteral("01-first-section/01-example.md")), exampleTopic, fillError);
    }, error);
}

QString DeckTemplate::copyDeck(const QString &from, const QString &decksDir, QString *error)
{
    const QString name = QFileInfo(from).fileName().isEmpty() ? QStringLiteral("deck") : QFileInfo(from).fileName();
    return makeAside(decksDir, name, [&](const QString &folder, QString *fillError) {
        QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
        bool any = false;
        while (it.hasNext()) {
            const QString file = it.next();
            QFile in(file);
            if (!in.open(QIODevice::ReadOnly)) {
                *fillError = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(file), in.errorString());
                return false;
            }
            if (!writeFile(QDir(folder).filePath(QDir(from).relativeFilePath(file)), in.readAll(), fillError))
                return false;
            any = true;
        }
        if (!any)
            *fillError = QStringLiteral("%1 holds no files").arg(QDir::toNativeSeparators(from));
        return any;
    }, error);
}

} // namespace DeepDive
