#pragma once

#include "settings.h"
#include "userdata.h"

#include <QTemporaryDir>

namespace DeepDive::Test {

// A data folder of the test's own, as `--data-dir` gives the app: a temporary folder with the learner's database
// opened in it (backups beside it) and a settings file, all removed with the fixture. A database that does not open
// writable fails the running test, with the database's notice.
struct TempUserData
{
    TempUserData();

    QString filePath(const QString &name) const { return dir.filePath(name); }
    QString databaseFile() const { return dir.filePath(QStringLiteral("deepdive.db")); }
    QString backupDir() const { return dir.filePath(QStringLiteral("backups")); }
    QString settingsFile() const { return dir.filePath(QStringLiteral("settings.ini")); }
    // Answers `cardId` of `topicId` in the sample deck at `ms` (right when graded above Again), scheduled by FSRS as
    // a study session does. A failure fails the running test and returns false.
    bool answer(const QString &topicId, const QString &cardId, int grade, qint64 ms);

    QTemporaryDir dir;
    UserData data;
    Settings settings{settingsFile()};
};

} // namespace DeepDive::Test
