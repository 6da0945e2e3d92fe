#include "sqlerror.h"

#include <QCoreApplication>
#include <QSqlError>

namespace DeepDive {

bool isStorageError(const QSqlError &error)
{
    bool ok = false;
    const int primary = error.nativeErrorCode().toInt(&ok) & 0xff;
    return ok && (primary == 8 /* READONLY */ || primary == 10 /* IOERR */ || primary == 13 /* FULL */
                  || primary == 14 /* CANTOPEN */);
}

bool isBusyError(const QSqlError &error)
{
    bool ok = false;
    const int primary = error.nativeErrorCode().toInt(&ok) & 0xff; // extended codes keep the primary in the low byte
    return ok && (primary == 5 /* SQLITE_BUSY */ || primary == 6 /* SQLITE_LOCKED */);
}

QString describeSqlError(const QSqlError &error)
{
    bool ok = false;
    const int primary = error.nativeErrorCode().toInt(&ok) & 0xff;
    QString plain;
    if (ok) {
        switch (primary) {
        case 5:
        case 6:
            plain = QCoreApplication::translate("DeepDive::Database", "the database is busy: another program is writing to it");
            break;
        case 8:
            plain = QCoreApplication::translate("DeepDive::Database", "the database cannot be written (read-only file or folder)");
            break;
        case 10:
            plain = QCoreApplication::translate("DeepDive::Database", "the disk reported a read or write error");
            break;
        case 11:
            plain = QCoreApplication::translate("DeepDive::Database", "the database file is damaged");
            break;
        case 13:
            plain = QCoreApplication::translate("DeepDive::Database", "the disk is full");
            break;
        case 14:
            plain = QCoreApplication::translate("DeepDive::Database", "the database file cannot be opened");
            break;
        case 26:
            plain = QCoreApplication::translate("DeepDive::Database", "the file is not a SQLite database");
            break;
        default:
            break;
        }
    }
    const QString raw = error.text().trimmed();
    if (plain.isEmpty())
        return raw;
    return raw.isEmpty() ? plain : QStringLiteral("%1 (SQLite: %2)").arg(plain, raw);
}

} // namespace DeepDive
