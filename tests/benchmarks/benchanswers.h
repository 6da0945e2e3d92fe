#pragma once

#include "quizsession.h"
#include "studyrecorder.h"

#include <QElapsedTimer>
#include <QTest>

namespace DeepDive::Bench {

// Records `count` answers through `recorder`, 7 s apart after `startMs`, to the card `cardOf(i)` names (an Answer with
// its deck, topic and card), graded Again, Hard, Good and Easy in turn. Returns how long each commit took, in ms;
// fails the running test and stops at the first answer that is not saved.
template<typename CardOf>
QList<double> timedAnswers(StudyRecorder &recorder, int count, qint64 startMs, CardOf cardOf)
{
    QList<double> samples;
    for (int i = 0; i < count; ++i) {
        Answer answer = cardOf(i);
        answer.grade = 1 + i % 4;
        answer.correct = answer.grade > 1;
        answer.answeredMs = startMs += 7'000;
        answer.responseMs = 4'000;
        QString error;
        QElapsedTimer t;
        t.start();
        const bool saved = recorder.record(answer, &error);
        samples.append(t.nsecsElapsed() / 1e6);
        if (!QTest::qVerify(saved, "recorder.record(answer)", qPrintable(error), __FILE__, __LINE__))
            break;
    }
    return samples;
}

} // namespace DeepDive::Bench
