#pragma once

#include <QString>

#include <atomic>
#include <memory>

class QProgressDialog;
class QWidget;

namespace DeepDive {

// How far a worker thread is, for a progress dialog on the window's thread: the worker sets the counts (from any
// thread), the dialog reads them a few times a second, and the dialog's Cancel asks the worker to stop.
struct WorkProgress
{
    std::atomic<int> done{0};
    std::atomic<int> total{0};
    std::atomic<bool> stop{false};

    // For a worker's progress callback: records the counts; false once the learner has cancelled.
    bool report(int doneNow, int totalNow)
    {
        total = totalNow;
        done = doneNow;
        return !stop.load();
    }

    // A window-modal progress dialog on `parent` (shown after half a second) following `progress`; the caller deletes
    // it when the work is done. Its Cancel sets `progress->stop`.
    static QProgressDialog *dialog(QWidget *parent, const std::shared_ptr<WorkProgress> &progress, const QString &title,
                                   const QString &label, const QString &objectName);
    // The work is done: the dialog goes at once, before the message that says how it went (deleteLater() alone left
    // it on screen, over that message, until the message was closed).
    static void dismiss(QProgressDialog *dialog);
};

} // namespace DeepDive
