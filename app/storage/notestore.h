#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace DeepDive {

class Database;

struct Note
{
    QString deckId;
    QString topicId;
    QString body; // Markdown
    qint64 updatedMs = 0;

    bool operator==(const Note &) const = default;
};

// The learner's own Markdown notes, one per topic, with the last few saved versions kept.
class NoteStore
{
public:
    static constexpr int keptVersions = 10;
    // The most a note may hold, in bytes of UTF-8: a book chapter of Markdown, and still quick to show and search.
    static constexpr qsizetype maxBodyBytes = 1024 * 1024;
    static qsizetype utf8Size(QStringView body); // counted, not converted; past the limit only a lower bound
    static bool fits(QStringView body) { return utf8Size(body) <= maxBodyBytes; }
    static QString maxBodySize(); // the limit for messages: "1 MiB"

    explicit NoteStore(Database &db);
    const Database &database() const { return m_db; }

    // Saves the note and keeps the previous text as a version. Saving the same text again changes nothing; a note
    // longer than maxBodyBytes is refused.
    bool save(const Note &note, QString *error);
    std::optional<Note> note(const QString &deckId, const QString &topicId) const;
    QList<Note> all() const;
    QList<Note> versions(const QString &deckId, const QString &topicId) const; // oldest first
    // For imports: the newer of the stored and the given note wins; the other becomes a version.
    bool merge(const Note &note, QString *error);

private:
    bool addVersion(const Note &note, QString *error);
    Database &m_db;
};

} // namespace DeepDive
