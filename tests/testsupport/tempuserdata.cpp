#include "tempuserdata.h"

#include <QTest>

namespace DeepDive::Test {

TempUserData::TempUserData()
{
    if (!QTest::qVerify(dir.isValid(), "dir.isValid()", qPrintable(dir.errorString()), __FILE__, __LINE__))
        return;
    QString error;
    const bool opened = data.open(databaseFile(), backupDir(), &error);
    QTest::qVerify(opened, "data.open(...)",
                   qPrintable(QStringLiteral("the test database %1 did not open for writing: %2").arg(databaseFile(), error)),
                   __FILE__, __LINE__);
}

} // namespace DeepDive::Test
