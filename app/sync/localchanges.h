#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

namespace DeepDive {

class Database;

// The settings that follow the learner, as text: "desiredRetention" ("0.85") and "interviewDate" (ISO date, or empty
// for none). A value equal to its default that was never synced is not a change: a new installation does not
// override the learner's choice with its defaults.
using FollowedSettings = QMap<QString, QString>;
FollowedSettings defaultFollowedSettings();

// Step one of a sync run: what changed in the database since the last run, found by comparing it with what the
// engine has journaled (the database is the truth; nothing hooks the stores' writes). `capture` records the changes
// as not yet journaled (answer ids, undone answers, note versions, last-writer-wins registers); `pending` turns them
// into journal events; `markJournaled` notes that they were written.
class LocalChanges
{
public:
    LocalChanges(Database &db, const QString &deviceId, qint64 nowMs);

    bool capture(const FollowedSettings &settings, QString *error);
    // What capture found that the schedule depends on: the cards answered here since the last run ("deck/card"),
    // and whether the desired retention was changed here.
    const QSet<QString> &answeredCards() const { return m_answeredCards; }
    bool retentionChanged() const { return m_retentionChanged; }
    bool pending(QList<QJsonObject> *events, QString *error) const;
    bool markJournaled(QString *error);
    // Everything this device contributed that is still current, for a compacted journal: its live answers, every
    // undone answer, the registers it won, its note versions (texts of the heads, ids and parents of the others).
    bool snapshot(QList<QJsonObject> *events, QString *error) const;

    static QString registerName(const QStringList &parts); // a compact JSON array
    static QStringList registerParts(const QString &name);

private:
    bool captureAnswers(QString *error);
    bool captureBookmarks(QString *error);
    bool captureSettings(const FollowedSettings &settings, QString *error);
    bool captureNotes(QString *error);
    bool answerEvents(const QString &where, QList<QJsonObject> *events, QString *error) const;
    bool registerEvents(const QString &where, QList<QJsonObject> *events, QString *error) const;
    bool noteEvents(const QString &where, bool bodiesOfHeadsOnly, QList<QJsonObject> *events, QString *error) const;

    Database &m_db;
    QString m_deviceId;
    qint64 m_nowMs;
    QSet<QString> m_answeredCards;
    bool m_retentionChanged = false;
};

} // namespace DeepDive
