#pragma once

#include <QCoreApplication>
#include <QString>

namespace DeepDive {

// Where the learner's data and settings live: --data-dir when given, else QStandardPaths::AppDataLocation.
class DataDir
{
    Q_DECLARE_TR_FUNCTIONS(DeepDive::DataDir)

public:
    explicit DataDir(const QString &path = {});

    QString path() const { return m_path; }
    QString filePath(const QString &name) const;
    QString settingsFile() const { return filePath(QStringLiteral("settings.ini")); }
    QString decksDir() const { return filePath(QStringLiteral("decks")); }
    QString databaseFile() const { return filePath(QStringLiteral("deepdive.db")); }
    QString backupDir() const { return filePath(QStringLiteral("backups")); }
    // Notes whose save failed (a full disk), one Markdown file per topic, until they are saved.
    QString unsavedNotesDir() const { return filePath(QStringLiteral("unsaved-notes")); }
    // Caches (the search index): the system cache folder, or <data dir>/cache when a data folder was given.
    QString cacheDir() const;

    // Creates the folder when needed; false with a message when it cannot be created or written.
    bool ensureWritable(QString *error) const;

private:
    QString m_path;
    bool m_explicit = false;
};

} // namespace DeepDive
