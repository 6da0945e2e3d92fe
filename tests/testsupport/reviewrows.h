#pragma once

#include "database.h"

#include <QSqlQuery>
#include <QString>

namespace DeepDive::Test {

// An answer to card c<n> of python/gil at n ms, as SQL, for tests that write a database row by row.
inline QString reviewRowSql(int n)
{
    return QStringLiteral("INSERT INTO review_log (deck_id, card_id, topic_id, reviewed_ms, grade, correct, response_ms, "
                          "state_before, state_after) VALUES ('python', 'c%1', 'gil', %1, 3, 1, 1000, 0, 2)").arg(n);
}

// The number of answers in the review log, -1 when it cannot be read.
inline int reviewRows(const Database &db)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM review_log")) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace DeepDive::Test
