#include "tempuserdata.h"

#include "fsrs.h"
#include "studyrecorder.h"

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

bool TempUserData::answer(const QString &topicId, const QString &cardId, int grade, qint64 ms)
{
    static const Fsrs fsrs;
    StudyRecorder recorder(data.reviews, fsrs);
    QString error;
    const bool recorded = recorder.record({QStringLiteral("sample"), topicId, cardId, grade, grade > 1, ms, 1000}, &error);
    return QTest::qVerify(recorded, "recorder.record(...)", qPrintable(error), __FILE__, __LINE__);
}

} // namespace DeepDive::Test
