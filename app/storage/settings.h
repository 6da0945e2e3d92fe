#pragma once

#include <QByteArray>
#include <QDate>
#include <QSettings>
#include <QString>

namespace DeepDive {

// Typed access to the app's settings, stored as an INI file in the data folder so that a --data-dir run (and every
// test) stays away from the real home.
class Settings
{
public:
    explicit Settings(const QString &file);
    QString file() const { return m_settings.fileName(); }

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray splitterState(const QString &name) const;
    void setSplitterState(const QString &name, const QByteArray &state);
    QString lastTopic() const;
    void setLastTopic(const QString &topicKey);
    // Whether the bookmarks dock was open (it is only made when shown, so the window state alone cannot tell).
    bool bookmarksVisible() const;
    void setBookmarksVisible(bool visible);

    // Code font size in points; 0 for the system's fixed font size.
    qreal codeFontSize() const;
    void setCodeFontSize(qreal points);
    // A KSyntaxHighlighting theme name; empty to follow the palette.
    QString highlightingTheme() const;
    void setHighlightingTheme(const QString &name);

    // The window's colours: "system" (the default), "light" or "dark".
    QString colorScheme() const;
    void setColorScheme(const QString &scheme);

    // FSRS's desired retention, Fsrs::minRetention to Fsrs::maxRetention (0.70 to 0.97; default 0.90): higher means
    // more reviews and better recall. A stored value that is not a number or out of that range reads as the default.
    static constexpr double defaultDesiredRetention = 0.90;
    double desiredRetention() const;
    void setDesiredRetention(double retention);
    // New cards a study session may introduce per day, 0 to maxNewCardsPerDay (default 10). A stored value that is not
    // a whole number or out of that range reads as the default.
    static constexpr int defaultNewCardsPerDay = 10;
    static constexpr int maxNewCardsPerDay = 1000;
    int newCardsPerDay() const;
    void setNewCardsPerDay(int cards);

    // The UI language as a locale name ("de", "es"); empty to follow the system.
    QString language() const;
    void setLanguage(const QString &name);
    QDate interviewDate() const; // invalid when none is set
    void setInterviewDate(const QDate &date);
    // The folder the last PDF export went to; empty before the first.
    QString lastExportFolder() const;
    void setLastExportFolder(const QString &folder);

    // The folder a sync tool replicates, where progress follows the learner (app/sync); empty when sync is off.
    QString syncFolder() const;
    void setSyncFolder(const QString &folder);
    // How the other computers name this one, as the learner set it; empty keeps the name sync gave it (the host name).
    QString syncDeviceName() const;
    void setSyncDeviceName(const QString &name);

    void sync() { m_settings.sync(); }

private:
    QSettings m_settings;
};

} // namespace DeepDive
