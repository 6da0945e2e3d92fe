#pragma once

#include <QDate>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <optional>

class QLoggingCategory;
class QSqlDatabase;

namespace DeepDive {

// prepare -> bind -> exec -> error in one call, for every store. `values` are bound in order to the statement's `?`
// placeholders. On failure nothing is half-done: `*error` says what went wrong in words a learner can act on
// (describeSqlError) and the result is false or std::nullopt.

// A statement whose rows the caller reads (forward only, positioned before the first row).
std::optional<QSqlQuery> runQuery(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                                  QString *error);
// The same for reads whose callers cannot act on a failure (they show no rows): the failure is logged to
// `category` with the statement, instead of vanishing.
std::optional<QSqlQuery> runQuery(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                                  const QLoggingCategory &category);
// A statement that writes and returns no rows.
bool runStatement(const QSqlDatabase &db, const QString &sql, const QVariantList &values, QString *error);

// Local calendar days as a table for one statement: "WITH day(i, start, end) AS (VALUES …)" with day i (0 to
// count - 1) running from `first` forwards (step 1) or backwards (step -1), each [start, end) its first and next day's
// first millisecond in local time (a day is 23 or 25 hours when the clocks change). One statement over many days
// instead of a statement per day: each costs Qt tens of microseconds.
struct DayTable
{
    QString with;
    QVariantList values;
    QList<QDate> days;
};
DayTable localDays(const QDate &first, int count, int step = 1);

} // namespace DeepDive
