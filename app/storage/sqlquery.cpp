#include "sqlquery.h"

#include "localday.h"
#include "sqlerror.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlError>

#include <algorithm>

namespace DeepDive {

namespace {

bool prepareAndExec(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return false;
    for (const QVariant &value : values)
        q.addBindValue(value);
    return q.exec();
}

} // namespace

std::optional<QSqlQuery> runQuery(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                                  QString *error)
{
    QSqlQuery q(db);
    if (!prepareAndExec(q, sql, values)) {
        *error = describeSqlError(q.lastError());
        return std::nullopt;
    }
    return q;
}

std::optional<QSqlQuery> runQuery(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                                  const QLoggingCategory &category)
{
    QString error;
    std::optional<QSqlQuery> q = runQuery(db, sql, values, &error);
    if (!q)
        qCWarning(category).noquote() << error << "in:" << sql.simplified();
    return q;
}

bool runStatement(const QSqlDatabase &db, const QString &sql, const QVariantList &values, QString *error)
{
    return runQuery(db, sql, values, error).has_value();
}

DayTable localDays(const QDate &first, int count, int step)
{
    // Each next midnight is guessed 24 hours on (or back) and checked (localMidnight): worked out from its date, each
    // costs Qt tens of microseconds.
    constexpr qint64 dayMs = 86'400'000;
    DayTable table;
    QStringList rows;
    QDate day = first;
    QDate boundaryDay = step > 0 ? day : day.addDays(1); // the midnight shared with the previous day in the table
    qint64 boundary = QDateTime(boundaryDay, QTime(0, 0)).toMSecsSinceEpoch();
    for (int i = 0; i < count; ++i, day = day.addDays(step)) {
        boundaryDay = boundaryDay.addDays(step);
        const qint64 other = localMidnight(boundaryDay, boundary + step * dayMs);
        table.values << std::min(boundary, other) << std::max(boundary, other);
        boundary = other;
        table.days.append(day);
        rows.append(QStringLiteral("(%1, ?, ?)").arg(i));
    }
    table.with = QStringLiteral("WITH day(i, start, end) AS (VALUES ") + rows.join(QStringLiteral(", ")) + QStringLiteral(") ");
    return table;
}

} // namespace DeepDive
