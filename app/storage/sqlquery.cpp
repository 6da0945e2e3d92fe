#include "sqlquery.h"

#include "sqlerror.h"

#include <QLoggingCategory>
#include <QSqlError>

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

} // namespace DeepDive
