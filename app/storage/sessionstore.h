#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace DeepDive {

class Database;

// Study sessions, so that one can be left and resumed: its scope, its cards in order ("deck/card") and how far the
// learner got.
struct StudySession
{
    qint64 id = 0;
    QString scope;
    qint64 startedMs = 0;
    qint64 finishedMs = 0;
    QStringList cardKeys;
    int position = 0;

    // A card answered wrongly comes back this many cards later in the session (see QuizSession::start).
    static constexpr int relearnGap = 3;
};

class SessionStore
{
public:
    explicit SessionStore(Database &db);

    std::optional<StudySession> start(const QString &scope, const QStringList &cardKeys, qint64 nowMs, QString *error);
    // The session's cards and position together: after a wrong answer brought a card back, or an undo took it out.
    bool save(qint64 id, const QStringList &cardKeys, int position, QString *error);
    bool finish(qint64 id, qint64 nowMs, QString *error);
    // The latest session that was left before its end.
    std::optional<StudySession> unfinished() const;
    // How many new cards were first answered since `sinceMs` (for the daily limit).
    int newCardsSince(qint64 sinceMs) const;

private:
    Database &m_db;
};

} // namespace DeepDive
