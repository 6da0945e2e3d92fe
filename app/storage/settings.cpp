#include "settings.h"

#include "fsrs.h"

namespace DeepDive {

Settings::Settings(const QString &file)
    : m_settings(file, QSettings::IniFormat)
{
}

QByteArray Settings::windowGeometry() const
{
    return m_settings.value(QStringLiteral("window/geometry")).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(QStringLiteral("window/geometry"), geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings.value(QStringLiteral("window/state")).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(QStringLiteral("window/state"), state);
}

QByteArray Settings::splitterState(const QString &name) const
{
    return m_settings.value(QStringLiteral("splitters/") + name).toByteArray();
}

void Settings::setSplitterState(const QString &name, const QByteArray &state)
{
    m_settings.setValue(QStringLiteral("splitters/") + name, state);
}

QString Settings::lastTopic() const
{
    return m_settings.value(QStringLiteral("session/lastTopic")).toString();
}

void Settings::setLastTopic(const QString &topicKey)
{
    m_settings.setValue(QStringLiteral("session/lastTopic"), topicKey);
}

bool Settings::bookmarksVisible() const
{
    return m_settings.value(QStringLiteral("window/bookmarksVisible"), false).toBool();
}

void Settings::setBookmarksVisible(bool visible)
{
    m_settings.setValue(QStringLiteral("window/bookmarksVisible"), visible);
}

qreal Settings::codeFontSize() const
{
    return m_settings.value(QStringLiteral("view/codeFontSize"), 0).toReal();
}

void Settings::setCodeFontSize(qreal points)
{
    m_settings.setValue(QStringLiteral("view/codeFontSize"), points);
}

QString Settings::highlightingTheme() const
{
    return m_settings.value(QStringLiteral("view/highlightingTheme")).toString();
}

void Settings::setHighlightingTheme(const QString &name)
{
    m_settings.setValue(QStringLiteral("view/highlightingTheme"), name);
}

QString Settings::colorScheme() const
{
    const QString scheme = m_settings.value(QStringLiteral("view/colorScheme")).toString();
    return scheme == QLatin1String("light") || scheme == QLatin1String("dark") ? scheme : QStringLiteral("system");
}

void Settings::setColorScheme(const QString &scheme)
{
    m_settings.setValue(QStringLiteral("view/colorScheme"), scheme);
}

double Settings::desiredRetention() const
{
    bool ok = false;
    const double retention = m_settings.value(QStringLiteral("study/desiredRetention")).toDouble(&ok);
    // Not clamped: an edge of the range is a choice the learner never made (and NaN fails both comparisons).
    return ok && retention >= Fsrs::minRetention && retention <= Fsrs::maxRetention ? retention : defaultDesiredRetention;
}

void Settings::setDesiredRetention(double retention)
{
    m_settings.setValue(QStringLiteral("study/desiredRetention"), retention);
}

int Settings::newCardsPerDay() const
{
    bool ok = false;
    const int cards = m_settings.value(QStringLiteral("study/newCardsPerDay")).toInt(&ok);
    return ok && cards >= 0 && cards <= maxNewCardsPerDay ? cards : defaultNewCardsPerDay;
}

void Settings::setNewCardsPerDay(int cards)
{
    m_settings.setValue(QStringLiteral("study/newCardsPerDay"), cards);
}

QString Settings::language() const
{
    return m_settings.value(QStringLiteral("view/language")).toString();
}

void Settings::setLanguage(const QString &name)
{
    m_settings.setValue(QStringLiteral("view/language"), name);
}

QDate Settings::interviewDate() const
{
    return QDate::fromString(m_settings.value(QStringLiteral("study/interviewDate")).toString(), Qt::ISODate);
}

void Settings::setInterviewDate(const QDate &date)
{
    if (date.isValid())
        m_settings.setValue(QStringLiteral("study/interviewDate"), date.toString(Qt::ISODate));
    else
        m_settings.remove(QStringLiteral("study/interviewDate"));
}

QString Settings::lastExportFolder() const
{
    return m_settings.value(QStringLiteral("export/lastFolder")).toString();
}

void Settings::setLastExportFolder(const QString &folder)
{
    m_settings.setValue(QStringLiteral("export/lastFolder"), folder);
}

QString Settings::syncFolder() const
{
    return m_settings.value(QStringLiteral("sync/folder")).toString();
}

void Settings::setSyncFolder(const QString &folder)
{
    m_settings.setValue(QStringLiteral("sync/folder"), folder);
}

QString Settings::syncDeviceName() const
{
    return m_settings.value(QStringLiteral("sync/deviceName")).toString().trimmed();
}

void Settings::setSyncDeviceName(const QString &name)
{
    m_settings.setValue(QStringLiteral("sync/deviceName"), name.trimmed());
}

} // namespace DeepDive
